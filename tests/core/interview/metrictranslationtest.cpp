#include "interview/metrictranslation.h"

#include <QTest>

using namespace debrief::interview;
using namespace std::chrono_literals;

class MetricTranslationTest : public QObject {
    Q_OBJECT

private slots:
    void bothDirections()
    {
        // domain.md: 1.8 M GPU-hours x $2.33 = $4,194,000 a month.
        const GpuTime fleet = GpuTime::fromHours(1.8e6);
        QCOMPARE(MetricTranslation::monthlyCost(fleet, 2.33), 4194000.0);
        // The same GPU time given in seconds: 1.8 M x 3600 = 6.48e9 s.
        QCOMPARE(MetricTranslation::monthlyCost(GpuTime::fromSeconds(6.48e9), 2.33), 4194000.0);
        QCOMPARE(fleet.seconds(), 6.48e9);
        // Back: $4,194,000 / $2.33 = 1.8 M GPU-hours.
        QCOMPARE(MetricTranslation::gpuTimeFor(4194000.0, 2.33).hours(), 1.8e6);
        // Implied price: $4.2 M / 1.8 M h = $2.333...
        QCOMPARE(MetricTranslation::impliedPrice(4.2e6, fleet), 4.2e6 / 1.8e6);
        QCOMPARE(MetricTranslation::gpuTimeFor(100.0, 0.0).hours(), 0.0);
        QCOMPARE(MetricTranslation::impliedPrice(100.0, GpuTime::fromHours(0)), 0.0);
    }

    void cut()
    {
        // 14 % of 1.8 M h = 252,000 h; x $2.33 = $587,160.
        const MetricSaving saving = MetricTranslation::cut(GpuTime::fromHours(1.8e6), 2.33, 14.0);
        QCOMPARE(saving.gpuTimeSaved.hours(), 252000.0);
        QCOMPARE(saving.usdSaved, 587160.0);
    }

    void utilisation()
    {
        // 60 % -> 72 %: the same work needs 60/72 = 5/6 of the hours; 1/6 of 1.8 M = 300,000 h;
        // x $2.33 = $699,000.
        const MetricSaving saving = MetricTranslation::utilisationChange(GpuTime::fromHours(1.8e6), 2.33, 60, 72);
        QCOMPARE(saving.fractionSaved, 1.0 / 6.0);
        QCOMPARE(saving.gpuTimeSaved.hours(), 300000.0);
        QCOMPARE(saving.usdSaved, 699000.0);
        // Utilisation going down saves nothing.
        QCOMPARE(MetricTranslation::utilisationChange(GpuTime::fromHours(1.8e6), 2.33, 72, 60).usdSaved, 0.0);
    }

    void latency()
    {
        // 120 ms -> 90 ms: a quarter of the held GPU time; 2 M h / 4 = 500,000 h; x $2.33 = $1,165,000.
        const MetricSaving ms = MetricTranslation::latencyChange(GpuTime::fromHours(2e6), 2.33, 120ms, 90ms);
        QCOMPARE(ms.fractionSaved, 0.25);
        QCOMPARE(ms.gpuTimeSaved.hours(), 500000.0);
        QCOMPARE(ms.usdSaved, 1165000.0);
        // Units are in the type: 0.12 s and 90 ms is the same change.
        const MetricSaving mixed =
            MetricTranslation::latencyChange(GpuTime::fromHours(2e6), 2.33, std::chrono::duration<double>(0.12), 90ms);
        QCOMPARE(mixed.fractionSaved, 0.25);
    }

    void money_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("millions") << 4194000.0 << "$4.2 M";
        QTest::newRow("hundreds of thousands") << 587160.0 << "$587 k";
        QTest::newRow("the domain's saving") << 600000.0 << "$600 k";
        QTest::newRow("tens of thousands") << 12345.0 << "$12.3 k";
        QTest::newRow("price") << 2.33 << "$2.33";
        QTest::newRow("billions") << 1.1e9 << "$1.1 B";
    }

    void money()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(MetricTranslation::money(usd, QLocale::c()), text);
    }

    void counts()
    {
        QCOMPARE(MetricTranslation::count(1.8e6, QLocale::c()), QStringLiteral("1.8 M"));
        QCOMPARE(MetricTranslation::count(252000, QLocale::c()), QStringLiteral("252 k"));
        QCOMPARE(MetricTranslation::count(10000, QLocale::c()), QStringLiteral("10.0 k"));
        QCOMPARE(MetricTranslation::count(12, QLocale::c()), QStringLiteral("12"));
        QCOMPARE(MetricTranslation::percent(14, QLocale::c()), QStringLiteral("14 %"));
        QCOMPARE(MetricTranslation::percent(100.0 / 6.0, QLocale::c()), QStringLiteral("16.7 %"));
    }

    void domainSentence()
    {
        // 1.8 M x $2.33 = $4,194,000 -> "$4.2 M"; 14 % of it = $587,160 -> "$587 k" (not $588 k: that
        // would be 14 % of a rounded $4.2 M).
        QCOMPARE(MetricTranslation::sentence(GpuTime::fromHours(1.8e6), 2.33, 14, QLocale::c()),
                 QStringLiteral("1.8 M GPU-hours a month at $2.33 is $4.2 M; a 14 % cut saves $587 k"));
        // German digits through the locale: 1,8 M.
        QCOMPARE(MetricTranslation::sentence(GpuTime::fromHours(1.8e6), 2.33, 14, QLocale(QLocale::German)),
                 QStringLiteral("1,8 M GPU-hours a month at $2,33 is $4,2 M; a 14 % cut saves $587 k"));
    }
};

QTEST_GUILESS_MAIN(MetricTranslationTest)
#include "metrictranslationtest.moc"

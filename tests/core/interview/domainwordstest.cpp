// The words and numbers every page, the PDFs and the CLI print: the KPI list and names, the mean
// Depth and effective Vision over scored answers, and how quantities are written.
#include "interview/quantityformat.h"
#include "interview/rubric.h"
#include "interview/tagmean.h"

#include <QtTest>

using namespace debrief::interview;

namespace {

AnswerScore tag(int depth, int vision, std::uint8_t evidence = 1, const QString& justification = QStringLiteral("why"))
{
    AnswerScore score;
    score.interviewer = QStringLiteral("ana");
    score.depth = depth;
    score.vision = vision;
    score.evidence = evidence;
    score.justification = justification;
    return score;
}

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

}  // namespace

class DomainWordsTest : public QObject {
    Q_OBJECT

private slots:
    void kpisAreListedOnceInTheirOrder()
    {
        QStringList keys, titles;
        for (Kpi kpi : kAllKpis) {
            keys << key(kpi);
            titles << title(kpi);
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("throughput"), QStringLiteral("latency"), QStringLiteral("observability"),
                              QStringLiteral("cost"), QStringLiteral("reliability")}));
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Throughput"), QStringLiteral("Latency"), QStringLiteral("Observability"),
                              QStringLiteral("Cost"), QStringLiteral("Reliability")}));
    }

    void tagMeanCountsOnlyAnswersWithBothTags()
    {
        // (3, 4) counts; (4, 3) without evidence counts with Vision capped to 2; (0, 3) and (2, 0) do not.
        // Depth (3 + 4) / 2 = 3.5 -> 3; Vision (4 + 2) / 2 = 3 -> 3.
        TagMean mean(2);
        QVERIFY(mean.add(tag(3, 4)));
        CappedVision capped;
        QVERIFY(mean.add(tag(4, 3, 0), &capped));
        QVERIFY(capped.capped);
        QCOMPARE(capped.effective, 2);
        QVERIFY(!mean.add(tag(0, 3)));
        QVERIFY(!mean.add(tag(2, 0)));
        QCOMPARE(mean.answers(), 2);
        QCOMPARE(mean.depth(), 3.5);
        QCOMPARE(mean.vision(), 3.0);
        QCOMPARE(mean.roundedDepth(), 3);
        QCOMPARE(mean.roundedVision(), 3);
    }

    void tagMeanOfNothingIsZero()
    {
        const TagMean mean;
        QCOMPARE(mean.answers(), 0);
        QCOMPARE(mean.depth(), 0.0);
        QCOMPARE(mean.vision(), 0.0);
    }

    void tagMeanRoundsAHalfDown()
    {
        QCOMPARE(TagMean::roundHalfDown(2.5), 2);
        QCOMPARE(TagMean::roundHalfDown(2.51), 3);
        QCOMPARE(TagMean::roundHalfDown(7.0 / 3.0), 2);
    }

    void durationsAlwaysCarryUnits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << 28.0 << QStringLiteral("28 s");
        QTest::newRow("a fraction below a minute") << 4.5 << QStringLiteral("4.5 s");
        QTest::newRow("whole minutes") << 28.0 * 60 << QStringLiteral("28 min");
        QTest::newRow("minutes and seconds") << 725.0 << QStringLiteral("12 min 5 s");
        QTest::newRow("one hour") << 3600.0 << QStringLiteral("1 h");
        QTest::newRow("minutes after hours read like a clock") << 3900.0 << QStringLiteral("1 h 05 min");
        QTest::newRow("two hours fourteen") << 8059.0 << QStringLiteral("2 h 14 min");
        QTest::newRow("days") << 86400.0 + 3 * 3600 + 5 << QStringLiteral("1 d 3 h");
        QTest::newRow("negative") << -90.0 << QStringLiteral("-1 min 30 s");
    }

    void durationsAlwaysCarryUnits()
    {
        QFETCH(double, seconds);
        QTEST(QuantityFormat::duration(seconds, kEnglish), "text");
    }

    void moneyPercentAndCounts()
    {
        QCOMPARE(QuantityFormat::money(4.2e6, kEnglish), QStringLiteral("$4.2 M"));
        QCOMPARE(QuantityFormat::money(600000, kEnglish), QStringLiteral("$600 k"));
        QCOMPARE(QuantityFormat::money(-12.5, kEnglish), QStringLiteral("-$12.50"));
        QCOMPARE(QuantityFormat::money(-600000, kEnglish), QStringLiteral("-$600 k"));
        QCOMPARE(QuantityFormat::percent(0.9333, kEnglish), QStringLiteral("93.3 %"));
        QCOMPARE(QuantityFormat::percent(0.14, kEnglish), QStringLiteral("14.0 %"));
        QCOMPARE(QuantityFormat::percent(0.14, kEnglish, QuantityFormat::PercentDigits::WhenNeeded),
                 QStringLiteral("14 %"));
        QCOMPARE(QuantityFormat::percent(1.0 / 6.0, kEnglish, QuantityFormat::PercentDigits::WhenNeeded),
                 QStringLiteral("16.7 %"));
        QCOMPARE(QuantityFormat::count(82000, kEnglish), QStringLiteral("82,000"));
        QCOMPARE(QuantityFormat::scaledCount(1.8e6, kEnglish), QStringLiteral("1.8 M"));
        QCOMPARE(QuantityFormat::scaledCount(12, kEnglish), QStringLiteral("12"));
        QCOMPARE(QuantityFormat::shortest(7.0 / 3.0, 2, kEnglish), QStringLiteral("2.33"));
        QCOMPARE(QuantityFormat::shortest(6.0, 2, kEnglish), QStringLiteral("6"));
    }

    void signedMoneyIsAChangeATableCanHold()
    {
        QCOMPARE(QuantityFormat::signedMoney(-809.92, kEnglish), QStringLiteral("-$810"));
        QCOMPARE(QuantityFormat::signedMoney(1234, kEnglish), QStringLiteral("+$1.2 k"));
        QCOMPARE(QuantityFormat::signedMoney(6000, kEnglish), QStringLiteral("+$6 k"));
        QCOMPARE(QuantityFormat::signedMoney(999.6, kEnglish), QStringLiteral("+$1 k"));
        QCOMPARE(QuantityFormat::signedMoney(-45300, kEnglish), QStringLiteral("-$45.3 k"));
        QCOMPARE(QuantityFormat::signedMoney(450000, kEnglish), QStringLiteral("+$450 k"));
        QCOMPARE(QuantityFormat::signedMoney(-3.44e6, kEnglish), QStringLiteral("-$3.4 M"));
        QCOMPARE(QuantityFormat::signedMoney(0.3, kEnglish), QStringLiteral("$0"));
    }

    // The Sharing cost table showed "-0.0 points" for a utilisation change that rounds to nothing.
    void signedDecimalHasNoSignWhenItRoundsToZero()
    {
        QCOMPARE(QuantityFormat::signedDecimal(-0.04, 1, kEnglish), QStringLiteral("0.0"));
        QCOMPARE(QuantityFormat::signedDecimal(0.04, 1, kEnglish), QStringLiteral("0.0"));
        QCOMPARE(QuantityFormat::signedDecimal(-0.0, 1, kEnglish), QStringLiteral("0.0"));
        QCOMPARE(QuantityFormat::signedDecimal(-0.06, 1, kEnglish), QStringLiteral("-0.1"));
        QCOMPARE(QuantityFormat::signedDecimal(1.26, 1, kEnglish), QStringLiteral("+1.3"));
        QCOMPARE(QuantityFormat::signedDecimal(-27.857, 1, kEnglish), QStringLiteral("-27.9"));
        QCOMPARE(QuantityFormat::signedDecimal(-0.004, 2, kEnglish), QStringLiteral("0.00"));
        QCOMPARE(QuantityFormat::signedDecimal(0.125, 2, kEnglish), QStringLiteral("+0.13"));
        QCOMPARE(QuantityFormat::signedDecimal(-1234.5, 1, kGerman), QStringLiteral("-1.234,5"));
    }

    void digitsFollowTheLocale()
    {
        QCOMPARE(QuantityFormat::percent(0.9333, kGerman), QStringLiteral("93,3 %"));
        QCOMPARE(QuantityFormat::money(4.2e6, kGerman), QStringLiteral("$4,2 M"));
        QCOMPARE(QuantityFormat::count(82000, kGerman), QStringLiteral("82.000"));
    }
};

QTEST_GUILESS_MAIN(DomainWordsTest)
#include "domainwordstest.moc"

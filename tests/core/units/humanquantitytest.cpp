// How durations and money are cut up for people: the thresholds every printer shares.
#include "units/humanquantity.h"

#include <QtTest>

using namespace debrief::units;

class HumanQuantityTest : public QObject {
    Q_OBJECT

private slots:
    void splitsDurations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("negative");
        QTest::addColumn<qint64>("major");
        QTest::addColumn<int>("majorUnit");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("minorUnit");
        const int s = int(TimeUnit::Second), m = int(TimeUnit::Minute), h = int(TimeUnit::Hour), d = int(TimeUnit::Day);
        QTest::newRow("zero") << 0.0 << false << qint64(0) << s << qint64(0) << s;
        QTest::newRow("rounds half up") << 44.5 << false << qint64(45) << s << qint64(0) << s;
        QTest::newRow("one minute exactly") << 60.0 << false << qint64(1) << m << qint64(0) << s;
        QTest::newRow("12 min 5 s") << 725.0 << false << qint64(12) << m << qint64(5) << s;
        QTest::newRow("59.6 s rounds into a minute") << 59.6 << false << qint64(1) << m << qint64(0) << s;
        QTest::newRow("2 h 14 min, seconds dropped") << 8059.0 << false << qint64(2) << h << qint64(14) << m;
        QTest::newRow("3 d 3 h 59 min: minutes dropped, not rounded")
            << 273599.0 << false << qint64(3) << d << qint64(3) << h;
        QTest::newRow("negative") << -90.0 << true << qint64(1) << m << qint64(30) << s;
    }

    void splitsDurations()
    {
        QFETCH(double, seconds);
        const DurationSplit split = splitDuration(seconds);
        QTEST(split.negative, "negative");
        QTEST(qint64(split.major), "major");
        QTEST(int(split.majorUnit), "majorUnit");
        QTEST(qint64(split.minor), "minor");
        QTEST(int(split.minorUnit), "minorUnit");
    }

    void scalesMoneyAsPeopleWriteIt_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("decimals");
        QTest::newRow("cents") << 12.345 << 12.345 << int(MoneyScale::Units) << 2;
        QTest::newRow("just under 10 k") << 9999.0 << 9999.0 << int(MoneyScale::Units) << 2;
        QTest::newRow("12.3 k") << 12345.0 << 12.345 << int(MoneyScale::Thousands) << 1;
        QTest::newRow("600 k, the domain's saving") << 600000.0 << 600.0 << int(MoneyScale::Thousands) << 0;
        QTest::newRow("4.2 M, the domain's fleet") << 4.2e6 << 4.2 << int(MoneyScale::Millions) << 1;
        QTest::newRow("1.26 B") << 1.26e9 << 1.26 << int(MoneyScale::Billions) << 1;
        QTest::newRow("a saving is negative") << -600000.0 << -600.0 << int(MoneyScale::Thousands) << 0;
    }

    void scalesMoneyAsPeopleWriteIt()
    {
        QFETCH(double, usd);
        const ScaledMoney money = scaleMoney(usd);
        QTEST(money.value, "value");
        QTEST(int(money.scale), "scale");
        QTEST(money.decimals, "decimals");
    }
};

QTEST_GUILESS_MAIN(HumanQuantityTest)
#include "humanquantitytest.moc"

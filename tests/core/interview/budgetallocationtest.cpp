#include "interview/budgetallocation.h"

#include <QTest>

using namespace debrief::interview;

class BudgetAllocationTest : public QObject {
    Q_OBJECT

private slots:
    void shares_data()
    {
        QTest::addColumn<QList<double>>("shares");
        QTest::addColumn<bool>("balanced");
        QTest::addColumn<double>("difference");
        QTest::addColumn<QString>("message");
        QTest::newRow("100 exact") << QList<double>{40, 35, 25} << true << 0.0 << "Shares sum to 100 %: balanced";
        QTest::newRow("thirds to the hundredth")
            << QList<double>{33.33, 33.33, 33.34} << true << 0.0 << "Shares sum to 100 %: balanced";
        // 10.1 + 20.2 + 69.7 is 100.00000000000001 in doubles; in hundredths it is exactly 10000.
        QTest::newRow("float noise") << QList<double>{10.1, 20.2, 69.7} << true << 0.0
                                     << "Shares sum to 100 %: balanced";
        QTest::newRow("0.1 short") << QList<double>{40, 35, 24.9} << false << -0.1
                                   << "Shares sum to 99.9 %: 0.1 % left to allocate";
        QTest::newRow("0.1 over") << QList<double>{40, 35, 25.1} << false << 0.1 << "Shares sum to 100.1 %: 0.1 % over";
        QTest::newRow("0.01 short") << QList<double>{33.33, 33.33, 33.33} << false << -0.01
                                    << "Shares sum to 99.99 %: 0.01 % left to allocate";
        QTest::newRow("negative share") << QList<double>{110, -10} << false << 0.0
                                        << "Shares sum to 100 %: a share is negative";
    }

    void shares()
    {
        QFETCH(QList<double>, shares);
        QFETCH(bool, balanced);
        QFETCH(double, difference);
        QFETCH(QString, message);
        const BudgetCheck check = BudgetAllocation::checkShares(shares);
        QCOMPARE(check.balanced, balanced);
        QVERIFY2(std::abs(check.difference - difference) < 1e-9, qPrintable(QString::number(check.difference)));
        QCOMPARE(check.message, message);
    }

    void money()
    {
        // $800 k + $700 k + $500 k = the $2 M quarterly budget.
        const BudgetCheck whole = BudgetAllocation::checkAmounts({800000, 700000, 500000}, 2000000);
        QVERIFY(whole.balanced);
        QCOMPARE(whole.message, QStringLiteral("Allocations sum to $2,000,000.00: the whole budget"));
        // One cent short.
        const BudgetCheck cent = BudgetAllocation::checkAmounts({800000, 700000, 499999.99}, 2000000);
        QVERIFY(!cent.balanced);
        QCOMPARE(cent.difference, -0.01);
        QCOMPARE(cent.message, QStringLiteral("Allocations sum to $1,999,999.99: $0.01 left to allocate"));
        const BudgetCheck over = BudgetAllocation::checkAmounts({1000000, 1250000.5}, 2000000);
        QCOMPARE(over.difference, 250000.5);
        QCOMPARE(over.message, QStringLiteral("Allocations sum to $2,250,000.50: $250,000.50 over the budget"));
    }

    void rebalance_data()
    {
        QTest::addColumn<QList<double>>("before");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("share");
        QTest::addColumn<QList<double>>("after");
        // Rest 50 % over old 35:25 -> 29.1667 and 20.8333; tenths 291 + 208 = 499, the spare tenth goes
        // to the larger remainder (0.67 > 0.33): 29.2 and 20.8.
        QTest::newRow("proportional") << QList<double>{40, 35, 25} << 0 << 50.0 << QList<double>{50, 29.2, 20.8};
        QTest::newRow("even") << QList<double>{50, 25, 25} << 0 << 40.0 << QList<double>{40, 30, 30};
        // The others were 0: they share the rest equally (15 each).
        QTest::newRow("others zero") << QList<double>{100, 0, 0} << 0 << 70.0 << QList<double>{70, 15, 15};
        // 100 / 3 = 33.33 each; the spare tenth goes to the lowest index on a tie.
        QTest::newRow("tie") << QList<double>{10, 30, 30, 30} << 0 << 0.0 << QList<double>{0, 33.4, 33.3, 33.3};
        // The new share is clamped and rounded to 0.1 %: 120 -> 100, 33.36 -> 33.4.
        QTest::newRow("clamped") << QList<double>{40, 60} << 1 << 120.0 << QList<double>{0, 100};
        QTest::newRow("rounded") << QList<double>{50, 50} << 0 << 33.36 << QList<double>{33.4, 66.6};
        QTest::newRow("middle index") << QList<double>{20, 30, 50} << 1 << 50.0 << QList<double>{14.3, 50, 35.7};
    }

    void rebalance()
    {
        QFETCH(QList<double>, before);
        QFETCH(int, index);
        QFETCH(double, share);
        QFETCH(QList<double>, after);
        const QList<double> result = BudgetAllocation::rebalance(before, index, share);
        QCOMPARE(result, after);
        QVERIFY(BudgetAllocation::checkShares(result).balanced);
    }

    void roadmapScore()
    {
        auto allocation = [](double impact, double confidence, double share) {
            DesignAllocation a;
            a.expectedImpactPercent = impact;
            a.confidence = confidence;
            a.sharePercent = share;
            return a;
        };
        // Scheduler 12 x 0.8 x 0.40 = 3.84; tensor core 20 x 0.5 x 0.35 = 3.5; dashboard 5 x 0.9 x 0.25 = 1.125.
        // Total 8.465.
        QCOMPARE(
            BudgetAllocation::roadmapScore({allocation(12, 0.8, 40), allocation(20, 0.5, 35), allocation(5, 0.9, 25)}),
            8.465);
        // The whole budget on one sure 10 % gain reads as 10.
        QCOMPARE(BudgetAllocation::roadmapScore({allocation(10, 1.0, 100)}), 10.0);
        // Confidence above 1 is clamped: 10 x 1 x 0.5 = 5.
        QCOMPARE(BudgetAllocation::roadmapScore({allocation(10, 1.5, 50)}), 5.0);
        QCOMPARE(BudgetAllocation::roadmapScore({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(BudgetAllocationTest)
#include "budgetallocationtest.moc"

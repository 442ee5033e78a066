#include "interview/orchestrationimpactscore.h"

#include <QTest>

using namespace debrief::interview;

namespace {

PortfolioProject project(const QStringList& teams, double before, double after, bool lowerIsBetter = true,
                         int months = 3)
{
    PortfolioProject p;
    p.title = QStringLiteral("project");
    p.teams = teams;
    p.before = before;
    p.after = after;
    p.lowerIsBetter = lowerIsBetter;
    p.months = months;
    return p;
}

}  // namespace

class OrchestrationImpactTest : public QObject {
    Q_OBJECT

private slots:
    void perProject_data()
    {
        QTest::addColumn<QStringList>("teams");
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<int>("collaborations");
        QTest::addColumn<double>("gain");
        QTest::addColumn<double>("score");
        // domain.md: queue build-up 20 -> 17 min is a 15 % cut; 3 teams x 15 = 45.
        QTest::newRow("three teams, 15 % cut")
            << QStringList{"storage", "networking", "SRE"} << 20.0 << 17.0 << true << 3 << 15.0 << 45.0;
        // A solo kernel win: 30 % faster, no other team: 0 x 30 = 0.
        QTest::newRow("solo kernel win") << QStringList{} << 10.0 << 7.0 << true << 0 << 30.0 << 0.0;
        // Utilisation 60 -> 72 %, higher is better: (72 - 60) / 60 = 20 %; 2 x 20 = 40.
        QTest::newRow("higher is better")
            << QStringList{"platform", "finance"} << 60.0 << 72.0 << false << 2 << 20.0 << 40.0;
        // A regression is measured (-10 %) but scores 0.
        QTest::newRow("regression") << QStringList{"storage"} << 100.0 << 110.0 << true << 1 << -10.0 << 0.0;
        // Same team twice, and a blank entry: one collaboration. 120 -> 90 ms = 25 %.
        QTest::newRow("duplicates") << QStringList{"Storage", "storage ", " "} << 120.0 << 90.0 << true << 1 << 25.0
                                    << 25.0;
        QTest::newRow("no baseline") << QStringList{"storage"} << 0.0 << 5.0 << false << 1 << 0.0 << 0.0;
    }

    void perProject()
    {
        QFETCH(QStringList, teams);
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(bool, lowerIsBetter);
        QFETCH(int, collaborations);
        QFETCH(double, gain);
        QFETCH(double, score);
        const ProjectImpact impact = OrchestrationImpactScore::forProject(project(teams, before, after, lowerIsBetter));
        QCOMPARE(impact.collaborations, collaborations);
        QCOMPARE(impact.gainPercent, gain);
        QCOMPARE(impact.score, score);
    }

    void threeCollaborationsBeatTenSoloWins()
    {
        QList<PortfolioProject> solo;
        for (int i = 0; i < 10; ++i)
            solo.append(project({}, 10.0, 7.0));  // 30 % each, no system-level collaboration
        const PortfolioImpact soloImpact = OrchestrationImpactScore::forPortfolio(solo);
        QCOMPARE(soloImpact.total, 0.0);
        QCOMPARE(soloImpact.crossTeamMonths, 0);
        QVERIFY(!soloImpact.orchestrationReady);
        const PortfolioImpact team =
            OrchestrationImpactScore::forPortfolio({project({"storage", "networking", "SRE"}, 20.0, 17.0)});
        QCOMPARE(team.total, 45.0);
        QVERIFY(team.total > soloImpact.total);
    }

    void totalAndReadiness()
    {
        // 45 + 40 + 0 (solo, 3 months not counted) = 85; cross-team months 4 + 2 = 6 -> ready.
        const QList<PortfolioProject> portfolio{project({"storage", "networking", "SRE"}, 20.0, 17.0, true, 4),
                                                project({"platform", "finance"}, 60.0, 72.0, false, 2),
                                                project({}, 10.0, 7.0, true, 3)};
        const PortfolioImpact impact = OrchestrationImpactScore::forPortfolio(portfolio);
        QCOMPARE(impact.projects.size(), 3);
        QCOMPARE(impact.total, 85.0);
        QCOMPARE(impact.crossTeamMonths, 6);
        QVERIFY(impact.orchestrationReady);
        QCOMPARE(
            impact.readyReason,
            QStringLiteral("Orchestration Ready: 6 month(s) of cross-team orchestration work (at least 6 needed)"));
        // One month short: 4 + 1 = 5.
        QList<PortfolioProject> shorter = portfolio;
        shorter[1].months = 1;
        const PortfolioImpact notReady = OrchestrationImpactScore::forPortfolio(shorter);
        QVERIFY(!notReady.orchestrationReady);
        QCOMPARE(notReady.readyReason,
                 QStringLiteral("Not Orchestration Ready: 5 month(s) of cross-team orchestration work, 6 needed"));
    }
};

QTEST_GUILESS_MAIN(OrchestrationImpactTest)
#include "orchestrationimpacttest.moc"

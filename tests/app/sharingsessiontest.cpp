// The Trace Lab's Sharing tab without a window: the study's curves on a hand-made node list, worked
// out by hand; the rounded-up against shared replay; cancel; progress; node-list errors; evidence.
#include "tracelab/sharingsession.h"
#include "interviewrecords.h"
#include "tracelab/tracelabanalysis.h"
#include "tracelab/tracelabsession.h"

#include <sharing/nodelist.h>
#include <storage/analysisstore.h>
#include <trace/trace.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace debrief;
using namespace debrief::studio;
using sharing::PlacementPolicy;

namespace {

constexpr int kWaitMs = 60'000;

std::shared_ptr<const sharing::NodeList> nodesFrom(const std::string& csv)
{
    std::istringstream in(csv);
    return std::make_shared<sharing::NodeList>(sharing::NodeList::read(in, "hand.csv"));
}

// `shares` one-GPU jobs with these GPU shares (milli) and CPU, each an hour, submitted together.
std::shared_ptr<const trace::Trace> shareTrace(const std::vector<std::uint16_t>& shares, std::uint32_t cpuMilli = 0)
{
    auto t = std::make_shared<trace::Trace>();
    for (std::size_t i = 0; i < shares.size(); ++i) {
        trace::Job job;
        job.submit = 0;
        job.duration = 3600;
        job.line = std::uint32_t(i + 2);
        job.gpus = 1;
        t->add(job, {});
        t->resources.gpuMilli.push_back(shares[i]);
        t->resources.cpuMilli.push_back(cpuMilli);
        t->resources.memoryMib.push_back(0);
    }
    return t;
}

bool waitFor(QSignalSpy& spy)
{
    return spy.count() > 0 || spy.wait(kWaitMs);
}

}  // namespace

class SharingSessionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_sharingsession"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void startsOnTheBundledOpenbNodes()
    {
        SharingSession session;
        QVERIFY(session.nodeList());
        QCOMPARE(session.nodeListName(), QStringLiteral("openb_node_list_gpu_node.csv"));
        QCOMPARE(session.nodeList()->nodes().size(), std::size_t(1213));
        QCOMPARE(session.nodeList()->totalGpus(), std::uint64_t(6212));
        QCOMPARE(session.seeds(), (std::vector<std::uint64_t>{42, 43, 44, 45, 46, 47, 48, 49, 50, 51}));
        QCOMPARE(session.inflation(), 1.3);
        QCOMPARE(session.placements().size(), std::size_t(6));
        QVERIFY(!session.runStudy());  // no trace yet
    }

    void badNodeListNamesFileAndLineAndKeepsTheList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad_nodes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sn,cpu_milli,memory_mib,gpu,model\nn1,8000,1024,1,T4\nn2,lots,1024,1,T4\n");
        file.close();
        SharingSession session;
        QSignalSpy failed(&session, &SharingSession::nodeListFailed);
        QVERIFY(!session.loadNodeList(path));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("line 3")) &&
                     message.contains(QStringLiteral("lots")),
                 qPrintable(message));
        QCOMPARE(session.nodeList()->nodes().size(), std::size_t(1213));
        QVERIFY(!session.loadNodeList(dir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(failed.count(), 2);
    }

    // Two nodes of one GPU each (2,000 milli) and three jobs of 600 milli (the only typical shape):
    // arrived 600, 1,200 and 1,800 milli = 30, 60 and 90 %. Whatever the placement, the first job
    // takes a GPU and leaves 400 milli that a 600 job cannot use: allocated 30 %, fragmented
    // 400 / 2,000 = 20 %, 400 of the 1,400 idle milli = 28.57 %. The second can only go to the other
    // GPU: 60 %, 800 fragmented = 40 %, every idle milli (800 / 800) = 100 %. The third fits nowhere
    // and leaves it so. At inflation 1.0 the target is 2,000 milli; the trace's 1,800 plus one more
    // 600 job would pass it, so no job is added, and every seed gives the same points.
    void studyOnHandWorkedNodes()
    {
        SharingSession session;
        session.setNodeList(nodesFrom("sn,cpu_milli,memory_mib,gpu,model\na,8000,4096,1,T4\nb,8000,4096,1,T4\n"),
                            QStringLiteral("hand.csv"));
        session.setTrace(shareTrace({600, 600, 600}), QStringLiteral("three.csv"));
        session.setSeeds(SharingSession::seedRange(42, 3));
        session.setInflation(1.0);
        QSignalSpy progress(&session, &SharingSession::progressChanged);
        QSignalSpy curves(&session, &SharingSession::curvesChanged);
        QSignalSpy finished(&session, &SharingSession::studyFinished);
        QVERIFY(session.runStudy());
        QVERIFY(session.isRunning());
        QVERIFY(!session.runStudy());  // one piece of work at a time
        QVERIFY(waitFor(finished));
        QVERIFY(!session.isRunning());
        QCOMPARE(session.runsPlanned(), 18);
        QCOMPARE(session.runsDone(), 18);
        QVERIFY(curves.count() >= 18);  // one per finished run at least: the chart fills as they come
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);

        QCOMPARE(session.curves().size(), std::size_t(6));
        for (const SharingSession::Curve& curve : session.curves()) {
            const QString name = QString::fromUtf8(sharing::placementName(curve.placement));
            QCOMPARE(curve.seeds, 3);
            QVERIFY2(!curve.at(0), qPrintable(name));  // no job arrived near 0 %
            struct Expected {
                int pct;
                double allocated, fragmented, ratio;
            };
            for (const Expected& e : {Expected{29, 30, 20, 400.0 / 14.0}, Expected{30, 30, 20, 400.0 / 14.0},
                                      Expected{31, 30, 20, 400.0 / 14.0}, Expected{60, 60, 40, 100},
                                      Expected{90, 60, 40, 100}, Expected{91, 60, 40, 100}}) {
                const sharing::StudyPoint* point = curve.at(e.pct);
                QVERIFY2(point, qPrintable(name + QStringLiteral(" at %1").arg(e.pct)));
                QCOMPARE(point->allocatedPct, e.allocated);
                QCOMPARE(point->fragmentationPct, e.fragmented);
                QVERIFY(std::abs(point->fragRatioPct - e.ratio) < 1e-9);
            }
            QVERIFY(!curve.at(45));  // between arrivals, no neighbour landed there
            QVERIFY(!curve.at(100));
        }
        // A new trace clears the results.
        session.setTrace(shareTrace({500}), QStringLiteral("one.csv"));
        QVERIFY(session.curves().empty());
    }

    void cancelStopsTheStudy()
    {
        // 40 nodes x 8 GPUs and 4,000 jobs of mixed shares, 6 placements x 100 seeds on one thread:
        // far more than finishes before the cancel.
        std::string csv = "sn,cpu_milli,memory_mib,gpu,model\n";
        for (int n = 0; n < 40; ++n)
            csv += "n" + std::to_string(n) + ",96000,786432,8,V100M32\n";
        std::vector<std::uint16_t> shares;
        for (int i = 0; i < 4000; ++i)
            shares.push_back(std::uint16_t(i % 3 == 0 ? 1000 : 100 + (i * 37) % 800));
        SharingSession session;
        session.setNodeList(nodesFrom(csv), QStringLiteral("forty.csv"));
        session.setTrace(shareTrace(shares, 1000), QStringLiteral("mixed.csv"));
        session.setSeeds(SharingSession::seedRange(1, 100));
        session.setThreads(1);
        QSignalSpy cancelled(&session, &SharingSession::cancelled);
        QSignalSpy finished(&session, &SharingSession::studyFinished);
        QSignalSpy busy(&session, &SharingSession::busyChanged);
        QVERIFY(session.runStudy());
        QTRY_VERIFY_WITH_TIMEOUT(session.runsDone() >= 1, kWaitMs);  // it streams
        session.cancel();
        QVERIFY(waitFor(cancelled));
        QTRY_VERIFY(!session.isRunning());
        QVERIFY(finished.isEmpty());
        QVERIFY2(session.runsDone() < session.runsPlanned(), qPrintable(QString::number(session.runsDone())));
        QCOMPARE(session.runsPlanned(), 600);
        // It can run again after a cancel.
        session.setSeeds({7});
        session.setPlacements({PlacementPolicy::Fgd});
        QVERIFY(session.runStudy());
        QVERIFY(waitFor(finished));
        QCOMPARE(session.runsDone(), 1);
    }

    // One node, one T4 GPU at $1 per GPU-hour; two jobs of half a GPU for an hour, submitted together.
    // Rounded up, each takes the whole GPU: the second waits an hour; 2 GPU-hours used and paid (2 h
    // makespan), $2, mean queueing 30 min. Shared, both run at once: 0.5 + 0.5 = 1 GPU-hour used and
    // paid, $1, no queueing.
    void roundedUpAgainstSharedAndEvidence()
    {
        QTemporaryDir dir;
        InterviewRecords records(dir.filePath(QStringLiteral("records.sqlite")));
        QVERIFY(records.isOpen());
        SharingSession session;
        session.setDatabase(&records.database());
        session.setNodeList(nodesFrom("sn,cpu_milli,memory_mib,gpu,model\nonly,8000,4096,1,T4\n"),
                            QStringLiteral("one.csv"));
        session.setTrace(shareTrace({500, 500}), QStringLiteral("halves.csv"));
        sharing::GpuPrices prices;
        prices.fallback = 9.0;
        prices.perModel = {{"T4", 1.0}};
        session.setPrices(prices);
        QVERIFY(!session.hasEvidence());
        QCOMPARE(session.useAsEvidence(QStringLiteral("nothing yet")), 0);
        QVERIFY(session.traceFingerprint().isEmpty());
        // The trace's fingerprint is hashed by the comparison's worker, never on this (the UI) thread.
        const int hashedHere = TraceLabAnalysis::fingerprintsHashedOnThisThread();

        QSignalSpy costs(&session, &SharingSession::costsChanged);
        QVERIFY(session.compareCosts());
        QTRY_VERIFY_WITH_TIMEOUT(session.costs().has_value(), kWaitMs);
        QVERIFY(!session.traceFingerprint().isEmpty());
        const SharingSession::CostComparison& c = *session.costs();
        QCOMPARE(c.policy, replay::PolicyKind::Fifo);
        QCOMPARE(c.placement, PlacementPolicy::BestFit);
        QVERIFY(c.roundedUp.metrics && c.shared.metrics);
        QCOMPARE(c.roundedUp.jobs, std::uint64_t(2));
        QCOMPARE(c.roundedUp.metrics->usedGpuHours, 2.0);
        QCOMPARE(c.roundedUp.metrics->paidGpuHours, 2.0);
        QCOMPARE(c.roundedUp.metrics->usedCost, 2.0);
        QCOMPARE(c.roundedUp.metrics->paidCost, 2.0);
        QCOMPARE(c.roundedUp.metrics->queueingMean, 1800.0);
        QCOMPARE(c.roundedUp.metrics->makespan, std::int64_t(7200));
        QCOMPARE(c.shared.metrics->usedGpuHours, 1.0);
        QCOMPARE(c.shared.metrics->paidGpuHours, 1.0);
        QCOMPARE(c.shared.metrics->usedCost, 1.0);
        QCOMPARE(c.shared.metrics->queueingMean, 0.0);
        QCOMPARE(c.shared.metrics->makespan, std::int64_t(3600));

        // The study too (one seed, two placements), then both kept as evidence in one analysis.
        session.setSeeds({42});
        session.setPlacements({PlacementPolicy::BestFit, PlacementPolicy::Fgd});
        session.setInflation(1.0);
        QSignalSpy finished(&session, &SharingSession::studyFinished);
        QVERIFY(session.runStudy());
        QVERIFY(waitFor(finished));
        QVERIFY(session.costs().has_value());  // the comparison stays with the study
        // 500 + 500 = 1,000 milli = 100 % arrived on one GPU: both fit, allocated 100 %.
        QCOMPARE(session.curve(PlacementPolicy::Fgd)->at(100)->allocatedPct, 100.0);

        QSignalSpy stored(&session, &SharingSession::evidenceStored);
        QCOMPARE(session.useAsEvidence(QStringLiteral("Halves shared")), 3);
        QCOMPARE(TraceLabAnalysis::fingerprintsHashedOnThisThread(), hashedHere);
        QCOMPARE(stored.count(), 1);
        // The kept fingerprint is the trace's (the same hash the Trace Lab's replays keep).
        const storage::AnalysisStore analyses(records.database());
        const QString kept0 = analyses.load(analyses.list().value(0).id).traceFingerprint;
        QCOMPARE(kept0, session.traceFingerprint());
        QCOMPARE(kept0, TraceLabAnalysis::fingerprint(*session.trace(), QStringLiteral("halves.csv")));
        QCOMPARE(stored.first().at(1).toString(), QStringLiteral("Halves shared"));
        const QList<storage::EvidenceStatement> kept = storage::AnalysisStore(records.database()).evidenceStatements();
        QCOMPARE(kept.size(), 3);
        const storage::EvidenceStatement& cost = kept.first();
        QCOMPARE(cost.analysisName, QStringLiteral("Halves shared"));
        QCOMPARE(cost.baseline, QStringLiteral("rounded up to whole GPUs"));
        QCOMPARE(cost.policy, QStringLiteral("shared GPUs (best-fit)"));
        QCOMPARE(cost.numbers.value(QStringLiteral("usedGpuHoursRoundedUp")).toDouble(), 2.0);
        QCOMPARE(cost.numbers.value(QStringLiteral("usedGpuHoursShared")).toDouble(), 1.0);
        QCOMPARE(cost.numbers.value(QStringLiteral("paidCostSharedUsd")).toDouble(), 1.0);
        QVERIFY2(cost.statement.contains(QStringLiteral("50.0 % less")), qPrintable(cost.statement));
        for (const QString& part : {QStringLiteral("halves.csv"), QStringLiteral("(2 jobs)"), QStringLiteral("one.csv"),
                                    QStringLiteral("fifo"), QStringLiteral("best-fit")})
            QVERIFY2(cost.source.contains(part), qPrintable(part + QStringLiteral(" not in ") + cost.source));
        QCOMPARE(kept.at(1).policy, QStringLiteral("best-fit"));
        QCOMPARE(kept.at(2).policy, QStringLiteral("fgd"));
        QCOMPARE(kept.at(2).numbers.value(QStringLiteral("allocatedPctAt100")).toDouble(), 100.0);
        // Kept again: the same analysis, its statements replaced.
        QCOMPARE(session.useAsEvidence(), 3);
        QCOMPARE(storage::AnalysisStore(records.database()).list().size(), 1);
    }

    void followsTheTraceLabsTrace()
    {
        TraceLabSession lab;
        lab.setTrace(shareTrace({250, 1000}), QStringLiteral("two.csv"));
        QCOMPARE(lab.sharing()->traceName(), QStringLiteral("two.csv"));
        QCOMPARE(lab.sharing()->trace()->jobs.size(), std::size_t(2));
    }
};

QTEST_MAIN(SharingSessionTest)
#include "sharingsessiontest.moc"

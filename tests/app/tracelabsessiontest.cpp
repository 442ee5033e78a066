// The Trace Lab without a window: the controller drives import -> replay -> comparison -> evidence,
// a new trace brings its own cluster and clears the old results, and the chart axes and the load
// badge say what they should. Numbers for fifo-blocking.csv are worked out in tests/data/app/README.md.
#include "interviewrecords.h"
#include "shell/studioappearance.h"
#include "tracelab/analysesview.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/livereplay.h"
#include "tracelab/livereplaycharts.h"
#include "tracelab/policymetricsmodel.h"
#include "tracelab/tracelabpage.h"
#include "tracelab/tracelabsession.h"
#include "widgets/barchartview.h"
#include "widgets/chartstyle.h"
#include "widgets/timeserieschartview.h"

#include <replay/offeredload.h>
#include <storage/analysisstore.h>
#include <trace/trace.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

using namespace debrief;
using namespace debrief::studio;

namespace {

constexpr int kWaitMs = 60'000;

QString dataFile(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/app/") + QLatin1String(name);
}

bool importAndWait(TraceLabSession& session, const QString& path)
{
    QSignalSpy loaded(&session, &TraceLabSession::traceLoaded);
    if (!session.importTrace(path, QFileInfo(path).fileName(), trace::TraceFormat::Auto, false))
        return false;
    return loaded.wait(kWaitMs) || loaded.count() == 1;
}

bool replayAndWait(TraceLabSession& session, const std::vector<replay::PolicyKind>& policies)
{
    QSignalSpy finished(&session, &TraceLabSession::replayFinished);
    if (!session.replay(policies))
        return false;
    return finished.wait(kWaitMs) || finished.count() == 1;
}

// A trace of `jobs` one-GPU jobs of an hour, one a minute: 60 GPU-hours per hour of submits.
std::shared_ptr<const trace::Trace> steadyTrace(int jobs)
{
    trace::Trace t;
    for (int i = 0; i < jobs; ++i) {
        trace::Job job;
        job.submit = i * 60;
        job.duration = 3600;
        job.gpus = 1;
        job.line = std::uint32_t(i + 2);
        t.jobs.push_back(job);
    }
    return std::make_shared<const trace::Trace>(std::move(t));
}

}  // namespace

class TraceLabSessionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_tracelabsession"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void importReplayCompareAndKeepEvidence()
    {
        QTemporaryDir dir;
        InterviewRecords records(dir.filePath(QStringLiteral("records.sqlite")));
        QVERIFY(records.isOpen());
        TraceLabSession session;
        session.setDatabase(&records.database());
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        QCOMPARE(session.trace()->jobs.size(), std::size_t(4));

        // 270 GPU-seconds over a 30 s submit span want 12 GPUs at <= 80 %: 270 / (12 x 30) = 75 %.
        QCOMPARE(session.cluster().totalGpus(), std::uint64_t(12));
        std::optional<TraceLabSession::Load> load = session.load();
        QVERIFY(load);
        QCOMPARE(load->offered, 0.75);
        QCOMPARE(load->jobsTooLarge, std::uint64_t(0));

        // On 2 GPUs the 4-GPU job is rejected; the load is the accepted jobs' (the analyses' definition).
        QSignalSpy clusterChanged(&session, &TraceLabSession::clusterChanged);
        session.setCluster(replay::Cluster::pooled(2, 2.5), false);
        QCOMPARE(clusterChanged.count(), 1);
        load = session.load();
        QCOMPARE(load->jobsTooLarge, std::uint64_t(1));
        QCOMPARE(load->largestJobGpus, std::uint32_t(4));
        QCOMPARE(load->offered, *replay::offeredLoad(*session.trace(), 2));
        QVERIFY(load->offered > 1.0);

        QSignalSpy results(&session, &TraceLabSession::resultsChanged);
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
        QCOMPARE(results.count(), 1);
        QVERIFY(session.resultsCurrent({replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
        const TraceLabAnalysis& shown = *session.shown();
        QCOMPARE(shown.results.size(), std::size_t(2));
        QCOMPARE(shown.baseline, replay::PolicyKind::Fifo);
        // fifo: makespan 180 s; first-fit lets job 2 skip ahead: 150 s.
        QCOMPARE(shown.results[0].metrics->makespan, std::int64_t(180));
        QCOMPARE(shown.results[1].metrics->makespan, std::int64_t(150));

        // The table model reads the core comparison and passes Qt's model checks.
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(shown.results, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ComparisonModel::Policy).data().toString(), QStringLiteral("first-fit"));
        // p95 queueing 130 s under fifo, 90 s under first-fit: -30.8 %.
        QCOMPARE(model.index(0, ComparisonModel::P95QueueingChange).data().toString(), QStringLiteral("-30.8 %"));

        // Evidence: one statement per policy but the baseline, numbers from the comparison.
        QSignalSpy stored(&session, &TraceLabSession::evidenceStored);
        QCOMPARE(session.useAsEvidence(QStringLiteral("Blocking")), 1);
        QCOMPARE(stored.count(), 1);
        const QList<storage::EvidenceStatement> evidence =
            storage::AnalysisStore(records.database()).evidenceStatements();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence[0].policy, QStringLiteral("first-fit"));
        QCOMPARE(evidence[0].baseline, QStringLiteral("fifo"));
        QCOMPARE(evidence[0].statement, model.index(0, ComparisonModel::InWords).data().toString());
        QCOMPARE(evidence[0].numbers.value(QStringLiteral("p95QueueingChange")).toDouble(), (90.0 - 130.0) / 130.0);
        QCOMPARE(evidence[0].numbers.value(QStringLiteral("idleCostPerMonthUsd")).toDouble(),
                 model.comparison().row(replay::PolicyKind::FirstFit)->idleCostPerMonth);

        // The cluster changes: the results stay but are no longer current.
        session.setCluster(replay::Cluster::pooled(3, 2.5), false);
        QVERIFY(!session.resultsCurrent({replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
        QVERIFY(session.shown());
    }

    void aNewTraceClearsResultsAndBringsItsCluster()
    {
        TraceLabSession session;
        session.setCluster(replay::Cluster::packed(6, 8, 3.0), false);
        session.setTrace(steadyTrace(61), QStringLiteral("first"));
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo}));
        QVERIFY(session.shown());

        // 61 jobs x 1 GPU-hour over one hour of submits: 61 GPUs busy; at <= 80 %, 77 GPUs, which
        // packed in nodes of 8 is 80 (10 nodes), at the same price.
        QSignalSpy results(&session, &TraceLabSession::resultsChanged);
        QSignalSpy loaded(&session, &TraceLabSession::traceLoaded);
        session.setTrace(steadyTrace(61), QStringLiteral("second"));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(results.count(), 1);
        QVERIFY(!session.shown());
        QVERIFY(session.replayedResults().empty());
        QCOMPARE(session.cluster().placement, replay::Placement::Packed);
        QCOMPARE(session.cluster().gpusPerNode, 8u);
        QCOMPARE(session.cluster().nodes, 10u);
        QCOMPARE(session.cluster().pricePerGpuHour, 3.0);
    }

    // fifo-blocking.csv (tests/data/app/README.md) on 2 pooled GPUs, every policy: the numbers the
    // controller hands the tables, worked out by hand. Moved from the page test: no widget needed.
    void replaysTheHandWorkedTraceOnTwoGpus()
    {
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        QCOMPARE(session.trace()->jobs.size(), std::size_t(4));
        session.setCluster(replay::Cluster::pooled(2, 2.5), false);
        const std::vector<replay::PolicyKind> all(replay::kAllPolicies.begin(), replay::kAllPolicies.end());
        QVERIFY(replayAndWait(session, all));
        QVERIFY(session.resultsCurrent(all));
        const std::vector<replay::ReplayResult>& results = session.shown()->results;
        QCOMPARE(results.size(), std::size_t(8));
        const auto resultOf = [&](replay::PolicyKind policy) -> const replay::ReplayResult& {
            return *std::find_if(results.begin(), results.end(),
                                 [&](const replay::ReplayResult& r) { return r.policy == policy; });
        };
        // Job 1 (2 GPUs) waits for job 0 and blocks job 2: queueing 0, 90, 130 s; ends 100, 150, 180.
        const replay::ReplayResult& fifo = resultOf(replay::PolicyKind::Fifo);
        QCOMPARE(fifo.jobs, std::uint64_t(3));
        QCOMPARE(fifo.rejected, std::uint64_t(1));  // job 3 asks for 4 GPUs
        QCOMPARE(fifo.preemptions, std::uint64_t(0));
        const replay::Metrics& m = *fifo.metrics;
        QCOMPARE(m.queueingDelay.mean, 220.0 / 3.0);
        QCOMPARE(m.queueingDelay.p95, std::int64_t(130));
        QCOMPARE(m.jct.mean, 400.0 / 3.0);  // (100 + 140 + 160) / 3
        QCOMPARE(m.jct.p95, std::int64_t(160));
        QCOMPARE(m.slowdown.p95, 160.0 / 30.0);
        QCOMPARE(m.makespan, std::int64_t(180));
        QCOMPARE(m.utilization, 230.0 / 360.0);
        QCOMPARE(m.throughputJobsPerHour, 60.0);
        QCOMPARE(m.cost.cluster, 2 * 180 / 3600.0 * 2.5);
        QCOMPARE(m.cost.used, 230 / 3600.0 * 2.5);
        QVERIFY(!m.fragmentation);  // pooled
        // first-fit lets job 2 skip past the blocked job 1: queueing 0, 90, 0 s; last end 150.
        const replay::Metrics& firstFit = *resultOf(replay::PolicyKind::FirstFit).metrics;
        QCOMPARE(firstFit.queueingDelay.mean, 30.0);
        QCOMPARE(firstFit.makespan, std::int64_t(150));

        // The metrics table shows those numbers in units; it sorts by the numbers, not the text.
        PolicyMetricsModel model;
        QAbstractItemModelTester tester(&model);
        model.setResults(session.replayedResults());
        const int row = 0;  // replay order: fifo first
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(PolicyMetricsModel::Policy), QStringLiteral("fifo"));
        QCOMPARE(cell(PolicyMetricsModel::Jobs), QStringLiteral("3"));
        QCOMPARE(cell(PolicyMetricsModel::Rejected), QStringLiteral("1"));
        QVERIFY(model.index(row, PolicyMetricsModel::Rejected).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("5")));
        QCOMPARE(cell(PolicyMetricsModel::MeanQueueing), QStringLiteral("1 min 13 s"));
        QCOMPARE(model.index(row, PolicyMetricsModel::MeanQueueing).data(PolicyMetricsModel::SortRole).toDouble(),
                 220.0 / 3.0);
        QCOMPARE(cell(PolicyMetricsModel::P95Queueing), QStringLiteral("2 min 10 s"));
        QCOMPARE(cell(PolicyMetricsModel::MeanJct), QStringLiteral("2 min 13 s"));
        QCOMPARE(cell(PolicyMetricsModel::P95Jct), QStringLiteral("2 min 40 s"));
        QCOMPARE(cell(PolicyMetricsModel::P95Slowdown), QStringLiteral("5.33"));
        QCOMPARE(cell(PolicyMetricsModel::Makespan), QStringLiteral("3 min"));
        QCOMPARE(cell(PolicyMetricsModel::Utilisation), QStringLiteral("63.9 %"));
        QCOMPARE(cell(PolicyMetricsModel::Throughput), QStringLiteral("60.0 jobs/h"));
        QCOMPARE(cell(PolicyMetricsModel::ClusterCost), QStringLiteral("$0.25"));
        QCOMPARE(cell(PolicyMetricsModel::UsedCost), QStringLiteral("$0.16"));
        QCOMPARE(cell(PolicyMetricsModel::IdleCost), QStringLiteral("$0.09"));
        QCOMPARE(cell(PolicyMetricsModel::Preemptions), QStringLiteral("0"));
        QCOMPARE(cell(PolicyMetricsModel::Fragmentation), QStringLiteral("-"));
    }

    // A change of cluster (or of "GPU jobs only") makes the results stale; the replay on 4 GPUs
    // rejects nothing, and only job 3 (4 GPUs, submitted at 30) waits for job 0 to end at 100.
    void aClusterChangeMakesTheResultsStale()
    {
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        session.setCluster(replay::Cluster::pooled(2, 2.5), false);
        const std::vector<replay::PolicyKind> fifo{replay::PolicyKind::Fifo};
        QVERIFY(replayAndWait(session, fifo));
        QVERIFY(session.resultsCurrent(fifo));
        QSignalSpy clusterChanged(&session, &TraceLabSession::clusterChanged);
        session.setCluster(replay::Cluster::pooled(4, 2.5), false);
        QCOMPARE(clusterChanged.count(), 1);
        QVERIFY(!session.resultsCurrent(fifo));
        QVERIFY(replayAndWait(session, fifo));
        const replay::ReplayResult& result = session.shown()->results.front();
        QCOMPARE(result.jobs, std::uint64_t(4));
        QCOMPARE(result.rejected, std::uint64_t(0));
        QCOMPARE(result.metrics->queueingDelay.mean, 17.5);  // 70 / 4
        QCOMPARE(result.metrics->makespan, std::int64_t(110));
        QVERIFY(session.resultsCurrent(fifo));
        session.setCluster(replay::Cluster::pooled(4, 2.5), true);
        QVERIFY(session.gpuJobsOnly());
        QVERIFY(!session.resultsCurrent(fifo));
    }

    void aPackedClusterReportsFragmentation()
    {
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        session.setCluster(replay::Cluster::packed(2, 2, 2.5), false);
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo}));
        const replay::ReplayResult& result = session.shown()->results.front();
        QCOMPARE(result.jobs, std::uint64_t(4));
        QVERIFY(result.metrics->fragmentation.has_value());
        QVERIFY(*result.metrics->fragmentation >= 0.0 && *result.metrics->fragmentation <= 1.0);
    }

    // A malformed file names its line, column and value; the trace and the results stay.
    void aFailedImportKeepsThePreviousTraceAndResults()
    {
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        session.setCluster(replay::Cluster::pooled(2, 2.5), false);
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo, replay::PolicyKind::Sjf}));
        const auto before = session.trace();
        std::vector<std::pair<trace::ImportIssue, QString>> failed;
        connect(&session, &TraceLabSession::importFailed, this,
                [&](const trace::ImportIssue& issue, const QString& name) { failed.emplace_back(issue, name); });
        QSignalSpy loaded(&session, &TraceLabSession::traceLoaded);
        QVERIFY(session.importTrace(dataFile("bad-duration.csv"), QStringLiteral("bad-duration.csv"),
                                    trace::TraceFormat::Auto, false));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), std::size_t(1), kWaitMs);
        QCOMPARE(loaded.count(), 0);
        const trace::ImportIssue& issue = failed.front().first;
        QCOMPARE(issue.line, std::uint64_t(3));
        QCOMPARE(issue.column, std::string("duration"));
        QCOMPARE(issue.value, std::string("abc"));
        QCOMPARE(failed.front().second, QStringLiteral("bad-duration.csv"));
        QCOMPARE(session.trace(), before);
        QCOMPARE(session.traceName(), QStringLiteral("fifo-blocking.csv"));
        QCOMPARE(session.shown()->results.size(), std::size_t(2));

        // Lenient: the bad row is skipped and counted, the rest comes in.
        QVERIFY(session.importTrace(dataFile("bad-duration.csv"), QStringLiteral("bad-duration.csv"),
                                    trace::TraceFormat::Auto, true));
        QVERIFY(loaded.wait(kWaitMs) || loaded.count() == 1);
        QCOMPARE(session.trace()->jobs.size(), std::size_t(2));
        QCOMPARE(session.trace()->skipped.size(), std::size_t(1));
        const trace::SkippedRows& skipped = session.trace()->skipped.begin()->second;
        QCOMPARE(skipped.count, std::uint64_t(1));
        QCOMPARE(skipped.firstLines, std::vector<std::uint64_t>{3});
        QVERIFY(!session.shown());  // another trace: the old results are gone
    }

    // Cancel stops a long import; the previous trace stays.
    void cancelStopsALargeImport()
    {
        QTemporaryDir dir;
        const QString large = dir.filePath(QStringLiteral("large.csv"));
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("job_id,num_gpu,submit_time,iterations,model_name,duration,interval\n");
        QByteArray chunk;
        for (int i = 0; i < 2'000'000; ++i)
            chunk += QByteArray::number(i) + ",1," + QByteArray::number(i) + ",10,resnet50,100,1\n";
        file.write(chunk);
        file.close();
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        const auto before = session.trace();
        QSignalSpy cancelled(&session, &TraceLabSession::importCancelled);
        QSignalSpy loaded(&session, &TraceLabSession::traceLoaded);
        QVERIFY(session.importTrace(large, QStringLiteral("large.csv"), trace::TraceFormat::Auto, false));
        QVERIFY(session.isImporting());
        QVERIFY(session.isBusy());
        session.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kWaitMs);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!session.isImporting());
        QCOMPARE(session.trace(), before);
    }

    // Each replayed policy's analyses arrive with its results (numbers, not strings) and go with them.
    void analysesArriveWithTheReplayAndGoWithTheTrace()
    {
        TraceLabSession session;
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        QVERIFY(session.analyses().empty());
        session.setCluster(replay::Cluster::pooled(2, 2.5), false);
        QSignalSpy changed(&session, &TraceLabSession::analysesChanged);
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
        QCOMPARE(changed.count(), 1);
        const PolicyAnalysesList& analyses = session.analyses();
        QCOMPARE(analyses.size(), std::size_t(2));
        QCOMPARE(analyses[0].policy, replay::PolicyKind::Fifo);
        QCOMPARE(analyses[1].policy, replay::PolicyKind::FirstFit);
        // fifo: queueing 0, 90, 130 s, JCT 100, 140, 160 s; first-fit lets job 2 start at once.
        const replay::Analyses& fifo = analyses[0].analyses;
        QCOMPARE(fifo.waiting.p95, std::int64_t(130));
        QCOMPARE(fifo.byGpus[1].jobs, std::uint64_t(2));
        QCOMPARE(fifo.byGpus[1].queueingDelay->p95, std::int64_t(130));
        QCOMPARE(fifo.byGpus[2].queueingDelay->p50, std::int64_t(90));
        QCOMPARE(fifo.jctCdf, (std::vector<replay::CdfPoint>{{100, 1.0 / 3.0}, {140, 2.0 / 3.0}, {160, 1.0}}));
        QVERIFY(!fifo.fairness.jainUserSlowdown);  // the trace names no users
        QCOMPARE(analyses[1].analyses.waiting.p95, std::int64_t(90));
        QCOMPARE(analyses[1].analyses.byGpus[1].queueingDelay->p95, std::int64_t(0));

        // An analysis shown again keeps them (they travel with its results); a new trace clears them.
        session.showAnalysis(*session.shown());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(session.analyses().size(), std::size_t(2));
        QCOMPARE(session.analyses()[0].analyses.waiting.p95, std::int64_t(130));
        QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
        QCOMPARE(session.analyses().size(), std::size_t(2));
        QCOMPARE(changed.count(), 3);
        QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
        QCOMPARE(changed.count(), 4);
        QVERIFY(session.analyses().empty());
    }

    // Saved, then opened by another controller on the same database (a later start of the studio):
    // the analyses come back number for number, without the trace and without a replay.
    void aSavedAnalysisReopensWithItsAnalyses()
    {
        QTemporaryDir dir;
        InterviewRecords records(dir.filePath(QStringLiteral("records.sqlite")));
        QVERIFY(records.isOpen());
        std::optional<std::int64_t> id;
        {
            TraceLabSession session;
            session.setDatabase(&records.database());
            QVERIFY(importAndWait(session, dataFile("fifo-blocking.csv")));
            session.setCluster(replay::Cluster::pooled(2, 2.5), false);
            QVERIFY(replayAndWait(session, {replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit}));
            id = session.saveAnalysis(QStringLiteral("kept"));
            QVERIFY(id);
        }
        TraceLabSession fresh;
        fresh.setDatabase(&records.database());
        QSignalSpy changed(&fresh, &TraceLabSession::analysesChanged);
        QSignalSpy replays(&fresh, &TraceLabSession::replayStarted);
        QVERIFY(fresh.openAnalysis(*id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(replays.count(), 0);
        QVERIFY(!fresh.trace());
        const PolicyAnalysesList& analyses = fresh.analyses();
        QCOMPARE(analyses.size(), std::size_t(2));
        QCOMPARE(analyses[0].policy, replay::PolicyKind::Fifo);
        QCOMPARE(analyses[1].policy, replay::PolicyKind::FirstFit);
        const replay::Analyses& fifo = analyses[0].analyses;
        // The hand-worked figures of analysesArriveWithTheReplayAndGoWithTheTrace, from the database.
        QCOMPARE(fifo.waiting.p95, std::int64_t(130));
        QCOMPARE(fifo.waiting.sum, std::int64_t(220));
        QCOMPARE(fifo.byGpus[1].bucket, std::string_view("1"));
        QCOMPARE(fifo.byGpus[1].jobs, std::uint64_t(2));
        QCOMPARE(fifo.byGpus[1].queueingDelay->p95, std::int64_t(130));
        QCOMPARE(fifo.byGpus[2].queueingDelay->p50, std::int64_t(90));
        QVERIFY(!fifo.byGpus[0].queueingDelay);  // an empty bucket stays empty
        QCOMPARE(fifo.byRuntime[0].bucket, std::string_view("<10m"));
        QCOMPARE(fifo.byRuntime[0].jobs, std::uint64_t(3));
        QCOMPARE(fifo.jctCdf, (std::vector<replay::CdfPoint>{{100, 1.0 / 3.0}, {140, 2.0 / 3.0}, {160, 1.0}}));
        QVERIFY(!fifo.fairness.jainUserSlowdown);  // the trace names no users: still none
        QCOMPARE(fifo.slowdownCdf.size(), std::size_t(3));
        QCOMPARE(analyses[1].analyses.waiting.p95, std::int64_t(90));
        QCOMPARE(analyses[1].analyses.byGpus[1].queueingDelay->p95, std::int64_t(0));
    }

    void thePageShowsNoOldResultsAfterANewTrace()
    {
        TraceLabPage page;
        page.setSyntheticTrace(steadyTrace(61), QStringLiteral("first"));
        QSignalSpy finished(&page, &TraceLabPage::replayFinished);
        QVERIFY(page.replayAllPolicies());
        QVERIFY(finished.wait(kWaitMs) || finished.count() == 1);
        QCOMPARE(page.comparisonModel()->rowCount(), 7);
        QVERIFY(page.charts()->charts().first()->lineCount() > 0);
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("loadBadge"))->text().isEmpty());

        page.setSyntheticTrace(steadyTrace(30), QStringLiteral("second"));
        QCOMPARE(page.comparisonModel()->rowCount(), 0);
        QCOMPARE(page.metricsModel()->rowCount(), 0);
        for (TimeSeriesChartView* chart : page.charts()->charts())
            QCOMPARE(chart->lineCount(), 0);
    }

    void theLoadBadgeSaysWhatTheLoadMeans()
    {
        QCOMPARE(TraceLabPage::describeLoad(1.35, 48, 96, 9, 64),
                 QStringLiteral("Offered load 135 %: the jobs ask for more GPU-hours than 48 GPUs have, so queues grow "
                                "without bound. Jobs asking for more GPUs than the cluster has: 9 (the largest asks for 64); "
                                "they are rejected. Suggested: 96 GPUs (load at most 80 %)."));
        QCOMPARE(TraceLabPage::describeLoad(0.75, 96, 96, 0, 64), QStringLiteral("Offered load 75 % of 96 GPUs."));
        QCOMPARE(TraceLabPage::describeLoad(0.9, 80, 96, 0, 8),
                 QStringLiteral("Offered load 90 % of 80 GPUs: busy; queueing delays will be long. Suggested: 96 GPUs "
                                "(load at most 80 %)."));
        QCOMPARE(TraceLabPage::describeLoad(0.05, 2048, 96, 0, 8),
                 QStringLiteral("Offered load 5 % of 2,048 GPUs: mostly idle; policies will hardly differ. Suggested: "
                                "96 GPUs (load at most 80 %)."));
    }

    void axisLabelsAreInUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("label");
        using U = ChartStyle::Unit;
        QTest::newRow("count 0") << 0.0 << int(U::Count) << 20000.0 << QStringLiteral("0");
        QTest::newRow("count 100k") << 100000.0 << int(U::Count) << 20000.0 << QStringLiteral("100 k");
        QTest::newRow("count 20k") << 20000.0 << int(U::Count) << 20000.0 << QStringLiteral("20 k");
        QTest::newRow("count 2.5k") << 2500.0 << int(U::Count) << 500.0 << QStringLiteral("2.5 k");
        QTest::newRow("count 500") << 500.0 << int(U::Count) << 100.0 << QStringLiteral("500");
        QTest::newRow("money 4M") << 4e6 << int(U::Money) << 1e6 << QStringLiteral("$4 M");
        QTest::newRow("money 1.5M") << 1.5e6 << int(U::Money) << 5e5 << QStringLiteral("$1.5 M");
        QTest::newRow("money 200") << 200.0 << int(U::Money) << 100.0 << QStringLiteral("$200");
        QTest::newRow("hours 20000") << 20000.0 << int(U::Hours) << 5040.0 << QStringLiteral("833 d");
        QTest::newRow("hours 12") << 12.0 << int(U::Hours) << 6.0 << QStringLiteral("12 h");
        QTest::newRow("hours 48 in days") << 96.0 << int(U::Hours) << 48.0 << QStringLiteral("4 d");
        QTest::newRow("minutes") << 0.5 << int(U::Hours) << 0.25 << QStringLiteral("30 min");
        QTest::newRow("percent") << 75.0 << int(U::Percent) << 25.0 << QStringLiteral("75 %");
        QTest::newRow("share") << 0.5 << int(U::Share) << 0.25 << QStringLiteral("50 %");
    }

    void axisLabelsAreInUnits()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(double, step);
        QFETCH(QString, label);
        QCOMPARE(ChartStyle::tickLabel(value, ChartStyle::Unit(unit), step), label);
    }

    void axesTickInUnitSteps()
    {
        QCOMPARE(ChartStyle::ticks(0, 100000, ChartStyle::Unit::Count),
                 QList<double>({0, 50000, 100000}));
        QCOMPARE(ChartStyle::ticks(0, 30, ChartStyle::Unit::Hours), QList<double>({0, 12, 24, 36}));
        QCOMPARE(ChartStyle::ticks(0, 1.0, ChartStyle::Unit::Share), QList<double>({0, 0.5, 1.0}));
        QCOMPARE(ChartStyle::logTicks(0.02, 150), QList<double>({0.01, 0.1, 1, 10, 100, 1000}));
        // Durations on a log axis tick at round durations: 1 min, 10 min, 1 h, 1 d, 10 d (not 100 h).
        QCOMPARE(ChartStyle::logTicks(0.02, 150, ChartStyle::Unit::Hours),
                 QList<double>({1.0 / 60, 10.0 / 60, 1.0, 24.0, 240.0}));
        QCOMPARE(ChartStyle::tickLabel(240.0, ChartStyle::Unit::Hours, 240.0), QStringLiteral("10 d"));

        // The CDF's share axis runs 0..100 %, never past it.
        LiveReplayCharts charts;
        charts.setPolicies({replay::PolicyKind::Fifo}, 8, 10.0);
        charts.showQueueingDelayCdfs({{{0.0, 0.2}, {1.0, 0.7}, {3.0, 1.0}}});
        TimeSeriesChartView* cdf = charts.charts().last();
        QCOMPARE(cdf->yLabels().first(), QStringLiteral("0 %"));
        QCOMPARE(cdf->yLabels().last(), QStringLiteral("100 %"));
        // On a log scale the delays are spread over decades and keep their values.
        charts.setLogDelays(true);
        charts.showQueueingDelayCdfs({{{0.1, 0.2}, {1.0, 0.7}, {30.0, 1.0}}});
        QVERIFY(cdf->xLabels().contains(QStringLiteral("1 h")));
        QCOMPARE(cdf->shownPoints(0).last().x(), 30.0);
    }

    void histogramValuesReadInThousands()
    {
        BarChartView chart;
        chart.setBars({QStringLiteral("1"), QStringLiteral("2")}, {76627, 10056}, QStringLiteral("Jobs"));
        // In 40 k steps: the axis ends nearer the bar and its label than 150 k would.
        QCOMPARE(chart.valueLabels(), QStringList({QStringLiteral("0"), QStringLiteral("40 k"), QStringLiteral("80 k"),
                                                    QStringLiteral("120 k")}));
    }

    void equalPoliciesStayVisible()
    {
        // Earlier lines are drawn wider, so a later equal line leaves them showing as a rim.
        const QPen first = ChartStyle::policyPen(replay::PolicyKind::Fifo, 0, 3);
        const QPen last = ChartStyle::policyPen(replay::PolicyKind::Sjf, 2, 3);
        QVERIFY(first.widthF() > last.widthF());
        QVERIFY(ChartStyle::policyColor(replay::PolicyKind::Fifo) != ChartStyle::policyColor(replay::PolicyKind::Sjf));
        QVERIFY(ChartStyle::policyDash(replay::PolicyKind::Fifo) != ChartStyle::policyDash(replay::PolicyKind::FirstFit));
    }

    // Not a check: pictures of the page after a full replay, for a person to look at. Set
    // DEBRIEF_TRACELAB_PICTURES to a folder and DEBRIEF_TRACELAB_TRACE to a trace file
    // (DEBRIEF_TRACELAB_THEME=dark for the dark theme). Every chart is also exported as PNG and SVG.
    void picturesForAPerson()
    {
        const QString folder = qEnvironmentVariable("DEBRIEF_TRACELAB_PICTURES");
        const QString tracePath = qEnvironmentVariable("DEBRIEF_TRACELAB_TRACE");
        if (folder.isEmpty() || tracePath.isEmpty())
            QSKIP("DEBRIEF_TRACELAB_PICTURES and DEBRIEF_TRACELAB_TRACE are not set");
        StudioAppearance appearance;
        appearance.theme = qEnvironmentVariable("DEBRIEF_TRACELAB_THEME") == QLatin1String("dark")
                               ? StudioAppearance::Theme::Dark
                               : StudioAppearance::Theme::Light;
        appearance.apply();
        TraceLabPage page;
        page.resize(1400, 1000);
        page.show();
        QSignalSpy loaded(&page, &TraceLabPage::traceLoaded);
        QVERIFY(page.openFile(tracePath));
        QVERIFY(loaded.wait(300'000) || loaded.count() == 1);
        const QString name = QFileInfo(tracePath).baseName();
        QVERIFY(page.grab().save(QDir(folder).filePath(name + QStringLiteral("-loaded.png"))));
        QSignalSpy finished(&page, &TraceLabPage::replayFinished);
        QVERIFY(page.replayAllPolicies());
        QVERIFY(finished.wait(600'000) || finished.count() == 1);
        auto* tabs = page.findChild<QTabWidget*>();
        for (QTabWidget* candidate : page.findChildren<QTabWidget*>()) {
            if (candidate->count() >= 3)
                tabs = candidate;
        }
        QVERIFY(tabs);
        for (int i = 0; i < 3; ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(200);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("%1-tab%2.png").arg(name).arg(i))));
        }
        tabs->setCurrentWidget(page.analysesView());
        QTest::qWait(200);
        QVERIFY(page.grab().save(QDir(folder).filePath(name + QStringLiteral("-analyses.png"))));
        page.analysesView()->setLogScale(true);
        QTest::qWait(200);
        QVERIFY(page.analysesView()->grab().save(QDir(folder).filePath(name + QStringLiteral("-analyses-log.png"))));
        QVERIFY(page.analysesView()->bucketView()->grab().save(
            QDir(folder).filePath(name + QStringLiteral("-analyses-buckets.png"))));
        tabs->setCurrentIndex(0);
        page.charts()->setLogDelays(true);
        QTest::qWait(200);
        QVERIFY(page.charts()->grab().save(QDir(folder).filePath(name + QStringLiteral("-charts-log.png"))));
        page.charts()->setLogDelays(false);
        page.analysesView()->setLogScale(false);
        QVERIFY(!page.exportCharts(QDir(folder).filePath(name + QStringLiteral("-export.png"))).isEmpty());
        QVERIFY(!page.exportCharts(QDir(folder).filePath(name + QStringLiteral("-export.svg"))).isEmpty());
    }
};

QTEST_MAIN(TraceLabSessionTest)
#include "tracelabsessiontest.moc"

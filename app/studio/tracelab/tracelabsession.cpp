#include "tracelabsession.h"

#include "backgroundwork.h"
#include "comparisonmodel.h"
#include "displayformat.h"
#include "livereplay.h"
#include "sharingsession.h"

#include <replay/comparison.h>
#include <replay/offeredload.h>
#include <storage/analysisstore.h>
#include <storage/database.h>
#include <storage/storageerror.h>
#include <trace/traceimporter.h>

#include <QFile>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace debrief::studio {

bool TraceLabSession::ReplaySetup::operator==(const ReplaySetup& other) const
{
    return cluster.nodes == other.cluster.nodes && cluster.gpusPerNode == other.cluster.gpusPerNode &&
           cluster.placement == other.cluster.placement && cluster.pricePerGpuHour == other.cluster.pricePerGpuHour &&
           gpuJobsOnly == other.gpuJobsOnly && traceGeneration == other.traceGeneration && policies == other.policies;
}

TraceLabSession::TraceLabSession(QObject* parent)
    : QObject(parent), m_importWork(new BackgroundWork(this)), m_filterWork(new BackgroundWork(this)),
      m_live(new LiveReplay(this)), m_sharing(new SharingSession(this))
{
    for (auto signal : {&TraceLabSession::traceLoaded, &TraceLabSession::traceFiltered})
        connect(this, signal, m_sharing, [this] { m_sharing->setTrace(m_trace, m_traceName); });
    for (BackgroundWork* work : {m_importWork, m_filterWork}) {
        connect(work, &BackgroundWork::progressChanged, this, &TraceLabSession::progressChanged);
        connect(work, &BackgroundWork::failed, this, &TraceLabSession::failed);
        connect(work, &BackgroundWork::finished, this, &TraceLabSession::busyChanged);
    }
    connect(m_live, &LiveReplay::progressChanged, this, &TraceLabSession::progressChanged);
    connect(m_live, &LiveReplay::framed, this, &TraceLabSession::replayFramed);
    connect(m_live, &LiveReplay::failed, this, &TraceLabSession::failed);
    connect(m_live, &LiveReplay::finished, this, &TraceLabSession::onReplayEnded);
    connect(m_live, &LiveReplay::cancelled, this, [this] {
        m_runningSetup.reset();
        emit statusMessage(tr("Replay cancelled"));
        emit busyChanged();
        emit replayCancelled();
    });
}

TraceLabSession::~TraceLabSession()
{
    // Stop every worker before the state it delivers to goes away.
    m_importWork->cancel();
    m_filterWork->cancel();
    m_live->cancel();
    delete m_sharing;
    delete m_live;
    delete m_filterWork;
    delete m_importWork;
}

bool TraceLabSession::isImporting() const
{
    return m_importWork->isRunning();
}

bool TraceLabSession::isFiltering() const
{
    return m_filterWork->isRunning();
}

bool TraceLabSession::isReplaying() const
{
    return m_live->isRunning();
}

void TraceLabSession::cancel()
{
    m_importWork->cancel();
    m_filterWork->cancel();
    m_live->cancel();
}

bool TraceLabSession::importTrace(const QString& source, const QString& displayName, trace::TraceFormat format,
                                  bool lenient, std::optional<replay::Cluster> cluster)
{
    if (isImporting()) {
        emit statusMessage(tr("An import is already running; cancel it first."));
        return false;
    }
    trace::ImportOptions options;
    options.format = format;
    options.lenient = lenient;
    const std::string name = displayName.toStdString();
    const std::string path = source.toStdString();
    const bool fromResource = source.startsWith(QLatin1Char(':'));
    m_importWork->start([=, this](const std::atomic<bool>& cancel,
                                  const BackgroundWork::Progress& progress) -> std::function<void()> {
        trace::ImportOptions withProgress = options;
        withProgress.progress = [&](std::uint64_t done, std::uint64_t total) {
            progress(done, total);
            return !cancel.load();
        };
        try {
            std::shared_ptr<const trace::Trace> imported;
            if (fromResource) {
                // Bundled demo data: read from the Qt resource into a stream the importer understands.
                QFile file(source);
                if (!file.open(QIODevice::ReadOnly))
                    throw trace::ImportError(trace::ImportIssue{trace::IssueReason::CannotOpen, name, 0, {}, {}, {}});
                std::istringstream in(file.readAll().toStdString());
                imported = std::make_shared<const trace::Trace>(trace::importTrace(in, name, withProgress));
            } else {
                imported = std::make_shared<const trace::Trace>(trace::importTrace(path, withProgress));
            }
            if (cancel.load())
                return [this] { emit importCancelled(); };
            return [this, imported, displayName, cluster] { onImported(imported, displayName, cluster); };
        } catch (const trace::ImportError& error) {
            if (error.issue().reason == trace::IssueReason::Cancelled)
                return [this] { emit importCancelled(); };
            return [this, issue = error.issue(), displayName] { emit importFailed(issue, displayName); };
        }
    });
    emit importStarted(displayName);
    emit busyChanged();
    return true;
}

void TraceLabSession::setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name)
{
    onImported(std::move(trace), name);
}

void TraceLabSession::onImported(std::shared_ptr<const trace::Trace> imported, const QString& name,
                                 std::optional<replay::Cluster> cluster)
{
    m_filterWork->cancel();
    m_trace = std::move(imported);
    m_importedTrace = m_trace;
    m_traceName = name;
    ++m_traceGeneration;
    // A new trace starts on the cluster it suggests, in the shape the user picked (placement, node
    // size, price): the previous trace's cluster says nothing about this one's load.
    m_cluster = cluster ? *cluster : suggestedCluster(*m_trace, m_cluster, m_gpuJobsOnly);
    clearResults();
    emit statusMessage(tr("Loaded %1: %2 jobs").arg(name, DisplayFormat::count(m_trace->jobs.size())));
    emit clusterChanged();
    // traceLoaded() first: whoever starts a replay on it (a demo) does so before anyone hears that
    // nothing is running, so a screenshot never waits on the gap between import and replay.
    emit traceLoaded();
    emit busyChanged();
}

bool TraceLabSession::applyFilter(const TraceFilter& filter)
{
    if (!m_importedTrace || isImporting() || isReplaying() || isFiltering())
        return false;
    const std::shared_ptr<const trace::Trace> imported = m_importedTrace;
    const std::uint64_t generation = m_traceGeneration;
    m_filterWork->start(
        [=, this](const std::atomic<bool>& cancel, const BackgroundWork::Progress&) -> std::function<void()> {
            std::shared_ptr<const trace::Trace> filtered = imported;
            if (!filter.keepsEverything()) {
                std::optional<trace::Trace> copy = filter.apply(*imported, &cancel);
                if (!copy)
                    return [] {};
                filtered = std::make_shared<const trace::Trace>(std::move(*copy));
            }
            return [this, filtered, imported, generation] {
                if (imported != m_importedTrace || generation != m_traceGeneration)
                    return;  // another trace came in meanwhile
                m_trace = filtered;
                ++m_traceGeneration;
                clearResults();
                emit statusMessage(tr("Filter applied: %1 of %2 jobs kept")
                                       .arg(DisplayFormat::count(m_trace->jobs.size()),
                                            DisplayFormat::count(m_importedTrace->jobs.size())));
                emit clusterChanged();  // the load changed with the jobs
                emit traceFiltered();
            };
        });
    emit filterStarted();
    emit busyChanged();
    return true;
}

void TraceLabSession::clearResults()
{
    const bool had = m_shown.has_value();
    m_shown.reset();
    m_shownSetup.reset();
    m_replayed.reset();
    m_replayedSummaries.clear();
    m_savedId.reset();
    setAnalyses({});
    if (had)
        emit resultsChanged();
}

void TraceLabSession::setAnalyses(PolicyAnalysesList analyses)
{
    if (analyses.empty() && m_analyses.empty())
        return;
    m_analyses = std::move(analyses);
    emit analysesChanged();
}

void TraceLabSession::setCluster(const replay::Cluster& cluster, bool gpuJobsOnly)
{
    if (ReplaySetup{cluster, gpuJobsOnly, 0, {}} == ReplaySetup{m_cluster, m_gpuJobsOnly, 0, {}})
        return;
    m_cluster = cluster;
    m_gpuJobsOnly = gpuJobsOnly;
    emit clusterChanged();
}

TraceLabSession::Load TraceLabSession::loadOf(const trace::Trace& trace, const replay::Cluster& cluster,
                                              bool gpuJobsOnly)
{
    Load load;
    const std::uint64_t gpus = cluster.totalGpus();
    for (const trace::Job& job : trace.jobs) {
        if (gpuJobsOnly && job.gpus == 0)
            continue;
        load.largestJobGpus = std::max(load.largestJobGpus, job.gpus);
        if (job.gpus > gpus)
            ++load.jobsTooLarge;
    }
    load.offered = replay::offeredLoad(trace, gpus, gpuJobsOnly).value_or(0.0);
    const std::optional<replay::SuggestedCluster> suggested = replay::suggestedCluster(trace, cluster, gpuJobsOnly);
    load.suggestedGpus = suggested ? suggested->gpus : gpus;
    return load;
}

replay::Cluster TraceLabSession::suggestedCluster(const trace::Trace& trace, const replay::Cluster& shape,
                                                  bool gpuJobsOnly)
{
    const std::optional<replay::SuggestedCluster> suggested = replay::suggestedCluster(trace, shape, gpuJobsOnly);
    if (!suggested)
        return shape;  // no submit span to speak of: the user's cluster stays
    replay::Cluster cluster = shape;
    cluster.nodes = suggested->nodes;
    cluster.gpusPerNode = suggested->gpusPerNode;
    return cluster;
}

std::optional<TraceLabSession::Load> TraceLabSession::load() const
{
    if (!m_trace)
        return std::nullopt;
    return loadOf(*m_trace, m_cluster, m_gpuJobsOnly);
}

bool TraceLabSession::replay(const std::vector<replay::PolicyKind>& policies, double simulatedSecondsPerSecond)
{
    if (!m_trace || isReplaying() || isImporting() || isFiltering() || policies.empty())
        return false;
    const ReplaySetup setup{m_cluster, m_gpuJobsOnly, m_traceGeneration, policies};
    LiveReplay::Request request{m_trace, m_cluster, m_gpuJobsOnly, policies, 0, simulatedSecondsPerSecond, m_traceName};
    if (!m_live->start(request))
        return false;
    m_runningSetup = setup;
    emit replayStarted();
    emit busyChanged();
    return true;
}

bool TraceLabSession::resultsCurrent(const std::vector<replay::PolicyKind>& policies) const
{
    return m_shownSetup && *m_shownSetup == ReplaySetup{m_cluster, m_gpuJobsOnly, m_traceGeneration, policies};
}

void TraceLabSession::onReplayEnded()
{
    const std::optional<ReplaySetup> setup = std::exchange(m_runningSetup, std::nullopt);
    // A trace imported meanwhile makes these numbers answer a question nobody asks any more.
    if (!setup || setup->traceGeneration != m_traceGeneration) {
        emit busyChanged();
        return;
    }
    // Kept for "Save analysis": the numbers without the per-job vectors, and the charts' histories.
    TraceLabAnalysis shown;
    shown.traceName = m_traceName;
    shown.traceFingerprint = m_live->traceFingerprint();  // hashed on the replay's thread
    shown.jobCount = std::int64_t(m_trace->jobs.size());
    shown.traceSpanSeconds = m_trace->span();
    shown.cluster = setup->cluster;
    shown.gpuJobsOnly = setup->gpuJobsOnly;
    // Shared with the replay, not copied: the per-job vectors take megabytes at 100k jobs.
    m_replayed = m_live->sharedResults();
    m_replayedSummaries = m_live->summaries();
    for (const replay::ReplayResult& result : m_replayedSummaries) {
        replay::ReplayResult kept = result;  // the per-job vectors are not in a summary
        kept.rejectedLines.clear();
        shown.results.push_back(std::move(kept));
    }
    // Keep the user's baseline when it was replayed again; the first policy otherwise.
    const replay::PolicyKind previous = m_shown ? m_shown->baseline : replay::PolicyKind::Fifo;
    const bool keep = std::any_of(shown.results.begin(), shown.results.end(),
                                  [&](const replay::ReplayResult& r) { return r.policy == previous; });
    shown.baseline = keep || shown.results.empty() ? previous : shown.results.front().policy;
    shown.histories = m_live->histories();
    shown.delayCdfs = m_live->queueingDelayCdfs();
    m_shown = std::move(shown);
    m_shownSetup = setup;
    m_savedId.reset();
    // The replay threads computed each policy's analyses as their replays finished; only collected here.
    setAnalyses(analysesOf(m_replayedSummaries));
    emit statusMessage(tr("Replayed %1 policies").arg(m_shown->results.size()));
    emit resultsChanged();
    emit busyChanged();
    emit replayFinished();
}

PolicyAnalysesList TraceLabSession::analysesOf(const std::vector<replay::ReplayResult>& results)
{
    PolicyAnalysesList analyses;
    for (const replay::ReplayResult& result : results) {
        if (result.analyses)
            analyses.push_back({result.policy, *result.analyses});
    }
    return analyses;
}

const std::vector<replay::ReplayResult>& TraceLabSession::replayedResults() const
{
    static const std::vector<replay::ReplayResult> none;
    return m_replayed ? *m_replayed : none;
}

void TraceLabSession::setBaseline(replay::PolicyKind baseline)
{
    if (!m_shown || m_shown->baseline == baseline)
        return;
    m_shown->baseline = baseline;
    emit resultsChanged();
}

void TraceLabSession::showAnalysis(const TraceLabAnalysis& analysis)
{
    m_shown = analysis;
    m_shownSetup.reset();  // not a replay of the loaded trace: changing the cluster says nothing about it
    m_replayed.reset();
    m_replayedSummaries.clear();
    m_savedId.reset();
    setAnalyses(analysesOf(analysis.results));  // kept with each result (none in analyses saved before)
    emit statusMessage(tr("Opened analysis \"%1\"").arg(analysis.name));
    emit resultsChanged();
}

void TraceLabSession::setDatabase(const storage::Database* database)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_sharing->setDatabase(m_database);
}

std::optional<std::int64_t> TraceLabSession::saveAnalysis(const QString& name)
{
    if (!m_database || !m_shown || isReplaying())
        return std::nullopt;
    TraceLabAnalysis analysis = *m_shown;
    analysis.name = name.trimmed();
    storage::SavedAnalysis saved = analysis.toSaved();
    if (const QJsonObject sharing = m_sharing->savedState(); !sharing.isEmpty())
        saved.cluster.insert(SharingSession::kSavedKey, sharing);
    try {
        storage::AnalysisStore(*m_database).save(saved);
    } catch (const storage::StorageError& error) {
        emit statusMessage(tr("Cannot save the analysis: %1").arg(error.message()));
        return std::nullopt;
    }
    m_shown->name = analysis.name;
    m_savedId = saved.id;
    emit statusMessage(tr("Analysis \"%1\" saved").arg(analysis.name));
    emit analysisSaved(saved.id, analysis.name);
    return saved.id;
}

bool TraceLabSession::openAnalysis(std::int64_t id)
{
    if (!m_database || isReplaying())
        return false;
    std::optional<TraceLabAnalysis> analysis;
    QJsonObject sharing;
    try {
        const storage::SavedAnalysis saved = storage::AnalysisStore(*m_database).load(id);
        analysis = TraceLabAnalysis::fromSaved(saved);
        sharing = saved.cluster.value(SharingSession::kSavedKey).toObject();
    } catch (const storage::StorageError& error) {
        emit statusMessage(tr("Cannot open the analysis: %1").arg(error.message()));
        return false;
    }
    if (!analysis) {
        emit statusMessage(tr("The analysis names a policy this version does not know"));
        return false;
    }
    showAnalysis(*analysis);
    m_savedId = id;
    if (!sharing.isEmpty())
        m_sharing->restoreSaved(sharing);  // an analysis without a sharing part leaves the tab as it is
    return true;
}

int TraceLabSession::useAsEvidence(const QString& name)
{
    if (!m_database || !m_shown)
        return 0;
    const auto baselineAt = std::find_if(m_shown->results.begin(), m_shown->results.end(),
                                         [&](const replay::ReplayResult& r) { return r.policy == m_shown->baseline; });
    if (baselineAt == m_shown->results.end())
        return 0;
    // Numbers from the comparison itself, never from what a table happens to display.
    const replay::Comparison comparison =
        replay::Comparison::of(m_shown->results, std::size_t(baselineAt - m_shown->results.begin()));
    const replay::Comparison::Row* base = comparison.baselineRow();
    if (!base || comparison.rows.size() < 2)
        return 0;
    if (!m_savedId && !saveAnalysis(name.isEmpty() ? m_shown->traceName : name))
        return 0;
    const QString baseline = QString::fromUtf8(replay::policyName(m_shown->baseline));
    QStringList policies;
    for (const replay::ReplayResult& result : m_shown->results)
        policies << QString::fromUtf8(replay::policyName(result.policy));
    const QString source =
        tr("Trace Lab replay of %1 (%2 jobs) on %3 GPUs at %4 per GPU-hour; policies %5")
            .arg(m_shown->traceName, DisplayFormat::count(std::uint64_t(m_shown->jobCount)),
                 DisplayFormat::count(m_shown->cluster.totalGpus()),
                 DisplayFormat::money(m_shown->cluster.pricePerGpuHour), policies.join(QStringLiteral(", ")));
    QList<storage::EvidenceStatement> statements;
    for (const replay::Comparison::Row& row : comparison.rows) {
        if (row.isBaseline)
            continue;
        storage::EvidenceStatement evidence;
        evidence.policy = QString::fromUtf8(replay::policyName(row.policy));
        evidence.baseline = baseline;
        evidence.statement = ComparisonModel::sentence(row, *base);
        evidence.numbers.insert(QStringLiteral("p95QueueingChange"), row.p95QueueingChange.value_or(0.0));
        evidence.numbers.insert(QStringLiteral("meanJctChange"), row.meanJctChange.value_or(0.0));
        evidence.numbers.insert(QStringLiteral("throughputChange"), row.throughputChange.value_or(0.0));
        evidence.numbers.insert(QStringLiteral("utilisationPoints"), row.utilisationPoints);
        evidence.numbers.insert(QStringLiteral("clusterCostPerMonthUsd"), row.clusterCostPerMonth);
        evidence.numbers.insert(QStringLiteral("idleCostPerMonthUsd"), row.idleCostPerMonth);
        if (row.p95SlowdownChange)
            evidence.numbers.insert(QStringLiteral("p95SlowdownChange"), *row.p95SlowdownChange);
        if (row.meanWaitingChange)
            evidence.numbers.insert(QStringLiteral("meanWaitingChange"), *row.meanWaitingChange);
        evidence.source = source;
        statements << evidence;
    }
    try {
        storage::AnalysisStore(*m_database).setEvidence(*m_savedId, statements);
    } catch (const storage::StorageError& error) {
        emit statusMessage(tr("Cannot keep the evidence: %1").arg(error.message()));
        return 0;
    }
    emit statusMessage(tr("%n metric statement(s) kept as evidence", nullptr, int(statements.size())));
    emit evidenceStored(int(statements.size()), m_shown->name);
    return int(statements.size());
}

}  // namespace debrief::studio

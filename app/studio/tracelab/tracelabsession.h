#pragma once

#include "policyanalyses.h"
#include "tracefilter.h"
#include "tracelabanalysis.h"

#include <replay/cluster.h>
#include <replay/policykind.h>
#include <replay/simulator.h>
#include <trace/importissue.h>
#include <trace/traceformat.h>

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace debrief::storage {
class Database;
}
namespace debrief::trace {
struct Trace;
}

namespace debrief::studio {

class BackgroundWork;
class LiveReplay;
class SharingSession;

// The Trace Lab's piece of work, without a widget: the imported trace and its filtered copy, the
// cluster it is replayed on, the live replay and its results, and what is saved of them (named
// analyses and evidence). Import, filter and replay run off the UI thread; every change is announced
// by a signal the page binds to. A new trace resets the cluster to the size the trace suggests and
// clears the previous trace's results.
class TraceLabSession : public QObject {
    Q_OBJECT

public:
    // What a trace asks of a cluster, computed when it is loaded or the cluster changes.
    struct Load {
        double offered = 0.0;             // demanded GPU-seconds / (cluster GPUs x submit span)
        std::uint64_t suggestedGpus = 0;  // smallest cluster at <= kTargetLoad, whole nodes when packed
        std::uint32_t largestJobGpus = 0;
        std::uint64_t jobsTooLarge = 0;  // jobs asking for more GPUs than the cluster has: rejected
    };
    static constexpr double kTargetLoad = 0.80;

    explicit TraceLabSession(QObject* parent = nullptr);
    ~TraceLabSession() override;

    // --- the trace
    // `cluster`: the one to replay on (a demo's); without it, the trace's suggested size.
    bool importTrace(const QString& source, const QString& displayName, trace::TraceFormat format, bool lenient,
                     std::optional<replay::Cluster> cluster = std::nullopt);
    void setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name);  // already in memory
    // Replays use a copy with only the jobs `filter` keeps (built off the UI thread).
    bool applyFilter(const TraceFilter& filter);
    std::shared_ptr<const trace::Trace> importedTrace() const { return m_importedTrace; }
    std::shared_ptr<const trace::Trace> trace() const { return m_trace; }  // the filtered copy, or the import
    QString traceName() const { return m_traceName; }
    std::uint64_t traceGeneration() const { return m_traceGeneration; }

    // --- the cluster
    replay::Cluster cluster() const { return m_cluster; }
    bool gpuJobsOnly() const { return m_gpuJobsOnly; }
    void setCluster(const replay::Cluster& cluster, bool gpuJobsOnly);
    // The trace's load on the current cluster; nothing without a trace.
    std::optional<Load> load() const;
    static Load loadOf(const trace::Trace& trace, const replay::Cluster& cluster, bool gpuJobsOnly);
    // The suggested cluster in the current cluster's shape (placement, GPUs per node, price).
    static replay::Cluster suggestedCluster(const trace::Trace& trace, const replay::Cluster& shape,
                                            bool gpuJobsOnly);

    // --- the replay
    bool replay(const std::vector<replay::PolicyKind>& policies, double simulatedSecondsPerSecond = 0.0);
    LiveReplay& live() { return *m_live; }
    const LiveReplay& live() const { return *m_live; }
    // The Sharing tab's work: the current trace's GPU shares on a node list (follows the trace).
    SharingSession* sharing() const { return m_sharing; }
    bool isImporting() const;
    bool isFiltering() const;
    bool isReplaying() const;
    bool isBusy() const { return isImporting() || isFiltering() || isReplaying(); }
    void cancel();
    // True when the results shown were replayed from this trace, on this cluster, with these policies.
    bool resultsCurrent(const std::vector<replay::PolicyKind>& policies) const;
    bool hasReplayedResults() const { return m_shownSetup.has_value(); }  // not an opened analysis

    // --- the results: a finished replay, or an opened analysis
    const std::optional<TraceLabAnalysis>& shown() const { return m_shown; }
    // The full results of the last replay (per-job vectors kept); empty for an opened analysis.
    const std::vector<replay::ReplayResult>& replayedResults() const;
    // The same without the per-job vectors (rejected lines kept): what the metrics table reads.
    const std::vector<replay::ReplayResult>& replayedSummaries() const { return m_replayedSummaries; }
    void setBaseline(replay::PolicyKind baseline);
    // Each replayed policy's analyses, in replay order, once its replay finished (the engine works
    // them out on the replay's thread), or as saved with an opened analysis. Empty before a replay,
    // for an analysis saved before analyses were kept, and after another trace or filter;
    // analysesChanged() announces every change.
    const PolicyAnalysesList& analyses() const { return m_analyses; }
    void showAnalysis(const TraceLabAnalysis& analysis);

    // --- what is kept: named analyses and evidence (none without a database)
    void setDatabase(const storage::Database* database);
    bool hasDatabase() const { return m_database != nullptr; }
    const storage::Database* database() const { return m_database; }
    std::optional<std::int64_t> savedId() const { return m_savedId; }
    std::optional<std::int64_t> saveAnalysis(const QString& name);
    bool openAnalysis(std::int64_t id);
    // The comparison against the baseline, one metric statement per other policy, stored with the
    // saved analysis (saved first under `name` when it was not). Returns how many were stored.
    int useAsEvidence(const QString& name = {});

signals:
    void importStarted(const QString& name);
    void traceLoaded();    // a new trace: the cluster is the suggestion, old results are gone
    void traceFiltered();  // the filtered copy changed; old results are gone
    void importFailed(const debrief::trace::ImportIssue& issue, const QString& name);
    void importCancelled();
    void filterStarted();
    void clusterChanged();  // also when the load changed with it
    void replayStarted();
    void replayFramed();
    void replayFinished();
    void replayCancelled();
    void failed(const QString& what);
    void progressChanged(int percent);  // -1: unknown total
    void busyChanged();
    void resultsChanged();  // shown() changed: new results, an opened analysis, or none
    void analysesChanged();  // analyses() changed: a finished replay's, or none
    void analysisSaved(std::int64_t id, const QString& name);
    void evidenceStored(int statements, const QString& analysisName);
    void statusMessage(const QString& text);

private:
    struct ReplaySetup {
        replay::Cluster cluster;
        bool gpuJobsOnly = false;
        std::uint64_t traceGeneration = 0;
        std::vector<replay::PolicyKind> policies;
        bool operator==(const ReplaySetup& other) const;
    };
    void onImported(std::shared_ptr<const trace::Trace> trace, const QString& name,
                    std::optional<replay::Cluster> cluster = std::nullopt);
    void onReplayEnded();
    void clearResults();
    void setAnalyses(PolicyAnalysesList analyses);
    static PolicyAnalysesList analysesOf(const std::vector<replay::ReplayResult>& results);

    std::shared_ptr<const trace::Trace> m_importedTrace;
    std::shared_ptr<const trace::Trace> m_trace;
    QString m_traceName;
    std::uint64_t m_traceGeneration = 0;
    replay::Cluster m_cluster = replay::Cluster::pooled(64, 2.5);
    bool m_gpuJobsOnly = false;
    std::optional<ReplaySetup> m_runningSetup;
    std::optional<ReplaySetup> m_shownSetup;
    std::optional<TraceLabAnalysis> m_shown;
    std::shared_ptr<const std::vector<replay::ReplayResult>> m_replayed;  // LiveReplay's, shared
    std::vector<replay::ReplayResult> m_replayedSummaries;
    PolicyAnalysesList m_analyses;
    std::optional<std::int64_t> m_savedId;
    const storage::Database* m_database = nullptr;
    // Declared last: destroyed first, so no worker outlives the state it delivers to.
    BackgroundWork* m_importWork;
    BackgroundWork* m_filterWork;
    LiveReplay* m_live;
    SharingSession* m_sharing;
};

}  // namespace debrief::studio

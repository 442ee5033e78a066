#pragma once

#include <replay/policykind.h>
#include <sharing/gpuprices.h>
#include <sharing/nodelist.h>
#include <sharing/placementpolicy.h>
#include <sharing/sharereplay.h>
#include <sharing/sharingstudy.h>

#include <QJsonObject>
#include <QLatin1String>
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

// The Trace Lab's Sharing tab without a widget: the trace's jobs with their GPU shares placed on a
// node list. It runs the openb study's experiment (allocation and fragmentation against arrived
// workload, one run per placement and seed, each run announced as it finishes so the curves fill
// live) and the time replay rounded up against shared, and keeps either as evidence. The work runs
// off the UI thread, one piece at a time, with progress and cancel.
class SharingSession : public QObject {
    Q_OBJECT

public:
    // The mean over the seeds finished so far of one placement's runs, per whole percent of arrived
    // workload (a percent only some runs reached is the mean of those).
    struct Curve {
        sharing::PlacementPolicy placement = sharing::PlacementPolicy::Random;
        int seeds = 0;
        std::vector<sharing::StudyPoint> points;  // ascending arrivedPct
        const sharing::StudyPoint* at(int arrivedPct) const;
    };
    // The same trace replayed in time on the node list twice: shares rounded up to whole GPUs, and
    // shares packed onto GPUs.
    struct CostComparison {
        replay::PolicyKind policy = replay::PolicyKind::Fifo;
        sharing::PlacementPolicy placement = sharing::PlacementPolicy::BestFit;
        sharing::ShareReplayResult roundedUp;
        sharing::ShareReplayResult shared;
    };

    // The numbers of the cost comparison's evidence statement (EvidenceStatement::numbers), written
    // by useAsEvidence and read back by the design round's evidence dialog (ReplayEvidence).
    struct CostEvidence {
        static constexpr QLatin1String kUsedGpuHoursRoundedUp{"usedGpuHoursRoundedUp"};
        static constexpr QLatin1String kUsedGpuHoursShared{"usedGpuHoursShared"};
        static constexpr QLatin1String kQueueingP95RoundedUp{"queueingP95RoundedUpSeconds"};
        static constexpr QLatin1String kQueueingP95Shared{"queueingP95SharedSeconds"};
        static constexpr QLatin1String kMakespanRoundedUp{"makespanRoundedUpSeconds"};
        static constexpr QLatin1String kMakespanShared{"makespanSharedSeconds"};
    };

    static constexpr double kDefaultInflation = 1.3;
    // Where a saved Trace Lab analysis keeps the tab's part: this key of its cluster object.
    static constexpr QLatin1String kSavedKey{"sharing"};
    static const QString& bundledNodeListPath();  // the openb study's 1,213 nodes, in the executable

    explicit SharingSession(QObject* parent = nullptr);  // starts on the bundled node list
    ~SharingSession() override;

    // --- inputs
    void setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name);
    std::shared_ptr<const trace::Trace> trace() const { return m_trace; }
    QString traceName() const { return m_traceName; }
    // Reads a node-list CSV (a path or a ":/" resource); on failure the current list stays and
    // nodeListFailed() says what is wrong, naming the file and line.
    bool loadNodeList(const QString& path);
    void setNodeList(std::shared_ptr<const sharing::NodeList> nodes, const QString& name);
    std::shared_ptr<const sharing::NodeList> nodeList() const { return m_nodes; }
    QString nodeListName() const { return m_nodeListName; }

    // For the next study: while one runs, its finished runs are filed by these placements, so a
    // change then is ignored.
    void setPlacements(const std::vector<sharing::PlacementPolicy>& placements)
    {
        if (!isRunning())
            m_placements = placements;
    }
    const std::vector<sharing::PlacementPolicy>& placements() const { return m_placements; }
    void setSeeds(const std::vector<std::uint64_t>& seeds) { m_seeds = seeds; }
    const std::vector<std::uint64_t>& seeds() const { return m_seeds; }
    static std::vector<std::uint64_t> seedRange(std::uint64_t first, int count);  // first, first+1, ...
    void setInflation(double inflation) { m_inflation = inflation; }
    double inflation() const { return m_inflation; }
    void setThreads(unsigned threads) { m_threads = threads; }  // 0 = BackgroundWork::workerThreads()

    void setReplayPolicy(replay::PolicyKind policy) { m_replayPolicy = policy; }
    replay::PolicyKind replayPolicy() const { return m_replayPolicy; }
    void setReplayPlacement(sharing::PlacementPolicy placement) { m_replayPlacement = placement; }
    sharing::PlacementPolicy replayPlacement() const { return m_replayPlacement; }
    // USD per GPU-hour by model: the engine's openb defaults overlaid with the studio's price table.
    void setPrices(const sharing::GpuPrices& prices) { m_prices = prices; }
    const sharing::GpuPrices& prices() const { return m_prices; }
    static sharing::GpuPrices pricesFromTable();

    // --- the work
    bool runStudy();
    bool compareCosts();
    bool isRunning() const;
    void cancel();

    // --- the results
    const std::vector<Curve>& curves() const { return m_curves; }  // in the placements' order
    const Curve* curve(sharing::PlacementPolicy placement) const;
    int runsDone() const { return m_runsDone; }
    int runsPlanned() const { return m_runsPlanned; }
    double studiedInflation() const { return m_studiedInflation; }
    const std::optional<CostComparison>& costs() const { return m_costs; }
    // The trace's fingerprint (TraceLabAnalysis::fingerprint), hashed by the first study or cost
    // comparison on its worker thread; empty until then. useAsEvidence keeps this one.
    const QString& traceFingerprint() const { return m_traceFingerprint; }

    // --- evidence: the cost comparison and the study's values at 100 and 130 %, kept with a saved
    // analysis like the other Trace Lab tabs' evidence. Returns how many statements were stored.
    void setDatabase(const storage::Database* database) { m_database = database; }
    bool hasDatabase() const { return m_database != nullptr; }
    bool hasEvidence() const;
    QString suggestedAnalysisName() const;
    int useAsEvidence(const QString& name = {});

    // --- a saved analysis' part (sharingsaved.cpp): the study's parameters, mean curves and the cost
    // comparison as JSON (empty when there is nothing to keep or a study runs), and back. Restored
    // results replace the tab's; they are shown as saved (restoredSource names their trace and
    // nodes), keep no new evidence, and are cleared by the next study or comparison.
    QJsonObject savedState() const;
    bool restoreSaved(const QJsonObject& state);
    bool isRestored() const { return m_restored; }
    QString restoredSource() const { return m_restoredSource; }

signals:
    void nodeListChanged();
    void nodeListFailed(const QString& message);
    void traceChanged();  // old results are gone
    void studyStarted();
    void curvesChanged();  // a run finished: the means moved
    void studyFinished();
    void costsChanged();
    void cancelled();
    void busyChanged();
    void progressChanged(int percent);
    void failed(const QString& what);
    void statusMessage(const QString& text);
    void evidenceStored(int statements, const QString& analysisName);
    void restored();  // parameters and results now those of a saved analysis

private:
    QString sourceText() const;  // "trace (N jobs) on nodes (N nodes, G GPUs)"

    void clearResults();
    void addRun(const sharing::StudyRun& run);
    // On a worker thread: hashes the trace unless its fingerprint is known, and hands it to the UI
    // thread (queued, so it arrives before anything the same work sends after it).
    void sendFingerprint(const std::shared_ptr<const trace::Trace>& trace, const QString& name, bool known);

    std::shared_ptr<const trace::Trace> m_trace;
    QString m_traceName;
    QString m_traceFingerprint;  // of m_trace under m_traceName, from a worker thread
    std::shared_ptr<const sharing::NodeList> m_nodes;
    QString m_nodeListName;
    std::vector<sharing::PlacementPolicy> m_placements = sharing::allPlacements();
    std::vector<std::uint64_t> m_seeds = seedRange(42, 10);
    double m_inflation = kDefaultInflation;
    unsigned m_threads = 0;
    replay::PolicyKind m_replayPolicy = replay::PolicyKind::Fifo;
    sharing::PlacementPolicy m_replayPlacement = sharing::PlacementPolicy::BestFit;
    sharing::GpuPrices m_prices = sharing::GpuPrices::openbDefaults();

    std::uint64_t m_generation = 0;                      // runs of an older study are dropped when they arrive
    std::vector<std::vector<sharing::StudyRun>> m_runs;  // per placement of m_curves
    std::vector<Curve> m_curves;
    int m_runsDone = 0;
    int m_runsPlanned = 0;
    double m_studiedInflation = kDefaultInflation;
    std::optional<CostComparison> m_costs;
    std::optional<std::int64_t> m_savedId;  // the analysis the current results were kept with
    QString m_savedName;
    bool m_restored = false;
    QString m_restoredSource;
    const storage::Database* m_database = nullptr;
    // Declared last: destroyed first, so no worker outlives the state it delivers to.
    std::unique_ptr<BackgroundWork> m_work;
};

}  // namespace debrief::studio

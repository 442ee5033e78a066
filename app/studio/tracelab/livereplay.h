#pragma once

#include "replaypacer.h"
#include "snapshotbuffer.h"
#include "snapshothistory.h"

#include <replay/simulator.h>

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace debrief::trace {
struct Trace;
}

namespace debrief::studio {

class BackgroundWork;

// Replays a trace under several policies at once, one thread per policy (at most
// BackgroundWork::workerThreads() of them computing at a time, in turns), and streams their
// snapshots to the UI: replay threads push into a SnapshotBuffer, a frame timer on the UI thread
// (25 Hz) drains it into one SnapshotHistory per policy and says framed(). A ReplayPacer sets the
// speed and pauses or steps the replays. Results arrive whole at the end.
class LiveReplay : public QObject {
    Q_OBJECT

public:
    struct Request {
        std::shared_ptr<const trace::Trace> trace;
        replay::Cluster cluster;
        bool gpuJobsOnly = false;
        std::vector<replay::PolicyKind> policies;
        std::int64_t snapshotStep = 0;           // 0: about 2,000 snapshots over the trace's span
        double simulatedSecondsPerSecond = 0.0;  // the pace from the first event on; 0 = full speed
        // Given a name, the replay also works out the trace's fingerprint under it (what a saved
        // analysis keeps): hashing a large trace takes longer than a frame of the UI thread.
        QString traceName;
    };

    static constexpr int kFrameIntervalMs = 40;

    explicit LiveReplay(QObject* parent = nullptr);
    ~LiveReplay() override;

    bool start(const Request& request);  // false while a replay runs
    void cancel();
    bool isRunning() const;
    ReplayPacer& pacer() { return *m_pacer; }

    const std::vector<replay::PolicyKind>& policies() const { return m_policies; }
    const std::vector<SnapshotHistory>& histories() const { return m_histories; }
    // The latest state each replay reported at an event (paced or paused replays only).
    const std::vector<std::optional<replay::Snapshot>>& currentStates() const { return m_current; }
    std::int64_t snapshotStep() const { return m_snapshotStep; }
    std::int64_t latestTime() const;  // the furthest snapshot time any policy has reached
    // After finished(): the results, and each policy's queueing-delay CDF (hours, fraction).
    const std::vector<replay::ReplayResult>& results() const;
    // The same results, shared rather than copied (hundreds of MB at millions of jobs); null before.
    std::shared_ptr<const std::vector<replay::ReplayResult>> sharedResults() const { return m_results; }
    // The results without the per-job vectors (jobIndex, start, end): what tables and a saved
    // analysis read, copied on the replay's threads.
    const std::vector<replay::ReplayResult>& summaries() const { return m_summaries; }
    const QList<QList<QPointF>>& queueingDelayCdfs() const { return m_cdfs; }
    // After finished(): TraceLabAnalysis::fingerprint(trace, request.traceName); empty without a name.
    const QString& traceFingerprint() const { return m_traceFingerprint; }

    // How many replays may compute at once; 0 (the default): BackgroundWork::workerThreads().
    void setWorkers(int workers) { m_workers = workers; }
    // After a replay: the most replays that computed at once.
    int peakWorkers() const { return m_peakWorkers.load(); }

    static std::int64_t snapshotStepFor(const trace::Trace& trace);
    static QList<QPointF> queueingDelayCdf(const trace::Trace& trace, const replay::ReplayResult& result,
                                           int points = 256);

signals:
    void started();
    void framed();  // new snapshots are in histories()
    void progressChanged(int percent);
    void finished();
    void cancelled();
    void failed(const QString& what);

private:
    void takeFrame();

    std::atomic<bool> m_cancelPacing{false};
    std::unique_ptr<ReplayPacer> m_pacer;
    BackgroundWork* m_work;
    QTimer* m_frameTimer;
    std::shared_ptr<SnapshotBuffer> m_buffer;
    std::vector<replay::PolicyKind> m_policies;
    std::vector<SnapshotHistory> m_histories;
    std::vector<std::optional<replay::Snapshot>> m_current;
    std::shared_ptr<const std::vector<replay::ReplayResult>> m_results;
    std::vector<replay::ReplayResult> m_summaries;
    QList<QList<QPointF>> m_cdfs;
    QString m_traceFingerprint;
    std::int64_t m_snapshotStep = 0;
    int m_workers = 0;
    std::atomic<int> m_peakWorkers{0};
};

}  // namespace debrief::studio

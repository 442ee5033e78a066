#include "livereplay.h"

#include "backgroundwork.h"
#include "tracelabanalysis.h"
#include "workerturns.h"

#include <trace/trace.h>

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <thread>
#include <utility>

namespace debrief::studio {

namespace {
// A copy of `result` without its per-job vectors, made without copying them.
replay::ReplayResult withoutPerJobVectors(replay::ReplayResult& result)
{
    std::vector<std::uint32_t> jobIndex = std::exchange(result.jobIndex, {});
    std::vector<std::int64_t> start = std::exchange(result.start, {});
    std::vector<std::int64_t> end = std::exchange(result.end, {});
    replay::ReplayResult copy = result;
    result.jobIndex = std::move(jobIndex);
    result.start = std::move(start);
    result.end = std::move(end);
    return copy;
}
}  // namespace

LiveReplay::LiveReplay(QObject* parent)
    : QObject(parent), m_pacer(std::make_unique<ReplayPacer>(m_cancelPacing)), m_work(new BackgroundWork(this)),
      m_frameTimer(new QTimer(this)), m_buffer(std::make_shared<SnapshotBuffer>())
{
    m_frameTimer->setInterval(kFrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &LiveReplay::takeFrame);
    connect(m_work, &BackgroundWork::progressChanged, this, &LiveReplay::progressChanged);
    connect(m_work, &BackgroundWork::failed, this, [this](const QString& what) {
        m_frameTimer->stop();
        emit failed(what);
    });
}

LiveReplay::~LiveReplay()
{
    cancel();
    delete m_work;  // joins the replay threads before the pacer and buffer they use go away
}

bool LiveReplay::isRunning() const
{
    return m_work->isRunning();
}

void LiveReplay::cancel()
{
    m_cancelPacing.store(true);  // wakes paced and paused replays at once
    m_work->cancel();
}

const std::vector<replay::ReplayResult>& LiveReplay::results() const
{
    static const std::vector<replay::ReplayResult> none;
    return m_results ? *m_results : none;
}

std::int64_t LiveReplay::snapshotStepFor(const trace::Trace& trace)
{
    // About 2,000 snapshots over the submit span: smooth at any chart width, bounded in memory.
    return std::max<std::int64_t>(1, (trace.span() + 1999) / 2000);
}

std::int64_t LiveReplay::latestTime() const
{
    std::int64_t latest = 0;
    for (const SnapshotHistory& history : m_histories) {
        if (!history.empty())
            latest = std::max(latest, history.snapshots().back().time);
    }
    return latest;
}

QList<QPointF> LiveReplay::queueingDelayCdf(const trace::Trace& trace, const replay::ReplayResult& result, int points)
{
    std::vector<std::int64_t> delays;
    delays.reserve(result.start.size());
    for (std::size_t i = 0; i < result.start.size(); ++i)
        delays.push_back(result.start[i] - (trace.jobs[result.jobIndex[i]].submit - result.origin));
    std::sort(delays.begin(), delays.end());
    QList<QPointF> cdf;
    if (delays.empty())
        return cdf;
    const std::size_t n = delays.size();
    for (int k = 0; k < points; ++k) {
        // The nearest-rank value of the (k+1)/points quantile, like the metrics' percentiles.
        const std::size_t rank = std::max<std::size_t>(1, std::size_t(std::ceil(double(k + 1) * double(n) / points)));
        const std::size_t index = std::min(n, rank) - 1;
        const QPointF point{double(delays[index]) / 3600.0, double(index + 1) / double(n)};
        if (cdf.isEmpty() || cdf.back() != point)
            cdf.append(point);
    }
    return cdf;
}

bool LiveReplay::start(const Request& request)
{
    if (isRunning() || !request.trace || request.policies.empty())
        return false;
    m_policies = request.policies;
    m_histories.assign(m_policies.size(), SnapshotHistory());
    m_current.assign(m_policies.size(), std::nullopt);
    m_results.reset();
    m_summaries.clear();
    m_cdfs.clear();
    m_traceFingerprint.clear();
    m_snapshotStep = request.snapshotStep > 0 ? request.snapshotStep : snapshotStepFor(*request.trace);
    m_buffer->reset(m_policies.size());
    m_cancelPacing.store(false);
    m_pacer->reset();
    // Before the threads start: a pace set afterwards would let a fast replay run to its end first.
    m_pacer->setSpeed(request.simulatedSecondsPerSecond);

    const Request job{request.trace,  request.cluster, request.gpuJobsOnly,
                      m_policies,     m_snapshotStep,  0.0,
                      request.traceName};
    ReplayPacer* pacer = m_pacer.get();
    const std::shared_ptr<SnapshotBuffer> buffer = m_buffer;
    const int workers = m_workers > 0 ? m_workers : BackgroundWork::workerThreads();
    std::atomic<int>* peakWorkers = &m_peakWorkers;
    m_peakWorkers.store(0);
    const bool startedWork =
        m_work->start([job, pacer, buffer, workers, peakWorkers, this](const std::atomic<bool>& cancel,
                                                 const BackgroundWork::Progress& progress) -> std::function<void()> {
            const std::size_t count = job.policies.size();
            std::vector<replay::ReplayResult> results(count);
            std::vector<replay::ReplayResult> summaries(count);
            std::vector<QList<QPointF>> cdfs(count);
            std::atomic<std::size_t> done{0};
            // One thread per policy, so paced replays keep step and each line grows in its own
            // colour; but at most `workers` of them compute at once, taking turns every few
            // milliseconds, so one core stays for the UI thread. (They run below the UI thread,
            // like every BackgroundWork thread.)
            WorkerTurns turns(workers);
            std::vector<std::thread> threads;
            threads.reserve(count);
            for (std::size_t i = 0; i < count; ++i) {
                threads.emplace_back([&, i] {
                    const WorkerTurns::Turn turn(turns);
                    replay::ReplayOptions options;
                    options.cluster = job.cluster;
                    options.policy = job.policies[i];
                    options.gpuJobsOnly = job.gpuJobsOnly;
                    options.snapshotStep = job.snapshotStep;
                    // The analyses (CDFs included) are worked out here, on the replay's own thread,
                    // from what the replay keeps anyway; the UI thread only collects them.
                    options.analyses = true;
                    options.cdfPoints = replay::kMaxCdfPoints;
                    options.cancel = &cancel;
                    options.onSnapshot = [&, i](const replay::Snapshot& s) {
                        buffer->push(i, s);
                        turns.pass();
                    };
                    std::uint64_t stepsTaken = 0;
                    options.onEvent = [&, i, stepsTaken](const replay::Snapshot& state) mutable {
                        if (pacer->isFreeRunning())
                            return;  // full speed: no lock, no clock, nothing to show between snapshots
                        buffer->setCurrent(i, state);
                        // Paced or paused: the turn goes to the others while this replay waits.
                        turns.leave();
                        pacer->awaitTurn(state.time, stepsTaken);
                        turns.enter();
                    };
                    results[i] = replay::replay(*job.trace, options);
                    if (!cancel.load()) {
                        cdfs[i] = queueingDelayCdf(*job.trace, results[i]);
                        summaries[i] = withoutPerJobVectors(results[i]);
                    }
                    progress(++done, count);
                });
            }
            for (std::thread& thread : threads)
                thread.join();
            peakWorkers->store(turns.peakHolders());
            if (cancel.load())
                return [this] {
                    m_frameTimer->stop();
                    takeFrame();
                    emit cancelled();
                };
            const QString fingerprint =
                job.traceName.isEmpty() ? QString() : TraceLabAnalysis::fingerprint(*job.trace, job.traceName);
            // The last snapshots are drawn in an event of their own, before the results arrive in
            // another: the UI thread never does both at once.
            QMetaObject::invokeMethod(this, &LiveReplay::takeFrame, Qt::QueuedConnection);
            auto shared = std::make_shared<const std::vector<replay::ReplayResult>>(std::move(results));
            return [this, shared = std::move(shared), summaries = std::move(summaries),
                    cdfs = QList<QList<QPointF>>(cdfs.begin(), cdfs.end()), fingerprint]() mutable {
                m_frameTimer->stop();
                takeFrame();  // nothing new by now, unless a frame is still to come
                m_results = std::move(shared);
                m_summaries = std::move(summaries);
                m_cdfs = std::move(cdfs);
                m_traceFingerprint = fingerprint;
                emit finished();
            };
        });
    if (!startedWork)
        return false;
    m_frameTimer->start();
    emit started();
    return true;
}

void LiveReplay::takeFrame()
{
    SnapshotBuffer::Drained drained = m_buffer->drain();
    bool any = false;
    for (std::size_t i = 0; i < drained.snapshots.size() && i < m_histories.size(); ++i) {
        for (const replay::Snapshot& s : drained.snapshots[i])
            m_histories[i].append(s);
        any = any || !drained.snapshots[i].empty();
        if (i < drained.current.size() && drained.current[i]) {
            m_current[i] = drained.current[i];
            any = true;
        }
    }
    if (any)
        emit framed();
}

}  // namespace debrief::studio

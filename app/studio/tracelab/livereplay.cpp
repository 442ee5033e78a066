#include "livereplay.h"

#include "backgroundwork.h"

#include <trace/trace.h>

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace debrief::studio {

namespace {
// Replay threads give way to the UI thread when cores are scarce (two cores, four replays): the
// charts must keep their frame rate, the replays lose little. Linux sets niceness per thread.
void yieldToTheUi()
{
#ifdef __linux__
    (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 5);
#endif
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
    m_results.clear();
    m_cdfs.clear();
    m_snapshotStep = request.snapshotStep > 0 ? request.snapshotStep : snapshotStepFor(*request.trace);
    m_buffer->reset(m_policies.size());
    m_cancelPacing.store(false);
    m_pacer->reset();
    // Before the threads start: a pace set afterwards would let a fast replay run to its end first.
    m_pacer->setSpeed(request.simulatedSecondsPerSecond);

    const Request job{request.trace, request.cluster, request.gpuJobsOnly, m_policies, m_snapshotStep, 0.0};
    ReplayPacer* pacer = m_pacer.get();
    const std::shared_ptr<SnapshotBuffer> buffer = m_buffer;
    const bool startedWork =
        m_work->start([job, pacer, buffer, this](const std::atomic<bool>& cancel,
                                                 const BackgroundWork::Progress& progress) -> std::function<void()> {
            const std::size_t count = job.policies.size();
            std::vector<replay::ReplayResult> results(count);
            std::atomic<std::size_t> done{0};
            std::vector<std::thread> threads;
            threads.reserve(count);
            for (std::size_t i = 0; i < count; ++i) {
                threads.emplace_back([&, i] {
                    yieldToTheUi();
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
                    options.onSnapshot = [&, i](const replay::Snapshot& s) { buffer->push(i, s); };
                    std::uint64_t stepsTaken = 0;
                    options.onEvent = [&, i, stepsTaken](const replay::Snapshot& state) mutable {
                        if (pacer->isFreeRunning())
                            return;  // full speed: no lock, no clock, nothing to show between snapshots
                        buffer->setCurrent(i, state);
                        pacer->awaitTurn(state.time, stepsTaken);
                    };
                    results[i] = replay::replay(*job.trace, options);
                    progress(++done, count);
                });
            }
            for (std::thread& thread : threads)
                thread.join();
            if (cancel.load())
                return [this] {
                    m_frameTimer->stop();
                    takeFrame();
                    emit cancelled();
                };
            QList<QList<QPointF>> cdfs;
            for (const replay::ReplayResult& result : results)
                cdfs.append(queueingDelayCdf(*job.trace, result));
            return [this, results = std::move(results), cdfs]() mutable {
                m_frameTimer->stop();
                takeFrame();
                m_results = std::move(results);
                m_cdfs = cdfs;
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

// UI event-loop latency while live replays run: the 82,000-job Philly-sized trace replays under
// four policies at full speed in the Trace Lab page (charts drawn at 25 Hz), while a 1 ms timer on
// the UI thread records how late each tick comes. Prints the worst and p99 lateness; the target is
// a UI thread never blocked for more than 50 ms. Runs offscreen; rounds repeat the replay so the
// numbers rest on many ticks.
#include "tracelab/clustereditor.h"
#include "tracelab/tracelabpage.h"

#include <trace/syntheticgenerator.h>
#include <trace/trace.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

using namespace debrief;

namespace {

// The UI thread's own CPU time: an event's wall time also counts the time other threads held the
// core, its CPU time only the work it did.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times every event the UI thread handles at the outermost level (nested sends count with the
// event that caused them): the longest one is the longest the UI thread was blocked by one piece
// of work, which says where lateness comes from.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || !measuring)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        --m_depth;
        const QString what = QStringLiteral("%1 to %2").arg(int(event->type())).arg(QString::fromLatin1(
            receiver->metaObject()->className()));
        if (ms > longestMs) {
            longestMs = ms;
            longestWhat = what;
        }
        longestCpuMs = std::max(longestCpuMs, cpuMs);
        Kind& kind = byKind[what];
        kind.longestMs = std::max(kind.longestMs, ms);
        kind.longestCpuMs = std::max(kind.longestCpuMs, cpuMs);
        ++kind.count;
        return handled;
    }
    struct Kind {
        double longestMs = 0.0;
        double longestCpuMs = 0.0;
        int count = 0;
    };
    bool measuring = false;
    double longestMs = 0.0;
    double longestCpuMs = 0.0;  // the most CPU time one event took
    QString longestWhat;
    std::map<QString, Kind> byKind;  // "type to class"

private:
    int m_depth = 0;
};

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;

    auto trace = std::make_shared<const trace::Trace>(trace::SyntheticGenerator({82'000, 42, 2048, 0.95}).makeTrace());
    studio::TraceLabPage page;
    page.resize(1440, 900);
    page.show();
    // The window's first paint is not part of a replay: done before anything is measured.
    if (!QTest::qWaitForWindowExposed(&page))
        std::fprintf(stderr, "the page was never exposed\n");
    page.clusterEditor()->setCluster(replay::Cluster::pooled(2048, 2.5));
    page.setSyntheticTrace(trace, QStringLiteral("synthetic-82k"));
    page.setSpeed(0.0);  // as fast as possible
    const std::vector<replay::PolicyKind> policies = {replay::PolicyKind::Fifo, replay::PolicyKind::Sjf,
                                                      replay::PolicyKind::EasyBackfill, replay::PolicyKind::Las};

    std::vector<double> lateMs;
    QElapsedTimer clock;
    qint64 last = -1;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && last >= 0)
            lateMs.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    clock.start();
    probe.start();

    int frames = 0;
    QObject::connect(&page, &studio::TraceLabPage::replayFramed, [&] { ++frames; });
    double replayMs = 0.0;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the checked set so every round is a fresh replay, not "results current".
        page.setCheckedPolicies(round % 2 == 0 ? policies : std::vector(policies.rbegin(), policies.rend()));
        page.clusterEditor()->setCluster(replay::Cluster::pooled(2048, round % 2 == 0 ? 2.5 : 2.6));
        QSignalSpy finished(&page, &studio::TraceLabPage::replayFinished);
        QElapsedTimer wall;
        wall.start();
        last = -1;
        measuring = true;
        app.measuring = true;
        if (!page.replayCheckedPolicies()) {
            std::fprintf(stderr, "replay did not start\n");
            return 1;
        }
        if (!finished.wait(120'000)) {
            std::fprintf(stderr, "replay did not finish\n");
            return 1;
        }
        measuring = false;
        app.measuring = false;
        replayMs += double(wall.nsecsElapsed()) / 1e6;
    }
    probe.stop();
    std::sort(lateMs.begin(), lateMs.end());
    if (lateMs.empty()) {
        std::fprintf(stderr, "no timer ticks recorded\n");
        return 1;
    }
    const std::size_t p99 = std::min(lateMs.size() - 1, (99 * lateMs.size() + 99) / 100 - 1);
    std::printf("ui latency while 82,000 jobs replay under 4 policies at full speed (%d rounds, %.0f ms each on "
                "average, %d chart frames)\n",
                rounds, replayMs / rounds, frames);
    std::printf("1 ms timer ticks: %zu; lateness worst %.2f ms, p99 %.2f ms, median %.2f ms (target worst < 50 ms)\n",
                lateMs.size(), lateMs.back(), lateMs[p99], lateMs[lateMs.size() / 2]);
    std::printf("longest single UI-thread event: %.2f ms (event type %s); most UI-thread CPU in one event %.2f ms "
                "(target < 16 ms)\n",
                app.longestMs, qPrintable(app.longestWhat), app.longestCpuMs);
    // The kinds of event with the longest ones, wall and CPU: wall far above CPU means the UI thread
    // waited for a core (other threads, other processes), CPU itself is work to move off the thread.
    std::vector<std::pair<double, QString>> kinds;
    for (const auto& [what, kind] : app.byKind)
        kinds.emplace_back(kind.longestMs, QStringLiteral("%1 ms wall, %2 ms CPU: event type %3 (%4 events)")
                                               .arg(kind.longestMs, 6, 'f', 2)
                                               .arg(kind.longestCpuMs, 6, 'f', 2)
                                               .arg(what)
                                               .arg(kind.count));
    std::sort(kinds.rbegin(), kinds.rend());
    for (std::size_t k = 0; k < kinds.size() && k < 4; ++k)
        std::printf("  %s\n", qPrintable(kinds[k].second));
    return lateMs.back() < 50.0 ? 0 : 2;
}

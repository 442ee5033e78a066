#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

namespace debrief::studio {

// Runs one piece of long work on its own thread, relays its progress, and hands its outcome back on
// the UI thread in one piece, so models are reset once with complete data. One instance runs one
// piece of work at a time; the destructor cancels and waits, so no work outlives its page.
//
// The one place where work threads give way to the UI: the work's thread runs below the UI thread
// for the scheduler (and so does every thread it starts, which inherit that), and a piece of work
// that computes on several threads at once uses at most workerThreads() of them, so one core stays
// for the UI thread.
class BackgroundWork : public QObject {
    Q_OBJECT

public:
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;
    // Runs on the worker thread; polls `cancel`, reports `progress`, and returns what to do with the
    // outcome on the UI thread (capture the result by value in it).
    using Work = std::function<std::function<void()>(const std::atomic<bool>& cancel, const Progress& progress)>;

    explicit BackgroundWork(QObject* parent = nullptr);
    ~BackgroundWork() override;

    bool start(Work work);  // false while a previous piece still runs
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel.load(); }

    // How many threads a piece of work may keep computing at once: the cores this process may run
    // on (its CPU affinity) less one for the UI thread, at least one.
    static int workerThreads();
    static int workerThreadsFor(int cores) { return cores > 1 ? cores - 1 : 1; }
    // Puts the calling thread below the UI thread for the scheduler: on Linux a per-thread niceness
    // (Qt's QThread priorities change nothing under SCHED_OTHER), which threads it starts inherit.
    // Every BackgroundWork thread calls it first. Returns whether the thread now runs lower.
    static bool yieldToTheUi();

signals:
    void started();
    void progressChanged(int percent);  // 0..100, or -1 while the total is unknown
    void failed(const QString& what);   // the work threw something it did not handle itself
    void finished();                    // after the outcome was delivered (or the work failed)

private:
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_lastPercent{-2};
    bool m_running = false;
};

}  // namespace debrief::studio

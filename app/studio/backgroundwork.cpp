#include "backgroundwork.h"

#include <algorithm>
#include <exception>

#ifdef __linux__
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace debrief::studio {

namespace {
// Nice 10 weighs a tenth of the UI thread's nice 0: the scheduler lets the UI thread in at once when
// it wakes (a frame, a click), and the work still gets the cores the UI leaves idle.
constexpr int kWorkerNiceness = 10;
}  // namespace

int BackgroundWork::workerThreads()
{
    int cores = int(std::max(1u, std::thread::hardware_concurrency()));
#ifdef __linux__
    // The cores this process may run on: `taskset -c 0,1` or a container's cpuset count, not the
    // machine's.
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        cores = std::max(1, CPU_COUNT(&set));
#endif
    return workerThreadsFor(cores);
}

bool BackgroundWork::yieldToTheUi()
{
#ifdef __linux__
    // PRIO_PROCESS with a thread id sets that one thread's niceness on Linux.
    const id_t thread = id_t(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, thread) >= kWorkerNiceness)
        return true;
    return setpriority(PRIO_PROCESS, thread, kWorkerNiceness) == 0;
#else
    return false;
#endif
}

BackgroundWork::BackgroundWork(QObject* parent) : QObject(parent)
{
}

BackgroundWork::~BackgroundWork()
{
    m_cancel.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundWork::start(Work work)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_cancel.store(false);
    m_lastPercent.store(-2);
    m_running = true;
    emit started();
    m_thread = std::thread([this, work = std::move(work)] {
        yieldToTheUi();
        // Only changes of the whole percent cross threads: an importer may call this per row.
        const Progress progress = [this](std::uint64_t done, std::uint64_t total) {
            const int percent = total > 0 ? int(std::min<std::uint64_t>(100, done * 100 / total)) : -1;
            if (m_lastPercent.exchange(percent) != percent)
                QMetaObject::invokeMethod(
                    this, [this, percent] { emit progressChanged(percent); }, Qt::QueuedConnection);
        };
        std::function<void()> deliver;
        QString error;
        try {
            deliver = work(m_cancel, progress);
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            error = QStringLiteral("unknown exception");
        }
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver), error] {
                m_thread.join();
                m_running = false;
                if (!error.isEmpty())
                    emit failed(error);
                else if (deliver)
                    deliver();
                emit finished();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void BackgroundWork::cancel()
{
    m_cancel.store(true);
}

}  // namespace debrief::studio

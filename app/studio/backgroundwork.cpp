#include "backgroundwork.h"

#include <algorithm>
#include <exception>

namespace debrief::studio {

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

#include "resumeoffer.h"

#include "storage/sessionstore.h"
#include "storage/storageerror.h"

#include <QLocale>
#include <QMessageBox>

namespace debrief::studio {

std::optional<storage::SessionSummary> ResumeOffer::interruptedSession(const storage::Database& database)
{
    try {
        const storage::SessionStore store(database);
        store.markInterrupted();
        for (const storage::SessionSummary& summary : store.list()) {  // newest first
            if (summary.status == interview::SessionStatus::Interrupted)
                return summary;
        }
    } catch (const storage::StorageError&) {
    }
    return std::nullopt;
}

bool ResumeOffer::ask(QWidget* parent, const storage::SessionSummary& session)
{
    const QString minutes = QString::number(session.elapsedMs / 60000);
    const auto answer = QMessageBox::question(
        parent, tr("Resume the interrupted session?"),
        tr("The session with %1 started %2 was not closed (%3 min on the clock). Resume it where it stopped?")
            .arg(session.candidate, QLocale().toString(session.startedAt.toLocalTime(), QLocale::ShortFormat), minutes),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

}  // namespace debrief::studio

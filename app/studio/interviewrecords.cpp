#include "interviewrecords.h"

#include "storage/sessionstore.h"
#include "storage/storageerror.h"

namespace debrief::studio {

InterviewRecords::InterviewRecords(const QString& databasePath, QObject* parent)
    : QObject(parent), m_database(databasePath.isEmpty() ? storage::Database::defaultPath() : databasePath)
{
    m_database.open();
    m_content.loadShipped();
}

QString InterviewRecords::problem() const
{
    if (m_database.isOpen())
        return {};
    return m_database.problem().message();
}

QString InterviewRecords::latestCandidate() const
{
    if (!isOpen())
        return {};
    try {
        const QList<storage::SessionSummary> sessions = storage::SessionStore(m_database).list();
        return sessions.isEmpty() ? QString() : sessions.first().candidate;
    } catch (const storage::StorageError&) {
        return {};
    }
}

}  // namespace debrief::studio

#include "interviewrecords.h"

#include "storage/profilestore.h"
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

interview::Session InterviewRecords::loadSession(std::int64_t id, QString* problem) const
{
    QString why = this->problem();
    interview::Session session;
    if (id > 0 && why.isEmpty()) {
        try {
            session = storage::SessionStore(m_database).load(id);
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (session.id == 0 && why.isEmpty())
        why = tr("No session yet. Run a practice or a mock interview, or load the demo candidate.");
    if (problem)
        *problem = why;
    return session;
}

QString InterviewRecords::scorerName() const
{
    if (!isOpen())
        return {};
    try {
        return storage::ProfileStore(m_database).scorerName();
    } catch (const storage::StorageError&) {
        return {};
    }
}

bool InterviewRecords::setScorerName(const QString& name, QString* problem)
{
    const QString simplified = name.simplified();
    QString why = this->problem();
    if (why.isEmpty() && (simplified.isEmpty() || simplified == QStringLiteral("self")))
        why = tr("A scorer needs a name (and \"self\" is the candidate's own).");
    if (why.isEmpty()) {
        try {
            storage::ProfileStore(m_database).setScorerName(simplified);
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (problem)
        *problem = why;
    if (!why.isEmpty())
        return false;
    emit scorerNameChanged(simplified);
    return true;
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

#include "deletesessioncommand.h"

#include "interviewrecords.h"

#include "storage/sessionstore.h"

#include <QCoreApplication>

namespace debrief::studio {

DeleteSessionCommand::DeleteSessionCommand(InterviewRecords& records, std::int64_t sessionId)
    : m_records(records), m_id(sessionId)
{
    m_session = storage::SessionStore(records.database()).load(sessionId);  // throws before anything is deleted
    setText(QCoreApplication::translate("debrief::studio::HistoryPage", "Delete the session of %1")
                .arg(m_session.candidate));
}

void DeleteSessionCommand::redo()
{
    storage::SessionStore(m_records.database()).remove(m_id);
    m_records.announceSessionsChanged();
}

void DeleteSessionCommand::undo()
{
    interview::Session copy = m_session;
    copy.id = 0;
    m_id = storage::SessionStore(m_records.database()).create(copy);
    m_records.announceSessionsChanged();
}

}  // namespace debrief::studio

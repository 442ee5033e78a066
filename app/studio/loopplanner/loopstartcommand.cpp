#include "loopstartcommand.h"

#include "storage/loopplanstore.h"
#include "storage/storageerror.h"

namespace debrief::studio {

LoopStartCommand::LoopStartCommand(const storage::Database& database, QString candidate, const QDate& previous,
                                   const QDate& start, const QString& text, std::function<void(const QString&)> applied)
    : m_database(database), m_candidate(std::move(candidate)), m_previous(previous), m_start(start),
      m_applied(std::move(applied))
{
    setText(text);
}

void LoopStartCommand::apply(const QDate& start)
{
    QString problem;
    try {
        storage::LoopPlanStore(m_database).setStartDate(m_candidate, start);
    } catch (const storage::StorageError& error) {
        problem = error.message();
        setObsolete(true);
    }
    if (m_applied)
        m_applied(problem);
}

}  // namespace debrief::studio

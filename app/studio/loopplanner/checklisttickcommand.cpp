#include "checklisttickcommand.h"

#include "storage/loopplanstore.h"
#include "storage/storageerror.h"

namespace debrief::studio {

ChecklistTickCommand::ChecklistTickCommand(const storage::Database& database, QString candidate, QString itemId,
                                           bool ticked, const QString& text,
                                           std::function<void(const QString&)> applied)
    : m_database(database), m_candidate(std::move(candidate)), m_itemId(std::move(itemId)), m_ticked(ticked),
      m_applied(std::move(applied))
{
    setText(text);
}

void ChecklistTickCommand::apply(bool ticked)
{
    QString problem;
    try {
        storage::LoopPlanStore(m_database).setTicked(m_candidate, m_itemId, ticked);
    } catch (const storage::StorageError& error) {
        problem = error.message();
        setObsolete(true);
    }
    if (m_applied)
        m_applied(problem);
}

}  // namespace debrief::studio

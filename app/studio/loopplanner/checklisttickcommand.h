#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// One preparation checklist item ticked or unticked, saved at once; undo saves the opposite.
// `applied` runs after each write with the storage error's message when it failed (then the command
// makes itself obsolete and the stack drops it).
class ChecklistTickCommand : public QUndoCommand {
public:
    ChecklistTickCommand(const storage::Database& database, QString candidate, QString itemId, bool ticked,
                         const QString& text, std::function<void(const QString&)> applied);

    void redo() override { apply(m_ticked); }
    void undo() override { apply(!m_ticked); }

private:
    void apply(bool ticked);

    const storage::Database& m_database;
    QString m_candidate;
    QString m_itemId;
    bool m_ticked;
    std::function<void(const QString&)> m_applied;
};

}  // namespace debrief::studio

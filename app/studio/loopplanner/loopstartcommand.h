#pragma once

#include <QDate>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// The loop's start date changed, saved at once; undo saves the previous one (an invalid previous
// date: the candidate had not picked one, and undo forgets the pick).
class LoopStartCommand : public QUndoCommand {
public:
    LoopStartCommand(const storage::Database& database, QString candidate, const QDate& previous, const QDate& start,
                     const QString& text, std::function<void(const QString&)> applied);

    void redo() override { apply(m_start); }
    void undo() override { apply(m_previous); }

private:
    void apply(const QDate& start);

    const storage::Database& m_database;
    QString m_candidate;
    QDate m_previous;
    QDate m_start;
    std::function<void(const QString&)> m_applied;
};

}  // namespace debrief::studio

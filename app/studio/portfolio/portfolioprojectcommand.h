#pragma once

#include "interview/session.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// One portfolio edit as a change of one project from `before` to `after`, saved at once: no `before`
// adds the project, no `after` removes it, both update it. Undo applies the change backwards. A
// project keeps its id through undo and redo (PortfolioStore::restore), so the commands above and
// below it on the stack still name the right row. `applied` runs after each write with the id the
// page should select (0: none) and, when the write failed, the storage error's message; a command
// whose write failed makes itself obsolete, so the stack drops it instead of keeping a lie.
class PortfolioProjectCommand : public QUndoCommand {
public:
    PortfolioProjectCommand(const storage::Database& database, QString candidate,
                            std::optional<interview::PortfolioProject> before,
                            std::optional<interview::PortfolioProject> after, const QString& text,
                            std::function<void(std::int64_t, const QString&)> applied);

    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

    std::int64_t projectId() const;

private:
    void apply(const std::optional<interview::PortfolioProject>& from, std::optional<interview::PortfolioProject>& to);

    const storage::Database& m_database;
    QString m_candidate;
    std::optional<interview::PortfolioProject> m_before;
    std::optional<interview::PortfolioProject> m_after;
    std::function<void(std::int64_t, const QString&)> m_applied;
};

}  // namespace debrief::studio

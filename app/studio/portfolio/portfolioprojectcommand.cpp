#include "portfolioprojectcommand.h"

#include "storage/portfoliostore.h"
#include "storage/storageerror.h"

namespace debrief::studio {

PortfolioProjectCommand::PortfolioProjectCommand(const storage::Database& database, QString candidate,
                                                 std::optional<interview::PortfolioProject> before,
                                                 std::optional<interview::PortfolioProject> after, const QString& text,
                                                 std::function<void(std::int64_t, const QString&)> applied)
    : m_database(database), m_candidate(std::move(candidate)), m_before(std::move(before)), m_after(std::move(after)),
      m_applied(std::move(applied))
{
    setText(text);
}

std::int64_t PortfolioProjectCommand::projectId() const
{
    return m_after ? m_after->id : m_before ? m_before->id : 0;
}

void PortfolioProjectCommand::apply(const std::optional<interview::PortfolioProject>& from,
                                    std::optional<interview::PortfolioProject>& to)
{
    QString problem;
    try {
        const storage::PortfolioStore store(m_database);
        if (from && to) {
            store.update(*to);
        } else if (to) {
            if (to->id == 0)
                store.add(m_candidate, *to);  // the first redo of an add: the database picks the id
            else
                store.restore(m_candidate, *to);
        } else if (from) {
            store.remove(from->id);
        }
    } catch (const storage::StorageError& error) {
        problem = error.message();
        setObsolete(true);
    }
    if (m_applied)
        m_applied(problem.isEmpty() && to ? to->id : (from ? from->id : 0), problem);
}

}  // namespace debrief::studio

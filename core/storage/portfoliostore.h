#pragma once

#include "interview/session.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace debrief::storage {

class Database;

// A candidate's cross-team project portfolio (PortfolioProject carries no candidate: the store
// files each project under one). Throws StorageError on failure.
class PortfolioStore {
public:
    explicit PortfolioStore(const Database& database) : m_database(database) {}

    std::int64_t add(const QString& candidate, interview::PortfolioProject& project) const;  // sets project.id
    // Puts a removed project back under its old id (undo of a remove, redo of an add), so later
    // commands that name the id still find it. Throws StorageError when the id is taken.
    void restore(const QString& candidate, const interview::PortfolioProject& project) const;
    void update(const interview::PortfolioProject& project) const;
    void remove(std::int64_t id) const;
    QList<interview::PortfolioProject> list(const QString& candidate) const;  // in the order added

private:
    const Database& m_database;
};

}  // namespace debrief::storage

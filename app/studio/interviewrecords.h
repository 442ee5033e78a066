#pragma once

#include "interview/contentlibrary.h"
#include "interview/session.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <cstdint>

namespace debrief::studio {

// The interview side's shared state: the studio database (sessions, portfolio, drills) and the loaded
// interview content. Pages read through it and announce their edits through it, so every other page
// that shows the same session refreshes.
class InterviewRecords : public QObject {
    Q_OBJECT

public:
    // Opens the database at `databasePath` (Database::defaultPath() when empty) and the shipped content.
    explicit InterviewRecords(const QString& databasePath = {}, QObject* parent = nullptr);

    const storage::Database& database() const { return m_database; }
    const interview::ContentLibrary& content() const { return m_content; }
    bool isOpen() const { return m_database.isOpen(); }
    QString problem() const;  // why the database is not open, for a person

    // Session `id` as stored, or an empty Session (id 0) with `problem` saying why for a person: the
    // database is not open, the session could not be read, or there is no session yet (id 0).
    interview::Session loadSession(std::int64_t id, QString* problem) const;

    // The latest candidate with a session, or an empty string.
    QString latestCandidate() const;

    // Who scores with this studio ("Scoring as"): kept in the database's profile, empty until set. The
    // visibility rules and the Live session's preselected scorer use it.
    QString scorerName() const;
    bool setScorerName(const QString& name, QString* problem = nullptr);

    void announceSessionChanged(std::int64_t id) { emit sessionChanged(id); }
    void announceSessionsChanged() { emit sessionsChanged(); }
    void announceDrillsChanged() { emit drillsChanged(); }

signals:
    void sessionChanged(std::int64_t id);  // one session's scores, levels or recommendation
    void sessionsChanged();                // sessions added or removed
    void drillsChanged();
    void scorerNameChanged(const QString& name);

private:
    storage::Database m_database;
    interview::ContentLibrary m_content;
};

}  // namespace debrief::studio

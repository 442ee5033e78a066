#pragma once

#include "interview/contentlibrary.h"
#include "interview/session.h"
#include "storage/database.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace debrief::studio {

// The interview side's shared state: the studio database (sessions, portfolio, drills) and the loaded
// interview content. Pages read through it and announce their edits through it, so every other page
// that shows the same session refreshes.
class InterviewRecords : public QObject {
    Q_OBJECT

public:
    // Opens the database at `databasePath` (Database::defaultPath() when empty) and the shipped content,
    // its texts in the UI language (UiLanguage::installed()). The content follows the UI language from
    // then on: on the application's LanguageChange it takes the new language's texts before any page
    // gets its own LanguageChange (those are posted), so a page that refills itself there shows them.
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
    // Every candidate with a session, a portfolio project or a drill card (CandidateRoster), sorted.
    QStringList candidates() const;
    // The candidate the pages show: the one chosen last (kept in QSettings) while the database still
    // knows them, else the latest candidate.
    QString currentCandidate() const;
    void setCurrentCandidate(const QString& name);
    // A new candidate (a name the database does not know yet) gets the starter drill deck; then, new or
    // not, they become the current candidate. False, with `problem` for a person, when it failed.
    bool createCandidate(const QString& name, QString* problem = nullptr);
    // A candidate who has no drill card gets the starter deck (a session started for them). Returns how
    // many cards were added and announces them. Throws StorageError.
    int ensureStarterDeck(const QString& name);
    // Runs what `debrief-cli demo` does on this database (again replaces the demo, never twins it),
    // announces the sessions and drills, and makes the demo candidate current.
    bool loadDemoCandidate(QString* problem = nullptr);

    void announceSessionChanged(std::int64_t id) { emit sessionChanged(id); }
    void announceSessionsChanged() { emit sessionsChanged(); }
    void announceDrillsChanged() { emit drillsChanged(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void sessionChanged(std::int64_t id);  // one session's scores, levels or recommendation
    void sessionsChanged();                // sessions added or removed
    void drillsChanged();
    void scorerNameChanged(const QString& name);
    void candidateChanged(const QString& name);  // the current candidate

private:
    void followUiLanguage();

    storage::Database m_database;
    interview::ContentLibrary m_content;
    QString m_chosen;  // the candidate set last; currentCandidate() checks it still exists
};

}  // namespace debrief::studio

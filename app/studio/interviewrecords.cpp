#include "interviewrecords.h"

#include "storage/candidateroster.h"
#include "storage/democandidate.h"
#include "storage/profilestore.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"

#include "uilanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace {

const QString kCurrentCandidateKey = QStringLiteral("candidates/current");

}  // namespace

namespace debrief::studio {

InterviewRecords::InterviewRecords(const QString& databasePath, QObject* parent)
    : QObject(parent), m_database(databasePath.isEmpty() ? storage::Database::defaultPath() : databasePath)
{
    m_database.open();
    m_content.loadShipped();
    followUiLanguage();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_chosen = QSettings().value(kCurrentCandidateKey).toString();
}

bool InterviewRecords::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        followUiLanguage();
    return QObject::eventFilter(watched, event);
}

// A translation with a problem keeps that file's texts in English (ContentLibrary::setLanguage); the
// problems stay in content().errors(), and test_interview_content_translations keeps the shipped ones complete.
void InterviewRecords::followUiLanguage()
{
    const QString language = UiLanguage::installed();
    if (m_content.language() != language)
        m_content.setLanguage(language);
}

QString InterviewRecords::problem() const
{
    if (m_database.isOpen())
        return {};
    return m_database.problem().message();
}

interview::Session InterviewRecords::loadSession(std::int64_t id, QString* problem) const
{
    QString why = this->problem();
    interview::Session session;
    if (id > 0 && why.isEmpty()) {
        try {
            session = storage::SessionStore(m_database).load(id);
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (session.id == 0 && why.isEmpty())
        why =
            tr("No session yet. Start a practice or a mock interview from Home, or choose File > Load demo candidate.");
    if (problem)
        *problem = why;
    return session;
}

QString InterviewRecords::scorerName() const
{
    if (!isOpen())
        return {};
    try {
        return storage::ProfileStore(m_database).scorerName();
    } catch (const storage::StorageError&) {
        return {};
    }
}

bool InterviewRecords::setScorerName(const QString& name, QString* problem)
{
    const QString simplified = name.simplified();
    QString why = this->problem();
    if (why.isEmpty() && (simplified.isEmpty() || simplified == QStringLiteral("self")))
        why = tr("A scorer needs a name (and \"self\" is the candidate's own).");
    if (why.isEmpty()) {
        try {
            storage::ProfileStore(m_database).setScorerName(simplified);
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (problem)
        *problem = why;
    if (!why.isEmpty())
        return false;
    emit scorerNameChanged(simplified);
    return true;
}

QString InterviewRecords::latestCandidate() const
{
    if (!isOpen())
        return {};
    try {
        const QList<storage::SessionSummary> sessions = storage::SessionStore(m_database).list();
        return sessions.isEmpty() ? QString() : sessions.first().candidate;
    } catch (const storage::StorageError&) {
        return {};
    }
}

QStringList InterviewRecords::candidates() const
{
    if (!isOpen())
        return {};
    try {
        return storage::CandidateRoster(m_database).names();
    } catch (const storage::StorageError&) {
        return {};
    }
}

QString InterviewRecords::currentCandidate() const
{
    if (!m_chosen.isEmpty() && candidates().contains(m_chosen))
        return m_chosen;
    return latestCandidate();
}

void InterviewRecords::setCurrentCandidate(const QString& name)
{
    const QString before = currentCandidate();
    m_chosen = name.trimmed();
    QSettings().setValue(kCurrentCandidateKey, m_chosen);
    const QString after = currentCandidate();
    if (after != before)
        emit candidateChanged(after);
}

bool InterviewRecords::createCandidate(const QString& name, QString* problem)
{
    const QString candidate = name.trimmed();
    QString why = this->problem();
    if (why.isEmpty() && candidate.isEmpty())
        why = tr("A candidate needs a name.");
    int added = 0;
    if (why.isEmpty()) {
        try {
            const storage::CandidateRoster roster(m_database);
            if (!roster.contains(candidate))
                added = roster.addStarterDeck(candidate, m_content, QDateTime::currentDateTimeUtc());
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (problem)
        *problem = why;
    if (!why.isEmpty())
        return false;
    setCurrentCandidate(candidate);
    if (added > 0)
        emit drillsChanged();
    return true;
}

int InterviewRecords::ensureStarterDeck(const QString& name)
{
    const int added =
        storage::CandidateRoster(m_database).addStarterDeck(name, m_content, QDateTime::currentDateTimeUtc());
    if (added > 0)
        emit drillsChanged();
    return added;
}

bool InterviewRecords::loadDemoCandidate(QString* problem)
{
    QString why = this->problem();
    if (why.isEmpty()) {
        try {
            storage::DemoCandidate::fill(m_database);
        } catch (const storage::StorageError& error) {
            why = error.message();
        }
    }
    if (problem)
        *problem = why;
    if (!why.isEmpty())
        return false;
    // Chosen first, so the pages that refresh on the announcements below already show the demo.
    m_chosen = storage::DemoCandidate::name();
    QSettings().setValue(kCurrentCandidateKey, m_chosen);
    emit sessionsChanged();
    emit drillsChanged();
    emit candidateChanged(m_chosen);
    return true;
}

}  // namespace debrief::studio

#include "sessionpicker.h"

#include "interviewrecords.h"

#include "storage/sessionstore.h"
#include "storage/storageerror.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace debrief::studio {

SessionPicker::SessionPicker(InterviewRecords& records, QWidget* parent) : QComboBox(parent), m_records(records)
{
    // Long labels must not widen the page past a small window; the popup shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(30);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit sessionChosen(currentSessionId()); });
    // Another candidate: their newest session (the list stays whole, so any session can still be picked).
    connect(&records, &InterviewRecords::candidateChanged, this, [this] {
        const int newest = newestOfCurrentCandidate();
        if (newest >= 0)
            setCurrentIndex(newest);
    });
    retranslate();
    reload();
}

void SessionPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void SessionPicker::retranslate()
{
    setAccessibleName(tr("Session"));
    if (count() == 0 || !m_records.isOpen())
        return;
    // Each item's text again (setItemText: the current item, and so the page's session, stays).
    QList<storage::SessionSummary> sessions;
    try {
        sessions = storage::SessionStore(m_records.database()).list();
    } catch (const storage::StorageError&) {
        return;
    }
    for (const storage::SessionSummary& summary : sessions) {
        const int index = findData(QVariant::fromValue(qint64(summary.id)));
        if (index >= 0)
            setItemText(index, label(summary));
    }
}

QString SessionPicker::modeTitle(interview::SessionMode mode)
{
    return mode == interview::SessionMode::LiveMock ? tr("Live mock") : tr("Solo practice");
}

QString SessionPicker::startedText(const QDateTime& startedAt)
{
    const QDateTime local = startedAt.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString SessionPicker::label(const storage::SessionSummary& summary)
{
    return tr("%1 · %2 · %3").arg(startedText(summary.startedAt), modeTitle(summary.mode), summary.candidate);
}

void SessionPicker::reload()
{
    const std::int64_t chosen = currentSessionId();
    QList<storage::SessionSummary> sessions;
    if (m_records.isOpen()) {
        try {
            sessions = storage::SessionStore(m_records.database()).list();
        } catch (const storage::StorageError&) {
        }
    }
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const storage::SessionSummary& summary : sessions) {
            addItem(label(summary), QVariant::fromValue(qint64(summary.id)));
            setItemData(count() - 1, summary.candidate, kCandidateRole);
        }
        const int keep = findData(QVariant::fromValue(qint64(chosen)));
        setCurrentIndex(keep >= 0 ? keep : newestOfCurrentCandidate());
    }
    if (currentSessionId() != chosen || chosen == 0)
        emit sessionChosen(currentSessionId());
}

int SessionPicker::newestOfCurrentCandidate() const
{
    if (count() == 0)
        return -1;
    const QString candidate = m_records.currentCandidate();
    for (int index = 0; index < count(); ++index) {  // newest first
        if (itemData(index, kCandidateRole).toString() == candidate)
            return index;
    }
    return 0;  // none of theirs: the newest of all
}

std::int64_t SessionPicker::currentSessionId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

bool SessionPicker::setCurrentSessionId(std::int64_t id)
{
    const int index = findData(QVariant::fromValue(qint64(id)));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

}  // namespace debrief::studio

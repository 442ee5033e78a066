#include "candidateswitcher.h"

#include "interviewrecords.h"

#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace debrief::studio {

CandidateSwitcher::CandidateSwitcher(InterviewRecords& records, QWidget* parent) : QComboBox(parent), m_records(records)
{
    setObjectName(QStringLiteral("candidateSwitcher"));
    setEditable(true);
    // A typed name is not added as an item here: it becomes a candidate in the database, and reload()
    // lists it from there.
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, [this](int index) { choose(itemText(index)); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] { choose(lineEdit()->text()); });
    connect(&records, &InterviewRecords::candidateChanged, this, &CandidateSwitcher::reload);
    connect(&records, &InterviewRecords::sessionsChanged, this, &CandidateSwitcher::reload);
    connect(&records, &InterviewRecords::drillsChanged, this, &CandidateSwitcher::reload);
    retranslate();
    reload();
}

void CandidateSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void CandidateSwitcher::retranslate()
{
    setAccessibleName(tr("Candidate"));
    setToolTip(tr("Choose the candidate, or type a new name and press Enter to add one"));
    lineEdit()->setPlaceholderText(tr("New candidate's name"));
}

void CandidateSwitcher::reload()
{
    const QSignalBlocker blocker(this);
    const QString current = m_records.currentCandidate();
    clear();
    addItems(m_records.candidates());
    setCurrentIndex(findText(current, Qt::MatchExactly));
    setEditText(current);
}

void CandidateSwitcher::choose(const QString& name)
{
    const QString candidate = name.trimmed();
    if (candidate.isEmpty()) {
        reload();  // an emptied field shows the current candidate again
        return;
    }
    QString why;
    if (!m_records.createCandidate(candidate, &why)) {
        emit problem(why);
        reload();
    }
}

}  // namespace debrief::studio

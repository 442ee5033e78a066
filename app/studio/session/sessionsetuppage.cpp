#include "sessionsetuppage.h"

#include "interviewrecords.h"
#include "sessiontimeboxes.h"

#include "interview/contentlibrary.h"
#include "storage/drillstore.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"
#include "widgets/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief::studio {

SessionSetupPage::SessionSetupPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_form(new QFormLayout), m_intro(new QLabel(this)),
      m_mode(new QComboBox(this)), m_candidate(new QLineEdit(this)), m_interviewers(new QLineEdit(this)),
      m_choice(new QComboBox(this)), m_perRound(new QSpinBox(this)), m_bank(new QListWidget(this)),
      m_questionMinutes(new QSpinBox(this)), m_totalMinutes(new QSpinBox(this)), m_problem(new QLabel(this)),
      m_start(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    m_mode->addItem(QString(), int(interview::SessionMode::SoloPractice));
    m_mode->addItem(QString(), int(interview::SessionMode::LiveMock));
    m_mode->setCurrentIndex(1);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_candidate->setObjectName(QStringLiteral("candidate"));
    m_candidate->setText(records.currentCandidate());
    m_interviewers->setObjectName(QStringLiteral("interviewers"));
    QStringList candidates;
    try {
        for (const storage::SessionSummary& s : storage::SessionStore(records.database()).list()) {
            if (!candidates.contains(s.candidate))
                candidates << s.candidate;
        }
    } catch (const storage::StorageError&) {
    }
    m_candidate->setCompleter(new QCompleter(candidates, m_candidate));

    auto* rounds = new QHBoxLayout;
    for (interview::RoundKind round : interview::kAllRounds) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("round-") + key(round));
        box->setProperty("round", int(round));
        box->setChecked(round == interview::RoundKind::Technical || round == interview::RoundKind::Pm);
        connect(box, &QCheckBox::toggled, this, &SessionSetupPage::refreshBank);
        rounds->addWidget(box);
        m_rounds.append(box);
    }
    rounds->addStretch();
    m_choice->addItem(QString(), int(QuestionChoice::Shuffled));
    m_choice->addItem(QString(), int(QuestionChoice::Picked));
    m_choice->addItem(QString(), int(QuestionChoice::DueDrills));
    m_choice->setObjectName(QStringLiteral("questionChoice"));
    m_perRound->setRange(1, interview::ContentLibrary::kMinQuestionsPerRound);
    m_perRound->setValue(2);
    m_bank->setObjectName(QStringLiteral("questionBank"));
    // Rows wrap at the list's width, again whenever the window is resized (not just once).
    m_bank->setWordWrap(true);
    m_bank->setResizeMode(QListView::Adjust);
    m_bank->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Ticking a question means picking questions by hand.
    connect(m_bank, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() == Qt::Checked)
            setQuestionChoice(QuestionChoice::Picked);
    });
    for (QSpinBox* spin : {m_perRound, m_questionMinutes, m_totalMinutes})
        spin->setMaximumWidth(220);
    for (QComboBox* box : {m_mode, m_choice})
        box->setMaximumWidth(420);
    const SessionTimeBoxes defaults = SessionTimeBoxes::defaults();
    m_questionMinutes->setRange(0, 60);
    m_questionMinutes->setValue(defaults.questionSeconds / 60);
    m_totalMinutes->setRange(5, 240);
    m_totalMinutes->setValue(std::max(5, defaults.totalSeconds / 60));
    StatusColors::show(m_problem, StatusColors::Status::Bad);
    m_problem->setObjectName(QStringLiteral("setupProblem"));

    m_form->addRow(QStringLiteral("mode"), m_mode);
    m_form->addRow(QStringLiteral("candidate"), m_candidate);
    m_form->addRow(QStringLiteral("interviewers"), m_interviewers);
    m_form->addRow(QStringLiteral("rounds"), rounds);
    m_form->addRow(QStringLiteral("choice"), m_choice);
    m_form->addRow(QStringLiteral("per round"), m_perRound);
    m_form->addRow(QStringLiteral("bank"), m_bank);
    m_form->addRow(QStringLiteral("question"), m_questionMinutes);
    m_form->addRow(QStringLiteral("total"), m_totalMinutes);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_start->setDefault(true);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SessionSetupPage::refreshEnabled);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &SessionSetupPage::refreshEnabled);
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(&records, &InterviewRecords::sessionsChanged, this, [this] {
        if (m_candidate->text().isEmpty())
            m_candidate->setText(m_records.currentCandidate());
    });

    QList<QWidget*> order{m_mode, m_candidate, m_interviewers};
    for (QCheckBox* box : std::as_const(m_rounds))
        order << box;
    order << m_choice << m_perRound << m_bank << m_questionMinutes << m_totalMinutes << m_start;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    retranslate();
    refreshBank();
    refreshEnabled();
}

void SessionSetupPage::retranslate()
{
    m_intro->setText(tr("<h2>Session setup</h2><p>Solo practice: you answer and score yourself, then compare with "
                        "example answers. Live mock: interviewers score Depth and Vision as you answer.</p>"));
    m_mode->setItemText(0, tr("Solo practice"));
    m_mode->setItemText(1, tr("Live mock interview"));
    m_choice->setItemText(0, tr("Shuffled from the bank"));
    m_choice->setItemText(1, tr("Picked from the bank"));
    m_choice->setItemText(2, tr("Due drills first, then shuffled"));
    m_interviewers->setPlaceholderText(tr("Names separated by commas"));
    m_candidate->setPlaceholderText(tr("Who answers"));
    m_questionMinutes->setSpecialValueText(tr("each question's own"));
    m_questionMinutes->setSuffix(tr(" min"));
    m_totalMinutes->setSuffix(tr(" min"));
    const QStringList labels{
        tr("&Mode"),          tr("&Candidate"),           tr("&Interviewers"),  tr("Rounds"),
        tr("&Questions"),     tr("Questions &per round"), tr("Question &bank"), tr("Time box per &question"),
        tr("&Total time box")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }
    const QStringList names{tr("Mode"),
                            tr("Candidate"),
                            tr("Interviewers"),
                            tr("Rounds"),
                            tr("How questions are chosen"),
                            tr("Questions per round"),
                            tr("Question bank"),
                            tr("Time box per question"),
                            tr("Total time box")};
    const QList<QWidget*> fields{m_mode,     m_candidate, m_interviewers,    nullptr,       m_choice,
                                 m_perRound, m_bank,      m_questionMinutes, m_totalMinutes};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i])
            fields[i]->setAccessibleName(names[i]);
    }
    for (QCheckBox* box : std::as_const(m_rounds))
        box->setText(interview::title(interview::RoundKind(box->property("round").toInt())));
    m_start->setText(tr("&Start session"));
    m_start->setAccessibleName(tr("Start session"));
    refreshBank();
}

void SessionSetupPage::showEvent(QShowEvent* event)
{
    // The form starts from the latest candidate and the interviewers of their latest mock.
    if (m_candidate->text().isEmpty())
        m_candidate->setText(m_records.currentCandidate());
    if (m_interviewers->text().isEmpty()) {
        try {
            for (const storage::SessionSummary& s : storage::SessionStore(m_records.database()).list()) {
                if (s.mode == interview::SessionMode::LiveMock && s.candidate == m_candidate->text()) {
                    setInterviewers(s.interviewers);
                    break;
                }
            }
        } catch (const storage::StorageError&) {
        }
    }
    StudioPage::showEvent(event);
}

void SessionSetupPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioPage::changeEvent(event);
}

QList<interview::RoundKind> SessionSetupPage::checkedRounds() const
{
    QList<interview::RoundKind> rounds;
    for (const QCheckBox* box : m_rounds) {
        if (box->isChecked())
            rounds << interview::RoundKind(box->property("round").toInt());
    }
    return rounds;
}

void SessionSetupPage::refreshBank()
{
    QStringList ticked;
    for (int i = 0; i < m_bank->count(); ++i) {
        if (m_bank->item(i)->checkState() == Qt::Checked)
            ticked << m_bank->item(i)->data(Qt::UserRole).toString();
    }
    m_bank->clear();
    for (interview::RoundKind round : checkedRounds()) {
        for (const interview::Question& q : m_records.content().questions(round)) {
            auto* item = new QListWidgetItem(QStringLiteral("%1: %2").arg(interview::title(round), q.prompt), m_bank);
            item->setData(Qt::UserRole, q.id);
            item->setToolTip(q.prompt);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(q.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void SessionSetupPage::refreshEnabled()
{
    const bool live = interview::SessionMode(m_mode->currentData().toInt()) == interview::SessionMode::LiveMock;
    m_interviewers->setEnabled(live);
    const bool picked = QuestionChoice(m_choice->currentData().toInt()) == QuestionChoice::Picked;
    m_perRound->setEnabled(!picked);
}

void SessionSetupPage::setMode(interview::SessionMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void SessionSetupPage::setCandidate(const QString& name)
{
    m_candidate->setText(name);
}

void SessionSetupPage::setInterviewers(const QStringList& names)
{
    m_interviewers->setText(names.join(QStringLiteral(", ")));
}

void SessionSetupPage::setRounds(const QList<interview::RoundKind>& rounds)
{
    for (QCheckBox* box : std::as_const(m_rounds))
        box->setChecked(rounds.contains(interview::RoundKind(box->property("round").toInt())));
}

void SessionSetupPage::setQuestionChoice(QuestionChoice choice)
{
    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
}

void SessionSetupPage::setQuestionsPerRound(int count)
{
    m_perRound->setValue(count);
}

void SessionSetupPage::setTimeBoxes(int questionMinutes, int totalMinutes)
{
    m_questionMinutes->setValue(questionMinutes);
    m_totalMinutes->setValue(totalMinutes);
}

void SessionSetupPage::pickQuestions(const QStringList& ids)
{
    for (int i = 0; i < m_bank->count(); ++i)
        m_bank->item(i)->setCheckState(ids.contains(m_bank->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
}

QStringList SessionSetupPage::chooseQuestions(interview::RoundKind round) const
{
    const QList<interview::Question> bank = m_records.content().questions(round);
    QStringList ids;
    const auto choice = QuestionChoice(m_choice->currentData().toInt());
    if (choice == QuestionChoice::Picked) {
        for (int i = 0; i < m_bank->count(); ++i) {
            const QString id = m_bank->item(i)->data(Qt::UserRole).toString();
            const interview::Question* q = m_records.content().question(id);
            if (m_bank->item(i)->checkState() == Qt::Checked && q && q->round == round)
                ids << id;
        }
        return ids;
    }
    if (choice == QuestionChoice::DueDrills) {
        try {
            const auto due = storage::DrillStore(m_records.database())
                                 .due(m_candidate->text().trimmed(), QDateTime::currentDateTimeUtc());
            for (const interview::DrillCard& card : due) {
                const interview::Question* q = m_records.content().question(card.ref);
                if (card.subject == interview::DrillSubject::Question && q && q->round == round &&
                    ids.size() < m_perRound->value())
                    ids << card.ref;
            }
        } catch (const storage::StorageError&) {
        }
    }
    QStringList rest;
    for (const interview::Question& q : bank) {
        if (!ids.contains(q.id))
            rest << q.id;
    }
    std::shuffle(rest.begin(), rest.end(), *QRandomGenerator::global());
    while (ids.size() < m_perRound->value() && !rest.isEmpty())
        ids << rest.takeFirst();
    return ids;
}

interview::Session SessionSetupPage::plannedSession() const
{
    interview::Session session;
    session.mode = interview::SessionMode(m_mode->currentData().toInt());
    session.status = interview::SessionStatus::InProgress;
    session.candidate = m_candidate->text().trimmed();
    if (session.mode == interview::SessionMode::SoloPractice) {
        session.interviewers = {QStringLiteral("self")};
    } else {
        for (const QString& name : m_interviewers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty() && !session.interviewers.contains(name.trimmed()))
                session.interviewers << name.trimmed();
        }
    }
    session.rounds = checkedRounds();
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.updatedAt = session.startedAt;
    for (interview::RoundKind round : session.rounds) {
        for (const QString& id : chooseQuestions(round)) {
            interview::AskedQuestion asked;
            asked.round = round;
            asked.questionId = id;
            session.questions << asked;
        }
    }
    return session;
}

std::optional<std::int64_t> SessionSetupPage::start()
{
    interview::Session session = plannedSession();
    QString problem;
    if (session.candidate.isEmpty())
        problem = tr("Name the candidate.");
    else if (session.mode == interview::SessionMode::LiveMock && session.interviewers.isEmpty())
        problem = tr("Name at least one interviewer, or choose solo practice.");
    else if (session.rounds.isEmpty())
        problem = tr("Tick at least one round.");
    else if (session.questions.isEmpty())
        problem = tr("No question matches: tick questions in the bank or choose shuffled.");
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return std::nullopt;
    try {
        storage::SessionStore(m_records.database()).create(session);
    } catch (const storage::StorageError& error) {
        m_problem->setText(tr("Could not store the session: %1").arg(QString::fromUtf8(error.what())));
        return std::nullopt;
    }
    SessionTimeBoxes boxes;
    boxes.questionSeconds = m_questionMinutes->value() * 60;
    boxes.totalSeconds = m_totalMinutes->value() * 60;
    boxes.save(session.id);
    try {
        m_records.ensureStarterDeck(session.candidate);  // a first session: Drills has cards after it
    } catch (const storage::StorageError&) {
        // The session is stored; the deck is a convenience and the Drills page reports its own errors.
    }
    m_records.announceSessionsChanged();
    m_records.setCurrentCandidate(session.candidate);  // after the announcement: the pickers list the session
    emit statusMessage(
        tr("Session for %1 started with %2 questions").arg(session.candidate).arg(session.questions.size()));
    emit sessionStarted(session.id);
    return session.id;
}

}  // namespace debrief::studio

#include "drillspage.h"

#include "drillgradecommand.h"
#include "interviewrecords.h"

#include "storage/drillstore.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>

#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace debrief::studio {
namespace {

constexpr std::array<interview::DrillGrade, 4> kGrades{interview::DrillGrade::Again, interview::DrillGrade::Hard,
                                                       interview::DrillGrade::Good, interview::DrillGrade::Easy};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

}  // namespace

DrillsPage::DrillsPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_undo(new QUndoStack(this))
{
    buildUi();
    const auto reloadUnlessOwn = [this] {
        if (!m_ownChange)
            reload();
    };
    connect(&records, &InterviewRecords::drillsChanged, this, reloadUnlessOwn);
    connect(&records, &InterviewRecords::sessionsChanged, this, reloadUnlessOwn);
    connect(&records, &InterviewRecords::candidateChanged, this, reloadUnlessOwn);
    retranslate();  // loads the queue too
}

void DrillsPage::retranslate()
{
    m_progress->setAccessibleName(tr("Progress through today's drills"));
    m_answerCaption->setText(tr("Your &answer:"));
    m_answer->textEdit()->setAccessibleName(tr("Your answer"));  // the caption's buddy lives in another parent
    m_answer->setPlaceholderText(
        tr("Answer as you would in the interview; the coach marks numbers, KPIs, teams, proposals and mistakes."));
    m_showAnswer->setText(tr("&Show answer"));
    m_gradeCaption->setText(tr("How well did you know it? Each grade sets the next review:"));
    m_examplesBox->setTitle(tr("Example answers"));
    m_showAnswerAction->setText(tr("Show the example answers"));
    for (interview::DrillGrade grade : kGrades)
        gradeAction(grade)->setText(tr("Grade the drill: %1").arg(gradeName(grade)));
    m_goToAnswerAction->setText(tr("Go to the answer"));
    if (m_lastResultText)
        m_lastResult->setText(m_lastResultText());
    // The card, its examples, the coach and the grade buttons again; the answer and the examples'
    // scroll position stay.
    const int scrolled = m_examples->verticalScrollBar()->value();
    reload();
    m_examples->verticalScrollBar()->setValue(scrolled);
}

void DrillsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        // The coach names catalogue mistakes by their titles: take them in the new language too.
        m_answer->setCoach(interview::AnswerCoach(m_records.content().coach(), m_records.content().mistakes()),
                           m_answer->round());
        retranslate();
    }
    StudioPage::changeEvent(event);
}

void DrillsPage::setLastResult(std::function<QString()> text)
{
    m_lastResultText = std::move(text);
    m_lastResult->setText(m_lastResultText());
    m_lastResult->show();
    emit statusMessage(m_lastResult->text());
}

DrillsPage::~DrillsPage() = default;

void DrillsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    // Top: whose drills, how far through today's queue, undo of the last grade.
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading, 1);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("drillProgress"));
    top->addWidget(m_progressText);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(160, 12);  // a thin bar, so it does not read as a text field
    top->addWidget(m_progress);
    top->addSpacing(12);
    const auto [undo, redo] = addUndoActions(m_undo);
    addActionButtons(top, {undo, redo});
    layout->addLayout(top);

    m_lastResult = new QLabel(this);
    m_lastResult->setObjectName(QStringLiteral("lastResult"));
    m_lastResult->setWordWrap(true);
    m_lastResult->hide();
    layout->addWidget(m_lastResult);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("drillsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_empty->setFont(emptyFont);
    layout->addWidget(m_empty, 1);

    // The card: what it is, the question, then the answer beside the example answers.
    m_card = new QWidget(this);
    layout->addWidget(m_card, 1);
    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QLabel(m_card);
    m_kind->setObjectName(QStringLiteral("drillKind"));
    QPalette muted = m_kind->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_kind->setPalette(muted);
    cardLayout->addWidget(m_kind);
    m_prompt = new QLabel(m_card);
    m_prompt->setObjectName(QStringLiteral("drillPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.3);
    m_prompt->setFont(promptFont);
    cardLayout->addWidget(m_prompt);
    m_context = new QLabel(m_card);
    m_context->setObjectName(QStringLiteral("drillContext"));
    m_context->setWordWrap(true);
    cardLayout->addWidget(m_context);

    auto* splitter = new QSplitter(Qt::Horizontal, m_card);
    cardLayout->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_answerCaption = new QLabel(left);
    leftLayout->addWidget(m_answerCaption);
    m_answer = new CoachedAnswerEditor(left);
    m_answer->setCoach(interview::AnswerCoach(m_records.content().coach(), m_records.content().mistakes()),
                       interview::RoundKind::Pm);
    m_answer->summaryLabel()->setObjectName(QStringLiteral("drillCoach"));
    m_answerCaption->setBuddy(m_answer->textEdit());
    // The typed answer is kept as the card's draft (crash-safe); Ctrl+Z goes to the grades' undo stack.
    connect(m_answer, &CoachedAnswerEditor::textCommitted, this, &DrillsPage::saveDraft);
    connect(m_answer, &CoachedAnswerEditor::wordsChanged, this, &DrillsPage::updateGradeButtons);
    leftLayout->addWidget(m_answer, 1);

    m_showAnswer = new QPushButton(left);
    m_showAnswer->setObjectName(QStringLiteral("showAnswer"));
    m_showAnswer->setMinimumHeight(36);
    connect(m_showAnswer, &QPushButton::clicked, this, &DrillsPage::revealAnswer);
    auto* showRow = new QHBoxLayout;
    showRow->addWidget(m_showAnswer);
    showRow->addStretch(1);
    leftLayout->addLayout(showRow);

    m_gradeCaption = new QLabel(left);
    m_gradeCaption->setWordWrap(true);
    leftLayout->addWidget(m_gradeCaption);
    auto* gradeRow = new QHBoxLayout;
    for (interview::DrillGrade grade : kGrades) {
        auto* button = new QPushButton(left);
        button->setObjectName(QStringLiteral("grade%1").arg(int(grade)));
        button->setMinimumHeight(48);
        connect(button, &QPushButton::clicked, this, [this, grade] { this->grade(grade); });
        m_gradeButtons.at(std::size_t(grade) - 1) = button;
        gradeRow->addWidget(button, 1);
    }
    leftLayout->addLayout(gradeRow);

    m_examplesBox = new QGroupBox(splitter);
    auto* examplesLayout = new QVBoxLayout(m_examplesBox);
    m_examplesHint = new QLabel(m_examplesBox);
    m_examplesHint->setWordWrap(true);
    m_examplesHint->setAlignment(Qt::AlignCenter);
    examplesLayout->addWidget(m_examplesHint, 1);
    m_examples = new QTextBrowser(m_examplesBox);
    m_examples->setObjectName(QStringLiteral("drillExamples"));
    m_examples->setOpenLinks(false);
    examplesLayout->addWidget(m_examples, 1);

    splitter->addWidget(left);
    splitter->addWidget(m_examplesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    // Keys: Ctrl+Return shows the answer, 1-4 grade (the editor is read-only by then, so digits are free),
    // Ctrl+E goes back to the answer. QActions on the page, so the F1 cheat sheet lists them.
    const auto add = [this](const QString& text, const QList<QKeySequence>& keys) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_showAnswerAction =
        add(QString(), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_showAnswerAction, &QAction::triggered, this, &DrillsPage::revealAnswer);
    for (interview::DrillGrade grade : kGrades) {
        const auto digit = Qt::Key(Qt::Key_0 + int(grade));
        QAction* action =
            add(QString(), {QKeySequence(digit), QKeySequence(QKeyCombination(Qt::KeypadModifier, digit))});
        connect(action, &QAction::triggered, this, [this, grade] { this->grade(grade); });
        m_gradeActions.at(std::size_t(grade) - 1) = action;
    }
    m_goToAnswerAction = add(QString(), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(m_goToAnswerAction, &QAction::triggered, this, [this] { m_answer->setFocus(Qt::ShortcutFocusReason); });
}

QDateTime DrillsPage::endOfDay(const QDateTime& now)
{
    return QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0));
}

QString DrillsPage::gradeName(interview::DrillGrade grade)
{
    switch (grade) {
    case interview::DrillGrade::Again: return tr("Again");
    case interview::DrillGrade::Hard: return tr("Hard");
    case interview::DrillGrade::Good: return tr("Good");
    case interview::DrillGrade::Easy: return tr("Easy");
    }
    return {};
}

QString DrillsPage::relativeDay(const QDateTime& now, const QDateTime& due)
{
    const qint64 days = now.toLocalTime().date().daysTo(due.toLocalTime().date());
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return tr("in %1 days").arg(QLocale().toString(days));
}

QString DrillsPage::nextDueText(const QDateTime& now, const QDateTime& due)
{
    const QDate date = due.toLocalTime().date();
    const QString format = date.year() == now.toLocalTime().date().year()
                               ? tr("d MMM", "day and month of a drill's next review")
                               : tr("d MMM yyyy", "day, month and year of a drill's next review");
    return tr("%1, %2").arg(relativeDay(now, due), QLocale().toString(date, format));
}

void DrillsPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reload();
}

std::optional<interview::DrillCard> DrillsPage::currentCard() const
{
    if (m_queue.isEmpty())
        return std::nullopt;
    return m_queue.first();
}

void DrillsPage::showEvent(QShowEvent* event)
{
    StudioPage::showEvent(event);
    reload();  // a page left open overnight starts the new day's queue
}

void DrillsPage::reload()
{
    const QDateTime now = m_clock();
    if (now.toLocalTime().date() != m_day) {
        m_day = now.toLocalTime().date();
        m_reviewed.clear();
    }
    const std::optional<interview::DrillCard> before = currentCard();
    m_candidate.clear();
    m_queue.clear();
    m_next.reset();
    QString problem = m_records.problem();
    if (problem.isEmpty()) {
        try {
            m_candidate = m_records.currentCandidate();
            if (!m_candidate.isEmpty()) {
                const storage::DrillStore store(m_records.database());
                for (const interview::DrillCard& card : store.due(m_candidate, endOfDay(now).addMSecs(-1))) {
                    if (!m_reviewed.contains(card.id))
                        m_queue << card;
                }
                // The card the candidate is answering stays in front while the queue refreshes around it.
                for (qsizetype i = 1; before && i < m_queue.size(); ++i) {
                    if (m_queue.at(i).id == before->id)
                        m_queue.move(i, 0);
                }
                for (const interview::DrillCard& card : store.list(m_candidate)) {
                    const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                                    [&](const interview::DrillCard& q) { return q.id == card.id; });
                    if (!queued && (!m_next || card.due < m_next->due))
                        m_next = card;
                }
            }
        } catch (const storage::StorageError& error) {
            problem = error.message();
            m_queue.clear();
        }
    }

    m_heading->setText(m_candidate.isEmpty() ? tr("Drills") : tr("Drills for %1").arg(m_candidate));
    const int total = int(m_queue.size() + m_reviewed.size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(int(m_reviewed.size()));
    m_progressText->setText(m_queue.isEmpty() ? tr("%1 of %2 reviewed today").arg(m_reviewed.size()).arg(total)
                                              : tr("Card %1 of %2").arg(m_reviewed.size() + 1).arg(total));
    m_progressText->setVisible(total > 0);
    m_progress->setVisible(total > 0);

    QString empty;
    if (!problem.isEmpty()) {
        empty = problem;
    } else if (m_candidate.isEmpty()) {
        empty = tr("No session yet. Drills come from the weak answers and matrix gaps of a practice or a mock "
                   "interview.");
    } else if (m_queue.isEmpty()) {
        const QString done = m_reviewed.isEmpty() ? tr("Nothing due today.")
                                                  : tr("All done for today: %1 reviewed.").arg(m_reviewed.size());
        const QString next = m_next ? tr("Next drill: %1 (%2).").arg(nextDueText(now, m_next->due), kindText(*m_next))
                                    : tr("No other drill is scheduled. The Maturity Matrix page and debriefs add "
                                         "drills for what scored weak.");
        empty = done + QLatin1Char('\n') + next;
    }
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_card->setVisible(empty.isEmpty());
    showCard();
}

QString DrillsPage::kindText(const interview::DrillCard& card) const
{
    if (card.subject == interview::DrillSubject::Dimension) {
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (key(text.dimension) == card.ref)
                return tr("Maturity Matrix: %1").arg(text.name);
        }
        return tr("Maturity Matrix: %1").arg(card.ref);
    }
    if (const interview::Question* question = m_records.content().question(card.ref))
        return tr("%1 question").arg(interview::title(question->round));
    return tr("Question %1").arg(card.ref);
}

QString DrillsPage::promptText(const interview::DrillCard& card) const
{
    if (card.subject == interview::DrillSubject::Dimension) {
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (key(text.dimension) == card.ref)
                return tr("%1: describe work of yours that shows this dimension at Level %2 or above - what you did, "
                          "what it changed in numbers, and who had to agree.")
                    .arg(text.name)
                    .arg(m_records.content().matrix().bar);
        }
    }
    if (const interview::Question* question = m_records.content().question(card.ref))
        return question->prompt;
    return tr("This drill's question (%1) is not in the loaded question banks. Grading it keeps its schedule.")
        .arg(card.ref);
}

QString DrillsPage::contextText(const interview::DrillCard& card) const
{
    if (card.subject == interview::DrillSubject::Dimension) {
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (key(text.dimension) == card.ref)
                return text.summary;
        }
        return {};
    }
    const interview::Question* question = m_records.content().question(card.ref);
    if (!question || question->focus.isEmpty())
        return {};
    QStringList names;
    for (interview::MatrixDimension dimension : question->focus) {
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (text.dimension == dimension)
                names << text.name;
        }
    }
    return tr("Maturity Matrix focus: %1").arg(names.join(QStringLiteral(", ")));
}

QString DrillsPage::examplesHtml(const interview::DrillCard& card) const
{
    QString html;
    const auto section = [&html](const QString& heading, const QString& body, bool bar) {
        html +=
            QStringLiteral("<h4>%1</h4><p%2>%3</p>")
                .arg(escaped(heading), bar ? QStringLiteral(" style=\"font-weight:600\"") : QString(), escaped(body));
    };
    if (card.subject == interview::DrillSubject::Dimension) {
        const interview::MaturityMatrixText& matrix = m_records.content().matrix();
        for (const interview::MatrixDimensionText& text : matrix.dimensions) {
            if (key(text.dimension) != card.ref)
                continue;
            for (const interview::MatrixLevelText& level : text.levels)
                section(tr("Level %1: %2").arg(level.level).arg(level.title), level.descriptor,
                        level.level == matrix.bar);
        }
        return html;
    }
    const interview::Question* question = m_records.content().question(card.ref);
    if (!question)
        return QStringLiteral("<p>%1</p>").arg(escaped(tr("No example answers: the question is not loaded.")));
    section(tr("Poor"), question->examples.poor, false);
    section(tr("Mixed"), question->examples.mixed, false);
    section(tr("Good"), question->examples.good, false);
    section(tr("Excellent"), question->examples.excellent, false);
    if (!question->followUps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Follow-ups to rehearse")));
        for (const QString& followUp : question->followUps)
            html += QStringLiteral("<li>%1</li>").arg(escaped(followUp));
        html += QStringLiteral("</ul>");
    }
    return html;
}

interview::RoundKind DrillsPage::coachRound(const interview::DrillCard& card) const
{
    if (const interview::Question* question = m_records.content().question(card.ref);
        question && card.subject == interview::DrillSubject::Question)
        return question->round;
    // A matrix dimension is argued like a PM answer: metrics, teams and a proposal.
    return interview::RoundKind::Pm;
}

void DrillsPage::showCard()
{
    const std::optional<interview::DrillCard> card = currentCard();
    if (!card) {
        m_shownId = 0;
        m_revealed = false;
        updateGradeButtons();
        return;
    }
    if (card->id != m_shownId) {
        // A different card: a fresh answer, the examples hidden again.
        m_answer->flush();  // the card being left keeps what was typed to it
        m_shownId = card->id;
        m_revealed = false;
        QString draft;
        try {
            draft = storage::DrillStore(m_records.database()).draft(card->id);
        } catch (const storage::StorageError& error) {
            setLastResult(
                [message = error.message()] { return tr("The saved draft could not be read: %1").arg(message); });
        }
        m_answer->setRound(coachRound(*card));
        m_answer->setText(draft);  // an answer typed before a crash or a restart comes back, cursor at its end
    }
    QString state = card->state == interview::DrillState::New
                        ? tr("new drill")
                        : tr("review %1, last on %2")
                              .arg(card->reps + 1)
                              .arg(QLocale().toString(card->lastReview.toLocalTime().date(), QLocale::ShortFormat));
    if (card->lapses > 0)
        state += QStringLiteral(" · ") + tr("lapses: %1").arg(card->lapses);
    m_kind->setText(QStringLiteral("%1 · %2").arg(kindText(*card), state));
    m_prompt->setText(promptText(*card));
    const QString context = contextText(*card);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());

    m_answer->setReadOnly(m_revealed);
    if (m_revealed) {
        m_examplesHint->hide();
        m_examples->setHtml(examplesHtml(*card));
        m_examples->show();
    } else {
        // Nothing of the examples is on the page before the answer, not even hidden.
        m_examples->clear();
        m_examples->hide();
        m_examplesHint->setText(card->subject == interview::DrillSubject::Dimension
                                    ? tr("The five level descriptors appear here once you have answered.")
                                    : tr("Poor, mixed, good and excellent example answers appear here once you "
                                         "have answered."));
        m_examplesHint->show();
    }
    updateGradeButtons();
}

void DrillsPage::updateGradeButtons()
{
    const std::optional<interview::DrillCard> card = currentCard();
    const bool answered = card && !m_answer->text().trimmed().isEmpty();
    m_showAnswer->setEnabled(answered && !m_revealed);
    m_showAnswerAction->setEnabled(answered && !m_revealed);
    m_showAnswer->setToolTip(answered ? tr("Compare your answer with the examples (Ctrl+Return)")
                                      : tr("Write your answer first: the examples are there to compare with"));
    const QDateTime now = m_clock();
    for (interview::DrillGrade grade : kGrades) {
        QPushButton* button = gradeButton(grade);
        QString preview;
        if (card)
            preview = relativeDay(now, m_scheduler.review(*card, grade, now).due);
        button->setText(QStringLiteral("%1  %2\n%3").arg(int(grade)).arg(gradeName(grade), preview));
        button->setEnabled(card && m_revealed);
        gradeAction(grade)->setEnabled(card && m_revealed);
    }
}

bool DrillsPage::revealAnswer()
{
    if (!currentCard() || m_revealed || m_answer->text().trimmed().isEmpty())
        return false;
    m_revealed = true;
    showCard();
    // Digits now grade: focus leaves the (read-only) editor for the most common grade.
    gradeButton(interview::DrillGrade::Good)->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DrillsPage::grade(interview::DrillGrade grade)
{
    const std::optional<interview::DrillCard> card = currentCard();
    if (!card || !m_revealed)
        return false;
    const interview::DrillCard after = m_scheduler.review(*card, grade, m_clock());
    const int before = m_undo->count();
    m_undo->push(new DrillGradeCommand(*this, *card, after, grade, m_answer->text()));
    if (m_undo->count() == before)
        return false;  // the save failed; the command was dropped and the problem shown
    m_answer->setFocus(Qt::OtherFocusReason);
    return true;
}

void DrillsPage::saveEdits()
{
    m_answer->flush();  // commits into saveDraft()
}

void DrillsPage::saveDraft(const QString& answer)
{
    if (m_shownId <= 0 || m_revealed)
        return;
    try {
        storage::DrillStore(m_records.database()).setDraft(m_shownId, answer);
    } catch (const storage::StorageError& error) {
        // Said, not reloaded: the typing stays in the editor.
        setLastResult([message = error.message()] { return tr("The draft was not saved: %1").arg(message); });
    }
}

void DrillsPage::saveGraded(const interview::DrillCard& after, interview::DrillGrade grade)
{
    interview::DrillCard saved = after;
    storage::DrillStore(m_records.database()).saveReviewed(saved);  // graded: its draft goes with it
    if (!m_reviewed.contains(saved.id))
        m_reviewed << saved.id;
    const QDateTime at = m_clock();
    setLastResult([this, saved, grade, at] {
        return tr("%1 saved as %2 - next: %3").arg(kindText(saved), gradeName(grade), nextDueText(at, saved.due));
    });
    m_ownChange = true;
    m_records.announceDrillsChanged();
    m_ownChange = false;
    reload();
}

void DrillsPage::restoreUngraded(const interview::DrillCard& before, const QString& answer)
{
    m_answer->flush();  // what was typed to the card on screen stays its draft
    interview::DrillCard saved = before;
    storage::DrillStore(m_records.database()).save(saved);
    m_reviewed.removeAll(saved.id);
    m_ownChange = true;
    m_records.announceDrillsChanged();
    m_ownChange = false;
    reload();
    // Back to the card as it was when graded: its answer and the examples beside it, ready for another grade.
    const qsizetype at = std::find_if(m_queue.cbegin(), m_queue.cend(),
                                      [&](const interview::DrillCard& card) { return card.id == saved.id; }) -
                         m_queue.cbegin();
    if (at < m_queue.size()) {
        m_queue.move(at, 0);
        m_shownId = saved.id;
        m_revealed = true;
        m_answer->setRound(coachRound(saved));
        m_answer->setText(answer);
        reload();
    }
    setLastResult([this, saved] { return tr("Grade undone: %1 is due again.").arg(kindText(saved)); });
}

void DrillsPage::showProblem(const QString& message)
{
    setLastResult([message] { return tr("Not saved: %1").arg(message); });
    reload();
}

}  // namespace debrief::studio

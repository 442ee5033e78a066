#include "livesessionpage.h"

#include "coachhighlighter.h"
#include "interviewrecords.h"
#include "sessioneditcommand.h"

#include "interview/contentlibrary.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief::studio {

namespace {

constexpr int kMergeAnswer = 1;
constexpr int kMergeJustification = 2;
const QColor kOverrun(0xc6, 0x28, 0x28);
const QString kSelf = QStringLiteral("self");

QString clockText(std::int64_t ms)
{
    const bool negative = ms < 0;
    const std::int64_t seconds = (negative ? -ms : ms) / 1000;
    const QString text =
        QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("+") + text : text;
}

void showCountdown(QLabel* label, std::int64_t remainingMs)
{
    // A countdown shows whole seconds still left (rounded up), an overrun the whole seconds past zero.
    label->setText(clockText(remainingMs > 0 ? (remainingMs + 999) / 1000 * 1000 : remainingMs / 1000 * 1000));
    const bool overrun = remainingMs < 0;
    label->setProperty("overrun", overrun);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     overrun ? kOverrun : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

interview::AnswerScore blankScore(const QString& interviewer)
{
    interview::AnswerScore score;
    score.interviewer = interviewer;
    return score;
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

}  // namespace

LiveSessionPage::LiveSessionPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_database(records.database()), m_content(records.content()),
      m_store(records.database()), m_coach(m_content.coach(), m_content.mistakes()),
      m_cap(m_content.scales().visionCapWithoutEvidence), m_undo(new QUndoStack(this)), m_tick(new QTimer(this)),
      m_answerSave(new QTimer(this)), m_coachDelay(new QTimer(this)), m_justificationSave(new QTimer(this))
{
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &LiveSessionPage::refreshClock);
    for (QTimer* delay : {m_answerSave, m_coachDelay, m_justificationSave}) {
        delay->setSingleShot(true);
        delay->setInterval(kSaveDelayMs);
    }
    connect(m_answerSave, &QTimer::timeout, this, &LiveSessionPage::commitAnswer);
    connect(m_coachDelay, &QTimer::timeout, this, &LiveSessionPage::runCoach);
    connect(m_justificationSave, &QTimer::timeout, this, &LiveSessionPage::commitJustification);
    buildUi();
    createActions();
    retranslate();
    showCurrent();
}

LiveSessionPage::~LiveSessionPage() = default;

void LiveSessionPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    m_emptyHint = new QLabel(this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    outer->addWidget(m_emptyHint);
    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    // Top: where we are and the two countdowns.
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(m_body);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading, 1);
    QFont clockFont = font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.6);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    auto countdown = [&](QLabel*& caption, QLabel*& label, const char* name) {
        auto* box = new QVBoxLayout;
        caption = new QLabel(m_body);
        label = new QLabel(QStringLiteral("00:00"), m_body);
        label->setObjectName(QLatin1String(name));
        label->setFont(clockFont);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->addWidget(caption, 0, Qt::AlignRight);
        box->addWidget(label);
        top->addLayout(box);
        top->addSpacing(18);
    };
    countdown(m_questionCountdownCaption, m_questionCountdown, "questionCountdown");
    countdown(m_sessionCountdownCaption, m_sessionCountdown, "sessionCountdown");
    m_pauseButton = new QPushButton(m_body);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    connect(m_pauseButton, &QPushButton::clicked, this, &LiveSessionPage::togglePause);
    top->addWidget(m_pauseButton, 0, Qt::AlignVCenter);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, m_body);
    layout->addWidget(splitter, 1);

    // Left: the question, its follow-ups, the answer and the coach.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(left);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.25);
    m_prompt->setFont(promptFont);
    leftLayout->addWidget(m_prompt);
    m_followUpsCaption = new QLabel(left);
    leftLayout->addWidget(m_followUpsCaption);
    m_followUps = new QLabel(left);
    m_followUps->setObjectName(QStringLiteral("followUps"));
    m_followUps->setWordWrap(true);
    m_followUps->setTextFormat(Qt::RichText);
    leftLayout->addWidget(m_followUps);
    m_answerCaption = new QLabel(left);
    leftLayout->addWidget(m_answerCaption);
    m_answer = new QPlainTextEdit(left);
    m_answer->setObjectName(QStringLiteral("answerEditor"));
    m_answer->setUndoRedoEnabled(false);  // the page's undo stack owns undo
    m_answer->setTabChangesFocus(true);
    m_answer->installEventFilter(this);
    m_answerCaption->setBuddy(m_answer);
    m_highlighter = new CoachHighlighter(m_answer->document());
    connect(m_highlighter, &CoachHighlighter::wordsChanged, this, [this] {
        if (m_loading)
            return;
        m_answerSave->start();
        m_coachDelay->start();
    });
    leftLayout->addWidget(m_answer, 1);
    m_coachSummary = new QLabel(left);
    m_coachSummary->setObjectName(QStringLiteral("coachSummary"));
    m_coachSummary->setWordWrap(true);
    m_coachSummary->setTextFormat(Qt::RichText);
    leftLayout->addWidget(m_coachSummary);
    m_examplesBox = new QGroupBox(left);
    auto* examplesLayout = new QVBoxLayout(m_examplesBox);
    m_examples = new QTextBrowser(m_examplesBox);
    m_examples->setObjectName(QStringLiteral("exampleAnswers"));
    examplesLayout->addWidget(m_examples);
    leftLayout->addWidget(m_examplesBox, 1);

    // Right: the scorer's panel.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new QGroupBox(scroll);
    scroll->setWidget(m_panel);
    auto* panel = new QVBoxLayout(m_panel);
    auto* scorerRow = new QHBoxLayout;
    m_scorerCaption = new QLabel(m_panel);
    m_scorer = new QComboBox(m_panel);
    m_scorer->setObjectName(QStringLiteral("scorer"));
    m_scorerCaption->setBuddy(m_scorer);
    connect(m_scorer, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refreshPanel();
    });
    scorerRow->addWidget(m_scorerCaption);
    scorerRow->addWidget(m_scorer, 1);
    panel->addLayout(scorerRow);

    auto scoreRow = [&](QLabel*& caption, QButtonGroup*& group, std::array<QPushButton*, 4>& buttons,
                        const char* prefix) {
        caption = new QLabel(m_panel);
        panel->addWidget(caption);
        auto* row = new QHBoxLayout;
        group = new QButtonGroup(this);
        group->setExclusive(false);  // a click on the checked score is handled by the page, not the group
        for (int score = interview::kTagMin; score <= interview::kTagMax; ++score) {
            auto* button = new QPushButton(QString::number(score), m_panel);
            button->setObjectName(QStringLiteral("%1Button%2").arg(QLatin1String(prefix)).arg(score));
            button->setCheckable(true);
            button->setMinimumHeight(34);
            // The chosen score must read at a glance from across the table.
            button->setStyleSheet(
                QStringLiteral("QPushButton:checked { background: #1565c0; color: white; "
                               "font-weight: bold; border: 1px solid #0d47a1; border-radius: 3px; }"));
            group->addButton(button, score);
            row->addWidget(button);
            buttons[std::size_t(score - 1)] = button;
        }
        panel->addLayout(row);
    };
    scoreRow(m_depthCaption, m_depthGroup, m_depthButtons, "depth");
    scoreRow(m_visionCaption, m_visionGroup, m_visionButtons, "vision");
    connect(m_depthGroup, &QButtonGroup::idClicked, this, [this](int depth) { setDepth(depth); });
    connect(m_visionGroup, &QButtonGroup::idClicked, this, [this](int vision) { setVision(vision); });

    for (const interview::EvidenceItem& item : m_content.scales().evidence) {
        auto* box = new QCheckBox(m_panel);
        box->setObjectName(QStringLiteral("evidence-") + key(item.flag));
        box->setProperty("flag", int(item.flag));
        connect(box, &QCheckBox::clicked, this, [this, flag = item.flag](bool ticked) { setEvidence(flag, ticked); });
        panel->addWidget(box);
        m_evidence.append(box);
    }
    m_justificationCaption = new QLabel(m_panel);
    panel->addWidget(m_justificationCaption);
    m_justification = new QLineEdit(m_panel);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->installEventFilter(this);
    m_justificationCaption->setBuddy(m_justification);
    connect(m_justification, &QLineEdit::textEdited, this, [this] { m_justificationSave->start(); });
    connect(m_justification, &QLineEdit::editingFinished, this, &LiveSessionPage::commitJustification);
    panel->addWidget(m_justification);
    m_visionStatus = new QLabel(m_panel);
    m_visionStatus->setObjectName(QStringLiteral("visionStatus"));
    m_visionStatus->setWordWrap(true);
    QPalette warning = m_visionStatus->palette();
    warning.setColor(QPalette::WindowText, kOverrun);
    m_visionStatus->setPalette(warning);
    panel->addWidget(m_visionStatus);
    m_keyScheme = new QLabel(m_panel);
    m_keyScheme->setObjectName(QStringLiteral("keyScheme"));
    m_keyScheme->setWordWrap(true);
    m_keyScheme->setTextFormat(Qt::RichText);
    panel->addWidget(m_keyScheme);

    m_notesCaption = new QLabel(m_panel);
    panel->addWidget(m_notesCaption);
    m_noteEditor = new QLineEdit(m_panel);
    m_noteEditor->setObjectName(QStringLiteral("noteEditor"));
    m_noteEditor->installEventFilter(this);
    m_notesCaption->setBuddy(m_noteEditor);
    connect(m_noteEditor, &QLineEdit::returnPressed, this, &LiveSessionPage::addNote);
    panel->addWidget(m_noteEditor);
    m_notes = new QListWidget(m_panel);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    panel->addWidget(m_notes, 1);

    auto* navigation = new QHBoxLayout;
    m_previousButton = new QPushButton(m_panel);
    m_nextButton = new QPushButton(m_panel);
    m_finishButton = new QPushButton(m_panel);
    connect(m_previousButton, &QPushButton::clicked, this, &LiveSessionPage::previousQuestion);
    connect(m_nextButton, &QPushButton::clicked, this, &LiveSessionPage::nextQuestion);
    connect(m_finishButton, &QPushButton::clicked, this, &LiveSessionPage::finishSession);
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_nextButton);
    navigation->addWidget(m_finishButton);
    panel->addLayout(navigation);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Tab order follows the page: answer, scorer, Depth, Vision, evidence, justification, notes, navigation.
    QList<QWidget*> order{m_answer, m_scorer};
    for (QPushButton* b : m_depthButtons)
        order << b;
    for (QPushButton* b : m_visionButtons)
        order << b;
    for (QCheckBox* b : m_evidence)
        order << b;
    order << m_justification << m_noteEditor << m_notes << m_previousButton << m_nextButton << m_finishButton
          << m_pauseButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void LiveSessionPage::createActions()
{
    auto add = [this](const QList<QKeySequence>& keys, std::function<void()> run) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, std::move(run));
        addAction(action);
        m_shortcutActions.append(action);
        return action;
    };
    for (int score = interview::kTagMin; score <= interview::kTagMax; ++score) {
        QAction* depth = add({QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + score))}, [this, score] { setDepth(score); });
        depth->setProperty("depth", score);
    }
    for (int score = interview::kTagMin; score <= interview::kTagMax; ++score) {
        QAction* vision =
            add({QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + score))}, [this, score] { setVision(score); });
        vision->setProperty("vision", score);
    }
    int evidenceIndex = 0;
    for (QCheckBox* box : std::as_const(m_evidence)) {
        ++evidenceIndex;
        QAction* tick = add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_0 + evidenceIndex))}, [this, box] {
            setEvidence(interview::VisionEvidence(box->property("flag").toInt()), !box->isChecked());
        });
        tick->setProperty("evidence", evidenceIndex - 1);
    }
    add({QKeySequence(Qt::CTRL | Qt::Key_J)}, [this] {
        m_justification->setFocus(Qt::ShortcutFocusReason);
    })->setProperty("role", QStringLiteral("justification"));
    add({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, [this] {
        if (m_noteEditor->text().trimmed().isEmpty())
            m_noteEditor->setFocus(Qt::ShortcutFocusReason);
        else
            addNote();
    })->setProperty("role", QStringLiteral("note"));
    add({QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] {
        m_answer->setFocus(Qt::ShortcutFocusReason);
    })->setProperty("role", QStringLiteral("answer"));
    add({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] {
        nextQuestion();
    })->setProperty("role", QStringLiteral("next"));
    add({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] {
        previousQuestion();
    })->setProperty("role", QStringLiteral("previous"));
    m_pauseAction = add({QKeySequence(Qt::CTRL | Qt::Key_Space)}, [this] { togglePause(); });
    m_pauseAction->setProperty("role", QStringLiteral("pause"));
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)}, [this] {
        finishSession();
    })->setProperty("role", QStringLiteral("finish"));
    const auto [undo, redo] = addUndoActions(m_undo);
    m_shortcutActions.append(undo);
    m_shortcutActions.append(redo);
}

void LiveSessionPage::retranslate()
{
    m_emptyHint->setText(tr("No session is running. Start one from Session setup, or resume an interrupted one."));
    m_questionCountdownCaption->setText(tr("Question"));
    m_sessionCountdownCaption->setText(tr("Session"));
    m_followUpsCaption->setText(tr("Follow-ups"));
    m_answerCaption->setText(tr("Candidate's &answer"));
    m_answer->setAccessibleName(tr("Candidate's answer"));
    m_answer->setPlaceholderText(tr("Type the answer; the coach marks numbers, KPIs, teams, proposals and mistakes."));
    m_examplesBox->setTitle(tr("Example answers at four levels"));
    m_examples->setAccessibleName(tr("Example answers"));
    m_scorerCaption->setText(tr("Sc&orer"));
    m_scorer->setAccessibleName(tr("Scorer"));
    m_depthCaption->setText(tr("Depth (engineering depth)"));
    m_visionCaption->setText(tr("Vision (product framing)"));
    for (int i = 0; i < 4; ++i) {
        m_depthButtons[std::size_t(i)]->setAccessibleName(tr("Depth %1").arg(i + 1));
        m_visionButtons[std::size_t(i)]->setAccessibleName(tr("Vision %1").arg(i + 1));
        if (i < m_content.scales().depth.size())
            m_depthButtons[std::size_t(i)]->setToolTip(m_content.scales().depth[i].title);
        if (i < m_content.scales().vision.size())
            m_visionButtons[std::size_t(i)]->setToolTip(m_content.scales().vision[i].title);
    }
    for (QCheckBox* box : std::as_const(m_evidence)) {
        for (const interview::EvidenceItem& item : m_content.scales().evidence) {
            if (int(item.flag) == box->property("flag").toInt()) {
                box->setText(item.label);
                box->setToolTip(item.hint);
                box->setAccessibleName(item.label);
            }
        }
    }
    m_justificationCaption->setText(tr("&Justification of the Vision score"));
    m_justification->setAccessibleName(tr("Justification"));
    m_notesCaption->setText(tr("&Notes (Ctrl+Enter stamps the elapsed time)"));
    m_noteEditor->setAccessibleName(tr("New note"));
    m_noteEditor->setPlaceholderText(tr("What the candidate just said that matters"));
    m_notes->setAccessibleName(tr("Notes"));
    m_previousButton->setText(tr("Previous"));
    m_nextButton->setText(tr("Next"));
    m_finishButton->setText(tr("Finish session"));
    m_keyScheme->setText(tr("<b>Keys</b>: Ctrl+1-4 Depth, Alt+1-4 Vision, Ctrl+Shift+1-4 evidence, Ctrl+J "
                            "justification, Ctrl+Enter note, Ctrl+PgDn / Ctrl+PgUp next / previous, Ctrl+Space "
                            "pause, F1 all shortcuts"));

    const QStringList depthNames{tr("Set Depth 1"), tr("Set Depth 2"), tr("Set Depth 3"), tr("Set Depth 4")};
    const QStringList visionNames{tr("Set Vision 1"), tr("Set Vision 2"), tr("Set Vision 3"), tr("Set Vision 4")};
    for (QAction* action : std::as_const(m_shortcutActions)) {
        if (action->property("depth").isValid())
            action->setText(depthNames.value(action->property("depth").toInt() - 1));
        else if (action->property("vision").isValid())
            action->setText(visionNames.value(action->property("vision").toInt() - 1));
        else if (action->property("evidence").isValid()) {
            const int index = action->property("evidence").toInt();
            action->setText(tr("Tick or clear evidence: %1")
                                .arg(index < m_evidence.size() ? m_evidence[index]->text() : QString()));
        }
    }
    const QMap<QString, QString> roles{{QStringLiteral("justification"), tr("Write the Vision justification")},
                                       {QStringLiteral("note"), tr("Add a note stamped with the elapsed time")},
                                       {QStringLiteral("answer"), tr("Go to the answer editor")},
                                       {QStringLiteral("next"), tr("Next question")},
                                       {QStringLiteral("previous"), tr("Previous question")},
                                       {QStringLiteral("pause"), tr("Pause or resume the clock")},
                                       {QStringLiteral("finish"), tr("Finish the session")}};
    for (QAction* action : std::as_const(m_shortcutActions)) {
        const QString role = action->property("role").toString();
        if (roles.contains(role))
            action->setText(roles.value(role));
    }
    showCurrent();
}

void LiveSessionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioPage::changeEvent(event);
}

bool LiveSessionPage::eventFilter(QObject* watched, QEvent* event)
{
    // The text editors must not take Ctrl+Z from the page's undo stack (their own undo is off).
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_answer)
            saveAnswerNow();
        else if (watched == m_justification)
            commitJustification();
    }
    return StudioPage::eventFilter(watched, event);
}

bool LiveSessionPage::persist(const std::function<void()>& write)
{
    try {
        write();
        return true;
    } catch (const storage::StorageError& error) {
        emit statusMessage(tr("Not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
}

bool LiveSessionPage::openSession(std::int64_t id)
{
    std::optional<interview::Session> found;
    if (!persist([&] { found = m_store.find(id); }) || !found)
        return false;
    if (hasSession()) {
        saveAnswerNow();
        refreshClock();
    }
    m_loading = true;
    m_session = *found;
    m_undo->clear();
    m_refusal.clear();
    m_timeBoxes = SessionTimeBoxes::load(id);
    if (m_session.status != interview::SessionStatus::InProgress) {
        if (m_session.status == interview::SessionStatus::Interrupted)
            emit statusMessage(
                tr("Resumed %1's session at question %2").arg(m_session.candidate).arg(m_session.currentQuestion + 1));
        m_session.status = interview::SessionStatus::InProgress;
        persist([&] { m_store.setStatus(id, interview::SessionStatus::InProgress); });
    }
    m_scorer->clear();
    const QStringList scorers =
        m_session.mode == interview::SessionMode::SoloPractice || m_session.interviewers.isEmpty()
            ? QStringList{kSelf}
            : m_session.interviewers;
    for (const QString& name : scorers)
        m_scorer->addItem(name == kSelf ? tr("Myself") : name, name);
    m_scorer->setEnabled(scorers.size() > 1);
    m_current = std::clamp(m_session.currentQuestion, 0, std::max(0, int(m_session.questions.size()) - 1));
    m_clock.start(m_session.elapsedMs);
    m_lastSavedSecond = m_session.elapsedMs / 1000;
    m_loading = false;
    showQuestion(m_current);
    m_tick->start();
    return true;
}

QString LiveSessionPage::scorer() const
{
    const QString name = m_scorer->currentData().toString();
    return name.isEmpty() ? kSelf : name;
}

void LiveSessionPage::setScorer(const QString& interviewer)
{
    const int index = m_scorer->findData(interviewer);
    if (index >= 0)
        m_scorer->setCurrentIndex(index);
}

std::optional<interview::AnswerScore> LiveSessionPage::score(int question, const QString& interviewer) const
{
    if (question < 0 || question >= m_session.questions.size())
        return std::nullopt;
    for (const interview::AnswerScore& s : m_session.questions[question].scores) {
        if (s.interviewer == interviewer)
            return s;
    }
    return std::nullopt;
}

int LiveSessionPage::questionTimeBoxSeconds(int index) const
{
    if (m_timeBoxes.questionSeconds > 0)
        return m_timeBoxes.questionSeconds;
    const interview::Question* q = m_content.question(m_session.questions.value(index).questionId);
    return q && q->timeBoxSeconds > 0 ? q->timeBoxSeconds : 5 * 60;
}

void LiveSessionPage::showQuestion(int index)
{
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_session.questions.size()) - 1);
    if (index != m_current)
        leaveQuestion();
    m_current = index;
    interview::AskedQuestion& asked = m_session.questions[m_current];
    if (asked.askedAtMs < 0) {
        asked.askedAtMs = m_clock.elapsedMs();
        persist([&] { m_store.setQuestionMarks(m_session.id, m_current, asked.askedAtMs, asked.answeredAtMs); });
    }
    m_session.currentQuestion = m_current;
    m_session.elapsedMs = m_clock.elapsedMs();
    persist([&] { m_store.setClock(m_session.id, m_session.elapsedMs, m_current); });
    showCurrent();
}

void LiveSessionPage::leaveQuestion()
{
    saveAnswerNow();
    commitJustification();
    if (m_current < m_session.questions.size()) {
        interview::AskedQuestion& asked = m_session.questions[m_current];
        if (asked.answeredAtMs < 0 && asked.askedAtMs >= 0) {
            asked.answeredAtMs = m_clock.elapsedMs();
            persist([&] { m_store.setQuestionMarks(m_session.id, m_current, asked.askedAtMs, asked.answeredAtMs); });
        }
    }
}

void LiveSessionPage::nextQuestion()
{
    if (m_current + 1 >= m_session.questions.size())
        return;
    // Solo practice: the answer ends with a self-score; Next reminds once, a second Next moves on anyway.
    const std::optional<interview::AnswerScore> self = score(m_current, kSelf);
    if (m_session.mode == interview::SessionMode::SoloPractice && (!self || self->depth == 0 || self->vision == 0) &&
        m_selfScoreReminded != m_current) {
        m_selfScoreReminded = m_current;
        m_visionStatus->setText(tr("Score yourself first: Ctrl+1-4 for Depth, Alt+1-4 for Vision; then compare with "
                                   "the example answers. Next again skips."));
        emit statusMessage(m_visionStatus->text());
        return;
    }
    showQuestion(m_current + 1);
}

void LiveSessionPage::previousQuestion()
{
    if (m_current > 0)
        showQuestion(m_current - 1);
}

void LiveSessionPage::showCurrent()
{
    const bool running = hasSession() && !m_session.questions.isEmpty();
    m_emptyHint->setVisible(!running);
    m_body->setVisible(running);
    m_pauseButton->setText(m_clock.isRunning() || !running ? tr("Pause") : tr("Resume"));
    m_pauseButton->setAccessibleName(m_pauseButton->text());
    if (!running)
        return;
    const interview::AskedQuestion& asked = m_session.questions[m_current];
    const interview::Question* q = m_content.question(asked.questionId);
    const QString mode = m_session.mode == interview::SessionMode::SoloPractice ? tr("Solo practice") : tr("Live mock");
    m_heading->setText(tr("%1 - %2 - question %3 of %4 (%5)")
                           .arg(m_session.candidate, interview::title(asked.round))
                           .arg(m_current + 1)
                           .arg(m_session.questions.size())
                           .arg(mode));
    m_prompt->setText(q ? q->prompt : tr("Question %1 is not in the loaded question banks.").arg(asked.questionId));
    QString followUps;
    if (q) {
        for (const QString& f : q->followUps)
            followUps += QStringLiteral("<li>%1</li>").arg(html(f));
    }
    m_followUps->setText(followUps.isEmpty() ? tr("None")
                                             : QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(followUps));
    m_loading = true;
    if (m_answer->toPlainText() != asked.answer)
        m_answer->setPlainText(asked.answer);
    m_loading = false;
    m_panel->setTitle(m_session.mode == interview::SessionMode::SoloPractice ? tr("Score yourself")
                                                                             : tr("Interviewer's panel"));
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < m_session.questions.size());
    runCoach();
    refreshPanel();
    refreshNotes();
    refreshClock();
}

void LiveSessionPage::refreshPanel()
{
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    const interview::AnswerScore s = score(m_current, scorer()).value_or(blankScore(scorer()));
    for (int i = 0; i < 4; ++i) {
        m_depthButtons[std::size_t(i)]->setChecked(s.depth == i + 1);
        m_visionButtons[std::size_t(i)]->setChecked(s.vision == i + 1);
    }
    for (QCheckBox* box : std::as_const(m_evidence))
        box->setChecked((s.evidence & box->property("flag").toInt()) != 0);
    if (!m_justification->hasFocus() && m_justification->text() != s.justification)
        m_justification->setText(s.justification);
    const interview::CappedVision capped = m_cap.apply(s);
    if (!m_refusal.isEmpty())
        m_visionStatus->setText(tr("Refused: %1").arg(m_refusal));
    else
        m_visionStatus->setText(capped.reason);
    m_visionStatus->setAccessibleName(m_visionStatus->text());
    refreshExamples();
}

void LiveSessionPage::refreshExamples()
{
    // Solo practice: the examples appear once the candidate has scored themself on this answer.
    const std::optional<interview::AnswerScore> self = score(m_current, kSelf);
    const bool show =
        m_session.mode == interview::SessionMode::SoloPractice && self && self->depth > 0 && self->vision > 0;
    m_examplesBox->setVisible(show);
    if (!show)
        return;
    const interview::Question* q = m_content.question(m_session.questions[m_current].questionId);
    if (!q) {
        m_examples->clear();
        return;
    }
    const QList<std::pair<QString, QString>> levels{{tr("Poor"), q->examples.poor},
                                                    {tr("Mixed"), q->examples.mixed},
                                                    {tr("Good"), q->examples.good},
                                                    {tr("Excellent"), q->examples.excellent}};
    QString text;
    for (const auto& [level, example] : levels)
        text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(level), html(example));
    m_examples->setHtml(text);
}

void LiveSessionPage::refreshNotes()
{
    m_notes->clear();
    for (const interview::SessionNote& note : std::as_const(m_session.notes)) {
        const QString who = note.interviewer == kSelf ? tr("me") : note.interviewer;
        auto* item =
            new QListWidgetItem(QStringLiteral("[%1] %2: %3").arg(clockText(note.elapsedMs), who, note.text), m_notes);
        item->setData(Qt::UserRole, qlonglong(note.elapsedMs));
    }
    m_notes->scrollToBottom();
}

void LiveSessionPage::refreshClock()
{
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    const std::int64_t elapsed = m_clock.elapsedMs();
    const interview::AskedQuestion& asked = m_session.questions[m_current];
    const std::int64_t onQuestion = elapsed - std::max<std::int64_t>(0, asked.askedAtMs);
    showCountdown(m_questionCountdown, questionTimeBoxSeconds(m_current) * 1000LL - onQuestion);
    showCountdown(m_sessionCountdown, m_timeBoxes.totalSeconds * 1000LL - elapsed);
    m_questionCountdown->setAccessibleName(tr("Question time left %1").arg(m_questionCountdown->text()));
    m_sessionCountdown->setAccessibleName(tr("Session time left %1").arg(m_sessionCountdown->text()));
    // The clock is saved once per elapsed second, so a crash loses at most a second of it.
    if (elapsed / 1000 != m_lastSavedSecond) {
        m_lastSavedSecond = elapsed / 1000;
        m_session.elapsedMs = elapsed;
        persist([&] { m_store.setClock(m_session.id, elapsed, m_current); });
    }
}

void LiveSessionPage::togglePause()
{
    if (!hasSession())
        return;
    m_clock.setPaused(m_clock.isRunning());
    m_session.elapsedMs = m_clock.elapsedMs();
    persist([&] { m_store.setClock(m_session.id, m_session.elapsedMs, m_current); });
    emit statusMessage(m_clock.isRunning() ? tr("Clock running") : tr("Clock paused"));
    showCurrent();
}

void LiveSessionPage::cancelWork()
{
    if (!hasSession() || m_session.status != interview::SessionStatus::InProgress)
        return;
    saveAnswerNow();
    commitJustification();
    m_lastSavedSecond = -1;
    refreshClock();
}

void LiveSessionPage::finishSession()
{
    if (!hasSession())
        return;
    leaveQuestion();
    m_clock.pause();
    m_session.elapsedMs = m_clock.elapsedMs();
    m_session.status = interview::SessionStatus::Completed;
    persist([&] {
        m_database.write([&](const QSqlDatabase&) {
            m_store.setClock(m_session.id, m_session.elapsedMs, m_current);
            m_store.setStatus(m_session.id, interview::SessionStatus::Completed);
        });
    });
    m_tick->stop();
    emit statusMessage(tr("Session finished and saved"));
    m_records.announceSessionChanged(m_session.id);
    emit sessionFinished(m_session.id);
}

// --- Scores ---------------------------------------------------------------------------------------

void LiveSessionPage::applyScore(int question, const QString& interviewer,
                                 const std::optional<interview::AnswerScore>& value)
{
    const bool saved = persist([&] {
        if (value)
            m_store.setScore(m_session.id, question, *value);
        else
            m_store.removeScore(m_session.id, question, interviewer);
    });
    if (!saved)
        return;
    QList<interview::AnswerScore>& scores = m_session.questions[question].scores;
    scores.removeIf([&](const interview::AnswerScore& s) { return s.interviewer == interviewer; });
    if (value)
        scores.append(*value);
    if (question != m_current) {
        showQuestion(question);
    }
    setScorer(interviewer);
    refreshPanel();
    m_records.announceSessionChanged(m_session.id);
}

void LiveSessionPage::pushScore(const interview::AnswerScore& updated, const QString& text, int mergeId)
{
    const int question = m_current;
    const std::optional<interview::AnswerScore> before = score(question, updated.interviewer);
    m_undo->push(new SessionEditCommand(
        text, [this, question, updated] { applyScore(question, updated.interviewer, updated); },
        [this, question, before, who = updated.interviewer] { applyScore(question, who, before); }, mergeId,
        QStringLiteral("%1/%2").arg(question).arg(updated.interviewer)));
}

void LiveSessionPage::setDepth(int depth)
{
    if (!hasSession() || m_session.questions.isEmpty() || depth < interview::kTagMin || depth > interview::kTagMax)
        return;
    interview::AnswerScore s = score(m_current, scorer()).value_or(blankScore(scorer()));
    m_refusal.clear();
    if (s.depth == depth) {
        refreshPanel();
        return;
    }
    s.depth = depth;
    pushScore(s, tr("Depth %1").arg(depth));
}

bool LiveSessionPage::setVision(int vision)
{
    if (!hasSession() || m_session.questions.isEmpty() || vision < interview::kTagMin || vision > interview::kTagMax)
        return false;
    commitJustification();
    interview::AnswerScore s = score(m_current, scorer()).value_or(blankScore(scorer()));
    const interview::CappedVision capped = m_cap.apply(vision, s.evidence, s.justification);
    if (capped.capped) {
        m_refusal = capped.reason;
        refreshPanel();
        emit statusMessage(tr("Refused: %1").arg(capped.reason));
        return false;
    }
    m_refusal.clear();
    if (s.vision == vision) {
        refreshPanel();
        return true;
    }
    s.vision = vision;
    pushScore(s, tr("Vision %1").arg(vision));
    return true;
}

void LiveSessionPage::setEvidence(interview::VisionEvidence item, bool ticked)
{
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    interview::AnswerScore s = score(m_current, scorer()).value_or(blankScore(scorer()));
    const std::uint8_t flags = ticked ? (s.evidence | std::uint8_t(item)) : (s.evidence & ~std::uint8_t(item));
    if (flags == s.evidence) {
        refreshPanel();
        return;
    }
    s.evidence = flags;
    m_refusal.clear();
    pushScore(s, ticked ? tr("Tick evidence") : tr("Clear evidence"));
}

void LiveSessionPage::setJustification(const QString& text)
{
    m_justification->setText(text);
    commitJustification();
}

QString LiveSessionPage::refusal() const
{
    return m_refusal;
}

void LiveSessionPage::commitJustification()
{
    m_justificationSave->stop();
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    interview::AnswerScore s = score(m_current, scorer()).value_or(blankScore(scorer()));
    if (s.justification == m_justification->text())
        return;
    s.justification = m_justification->text();
    m_refusal.clear();
    pushScore(s, tr("Justification"), kMergeJustification);
}

// --- Answer text ----------------------------------------------------------------------------------

void LiveSessionPage::setAnswerText(int question, const QString& text)
{
    if (!persist([&] { m_store.setAnswer(m_session.id, question, text); }))
        return;
    m_session.questions[question].answer = text;
    if (question != m_current)
        showQuestion(question);
    if (m_answer->toPlainText() != text) {
        m_loading = true;
        m_answer->setPlainText(text);
        m_answer->moveCursor(QTextCursor::End);
        m_loading = false;
        runCoach();
    }
}

void LiveSessionPage::commitAnswer()
{
    m_answerSave->stop();
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    const int question = m_current;
    const QString before = m_session.questions[question].answer;
    const QString after = m_answer->toPlainText();
    if (before == after)
        return;
    m_undo->push(new SessionEditCommand(
        tr("Typing"), [this, question, after] { setAnswerText(question, after); },
        [this, question, before] { setAnswerText(question, before); }, kMergeAnswer, QString::number(question)));
}

void LiveSessionPage::saveEdits()
{
    commitAnswer();
    commitJustification();
}

void LiveSessionPage::saveAnswerNow()
{
    commitAnswer();
}

void LiveSessionPage::runCoach()
{
    m_coachDelay->stop();
    if (!hasSession() || m_session.questions.isEmpty())
        return;
    const interview::CoachReport report =
        m_coach.analyse(m_answer->toPlainText(), m_session.questions[m_current].round);
    m_highlighter->setFindings(report.findings);
    QStringList met;
    QStringList missing;
    for (const interview::CoachCriterion& c : report.breakdown)
        (c.earned > 0 ? met : missing) << html(c.explanation);
    m_coachSummary->setText(tr("<b>Coach: %1/100</b> %2")
                                .arg(report.score)
                                .arg(missing.isEmpty() ? QString() : missing.join(QStringLiteral(" · "))));
    m_coachSummary->setAccessibleName(tr("Coach score %1 of 100").arg(report.score));
}

// --- Notes ----------------------------------------------------------------------------------------

bool LiveSessionPage::addNote()
{
    const QString text = m_noteEditor->text().trimmed();
    if (!hasSession() || text.isEmpty())
        return false;
    const interview::SessionNote note{scorer(), m_clock.elapsedMs(), text};
    auto added = std::make_shared<int>(-1);
    m_undo->push(new SessionEditCommand(
        tr("Note"),
        [this, note, added] {
            if (persist([&] { *added = m_store.addNote(m_session.id, note); })) {
                m_session.notes.append(note);
                refreshNotes();
                m_records.announceSessionChanged(m_session.id);
            }
        },
        [this, note, added] {
            // SessionStore has no single-note delete: the scorer's notes are rewritten without this one,
            // in one transaction, and the list is read back so indices match the database.
            persist([&] {
                m_database.write([&](const QSqlDatabase&) {
                    QList<interview::SessionNote> keep;
                    bool dropped = false;
                    for (qsizetype i = m_session.notes.size() - 1; i >= 0; --i) {
                        const interview::SessionNote& n = m_session.notes[i];
                        if (!dropped && n.interviewer == note.interviewer && n.elapsedMs == note.elapsedMs &&
                            n.text == note.text) {
                            dropped = true;
                            continue;
                        }
                        if (n.interviewer == note.interviewer)
                            keep.prepend(n);
                    }
                    m_store.removeInterviewerNotes(m_session.id, note.interviewer);
                    for (const interview::SessionNote& n : std::as_const(keep))
                        m_store.addNote(m_session.id, n);
                });
                m_session.notes = m_store.load(m_session.id).notes;
            });
            refreshNotes();
        }));
    m_noteEditor->clear();
    return true;
}

}  // namespace debrief::studio

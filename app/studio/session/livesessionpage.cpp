#include "livesessionpage.h"

#include "interviewrecords.h"
#include "sessioncontroller.h"
#include "widgets/coachedanswereditor.h"

#include "interview/contentlibrary.h"
#include "interview/scoringrules.h"
#include "widgets/scrolldownonly.h"
#include "widgets/statuscolors.h"

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
#include <QStyle>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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

const QString& kSelf = interview::kSelfScorer;

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
    StatusColors::show(label, overrun ? StatusColors::Status::Bad : StatusColors::Status::Normal);
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

}  // namespace

LiveSessionPage::LiveSessionPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_content(records.content()),
      m_cap(m_content.scales().visionCapWithoutEvidence), m_controller(new SessionController(records, this)),
      m_tick(new QTimer(this)), m_justificationSave(new QTimer(this))
{
    // The controller owns the session; the page follows its changes (an undo may land on another question).
    connect(m_controller, &SessionController::answerChanged, this, [this](int question) {
        if (question != m_current)
            showQuestion(question);
        const QString text = session().questions.value(question).answer;
        if (m_answer->text() != text)
            m_answer->setText(text);
    });
    connect(m_controller, &SessionController::scoreChanged, this, [this](int question, const QString& who) {
        if (question != m_current)
            showQuestion(question);
        setScorer(who);
        refreshPanel();
    });
    connect(m_controller, &SessionController::notesChanged, this, &LiveSessionPage::refreshNotes);
    connect(m_controller, &SessionController::submissionChanged, this, [this] {
        m_refusal.clear();
        refreshPanel();
    });
    connect(m_controller, &SessionController::refused, this, [this](const QString& reason) {
        m_refusal = reason;
        refreshPanel();
        emit statusSentence([reason] { return tr("Refused: %1").arg(reason); });
    });
    connect(m_controller, &SessionController::storageError, this, &StudioPage::statusMessage);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &LiveSessionPage::refreshClock);
    m_justificationSave->setSingleShot(true);
    m_justificationSave->setInterval(kSaveDelayMs);
    connect(m_justificationSave, &QTimer::timeout, this, &LiveSessionPage::commitJustification);
    buildUi();
    createActions();
    retranslate();
    showCurrent();
}

// The fields' focus-out during ~QWidget is kept from the dead page by ~StudioPage.
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
    // The shared coached editor: typing is committed to the controller (one undo step per pause), the
    // coach's report pre-ticks the evidence and names the words.
    m_answer = new CoachedAnswerEditor(left);
    m_answer->setCoach(interview::AnswerCoach(m_content.coach(), m_content.mistakes()), interview::RoundKind::Screen);
    m_answerCaption->setBuddy(m_answer->textEdit());
    connect(m_answer, &CoachedAnswerEditor::textCommitted, this, [this](const QString& text) {
        if (!m_loading && hasSession() && !session().questions.isEmpty() && !m_controller->isFinished())
            m_controller->setAnswer(m_current, text);
    });
    connect(m_answer, &CoachedAnswerEditor::reportChanged, this, [this](const interview::CoachReport& report) {
        m_report = report;
        m_coachEvidence = interview::ScoringRules::evidenceFromCoach(report.findings);
        refreshPanel();  // the evidence boxes follow the coach's findings until the scorer marks the answer
    });
    leftLayout->addWidget(m_answer, 1);
    m_examplesBox = new QGroupBox(left);
    auto* examplesLayout = new QVBoxLayout(m_examplesBox);
    m_examples = new QTextBrowser(m_examplesBox);
    m_examples->setObjectName(QStringLiteral("exampleAnswers"));
    examplesLayout->addWidget(m_examples);
    leftLayout->addWidget(m_examplesBox, 1);

    // Right: the scorer's panel.
    // The scorer's column: the panel scrolls; what ends the work (submit, navigation) stays in view.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(right);
    scroll->setObjectName(QStringLiteral("scorerScroll"));
    rightLayout->addWidget(scroll, 1);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new QGroupBox(scroll);
    scroll->setWidget(m_panel);
    scrollDownOnly(scroll);  // the panel wraps to its width and is never cut at the side
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
                        std::array<QLabel*, 4>& names, const char* prefix) {
        caption = new QLabel(m_panel);
        panel->addWidget(caption);
        // Each level's name under its button, wrapped, so the panel stays narrow in every language.
        auto* row = new QGridLayout;
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
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
            row->addWidget(button, 0, score - 1);
            buttons[std::size_t(score - 1)] = button;
            auto* name = new QLabel(m_panel);
            name->setFont(small);
            name->setWordWrap(true);
            name->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            name->setObjectName(QStringLiteral("%1Name%2").arg(QLatin1String(prefix)).arg(score));
            row->addWidget(name, 1, score - 1);
            row->setColumnStretch(score - 1, 1);
            names[std::size_t(score - 1)] = name;
        }
        panel->addLayout(row);
    };
    scoreRow(m_depthCaption, m_depthGroup, m_depthButtons, m_depthNames, "depth");
    // What the chosen level means, in the scale's words, right under its buttons.
    m_depthMeaning = new QLabel(m_panel);
    m_depthMeaning->setObjectName(QStringLiteral("depthMeaning"));
    m_depthMeaning->setWordWrap(true);
    panel->addWidget(m_depthMeaning);
    scoreRow(m_visionCaption, m_visionGroup, m_visionButtons, m_visionNames, "vision");
    m_visionMeaning = new QLabel(m_panel);
    m_visionMeaning->setObjectName(QStringLiteral("visionMeaning"));
    m_visionMeaning->setWordWrap(true);
    panel->addWidget(m_visionMeaning);
    connect(m_depthGroup, &QButtonGroup::idClicked, this, [this](int depth) { setDepth(depth); });
    connect(m_visionGroup, &QButtonGroup::idClicked, this, [this](int vision) { setVision(vision); });

    for (const interview::EvidenceItem& item : m_content.scales().evidence) {
        auto* box = new QCheckBox(m_panel);
        box->setObjectName(QStringLiteral("evidence-") + key(item.flag));
        box->setProperty("flag", int(item.flag));
        // The panel does not widen for a label; the coach's words go on their own wrapped line below it.
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(box, &QCheckBox::clicked, this, [this, flag = item.flag](bool ticked) { setEvidence(flag, ticked); });
        panel->addWidget(box);
        m_evidence.append(box);
        auto* words = new QLabel(m_panel);
        words->setObjectName(QStringLiteral("evidenceWords-") + key(item.flag));
        words->setWordWrap(true);
        words->setVisible(false);
        // Under the box's label, past its tick mark.
        words->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) +
                         box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box));
        panel->addWidget(words);
        m_evidenceWords.append(words);
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
    StatusColors::show(m_visionStatus, StatusColors::Status::Bad);
    panel->addWidget(m_visionStatus);
    m_keyScheme = new QLabel(m_panel);
    m_keyScheme->setObjectName(QStringLiteral("keyScheme"));
    m_keyScheme->setWordWrap(true);
    m_keyScheme->setTextFormat(Qt::RichText);
    panel->addWidget(m_keyScheme);

    m_notesCaption = new QLabel(m_panel);
    m_notesCaption->setWordWrap(true);  // its shortcut hint is long in German
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

    // Submitting locks the scorer's marks; the line says whose and how to reopen them.
    m_lockStatus = new QLabel(right);
    m_lockStatus->setObjectName(QStringLiteral("lockStatus"));
    m_lockStatus->setWordWrap(true);
    rightLayout->addWidget(m_lockStatus);
    auto* submission = new QHBoxLayout;
    m_submitButton = new QPushButton(right);
    m_submitButton->setObjectName(QStringLiteral("submitScores"));
    m_reopenButton = new QPushButton(right);
    m_reopenButton->setObjectName(QStringLiteral("reopenScores"));
    connect(m_submitButton, &QPushButton::clicked, this, &LiveSessionPage::submitScores);
    connect(m_reopenButton, &QPushButton::clicked, this, &LiveSessionPage::reopenScores);
    submission->addWidget(m_submitButton);
    submission->addWidget(m_reopenButton);
    rightLayout->addLayout(submission);

    auto* navigation = new QHBoxLayout;
    m_previousButton = new QPushButton(right);
    m_nextButton = new QPushButton(right);
    m_finishButton = new QPushButton(right);
    connect(m_previousButton, &QPushButton::clicked, this, &LiveSessionPage::previousQuestion);
    connect(m_nextButton, &QPushButton::clicked, this, &LiveSessionPage::nextQuestion);
    connect(m_finishButton, &QPushButton::clicked, this, &LiveSessionPage::finishSession);
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_nextButton);
    navigation->addWidget(m_finishButton);
    rightLayout->addLayout(navigation);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Tab order follows the page: answer, scorer, Depth, Vision, evidence, justification, notes, navigation.
    QList<QWidget*> order{m_answer->textEdit(), m_scorer};
    for (QPushButton* b : m_depthButtons)
        order << b;
    for (QPushButton* b : m_visionButtons)
        order << b;
    for (QCheckBox* b : m_evidence)
        order << b;
    order << m_justification << m_noteEditor << m_notes << m_submitButton << m_reopenButton << m_previousButton
          << m_nextButton << m_finishButton << m_pauseButton;
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
        m_answer->textEdit()->setFocus(Qt::ShortcutFocusReason);
    })->setProperty("role", QStringLiteral("answer"));
    add({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] {
        nextQuestion();
    })->setProperty("role", QStringLiteral("next"));
    add({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] {
        previousQuestion();
    })->setProperty("role", QStringLiteral("previous"));
    m_pauseAction = add({QKeySequence(Qt::CTRL | Qt::Key_Space)}, [this] { togglePause(); });
    m_pauseAction->setProperty("role", QStringLiteral("pause"));
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
        [this] { finishSession(); })
        ->setProperty("role", QStringLiteral("finish"));
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] {
        submitScores();
    })->setProperty("role", QStringLiteral("submit"));
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] {
        reopenScores();
    })->setProperty("role", QStringLiteral("reopen"));
    const auto [undo, redo] = addUndoActions(m_controller->undoStack());
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
    m_answer->textEdit()->setAccessibleName(tr("Candidate's answer"));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("scorerScroll")))
        scroll->setAccessibleName(tr("Scorer's panel"));
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
        // Each button says what its level means; the descriptor is the tooltip.
        if (i < m_content.scales().depth.size()) {
            m_depthNames[std::size_t(i)]->setText(m_content.scales().depth[i].title);
            m_depthButtons[std::size_t(i)]->setToolTip(m_content.scales().depth[i].descriptor);
        }
        if (i < m_content.scales().vision.size()) {
            m_visionNames[std::size_t(i)]->setText(m_content.scales().vision[i].title);
            m_visionButtons[std::size_t(i)]->setToolTip(m_content.scales().vision[i].descriptor);
        }
    }
    for (QCheckBox* box : std::as_const(m_evidence)) {
        for (const interview::EvidenceItem& item : m_content.scales().evidence) {
            if (int(item.flag) == box->property("flag").toInt()) {
                box->setProperty("label", item.label);
                box->setProperty("hint", item.hint);
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
    m_submitButton->setText(tr("&Submit my scores"));
    m_submitButton->setToolTip(tr("Ctrl+Shift+S: submit your marks; they are locked and count from then on"));
    m_reopenButton->setText(tr("&Reopen my scores"));
    m_reopenButton->setToolTip(tr("Ctrl+Shift+R: take your submitted marks back to change them (recorded)"));
    m_keyScheme->setText(tr("<b>Keys</b>: Ctrl+1-4 Depth, Alt+1-4 Vision, Ctrl+Shift+1-4 evidence, Ctrl+J "
                            "justification, Ctrl+Enter note, Ctrl+PgDn / Ctrl+PgUp next / previous, Ctrl+Space "
                            "pause, Ctrl+Shift+S submit my scores, Ctrl+Shift+Enter finish, F1 all shortcuts"));

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
                                       {QStringLiteral("finish"), tr("Finish the session")},
                                       {QStringLiteral("submit"), tr("Submit my scores")},
                                       {QStringLiteral("reopen"), tr("Reopen my scores")}};
    for (QAction* action : std::as_const(m_shortcutActions)) {
        const QString role = action->property("role").toString();
        if (roles.contains(role))
            action->setText(roles.value(role));
    }
    showCurrent();
}

void LiveSessionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The coach names catalogue mistakes by their titles: take them in the new language too.
        m_answer->setCoach(interview::AnswerCoach(m_content.coach(), m_content.mistakes()), m_answer->round());
        retranslate();
    }
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
        if (watched == m_justification)
            commitJustification();
    }
    return StudioPage::eventFilter(watched, event);
}

bool LiveSessionPage::hasSession() const
{
    return m_controller->hasSession();
}

const interview::Session& LiveSessionPage::session() const
{
    return m_controller->session();
}

QUndoStack* LiveSessionPage::undoStack() const
{
    return m_controller->undoStack();
}

bool LiveSessionPage::confirm(const QString& title, const QString& text, const QString& yes)
{
    // Non-native, with the affirmative button the default, so Enter confirms and Esc cancels.
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    QPushButton* accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

bool LiveSessionPage::openSession(std::int64_t id)
{
    if (hasSession()) {
        saveAnswerNow();
        commitJustification();
        refreshClock();
    }
    m_loading = true;
    if (!m_controller->open(id)) {
        m_loading = false;
        return false;
    }
    m_refusal.clear();
    m_panelQuestion = -1;
    m_timeBoxes = SessionTimeBoxes::load(id);
    if (m_controller->resumed())
        emit statusMessage(
            tr("Resumed %1's session at question %2").arg(session().candidate).arg(session().currentQuestion + 1));
    m_scorer->clear();
    const QStringList scorers =
        session().mode == interview::SessionMode::SoloPractice || session().interviewers.isEmpty()
            ? QStringList{kSelf}
            : session().interviewers;
    for (const QString& name : scorers)
        m_scorer->addItem(name == kSelf ? tr("Myself") : name, name);
    m_scorer->setEnabled(scorers.size() > 1);
    // The studio's own scorer is preselected when the session lists them.
    if (const int own = m_scorer->findData(m_records.scorerName()); own >= 0)
        m_scorer->setCurrentIndex(own);
    m_current = std::clamp(session().currentQuestion, 0, std::max(0, int(session().questions.size()) - 1));
    m_clock.start(session().elapsedMs);
    if (m_controller->isFinished())
        m_clock.pause();
    m_lastSavedSecond = session().elapsedMs / 1000;
    m_loading = false;
    showQuestion(m_current);
    if (!m_controller->isFinished())
        m_tick->start();
    else
        m_tick->stop();
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
    return m_controller->score(question, interviewer);
}

int LiveSessionPage::questionTimeBoxSeconds(int index) const
{
    if (m_timeBoxes.questionSeconds > 0)
        return m_timeBoxes.questionSeconds;
    const interview::Question* q = m_content.question(session().questions.value(index).questionId);
    return q && q->timeBoxSeconds > 0 ? q->timeBoxSeconds : 5 * 60;
}

void LiveSessionPage::showQuestion(int index)
{
    if (!hasSession() || session().questions.isEmpty())
        return;
    index = std::clamp(index, 0, int(session().questions.size()) - 1);
    if (index != m_current)
        leaveQuestion();
    m_current = index;
    m_refusal.clear();  // a refusal belongs to the question it happened on
    const interview::AskedQuestion& asked = session().questions[m_current];
    if (asked.askedAtMs < 0)
        m_controller->setQuestionMarks(m_current, m_clock.elapsedMs(), asked.answeredAtMs);
    m_controller->setClock(m_clock.elapsedMs(), m_current);
    showCurrent();
}

void LiveSessionPage::leaveQuestion()
{
    saveAnswerNow();
    commitJustification();
    if (m_current < session().questions.size()) {
        const interview::AskedQuestion& asked = session().questions[m_current];
        if (asked.answeredAtMs < 0 && asked.askedAtMs >= 0)
            m_controller->setQuestionMarks(m_current, asked.askedAtMs, m_clock.elapsedMs());
    }
}

void LiveSessionPage::nextQuestion()
{
    if (m_current + 1 >= session().questions.size())
        return;
    // Solo practice: the answer ends with a self-score; Next reminds once, a second Next moves on anyway.
    const std::optional<interview::AnswerScore> self = score(m_current, kSelf);
    if (session().mode == interview::SessionMode::SoloPractice && !m_controller->isFinished() &&
        (!self || self->depth == 0 || self->vision == 0) && m_selfScoreReminded != m_current) {
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
    const bool running = hasSession() && !session().questions.isEmpty();
    m_emptyHint->setVisible(!running);
    m_body->setVisible(running);
    m_pauseButton->setText(m_clock.isRunning() || !running ? tr("Pause") : tr("Resume"));
    m_pauseButton->setAccessibleName(m_pauseButton->text());
    if (!running)
        return;
    const interview::AskedQuestion& asked = session().questions[m_current];
    const interview::Question* q = m_content.question(asked.questionId);
    const QString mode = session().mode == interview::SessionMode::SoloPractice ? tr("Solo practice") : tr("Live mock");
    const QString state = m_controller->isFinished() ? tr("finished, scoring only") : mode;
    m_heading->setText(tr("%1 - %2 - question %3 of %4 (%5)")
                           .arg(session().candidate, interview::title(asked.round))
                           .arg(m_current + 1)
                           .arg(session().questions.size())
                           .arg(state));
    m_prompt->setText(q ? q->prompt : tr("Question %1 is not in the loaded question banks.").arg(asked.questionId));
    QString followUps;
    if (q) {
        for (const QString& f : q->followUps)
            followUps += QStringLiteral("<li>%1</li>").arg(html(f));
    }
    m_followUps->setText(followUps.isEmpty() ? tr("None")
                                             : QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(followUps));
    m_loading = true;
    m_answer->setRound(asked.round);
    if (m_answer->text() != asked.answer)
        m_answer->setText(asked.answer);
    m_loading = false;
    const bool finished = m_controller->isFinished();
    m_answer->setReadOnly(finished);
    m_noteEditor->setEnabled(!finished);
    m_pauseButton->setEnabled(!finished);
    m_finishButton->setEnabled(!finished);
    m_panel->setTitle(session().mode == interview::SessionMode::SoloPractice ? tr("Score yourself")
                                                                             : tr("Interviewer's panel"));
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < session().questions.size());
    refreshPanel();
    refreshNotes();
    refreshClock();
}

interview::AnswerScore LiveSessionPage::currentScore() const
{
    if (const std::optional<interview::AnswerScore> s = score(m_current, scorer()))
        return *s;
    // A first mark on this answer starts from the evidence the coach found; the scorer can untick it.
    interview::AnswerScore fresh;
    fresh.interviewer = scorer();
    fresh.evidence = m_coachEvidence;
    return fresh;
}

void LiveSessionPage::applyLockState()
{
    const QString who = scorer();
    const QString locked = m_controller->scoreRefusal(who);
    const bool editable = locked.isEmpty();
    for (QPushButton* b : m_depthButtons)
        b->setEnabled(editable);
    for (QPushButton* b : m_visionButtons)
        b->setEnabled(editable);
    for (QCheckBox* box : std::as_const(m_evidence))
        box->setEnabled(editable);
    m_justification->setReadOnly(!editable);
    m_submitButton->setVisible(editable);
    m_reopenButton->setVisible(!editable);
    if (!editable) {
        m_lockStatus->setText(locked);
    } else {
        const interview::SubmissionSummary summary = interview::ScoringRules::summary(session(), who);
        m_lockStatus->setText(tr("Draft: %1 of %2 answers scored; nobody else sees these marks until you submit them.")
                                  .arg(summary.scored.size())
                                  .arg(summary.questions));
    }
    m_lockStatus->setAccessibleName(m_lockStatus->text());
}

void LiveSessionPage::refreshPanel()
{
    if (!hasSession() || session().questions.isEmpty())
        return;
    const interview::AnswerScore s = currentScore();
    for (int i = 0; i < 4; ++i) {
        m_depthButtons[std::size_t(i)]->setChecked(s.depth == i + 1);
        m_visionButtons[std::size_t(i)]->setChecked(s.vision == i + 1);
    }
    const auto meaning = [](const QList<interview::ScaleStep>& steps, int level) {
        return level >= 1 && level <= steps.size() ? steps[level - 1].descriptor : QString();
    };
    m_depthMeaning->setText(meaning(m_content.scales().depth, s.depth));
    m_visionMeaning->setText(meaning(m_content.scales().vision, s.vision));
    const QString answer = m_answer->text();  // the words the coach just read, saved or not
    for (qsizetype i = 0; i < m_evidence.size(); ++i) {
        QCheckBox* box = m_evidence[i];
        const auto flag = interview::VisionEvidence(box->property("flag").toInt());
        box->setChecked((s.evidence & std::uint8_t(flag)) != 0);
        // The words the coach found for this item, so the scorer sees why it is ticked.
        const QStringList words = interview::ScoringRules::evidenceWords(answer, m_report.findings, flag);
        const QString found = words.isEmpty() ? QString()
                                              : tr("coach: \u201c%1\u201d").arg(words.mid(0, 3).join(QStringLiteral("\u201d, \u201c")));
        box->setText(box->property("label").toString());
        box->setToolTip(found.isEmpty() ? box->property("hint").toString() : found);
        m_evidenceWords[i]->setText(found);
        m_evidenceWords[i]->setVisible(!found.isEmpty());
    }
    // The fields belong to their question and scorer: moving on replaces them even while focused.
    const bool samePlace = m_panelQuestion == m_current && m_panelScorer == s.interviewer;
    if ((!samePlace || !m_justification->hasFocus()) && m_justification->text() != s.justification)
        m_justification->setText(s.justification);
    m_panelQuestion = m_current;
    m_panelScorer = s.interviewer;
    const interview::CappedVision capped = m_cap.apply(s);
    if (!m_refusal.isEmpty())
        m_visionStatus->setText(tr("Refused: %1").arg(m_refusal));
    else if (capped.capped)
        m_visionStatus->setText(tr("Counts as Vision %1 until %2.")
                                    .arg(capped.effective)
                                    .arg(capped.missingEvidence && capped.missingJustification
                                             ? tr("an evidence item is ticked and a justification written")
                                         : capped.missingEvidence ? tr("an evidence item is ticked")
                                                                  : tr("a justification is written")));
    else
        m_visionStatus->clear();
    m_visionStatus->setAccessibleName(m_visionStatus->text());
    applyLockState();
    refreshExamples();
}

void LiveSessionPage::refreshExamples()
{
    // Solo practice: the examples appear once the candidate has scored themself on this answer.
    const std::optional<interview::AnswerScore> self = score(m_current, kSelf);
    const bool show =
        session().mode == interview::SessionMode::SoloPractice && self && self->depth > 0 && self->vision > 0;
    m_examplesBox->setVisible(show);
    if (!show)
        return;
    const interview::Question* q = m_content.question(session().questions[m_current].questionId);
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
    for (const interview::SessionNote& note : session().notes) {
        const QString who = note.interviewer == kSelf ? tr("me") : note.interviewer;
        auto* item =
            new QListWidgetItem(QStringLiteral("[%1] %2: %3").arg(clockText(note.elapsedMs), who, note.text), m_notes);
        item->setData(Qt::UserRole, qlonglong(note.elapsedMs));
    }
    m_notes->scrollToBottom();
}

void LiveSessionPage::refreshClock()
{
    if (!hasSession() || session().questions.isEmpty())
        return;
    const std::int64_t elapsed = m_clock.elapsedMs();
    const interview::AskedQuestion& asked = session().questions[m_current];
    const std::int64_t onQuestion = elapsed - std::max<std::int64_t>(0, asked.askedAtMs);
    showCountdown(m_questionCountdown, questionTimeBoxSeconds(m_current) * 1000LL - onQuestion);
    showCountdown(m_sessionCountdown, m_timeBoxes.totalSeconds * 1000LL - elapsed);
    m_questionCountdown->setAccessibleName(tr("Question time left %1").arg(m_questionCountdown->text()));
    m_sessionCountdown->setAccessibleName(tr("Session time left %1").arg(m_sessionCountdown->text()));
    // The clock is saved once per elapsed second, so a crash loses at most a second of it.
    if (elapsed / 1000 != m_lastSavedSecond) {
        m_lastSavedSecond = elapsed / 1000;
        m_controller->setClock(elapsed, m_current);
    }
}

void LiveSessionPage::togglePause()
{
    if (!hasSession())
        return;
    if (const QString refusal = m_controller->runRefusal(); !refusal.isEmpty()) {
        emit statusMessage(refusal);  // a finished session's clock stays stopped
        return;
    }
    m_clock.setPaused(m_clock.isRunning());
    m_controller->setClock(m_clock.elapsedMs(), m_current);
    emit statusSentence([running = m_clock.isRunning()] { return running ? tr("Clock running") : tr("Clock paused"); });
    showCurrent();
}

void LiveSessionPage::cancelWork()
{
    if (!hasSession() || m_controller->isFinished())
        return;
    saveAnswerNow();
    commitJustification();
    m_lastSavedSecond = -1;
    refreshClock();
}

bool LiveSessionPage::finishSession()
{
    if (!hasSession() || m_controller->isFinished())
        return false;
    leaveQuestion();
    QStringList open;
    if (const QString unanswered = interview::ScoringRules::unansweredLine(session()); !unanswered.isEmpty())
        open << unanswered;
    const bool solo = session().mode == interview::SessionMode::SoloPractice;
    if (solo) {
        const interview::SubmissionSummary summary = interview::ScoringRules::summary(session(), kSelf);
        if (const QString unscored = interview::ScoringRules::unscoredLine(summary); !unscored.isEmpty())
            open << unscored;
    }
    if (!open.isEmpty() || solo) {
        QString text = open.join(QLatin1Char('\n'));
        if (solo)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                    tr("Finishing submits your self-scores: the Debrief shows your verdict from them.");
        if (!confirm(tr("Finish the session?"), text, tr("&Finish")))
            return false;
    }
    m_clock.pause();
    if (!m_controller->finish(m_clock.elapsedMs()))
        return false;
    m_tick->stop();
    emit statusSentence([solo] {
        return solo ? tr("Session finished; your scores are submitted") : tr("Session finished and saved");
    });
    showCurrent();
    emit sessionFinished(session().id);
    return true;
}

bool LiveSessionPage::submitScores()
{
    if (!hasSession())
        return false;
    saveAnswerNow();
    commitJustification();
    const QString who = scorer();
    if (const QString refusal = interview::ScoringRules::submitRefusal(session(), who, m_cap.cap());
        !refusal.isEmpty()) {
        m_refusal = refusal;
        refreshPanel();
        emit statusMessage(refusal);
        return false;
    }
    const interview::SubmissionSummary summary = interview::ScoringRules::summary(session(), who);
    QString text = tr("Submit your marks on %1 of %2 answers? Once submitted they are locked, count in the verdict "
                      "and the other interviewers can see them once they have submitted theirs.")
                       .arg(summary.scored.size())
                       .arg(summary.questions);
    if (const QString unscored = interview::ScoringRules::unscoredLine(summary); !unscored.isEmpty())
        text += QStringLiteral("\n\n") + unscored;
    if (!confirm(tr("Submit my scores"), text, tr("&Submit")))
        return false;
    // A save that failed (reported by the controller) leaves the marks drafts: say nothing more.
    if (!m_controller->submit(who, m_clock.elapsedMs()) || !m_controller->hasSubmitted(who))
        return false;
    emit statusSentence([] { return tr("Your scores are submitted and locked"); });
    return true;
}

bool LiveSessionPage::reopenScores()
{
    if (!hasSession())
        return false;
    if (!m_controller->reopen(scorer(), m_clock.elapsedMs()))
        return false;
    emit statusSentence([] { return tr("Your scores are reopened: they are drafts again until you submit them"); });
    return true;
}

// --- Scores ---------------------------------------------------------------------------------------

void LiveSessionPage::pushScore(const interview::AnswerScore& updated, const QString& text, int mergeId)
{
    m_refusal.clear();
    m_controller->setScore(m_current, updated, text, mergeId);
}

void LiveSessionPage::setDepth(int depth)
{
    if (!hasSession() || session().questions.isEmpty() || depth < interview::kTagMin || depth > interview::kTagMax)
        return;
    interview::AnswerScore s = currentScore();
    if (s.depth == depth && score(m_current, s.interviewer)) {
        refreshPanel();
        return;
    }
    s.depth = depth;
    pushScore(s, tr("Depth %1").arg(depth));
}

bool LiveSessionPage::setVision(int vision)
{
    if (!hasSession() || session().questions.isEmpty() || vision < interview::kTagMin || vision > interview::kTagMax)
        return false;
    commitJustification();
    interview::AnswerScore s = currentScore();
    if (s.vision == vision && score(m_current, s.interviewer)) {
        refreshPanel();
        return true;
    }
    // Kept as entered: the panel says what it counts as until the evidence and the justification are there.
    s.vision = vision;
    pushScore(s, tr("Vision %1").arg(vision));
    return m_refusal.isEmpty();
}

void LiveSessionPage::setEvidence(interview::VisionEvidence item, bool ticked)
{
    if (!hasSession() || session().questions.isEmpty())
        return;
    interview::AnswerScore s = currentScore();
    const std::uint8_t flags = ticked ? (s.evidence | std::uint8_t(item)) : (s.evidence & ~std::uint8_t(item));
    if (flags == s.evidence && score(m_current, s.interviewer)) {
        refreshPanel();
        return;
    }
    s.evidence = flags;
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
    if (!hasSession() || session().questions.isEmpty() || m_panelQuestion != m_current)
        return;
    const std::optional<interview::AnswerScore> stored = score(m_panelQuestion, m_panelScorer);
    interview::AnswerScore s = stored.value_or(currentScore());
    if (s.justification == m_justification->text() || !m_controller->scoreRefusal(s.interviewer).isEmpty())
        return;
    s.justification = m_justification->text();
    pushScore(s, tr("Justification"), SessionController::kMergeJustification);
}

// --- Answer text ----------------------------------------------------------------------------------

void LiveSessionPage::commitAnswer()
{
    m_answer->flush();  // textCommitted carries pending typing to the controller
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

// --- Notes ----------------------------------------------------------------------------------------

bool LiveSessionPage::addNote()
{
    const QString text = m_noteEditor->text().trimmed();
    if (!hasSession() || text.isEmpty())
        return false;
    if (!m_controller->addNote(interview::SessionNote{scorer(), m_clock.elapsedMs(), text}))
        return false;
    m_noteEditor->clear();
    return true;
}

}  // namespace debrief::studio

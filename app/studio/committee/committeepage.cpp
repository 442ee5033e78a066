#include "committeepage.h"

#include "debrief/debriefpage.h"
#include "interviewrecords.h"
#include "session/sessioneditcommand.h"
#include "widgets/pdftargetdialog.h"
#include "widgets/sessionpicker.h"

#include "committeereport.h"

#include "storage/committeestore.h"
#include "storage/scorecardrejected.h"
#include "storage/storageerror.h"
#include "widgets/flowlayout.h"
#include "widgets/placeholder.h"
#include "widgets/statuscolors.h"

#include <algorithm>

#include <QAction>
#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>
#include <memory>

namespace debrief::studio {
namespace {

const QColor kSplitColour(0xfd, 0xe3, 0xa7);
const QColor kVetoColour(0xf6, 0xc1, 0xc1);
constexpr int kFirstScorerColumn = 2;  // after "#" and "Question"

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

QStringList jsonFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    return paths;
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

}  // namespace

CommitteePage::CommitteePage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_picker(new SessionPicker(records, this)),
      m_importAction(new QAction(this)), m_removeAction(new QAction(this)), m_recordAction(new QAction(this)),
      m_exportAction(new QAction(this)), m_empty(wrappedLabel(this)), m_problems(wrappedLabel(this)),
      m_scorecards(new QListWidget(this)), m_answers(new QTableWidget(this)), m_sessionMarks(new QTableWidget(this)),
      m_flags(new QListWidget(this)), m_justifications(wrappedLabel(this)), m_verdicts(wrappedLabel(this)),
      m_decision(new QButtonGroup(this)), m_reason(new QLineEdit(this)), m_record(new QPushButton(this)),
      m_recorded(wrappedLabel(this)), m_sessionLabel(new QLabel(this)), m_exportButton(new QPushButton(this)),
      m_details(new QScrollArea(this)), m_undo(new QUndoStack(this))
{
    setAcceptDrops(true);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_recordAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction* action : {m_importAction, m_removeAction, m_recordAction, m_exportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_importAction, &QAction::triggered, this, &CommitteePage::chooseFiles);
    connect(m_removeAction, &QAction::triggered, this, &CommitteePage::removeSelectedScorecard);
    connect(m_recordAction, &QAction::triggered, this, &CommitteePage::recordDecision);
    connect(m_exportAction, &QAction::triggered, this, &CommitteePage::chooseExport);

    // One line in a wide window; the buttons wrap below in a narrow one.
    auto* top = new FlowLayout;
    m_sessionLabel->setBuddy(m_picker);
    top->addLayout(labelled(m_sessionLabel, m_picker));
    const auto [undo, redo] = addUndoActions(m_undo);
    addActionButtons(top, {m_importAction, m_removeAction, undo, redo});

    StatusColors::show(m_problems, StatusColors::Status::Bad);
    m_problems->hide();

    const auto box = [this](QWidget* content, QWidget* second = nullptr) {
        auto* group = new QGroupBox(this);
        auto* layout = new QVBoxLayout(group);
        layout->addWidget(content);
        if (second)
            layout->addWidget(second);
        return group;
    };

    m_scorecards->setMaximumHeight(fontMetrics().height() * 4);
    for (QTableWidget* table : {m_answers, m_sessionMarks}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setWordWrap(true);
    }
    // Read-only tables: Tab moves on to the next control instead of from cell to cell, so a keyboard
    // user reaches the decision below them.
    m_answers->setTabKeyNavigation(false);
    m_sessionMarks->setTabKeyNavigation(false);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_sessionMarks->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_sessionMarks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_flags->setWordWrap(true);
    m_flags->setMaximumHeight(fontMetrics().height() * 8);
    connect(m_flags, &QListWidget::currentRowChanged, this, &CommitteePage::selectFlag);
    connect(m_flags, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { selectFlag(m_flags->row(item)); });
    connect(m_scorecards, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAction->setEnabled(row >= 0); });

    // The final call: four options, no neutral one, and a reason; recorded with its time.
    auto* decision = new QWidget(this);
    auto* decisionLayout = new QGridLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    const std::array<interview::Recommendation, 4> options{
        interview::Recommendation::StrongNo, interview::Recommendation::No, interview::Recommendation::Yes,
        interview::Recommendation::StrongYes};
    for (int i = 0; i < int(options.size()); ++i) {
        auto* option = new QRadioButton(decision);
        m_decision->addButton(option, int(options[i]));
        decisionLayout->addWidget(option, 0, i);
    }
    connect(m_record, &QPushButton::clicked, m_recordAction, &QAction::trigger);
    connect(m_decision, &QButtonGroup::idClicked, this, &CommitteePage::updateRecordButton);
    connect(m_reason, &QLineEdit::textChanged, this, &CommitteePage::updateRecordButton);
    connect(m_reason, &QLineEdit::returnPressed, m_recordAction, &QAction::trigger);
    decisionLayout->addWidget(m_reason, 1, 0, 1, 3);
    decisionLayout->addWidget(m_record, 1, 3);
    decisionLayout->addWidget(m_recorded, 2, 0, 1, 3);
    // The committee PDF goes out once the decision is in (it says "not decided yet" before).
    QPushButton* exportButton = m_exportButton;
    connect(exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_exportAction, &QAction::changed, exportButton,
            [this, exportButton] { exportButton->setEnabled(m_exportAction->isEnabled()); });
    decisionLayout->addWidget(exportButton, 2, 3);

    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_scorecardsBox = box(m_scorecards));
    tablesLayout->addWidget(m_answersBox = box(m_answers), 1);
    tablesLayout->addWidget(m_sessionMarksBox = box(m_sessionMarks));

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_flagsBox = box(m_flags));
    detailsLayout->addWidget(m_decisionBox = box(decision));
    detailsLayout->addWidget(m_verdictsBox = box(m_verdicts));
    detailsLayout->addWidget(m_justificationsBox = box(m_justifications));
    detailsLayout->addStretch(1);
    QScrollArea* scroll = m_details;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(tables);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);

    connect(m_picker, &SessionPicker::sessionChosen, this, &CommitteePage::showSession);
    connect(&records, &InterviewRecords::sessionChanged, this, [this](std::int64_t id) {
        if (id == m_sessionId)
            reload();
    });
    connect(&records, &InterviewRecords::sessionsChanged, m_picker, &SessionPicker::reload);
    retranslate();
    showSession(m_picker->currentSessionId());
}

void CommitteePage::retranslate()
{
    m_details->setAccessibleName(tr("Committee details"));
    m_importAction->setText(tr("&Import scorecards..."));
    m_importAction->setToolTip(tr("Import interviewers' scorecard files (.json) into this session's committee; "
                                  "you can also drop them on the page"));
    m_removeAction->setText(tr("Re&move scorecard"));
    m_recordAction->setText(tr("Record &decision"));
    m_exportAction->setText(tr("Export &PDF..."));
    m_exportAction->setToolTip(tr("Every interviewer's marks, the flags and the decision as a PDF for the committee"));
    m_sessionLabel->setText(tr("&Session:"));
    m_scorecards->setAccessibleName(tr("Imported scorecards"));
    m_answers->setAccessibleName(tr("Marks per answer"));
    m_sessionMarks->setAccessibleName(tr("Session marks"));
    m_flags->setAccessibleName(tr("Flags"));
    for (QAbstractButton* option : m_decision->buttons())
        option->setText(interview::title(interview::Recommendation(m_decision->id(option))));
    setWholePlaceholder(m_reason, tr("The committee's reason (required)"));
    m_reason->setAccessibleName(tr("Reason for the committee's decision"));
    m_record->setText(m_recordAction->text());
    m_record->setToolTip(tr("Records the decision and its reason now (%1)")
                             .arg(m_recordAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportButton->setText(m_exportAction->text());
    m_exportButton->setToolTip(
        m_exportAction->toolTip() +
        QStringLiteral(" (%1)").arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_scorecardsBox->setTitle(tr("Imported scorecards"));
    m_answersBox->setTitle(tr("Marks per answer (Depth / Vision after the cap)"));
    m_sessionMarksBox->setTitle(tr("Session marks"));
    m_flagsBox->setTitle(tr("Flags"));
    m_decisionBox->setTitle(tr("Committee decision"));
    m_verdictsBox->setTitle(tr("Verdicts"));
    m_justificationsBox->setTitle(tr("Vision justifications"));
}

void CommitteePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_answers)
        colourScorers();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The review's flags, verdicts and session marks are worded by the rules as they are read: read
        // it again and fill everything. The decision being prepared (option and reason), the selected
        // scorecard, flag and rows, and the scroll positions stay.
        const int chosen = m_decision->checkedId();
        const QString reason = m_reason->text();
        const int scorecard = m_scorecards->currentRow();
        const int flag = m_flags->currentRow();
        const int answer = m_answers->currentRow();
        const int sessionMark = m_sessionMarks->currentRow();
        const int answersScroll = m_answers->verticalScrollBar()->value();
        const int detailsScroll = m_details->verticalScrollBar()->value();
        reload();
        showProblems();
        {
            const QSignalBlocker blocker(m_reason);
            if (QAbstractButton* button = m_decision->button(chosen))
                button->setChecked(true);
            m_reason->setText(reason);
        }
        updateRecordButton();
        if (scorecard >= 0 && scorecard < m_scorecards->count())
            m_scorecards->setCurrentRow(scorecard);
        if (flag >= 0 && flag < m_flags->count()) {
            const QSignalBlocker blocker(m_flags);
            m_flags->setCurrentRow(flag);
        }
        if (answer >= 0 && answer < m_answers->rowCount())
            m_answers->selectRow(answer);
        if (sessionMark >= 0 && sessionMark < m_sessionMarks->rowCount())
            m_sessionMarks->selectRow(sessionMark);
        m_answers->verticalScrollBar()->setValue(answersScroll);
        m_details->verticalScrollBar()->setValue(detailsScroll);
    }
    StudioPage::changeEvent(event);
}

void CommitteePage::showProblems()
{
    QStringList lines;
    for (const QString& refusal : std::as_const(m_refusals))
        lines << refusal.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_problems->setText(
        m_refusals.isEmpty() ? QString() : tr("<b>Not imported:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_problems->setVisible(!m_refusals.isEmpty());
}

void CommitteePage::showSession(std::int64_t id)
{
    if (m_picker->currentSessionId() != id)
        m_picker->setCurrentSessionId(id);
    if (id != m_sessionId) {
        m_undo->clear();  // the steps were about the other session
        m_refusals.clear();
        showProblems();
    }
    m_sessionId = id;
    reload();
}

void CommitteePage::reload()
{
    m_review = interview::CommitteeReview{};
    QString problem = m_records.problem();
    if (m_sessionId > 0 && problem.isEmpty()) {
        try {
            m_review = storage::CommitteeStore(m_records.database()).review(m_sessionId, m_records.content());
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }
    if (m_sessionId == 0 && problem.isEmpty())
        problem = tr("No session yet. Start a mock interview from Home, import a scorecard, or choose File > Load demo "
                     "candidate.");
    else if (problem.isEmpty() && m_review.scorecards.isEmpty())
        problem = tr("No scorecards in this committee yet: import the interviewers' scorecard files (%1) or drop "
                     "them here.")
                      .arg(m_importAction->shortcut().toString(QKeySequence::NativeText));
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());
    m_importAction->setEnabled(m_sessionId > 0);
    m_exportAction->setEnabled(m_sessionId > 0 && !m_review.scorecards.isEmpty());
    fillScorecards();
    fillAnswers();
    fillSessionMarks();
    fillFlags();
    fillDetails();
    fillDecision();
}

bool CommitteePage::hasDraft(const QString& interviewer, const interview::CommitteeAnswer& answer) const
{
    for (const interview::CommitteeScorecard& card : std::as_const(m_review.scorecards)) {
        if (card.interviewer != interviewer)
            continue;
        for (const interview::AskedQuestion& asked : card.answers) {
            if (asked.round != answer.round || asked.questionId != answer.questionId)
                continue;
            for (const interview::AnswerScore& score : asked.scores) {
                if (score.interviewer == interviewer && !score.submitted)
                    return true;
            }
        }
    }
    return false;
}

int CommitteePage::depthColumn(const QString& interviewer) const
{
    const int index = int(m_review.interviewers().indexOf(interviewer));
    return index < 0 ? -1 : kFirstScorerColumn + 2 * index;
}

void CommitteePage::fillScorecards()
{
    const QSignalBlocker blocker(m_scorecards);
    m_scorecards->clear();
    for (const interview::CommitteeScorecard& card : std::as_const(m_review.scorecards)) {
        const QString source = card.sourceFile.isEmpty() ? tr("this studio") : QFileInfo(card.sourceFile).fileName();
        // Drafts (scores not submitted) are left out of the marks, flags and verdict: say how many.
        const QString text = card.draftsLeftOut > 0
                                 ? tr("%1 — %2, imported %3; %n draft score(s) left out", nullptr, card.draftsLeftOut)
                                 : tr("%1 — %2, imported %3");
        auto* item = new QListWidgetItem(text.arg(card.interviewer, source, when(card.importedAt)), m_scorecards);
        item->setToolTip(
            card.draftsLeftOut > 0
                ? tr("%1\nScores not submitted are drafts: the committee leaves them out.").arg(card.sourceFile)
                : card.sourceFile);
        item->setData(Qt::UserRole, card.interviewer);
    }
    m_removeAction->setEnabled(false);
}

// Each interviewer's column pair in their colour, as on the Debrief page, in the variant that reads
// on this theme's base.
void CommitteePage::colourScorers()
{
    const QStringList scorers = m_review.interviewers();
    interview::Session colours;
    colours.interviewers = scorers;
    for (const QString& name : scorers) {
        for (int c = 0; c < 2; ++c) {
            if (QTableWidgetItem* header = m_answers->horizontalHeaderItem(depthColumn(name) + c))
                header->setForeground(DebriefPage::interviewerColor(colours, name, palette()));
        }
    }
}

void CommitteePage::fillAnswers()
{
    const QStringList scorers = m_review.interviewers();
    interview::Session colours;
    colours.interviewers = scorers;
    m_answers->clear();
    m_answers->setColumnCount(kFirstScorerColumn + 2 * int(scorers.size()));
    m_answers->setRowCount(int(m_review.answers.size()));
    QStringList headers{tr("#"), tr("Question")};
    for (const QString& name : scorers)
        headers << tr("%1\nDepth").arg(name) << tr("%1\nVision").arg(name);
    m_answers->setHorizontalHeaderLabels(headers);
    colourScorers();
    for (int row = 0; row < m_review.answers.size(); ++row) {
        const interview::CommitteeAnswer& answer = m_review.answers[row];
        m_answers->setItem(row, 0, cell(QLocale().toString(row + 1)));
        auto* question = cell(tr("%1: %2").arg(interview::title(answer.round), answer.questionText), Qt::AlignLeft);
        question->setToolTip(answer.questionText);
        m_answers->setItem(row, 1, question);
        for (const QString& name : scorers) {
            const int column = depthColumn(name);
            const auto mark = answer.marks.constFind(name);
            if (mark == answer.marks.cend()) {
                // A draft is shown as such: it is neither agreement nor a missing answer.
                const bool draft = hasDraft(name, answer);
                const QString text = draft ? tr("not submitted") : tr("–");
                m_answers->setItem(row, column, cell(text));
                m_answers->setItem(row, column + 1, cell(text));
                continue;
            }
            m_answers->setItem(row, column, cell(QLocale().toString(mark->depth)));
            auto* vision = cell(mark->effectiveVision == mark->vision
                                    ? QLocale().toString(mark->vision)
                                    : tr("%1 (entered %2)").arg(mark->effectiveVision).arg(mark->vision));
            if (mark->effectiveVision != mark->vision)
                vision->setToolTip(tr("Capped: Vision above %1 needs an evidence item and a written justification")
                                       .arg(mark->effectiveVision));
            m_answers->setItem(row, column + 1, vision);
        }
    }
    // The flagged marks, highlighted where they are.
    for (const interview::CommitteeFlag& flag : std::as_const(m_review.flags)) {
        if (flag.answerIndex < 0)
            continue;
        const int offset = flag.mark == QLatin1String("vision") ? 1 : 0;
        for (const QString& name : flag.interviewers) {
            if (QTableWidgetItem* item = m_answers->item(flag.answerIndex, depthColumn(name) + offset)) {
                item->setBackground(kSplitColour);
                item->setToolTip(flag.explanation);
            }
        }
    }
    m_answers->resizeColumnsToContents();
    m_answers->setColumnWidth(1, std::min(m_answers->columnWidth(1), fontMetrics().averageCharWidth() * 48));
    m_answers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_answers->resizeRowsToContents();
}

void CommitteePage::fillSessionMarks()
{
    const QStringList scorers = m_review.interviewers();
    m_sessionMarks->clear();
    m_sessionMarks->setColumnCount(1 + int(scorers.size()));
    m_sessionMarks->setRowCount(int(m_review.sessionMarks.size()));
    m_sessionMarks->setHorizontalHeaderLabels(QStringList{tr("Mark")} + scorers);
    for (int row = 0; row < m_review.sessionMarks.size(); ++row) {
        const interview::CommitteeSessionMark& mark = m_review.sessionMarks[row];
        m_sessionMarks->setItem(row, 0, cell(mark.title, Qt::AlignLeft));
        for (int s = 0; s < scorers.size(); ++s) {
            m_sessionMarks->setItem(
                row, 1 + s,
                cell(mark.values.contains(scorers[s]) ? QLocale().toString(mark.values.value(scorers[s])) : tr("–")));
        }
    }
    for (const interview::CommitteeFlag& flag : std::as_const(m_review.flags)) {
        if (flag.answerIndex >= 0)
            continue;
        for (int row = 0; row < m_review.sessionMarks.size(); ++row) {
            if (m_review.sessionMarks[row].mark != flag.mark)
                continue;
            for (const QString& name : flag.interviewers) {
                QTableWidgetItem* item = m_sessionMarks->item(row, 1 + int(scorers.indexOf(name)));
                // A veto outranks a split on the same cell.
                if (item &&
                    (flag.kind == interview::CommitteeFlagKind::Veto || item->background().color() != kVetoColour)) {
                    item->setBackground(flag.kind == interview::CommitteeFlagKind::Veto ? kVetoColour : kSplitColour);
                    item->setToolTip(flag.explanation);
                }
            }
        }
    }
    m_sessionMarks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sessionMarks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void CommitteePage::fillFlags()
{
    const QSignalBlocker blocker(m_flags);
    m_flags->clear();
    for (const interview::CommitteeFlag& flag : std::as_const(m_review.flags)) {
        auto* item =
            new QListWidgetItem(flag.kind == interview::CommitteeFlagKind::Veto ? tr("Veto: %1").arg(flag.explanation)
                                                                                : tr("Split: %1").arg(flag.explanation),
                                m_flags);
        item->setBackground(flag.kind == interview::CommitteeFlagKind::Veto ? kVetoColour : kSplitColour);
        item->setForeground(QColor(0x20, 0x20, 0x20));
    }
    // Agreement is only claimed between submitted scores: drafts say nothing either way.
    QStringList submitted;
    QStringList drafts;
    for (const interview::CommitteeScorecard& card : std::as_const(m_review.scorecards)) {
        const bool anySubmitted =
            std::any_of(m_review.answers.cbegin(), m_review.answers.cend(),
                        [&](const interview::CommitteeAnswer& a) { return a.marks.contains(card.interviewer); });
        (anySubmitted ? submitted : drafts) << card.interviewer;
    }
    if (!drafts.isEmpty()) {
        auto* item = new QListWidgetItem(
            tr("Not submitted: %1. Their drafts are not compared or counted.").arg(drafts.join(QStringLiteral(", "))),
            m_flags);
        item->setFlags(Qt::NoItemFlags);
    }
    if (m_review.flags.isEmpty() && submitted.size() >= 2) {
        auto* item =
            new QListWidgetItem(tr("No splits and no veto: the submitted scores agree within a point."), m_flags);
        item->setFlags(Qt::NoItemFlags);
    } else if (m_review.flags.isEmpty() && !m_review.scorecards.isEmpty()) {
        auto* item = new QListWidgetItem(
            tr("Nothing to compare yet: agreement needs submitted scores from at least two interviewers."), m_flags);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CommitteePage::selectFlag(int index)
{
    if (index < 0 || index >= m_review.flags.size())
        return;
    const interview::CommitteeFlag& flag = m_review.flags[index];
    if (flag.answerIndex >= 0) {
        m_sessionMarks->clearSelection();
        m_answers->selectRow(flag.answerIndex);
        m_answers->scrollToItem(m_answers->item(flag.answerIndex, 0));
        return;
    }
    for (int row = 0; row < m_review.sessionMarks.size(); ++row) {
        if (m_review.sessionMarks[row].mark == flag.mark) {
            m_answers->clearSelection();
            m_sessionMarks->selectRow(row);
            return;
        }
    }
}

void CommitteePage::fillDetails()
{
    // Each scorer's verdict with its reasons.
    QString verdicts;
    for (const QString& name : m_review.interviewers()) {
        const interview::Verdict verdict = m_review.verdicts.value(name);
        verdicts += QStringLiteral("<p><b>%1: %2</b>%3</p><ul>")
                        .arg(name.toHtmlEscaped(), interview::title(verdict.recommendation).toHtmlEscaped(),
                             verdict.vetoed ? tr(" (vetoed)") : QString());
        for (const QString& reason : verdict.reasons)
            verdicts += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        verdicts += QStringLiteral("</ul>");
    }
    m_verdicts->setText(verdicts.isEmpty() ? tr("No scorecards yet.") : verdicts);

    // The Vision justifications per answer, with the evidence ticked, so the committee can check them.
    const QList<interview::EvidenceItem> evidence = m_records.content().scales().evidence;
    QString justifications;
    for (int row = 0; row < m_review.answers.size(); ++row) {
        const interview::CommitteeAnswer& answer = m_review.answers[row];
        if (answer.marks.isEmpty())
            continue;
        justifications +=
            QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("Question %1 (%2)").arg(row + 1).arg(interview::title(answer.round)).toHtmlEscaped());
        for (const QString& name : m_review.interviewers()) {
            const auto mark = answer.marks.constFind(name);
            if (mark == answer.marks.cend())
                continue;
            QStringList ticked;
            for (const interview::EvidenceItem& item : evidence) {
                if (mark->evidence & std::uint8_t(item.flag))
                    ticked << item.label;
            }
            const QString why = mark->justification.trimmed().isEmpty() ? tr("no written justification")
                                                                        : tr("“%1”").arg(mark->justification);
            justifications += QStringLiteral("<li>%1</li>")
                                  .arg(tr("%1, Vision %2: %3 (evidence: %4)")
                                           .arg(name, QLocale().toString(mark->effectiveVision), why,
                                                ticked.isEmpty() ? tr("none") : ticked.join(QStringLiteral(", ")))
                                           .toHtmlEscaped());
        }
        justifications += QStringLiteral("</ul>");
    }
    m_justifications->setText(justifications.isEmpty() ? tr("No Vision scores yet.") : justifications);
}

void CommitteePage::fillDecision()
{
    const interview::CommitteeDecision& decision = m_review.decision;
    {
        const QSignalBlocker blocker(m_reason);
        m_decision->setExclusive(false);
        for (QAbstractButton* button : m_decision->buttons())
            button->setChecked(decision.isRecorded() && m_decision->id(button) == int(decision.decision));
        m_decision->setExclusive(true);
        m_reason->setText(decision.isRecorded() ? decision.reason : QString());
    }
    if (decision.isRecorded())
        m_recorded->setText(tr("<b>Recorded: %1</b> on %2. %3")
                                .arg(interview::title(decision.decision).toHtmlEscaped(), when(decision.decidedAt),
                                     decision.reason.toHtmlEscaped()));
    else
        m_recorded->setText(tr("Not decided yet: choose one of the four options and give the reason."));
    for (QAbstractButton* button : m_decision->buttons())
        button->setEnabled(m_sessionId > 0);
    m_reason->setEnabled(m_sessionId > 0);
    updateRecordButton();
}

void CommitteePage::updateRecordButton()
{
    const int chosen = m_decision->checkedId();
    const QString reason = m_reason->text().trimmed();
    const bool changed = !m_review.decision.isRecorded() || chosen != int(m_review.decision.decision) ||
                         reason != m_review.decision.reason;
    const bool ready = m_sessionId > 0 && chosen >= 0 && !reason.isEmpty() && changed;
    m_recordAction->setEnabled(ready);
    m_record->setEnabled(ready);
}

void CommitteePage::recordDecision()
{
    const int chosen = m_decision->checkedId();
    const QString reason = m_reason->text().trimmed();
    if (m_sessionId == 0 || chosen < 0)
        return;
    if (reason.isEmpty()) {
        emit statusSentence([] { return tr("The committee's decision needs a reason."); });
        m_reason->setFocus();
        return;
    }
    const std::int64_t id = m_sessionId;
    const interview::CommitteeDecision before = m_review.decision;
    const interview::CommitteeDecision after{interview::Recommendation(chosen), reason,
                                             QDateTime::currentDateTimeUtc()};
    const storage::Database& database = m_records.database();
    const auto apply = [this, &database, id](const interview::CommitteeDecision& decision) {
        const storage::CommitteeStore store(database);
        if (decision.isRecorded())
            store.setDecision(id, decision);
        else
            store.clearDecision(id);
        if (m_sessionId == id)
            reload();
    };
    try {
        m_undo->push(new SessionEditCommand(
            tr("Committee decision %1").arg(interview::title(after.decision)), [apply, after] { apply(after); },
            [apply, before] { apply(before); }));
        emit statusSentence([decision = after.decision] {
            return tr("Committee decision recorded: %1").arg(interview::title(decision));
        });
    } catch (const storage::StorageError& error) {
        emit statusMessage(error.message());
        reload();
    }
}

int CommitteePage::importFiles(const QStringList& paths)
{
    if (m_sessionId == 0 || paths.isEmpty())
        return 0;
    const std::int64_t id = m_sessionId;
    const storage::CommitteeStore store(m_records.database());
    // What each import replaced (or nothing), and what it put there, for one undo step.
    struct Change {
        QString interviewer;
        std::optional<storage::CommitteeStore::Entry> before;
        storage::CommitteeStore::Entry after;
    };
    QList<Change> changes;
    QStringList refusals;
    int unchanged = 0;
    for (const QString& path : paths) {
        try {
            const auto imported = store.addFile(id, path);
            if (imported.outcome == storage::CommitteeStore::Outcome::Unchanged) {
                ++unchanged;
                continue;
            }
            const QString interviewer = imported.scorecard.interviewer;
            changes << Change{interviewer, imported.replaced, *store.entry(id, interviewer)};
        } catch (const storage::ScorecardRejected& rejected) {
            refusals << rejected.message();
        } catch (const storage::StorageError& error) {
            refusals << tr("%1: %2").arg(path, error.message());
        }
    }
    m_refusals = refusals;
    showProblems();

    if (!changes.isEmpty()) {
        const storage::Database& database = m_records.database();
        auto done = std::make_shared<bool>(true);  // the imports above were the first redo
        const auto refresh = [this, id] {
            if (m_sessionId == id)
                reload();
        };
        m_undo->push(new SessionEditCommand(
            tr("Import %n scorecard(s)", nullptr, int(changes.size())),
            [&database, id, changes, done, refresh] {
                if (*done) {
                    *done = false;
                    return;
                }
                for (const Change& change : changes)
                    storage::CommitteeStore(database).restore(id, change.after);
                refresh();
            },
            [&database, id, changes, refresh] {
                const storage::CommitteeStore undoStore(database);
                for (auto change = changes.crbegin(); change != changes.crend(); ++change) {
                    if (change->before)
                        undoStore.restore(id, *change->before);
                    else
                        undoStore.remove(id, change->interviewer);
                }
                refresh();
            }));
    }
    reload();
    emit statusSentence([imported = int(changes.size()), unchanged, refused = int(refusals.size())] {
        return tr("Imported %1, already there %2, refused %3")
            .arg(QLocale().toString(imported), QLocale().toString(unchanged), QLocale().toString(refused));
    });
    return int(changes.size());
}

void CommitteePage::chooseFiles()
{
    if (m_sessionId == 0)
        return;
    // Qt's own dialog: the same keys on every desktop.
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import scorecards"), QString(),
                                                            tr("Debrief scorecards (*.json);;All files (*)"), nullptr,
                                                            QFileDialog::DontUseNativeDialog);
    importFiles(paths);
}

void CommitteePage::removeSelectedScorecard()
{
    QListWidgetItem* item = m_scorecards->currentItem();
    if (!item || m_sessionId == 0)
        return;
    const std::int64_t id = m_sessionId;
    const QString interviewer = item->data(Qt::UserRole).toString();
    const storage::Database& database = m_records.database();
    const auto entry = storage::CommitteeStore(database).entry(id, interviewer);
    if (!entry)
        return;
    const auto refresh = [this, id] {
        if (m_sessionId == id)
            reload();
    };
    try {
        m_undo->push(new SessionEditCommand(
            tr("Remove %1's scorecard").arg(interviewer),
            [&database, id, interviewer, refresh] {
                storage::CommitteeStore(database).remove(id, interviewer);
                refresh();
            },
            [&database, id, entry, refresh] {
                storage::CommitteeStore(database).restore(id, *entry);
                refresh();
            }));
        emit statusSentence([interviewer] { return tr("Removed %1's scorecard").arg(interviewer); });
    } catch (const storage::StorageError& error) {
        emit statusMessage(error.message());
        reload();
    }
}

void CommitteePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_sessionId > 0 && !jsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CommitteePage::dropEvent(QDropEvent* event)
{
    const QStringList paths = jsonFiles(event->mimeData());
    if (m_sessionId == 0 || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

QString CommitteePage::problemsText() const
{
    return m_problems->isHidden() ? QString() : plain(m_problems->text());
}

QString CommitteePage::decisionText() const
{
    return plain(m_recorded->text());
}

QString CommitteePage::verdictsText() const
{
    return plain(m_verdicts->text());
}

QString CommitteePage::justificationsText() const
{
    return plain(m_justifications->text());
}

bool CommitteePage::exportPdf(const QString& path, report::PaperSize paper, QString* error) const
{
    return report::writeCommitteePdf(m_review, m_records.content(), path, paper, error);
}

void CommitteePage::chooseExport()
{
    if (m_sessionId <= 0 || m_review.scorecards.isEmpty())
        return;
    const QString suggested =
        tr("Committee %1 %2.pdf")
            .arg(m_review.candidate, m_review.startedAt.toLocalTime().toString(Qt::ISODate).left(10));
    PdfTargetDialog target([] { return tr("Export committee PDF"); }, suggested, this);
    if (target.exec() != QDialog::Accepted)
        return;
    QString error;
    if (exportPdf(target.fileName(), target.paper(), &error))
        emit statusSentence([name = target.fileName()] { return tr("Committee PDF written to %1").arg(name); });
    else
        QMessageBox::warning(this, tr("Export committee PDF"), error);
}

}  // namespace debrief::studio

#include "designroundpage.h"

#include "displayformat.h"
#include "evidencedialog.h"
#include "impactcostchartview.h"
#include "interviewrecords.h"
#include "metrictranslationpanel.h"
#include "session/sessioncontroller.h"
#include "widgets/barchartview.h"
#include "widgets/sessionpicker.h"
#include "widgets/statuscolors.h"

#include "interview/budgetallocation.h"
#include "interview/contentlibrary.h"
#include "interview/verdictgrid.h"
#include "widgets/flowlayout.h"
#include "widgets/scrolldownonly.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace debrief::studio {

namespace {

constexpr int kMergeShare = 1;
constexpr int kMergeAnswer = 2;
constexpr int kMergeImpact = 3;
constexpr int kMergeConfidence = 4;
constexpr int kMergeEvidence = 5;

enum Column { RequestColumn, KpiColumn, ImpactColumn, ConfidenceColumn, EvidenceColumn, ShareColumn, ColumnCount };

const QString kShareModeKey = QStringLiteral("designRound/shareMode");

const interview::DesignAllocation* findAllocation(const interview::DesignRound& round, const QString& requestId)
{
    for (const interview::DesignAllocation& allocation : round.allocations) {
        if (allocation.requestId == requestId)
            return &allocation;
    }
    return nullptr;
}

// A new round: each request on its suggested KPI, no impact claimed yet, even confidence, the budget
// split as evenly as 0.1 % steps allow (BudgetAllocation's rounding: 33.3 / 33.4 / 33.3).
QList<interview::DesignAllocation> freshAllocations(const interview::Scenario& scenario)
{
    QList<interview::DesignAllocation> out;
    const qsizetype n = scenario.requests.size();
    const QList<double> shares =
        n > 0 ? interview::BudgetAllocation::rebalance(QList<double>(n, 0.0), 0, 100.0 / double(n)) : QList<double>{};
    for (qsizetype i = 0; i < n; ++i) {
        const interview::FeatureRequest& request = scenario.requests.at(i);
        out << interview::DesignAllocation{request.id, request.suggestedKpi, 0.0, 0.5, QString(), shares.at(i)};
    }
    return out;
}

// A cell widget in a margin box: it keeps its own height in a row made tall by a wrapped title.
QWidget* centred(QWidget* widget)
{
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(widget);
    return cell;
}

// A category label broken into lines of about 14 characters, so the bar chart does not cut a long
// request title to "Suppor...".
QString wrappedLabel(const QString& title)
{
    QStringList lines;
    for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 14)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QStringLiteral("<br>"));
}

QSpinBox* scoreBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1, interview::kTagMax);
    box->setValue(-1);
    box->setAlignment(Qt::AlignRight);
    box->setKeyboardTracking(false);  // a score is taken when typed in full, one undo step each
    return box;
}

}  // namespace

DesignRoundPage::DesignRoundPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_controller(new SessionController(records, this)),
      m_picker(new SessionPicker(records, this)), m_scenarioBox(new QComboBox(this)), m_sessionLabel(new QLabel(this)),
      m_scenarioLabel(new QLabel(this)), m_shareModeLabel(new QLabel(this)), m_allocationBox(new QGroupBox(this)),
      m_impactBox(new QGroupBox(this)), m_calculatorBox(new QGroupBox(this)), m_answerBox(new QGroupBox(this)),
      m_scoresBox(new QGroupBox(this)), m_scoresForm(new QFormLayout(m_scoresBox)), m_submitAction(new QAction(this)),
      m_attachAction(new QAction(this)), m_context(new QLabel(this)), m_empty(new QLabel(this)),
      m_table(new QTableWidget(this)), m_rebalance(new QRadioButton(this)), m_manual(new QRadioButton(this)),
      m_sum(new QLabel(this)), m_roadmapScore(new QLabel(this)), m_submit(new QPushButton(this)),
      m_submitted(new QLabel(this)), m_allocationChart(new BarChartView(this)),
      m_impactChart(new ImpactCostChartView(this)), m_calculator(new MetricTranslationPanel(this)),
      m_prompt(new QLabel(this)), m_answer(new CoachedAnswerEditor(this)),
      m_designScore(scoreBox(this, QStringLiteral("designScore"))),
      m_metricTranslation(scoreBox(this, QStringLiteral("metricTranslationScore"))),
      m_roadmapAlignment(scoreBox(this, QStringLiteral("roadmapAlignmentScore"))), m_veto(new QLabel(this)),
      m_verdict(new QLabel(this))
{
    // Top bar: session, scenario, undo/redo; it wraps in a narrow window or a long language.
    auto* top = new FlowLayout;
    m_sessionLabel->setBuddy(m_picker);
    top->addLayout(labelled(m_sessionLabel, m_picker));
    m_scenarioLabel->setBuddy(m_scenarioBox);
    m_scenarioBox->setObjectName(QStringLiteral("scenario"));
    // As wide as the longest title: the top bar wraps rather than cut it.
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const interview::Scenario& scenario : records.content().scenarios())
        m_scenarioBox->addItem(scenario.title, scenario.id);
    top->addLayout(labelled(m_scenarioLabel, m_scenarioBox));
    const auto [undo, redo] = addUndoActions(m_controller->undoStack());
    addActionButtons(top, {undo, redo});

    m_context->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("scenarioContext"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    // The request table.
    m_table->setObjectName(QStringLiteral("requests"));
    m_table->setColumnCount(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    // The evidence field and its Replay button keep their width; the request's words wrap instead.
    for (int column : {KpiColumn, ImpactColumn, ConfidenceColumn, EvidenceColumn, ShareColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    // Share mode, sum, roadmap score, submit.
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_rebalance);
    modes->addButton(m_manual);
    const bool manual = QSettings().value(kShareModeKey).toString() == QLatin1String("manual");
    (manual ? m_manual : m_rebalance)->setChecked(true);
    m_sum->setObjectName(QStringLiteral("shareSum"));
    m_roadmapScore->setObjectName(QStringLiteral("roadmapScore"));
    m_submit->setObjectName(QStringLiteral("submitRound"));
    m_submitted->setObjectName(QStringLiteral("submittedAt"));
    auto* shareRow = new FlowLayout;
    auto* shareMode = new QHBoxLayout;
    shareMode->addWidget(m_shareModeLabel);
    shareMode->addWidget(m_rebalance);
    shareMode->addWidget(m_manual);
    shareRow->addLayout(shareMode);
    shareRow->addLayout(labelled(m_submitted, m_submit));
    auto* sumRow = new QHBoxLayout;
    sumRow->addWidget(m_sum);
    sumRow->addStretch(1);
    sumRow->addWidget(m_roadmapScore);

    // Charts.
    m_allocationChart->setObjectName(QStringLiteral("allocationChart"));
    m_impactChart->setObjectName(QStringLiteral("impactCostChart"));
    auto* allocationLayout = new QVBoxLayout(m_allocationBox);
    allocationLayout->addWidget(m_allocationChart);
    auto* impactLayout = new QVBoxLayout(m_impactBox);
    impactLayout->addWidget(m_impactChart);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_allocationBox, 4);
    charts->addWidget(m_impactBox, 3);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_context);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(shareRow);
    leftLayout->addLayout(sumRow);
    leftLayout->addLayout(charts, 3);

    // Right: calculator, answer, scores.
    auto* calculatorLayout = new QVBoxLayout(m_calculatorBox);
    calculatorLayout->addWidget(m_calculator);
    addAction(m_calculator->insertAction());  // its shortcut works anywhere on the page
    QAction* submitAction = m_submitAction;
    submitAction->setObjectName(QStringLiteral("submitRoundAction"));
    submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(submitAction, &QAction::triggered, this, &DesignRoundPage::submitRound);
    addAction(submitAction);
    QAction* attachAction = m_attachAction;
    attachAction->setObjectName(QStringLiteral("attachEvidenceAction"));
    attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    attachAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(attachAction, &QAction::triggered, this, [this] {
        // The row whose editor has focus; the first request otherwise.
        int row = 0;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            for (int column = KpiColumn; column < ColumnCount; ++column) {
                const QWidget* cell = m_table->cellWidget(r, column);
                if (cell && cell->isAncestorOf(QApplication::focusWidget()))
                    row = r;
            }
        }
        openEvidenceDialog(row);
    });
    addAction(attachAction);

    auto* answerLayout = new QVBoxLayout(m_answerBox);
    m_prompt->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("designPrompt"));
    // Undo: the editor leaves Ctrl+Z to the page's stack after committing the typing as its own step.
    m_answer->setCoach(interview::AnswerCoach(records.content().coach(), records.content().mistakes()),
                       interview::RoundKind::ProductDesign);
    m_answer->textEdit()->setMinimumHeight(80);
    answerLayout->addWidget(m_prompt);
    answerLayout->addWidget(m_answer, 1);

    QFormLayout* scoresForm = m_scoresForm;
    scoresForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QSpinBox* box : {m_designScore, m_metricTranslation, m_roadmapAlignment}) {
        auto* caption = new QLabel(m_scoresBox);  // its text: retranslate()
        caption->setBuddy(box);
        scoresForm->addRow(caption, box);
    }
    m_veto->setObjectName(QStringLiteral("veto"));
    m_veto->setWordWrap(true);
    QFont bold;  // only the weight set: the size follows the application font
    bold.setBold(true);
    m_veto->setFont(bold);
    StatusColors::show(m_veto, StatusColors::Status::Bad);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    scoresForm->addRow(m_veto);
    scoresForm->addRow(m_verdict);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 4, 0);
    rightLayout->addWidget(m_calculatorBox);
    rightLayout->addWidget(m_answerBox, 1);
    rightLayout->addWidget(m_scoresBox);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("answerScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(right);
    scrollDownOnly(scroll);  // the panel wraps to its width and is never cut at the side

    auto* splitter = new QSplitter(this);
    m_splitter = splitter;
    m_left = left;
    m_side = scroll;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({920, 400});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_picker, &SessionPicker::sessionChosen, this, &DesignRoundPage::showSession);
    connect(m_scenarioBox, &QComboBox::activated, this,
            [this](int index) { chooseScenario(m_scenarioBox->itemData(index).toString()); });
    connect(m_rebalance, &QRadioButton::toggled, this, [this] {
        QSettings().setValue(kShareModeKey,
                             m_manual->isChecked() ? QStringLiteral("manual") : QStringLiteral("rebalance"));
    });
    connect(m_submit, &QPushButton::clicked, this, &DesignRoundPage::submitRound);
    connect(m_calculator, &MetricTranslationPanel::insertRequested, this, &DesignRoundPage::insertIntoAnswer);
    // Typing is saved when it pauses; typing in a row is one undo step (SessionEditCommand merges).
    connect(m_answer, &CoachedAnswerEditor::textCommitted, this, &DesignRoundPage::saveAnswer);
    for (QSpinBox* box : {m_designScore, m_metricTranslation, m_roadmapAlignment})
        connect(box, &QSpinBox::valueChanged, this, &DesignRoundPage::editScores);
    connect(m_controller, &SessionController::designChanged, this, &DesignRoundPage::refresh);
    connect(m_controller, &SessionController::answerChanged, this, [this](int question) {
        if (question != designQuestion())
            return;
        const QString stored = session().questions.at(question).answer;
        if (m_answer->text() != stored)
            m_answer->setText(stored);  // an undo or an insert, not typing: no commit back
        refreshAnswer();
    });
    connect(m_controller, &SessionController::refused, this, &StudioPage::statusMessage);
    connect(m_controller, &SessionController::storageError, this, [this](const QString& message) {
        emit statusMessage(message);
        refresh();  // nothing was saved: the widgets show what is stored
    });
    // Edits made elsewhere (the Live session, the Debrief, an import); this page's own come by the
    // controller's signals.
    connect(&records, &InterviewRecords::sessionChanged, this, [this](std::int64_t id) {
        if (id == session().id && !m_controller->isAnnouncing())
            reload();
    });
    connect(&records, &InterviewRecords::sessionsChanged, m_picker, &SessionPicker::reload);
    retranslate();
    showSession(m_picker->currentSessionId());
}

void DesignRoundPage::retranslate()
{
    m_sessionLabel->setText(tr("Sessio&n:"));
    // The picker's labels ("Live mock", the date) are worded when filled: fill it again, same session.
    m_picker->setAccessibleName(QCoreApplication::translate("debrief::studio::SessionPicker", "Session"));
    m_picker->reload();
    m_scenarioLabel->setText(tr("S&cenario:"));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("answerScroll")))
        scroll->setAccessibleName(tr("Calculator, answer and scores"));
    m_scenarioBox->setPlaceholderText(tr("Choose a scenario"));
    // The scenarios' titles are content: InterviewRecords has them in the new language already.
    for (int i = 0; i < m_scenarioBox->count(); ++i)
        if (const interview::Scenario* entry = m_records.content().scenario(m_scenarioBox->itemData(i).toString()))
            m_scenarioBox->setItemText(i, entry->title);
    // The coach names catalogue mistakes by their titles: take them in the new language too.
    m_answer->setCoach(interview::AnswerCoach(m_records.content().coach(), m_records.content().mistakes()),
                       m_answer->round());
    m_table->setAccessibleName(tr("Feature requests"));
    const QStringList headers{tr("Request"),    tr("KPI"),      tr("Impact"),
                              tr("Confidence"), tr("Evidence"), tr("Budget share")};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setText(headers.at(column));
    m_table->horizontalHeaderItem(ImpactColumn)->setToolTip(tr("Expected gain on the KPI, in percent"));
    m_table->horizontalHeaderItem(ConfidenceColumn)->setToolTip(tr("How sure the candidate is of that gain"));
    m_table->horizontalHeaderItem(ShareColumn)->setToolTip(tr("Share of the quarterly budget"));
    m_rebalance->setText(tr("The &others rebalance"));
    m_manual->setText(tr("I &balance them myself"));
    m_rebalance->setToolTip(tr("Editing one share scales the others so the shares always sum to 100 %"));
    m_manual->setToolTip(tr("Editing one share leaves the others; the round cannot be submitted until they sum "
                            "to 100 %"));
    m_roadmapScore->setToolTip(tr("Sum over the requests of impact x confidence x share: the percent of KPI gain "
                                  "the budget buys, weighted by how sure it is"));
    m_submit->setText(tr("&Submit the round"));
    m_shareModeLabel->setText(tr("When a share changes:"));
    m_allocationChart->setAxisTitles(QString(), tr("Share of the budget (%)"));
    m_allocationBox->setTitle(tr("Allocation"));
    m_impactBox->setTitle(tr("Impact against cost"));
    m_calculatorBox->setTitle(tr("Metric translation"));
    m_submitAction->setText(tr("Submit the round"));
    m_attachAction->setText(tr("Attach replay evidence to the request being edited"));
    m_answerBox->setTitle(tr("Answer"));
    m_answer->textEdit()->setAccessibleName(tr("Answer to the design question"));
    m_scoresBox->setTitle(tr("Interviewer scores"));
    const std::pair<QWidget*, QString> captions[] = {{m_designScore, tr("&Design (0-4):")},
                                                     {m_metricTranslation, tr("&Metric Translation (0-4):")},
                                                     {m_roadmapAlignment, tr("Roadmap &Alignment (0-4):")}};
    for (const auto& [field, caption] : captions) {
        if (auto* label = qobject_cast<QLabel*>(m_scoresForm->labelForField(field)))
            label->setText(caption);
    }
    for (QSpinBox* box : {m_designScore, m_metricTranslation, m_roadmapAlignment})
        box->setSpecialValueText(tr("Not scored"));
    for (int row = 0; row < m_rows.size(); ++row)
        retranslateRow(row);
    refreshTexts();
}

void DesignRoundPage::resizeEvent(QResizeEvent* event)
{
    // The calculator and answer beside the requests when both fit, below them when not.
    const QMargins margins = layout()->contentsMargins();
    const int sideBySide = m_left->minimumSizeHint().width() + m_side->minimumWidth() + m_splitter->handleWidth() +
                           margins.left() + margins.right();
    // Strictly wider: a page held at exactly its side-by-side minimum is one its window squeezes.
    m_splitter->setOrientation(event->size().width() > sideBySide ? Qt::Horizontal : Qt::Vertical);
    StudioPage::resizeEvent(event);
}

void DesignRoundPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
        refreshPrompt();
    }
    StudioPage::changeEvent(event);
}

void DesignRoundPage::retranslateRow(int row)
{
    const interview::Scenario* chosen = scenario();
    if (!chosen || row < 0 || row >= m_rows.size() || row >= chosen->requests.size())
        return;
    const interview::FeatureRequest& request = chosen->requests.at(row);
    if (QTableWidgetItem* title = m_table->item(row, RequestColumn)) {
        title->setText(request.title);  // the content's language follows the UI's
        title->setToolTip(
            tr("%1\nEstimated cost: %2").arg(request.description, DisplayFormat::money(request.estimatedCostUsd)));
    }
    const RowWidgets& widgets = m_rows.at(row);
    for (int i = 0; i < widgets.kpi->count(); ++i)
        widgets.kpi->setItemText(i, interview::title(interview::Kpi(widgets.kpi->itemData(i).toInt())));
    widgets.kpi->setAccessibleName(tr("KPI of %1").arg(request.title));
    widgets.impact->setSuffix(tr(" %"));
    widgets.impact->setAccessibleName(tr("Expected impact of %1").arg(request.title));
    widgets.confidence->setSuffix(tr(" %"));
    widgets.confidence->setAccessibleName(tr("Confidence in %1").arg(request.title));
    widgets.evidence->setPlaceholderText(tr("Where the impact comes from"));
    widgets.evidence->setAccessibleName(tr("Evidence for %1").arg(request.title));
    widgets.attach->setText(tr("Replay…"));
    widgets.attach->setToolTip(tr("Attach a saved Trace Lab comparison: its numbers fill the expected impact"));
    widgets.slider->setAccessibleName(tr("Share of %1").arg(request.title));
    widgets.share->setSuffix(tr(" %"));
    widgets.share->setAccessibleName(tr("Share of %1 in percent").arg(request.title));
}

bool DesignRoundPage::eventFilter(QObject* watched, QEvent* event)
{
    // The text editors must not take Ctrl+Z from the page's undo stack. Typing not yet saved becomes
    // its own step first, so the undo that follows takes back exactly what was typed.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            if (auto* edit = qobject_cast<QLineEdit*>(watched))
                emit edit->editingFinished();
            event->ignore();
            return true;
        }
    }
    return StudioPage::eventFilter(watched, event);
}

// --- State ------------------------------------------------------------------------------------------

const interview::Scenario* DesignRoundPage::scenario() const
{
    return session().design ? m_records.content().scenario(session().design->scenarioId) : nullptr;
}

QList<interview::DesignAllocation> DesignRoundPage::allocations() const
{
    QList<interview::DesignAllocation> out;
    const interview::Scenario* chosen = scenario();
    if (!chosen)
        return out;
    for (const interview::FeatureRequest& request : chosen->requests) {
        const interview::DesignAllocation* stored = findAllocation(*session().design, request.id);
        out << (stored ? *stored
                       : interview::DesignAllocation{request.id, request.suggestedKpi, 0.0, 0.5, QString(), 0.0});
    }
    return out;
}

int DesignRoundPage::designQuestion() const
{
    return m_controller->designQuestion();
}

DesignRoundPage::ShareMode DesignRoundPage::shareMode() const
{
    return m_manual->isChecked() ? ShareMode::Manual : ShareMode::Rebalance;
}

void DesignRoundPage::setShareMode(ShareMode mode)
{
    (mode == ShareMode::Manual ? m_manual : m_rebalance)->setChecked(true);
}

bool DesignRoundPage::canSubmit() const
{
    return scenario() && interview::BudgetAllocation::checkShares(allocations()).balanced;
}

interview::DesignRound DesignRoundPage::currentRound() const
{
    return session().design.value_or(interview::DesignRound{});
}

const interview::Session& DesignRoundPage::session() const
{
    return m_controller->session();
}

QUndoStack* DesignRoundPage::undoStack() const
{
    return m_controller->undoStack();
}

void DesignRoundPage::showSession(std::int64_t id)
{
    commitAnswer();
    if (m_picker->currentSessionId() != id)
        m_picker->setCurrentSessionId(id);
    load(id);  // the controller's undo stack starts again for another session
}

void DesignRoundPage::reload()
{
    load(session().id);
}

void DesignRoundPage::load(std::int64_t id)
{
    m_loadProblem.clear();
    // Why there is none, for a person; a storage error was said as it came (storageError).
    if (!m_controller->load(id))
        m_records.loadSession(id, &m_loadProblem);
    m_loadFailed = id > 0 && !m_controller->hasSession() && m_records.isOpen();
    refresh();
}

// --- Editing ------------------------------------------------------------------------------------------

void DesignRoundPage::pushRound(const interview::DesignRound& after, const QString& text, int mergeId,
                                const QString& mergeKey)
{
    m_controller->setDesignRound(after, text, mergeId, mergeKey);
}

void DesignRoundPage::chooseScenario(const QString& scenarioId)
{
    const interview::Scenario* chosen = m_records.content().scenario(scenarioId);
    if (session().id == 0 || !chosen || (session().design && session().design->scenarioId == scenarioId))
        return;
    interview::DesignRound after = currentRound();
    after.scenarioId = scenarioId;
    after.allocations = freshAllocations(*chosen);
    pushRound(after, tr("Choose scenario \"%1\"").arg(chosen->title));
    emit statusSentence([title = chosen->title, count = int(chosen->requests.size())] {
        return tr("Scenario \"%1\": %n request(s)", nullptr, count).arg(title);
    });
}

void DesignRoundPage::editAllocation(int row, const std::function<void(interview::DesignAllocation&)>& change,
                                     const QString& text, int mergeId)
{
    QList<interview::DesignAllocation> rows = allocations();
    if (row < 0 || row >= rows.size())
        return;
    change(rows[row]);
    interview::DesignRound after = currentRound();
    after.allocations = rows;
    pushRound(after, text, mergeId, rows.at(row).requestId);
}

void DesignRoundPage::editShare(int row, double sharePercent, bool dragging)
{
    QList<interview::DesignAllocation> rows = allocations();
    if (row < 0 || row >= rows.size())
        return;
    QList<double> shares;
    for (const interview::DesignAllocation& allocation : rows)
        shares << allocation.sharePercent;
    if (shareMode() == ShareMode::Rebalance)
        shares = interview::BudgetAllocation::rebalance(shares, row, sharePercent);
    else
        shares[row] = std::round(std::clamp(sharePercent, 0.0, 100.0) * 10.0) / 10.0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].sharePercent = shares.at(i);
    interview::DesignRound after = currentRound();
    after.allocations = rows;
    const interview::FeatureRequest& request = scenario()->requests.at(row);
    pushRound(after, tr("Share of \"%1\"").arg(request.title), dragging ? kMergeShare : -1, request.id);
}

void DesignRoundPage::attachEvidence(int row, const ReplayEvidence& evidence, ReplayEvidence::Measure measure)
{
    const std::optional<double> impact = evidence.impactPercent(measure);
    if (!impact || row < 0 || row >= m_rows.size())
        return;
    const QString text = evidence.evidenceText(measure);
    // The impact box shows 0.1 % steps: the stored number is the one shown.
    const double shown = std::round(*impact * 10.0) / 10.0;
    editAllocation(
        row,
        [&](interview::DesignAllocation& allocation) {
            allocation.expectedImpactPercent = shown;
            allocation.evidence = text;
        },
        tr("Attach evidence"));
    emit statusSentence(
        [shown] { return tr("Evidence attached: expected impact %1").arg(interview::MetricTranslation::percent(shown)); });
}

void DesignRoundPage::openEvidenceDialog(int row)
{
    const interview::Scenario* chosen = scenario();
    if (!chosen || row < 0 || row >= chosen->requests.size())
        return;
    if (m_evidenceDialog)
        m_evidenceDialog->close();
    auto* dialog =
        new EvidenceDialog(m_records.database(), chosen->requests.at(row).title, allocations().at(row).kpi, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_evidenceDialog = dialog;
    const QString requestId = chosen->requests.at(row).id;
    const std::int64_t sessionId = session().id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, requestId, sessionId] {
        const std::optional<ReplayEvidence> evidence = dialog->chosen();
        const int at = int(m_rowIds.indexOf(requestId));
        // The request it was opened for, in the session it was opened for.
        if (evidence && at >= 0 && session().id == sessionId)
            attachEvidence(at, *evidence, dialog->measure());
    });
    dialog->open();
}

void DesignRoundPage::editScores()
{
    if (m_loading || session().id == 0 || !scenario())
        return;
    interview::DesignRound after = currentRound();
    after.designScore = m_designScore->value();
    after.metricTranslation = m_metricTranslation->value();
    after.roadmapAlignment = m_roadmapAlignment->value();
    pushRound(after, tr("Interviewer scores"));
}

DesignRoundPage::~DesignRoundPage()
{
    disconnectRows();
}

void DesignRoundPage::disconnectRows()
{
    for (const RowWidgets& row : std::as_const(m_rows)) {
        for (QObject* widget : std::initializer_list<QObject*>{row.kpi, row.impact, row.confidence, row.evidence,
                                                               row.attach, row.slider, row.share}) {
            if (widget)
                disconnect(widget, nullptr, this, nullptr);
        }
    }
}

void DesignRoundPage::saveEdits()
{
    commitAnswer();
    for (const auto& row : m_rows) {
        if (row.evidence && row.evidence->hasFocus())
            emit row.evidence->editingFinished();
    }
}

void DesignRoundPage::commitAnswer()
{
    m_answer->flush();
}

void DesignRoundPage::saveAnswer(const QString& after)
{
    // Typing since the last other edit is one step (the controller merges it).
    m_controller->setDesignAnswer(after, tr("Typing"), SessionController::kMergeAnswer);
}

void DesignRoundPage::insertIntoAnswer(const QString& text)
{
    if (session().id == 0 || text.isEmpty())
        return;
    commitAnswer();  // typing before the insert stays its own undo step
    QTextCursor cursor = m_answer->textEdit()->textCursor();
    const QString current = m_answer->text();
    const int at = cursor.position();
    // A sentence of its own: a space before it after other text, a full stop after it.
    QString insert = text;
    if (!insert.endsWith(QLatin1Char('.')))
        insert += QLatin1Char('.');
    if (at > 0 && !current.at(at - 1).isSpace())
        insert.prepend(QLatin1Char(' '));
    if (at < current.size() && !current.at(at).isSpace())
        insert += QLatin1Char(' ');
    const QString after = current.left(at) + insert + current.mid(at);
    if (!m_controller->setDesignAnswer(after, tr("Insert metric translation"), -1))
        return;
    QTextCursor c = m_answer->textEdit()->textCursor();
    c.setPosition(std::min(at + int(insert.size()), int(after.size())));
    m_answer->textEdit()->setTextCursor(c);
    emit statusSentence([] { return tr("Metric translation inserted into the answer"); });
}

void DesignRoundPage::submitRound()
{
    if (!session().id || !canSubmit())
        return;
    commitAnswer();
    const int question = designQuestion();
    if (question >= 0 && session().questions.at(question).answeredAtMs >= 0)
        return;
    if (m_controller->submitDesignRound())
        emit statusSentence([] { return tr("Product design round submitted"); });
}

// --- Showing ---------------------------------------------------------------------------------------

EvidenceDialog* DesignRoundPage::evidenceDialog() const
{
    return m_evidenceDialog.data();
}

QComboBox* DesignRoundPage::kpiBox(int row) const
{
    return m_rows.value(row).kpi;
}

QDoubleSpinBox* DesignRoundPage::impactBox(int row) const
{
    return m_rows.value(row).impact;
}

QSpinBox* DesignRoundPage::confidenceBox(int row) const
{
    return m_rows.value(row).confidence;
}

QLineEdit* DesignRoundPage::evidenceEdit(int row) const
{
    return m_rows.value(row).evidence;
}

QPushButton* DesignRoundPage::evidenceButton(int row) const
{
    return m_rows.value(row).attach;
}

QSlider* DesignRoundPage::shareSlider(int row) const
{
    return m_rows.value(row).slider;
}

QDoubleSpinBox* DesignRoundPage::shareBox(int row) const
{
    return m_rows.value(row).share;
}

void DesignRoundPage::rebuildTable()
{
    const interview::Scenario* chosen = scenario();
    QStringList ids;
    if (chosen) {
        for (const interview::FeatureRequest& request : chosen->requests)
            ids << request.id;
    }
    if (ids == m_rowIds && m_table->rowCount() == ids.size())
        return;
    m_rowIds = ids;
    if (m_table->isAncestorOf(QApplication::focusWidget()))
        m_table->setFocus(Qt::OtherFocusReason);  // the focused field is about to go
    disconnectRows();
    m_rows.clear();
    m_table->clearContents();
    m_table->setRowCount(int(ids.size()));
    if (!chosen)
        return;
    QList<interview::Kpi> kpis = chosen->kpis;
    if (kpis.isEmpty())
        kpis = QList<interview::Kpi>(interview::kAllKpis.begin(), interview::kAllKpis.end());
    for (int row = 0; row < ids.size(); ++row) {
        const interview::FeatureRequest& request = chosen->requests.at(row);
        m_table->setItem(row, RequestColumn, new QTableWidgetItem(request.title));

        RowWidgets widgets;
        widgets.kpi = new QComboBox(m_table);
        widgets.kpi->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "Beobachtbarkeit" whole in German
        for (interview::Kpi kpi : kpis)
            widgets.kpi->addItem(interview::title(kpi), int(kpi));
        m_table->setCellWidget(row, KpiColumn, centred(widgets.kpi));
        connect(widgets.kpi, &QComboBox::activated, this, [this, row](int index) {
            const interview::Kpi kpi = interview::Kpi(m_rows.at(row).kpi->itemData(index).toInt());
            editAllocation(
                row, [kpi](interview::DesignAllocation& a) { a.kpi = kpi; }, tr("KPI"));
        });

        widgets.impact = new QDoubleSpinBox(m_table);
        widgets.impact->setRange(-100.0, 1000.0);
        widgets.impact->setDecimals(1);
        widgets.impact->setKeyboardTracking(false);
        m_table->setCellWidget(row, ImpactColumn, centred(widgets.impact));
        connect(widgets.impact, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            if (!m_loading)
                editAllocation(
                    row, [value](interview::DesignAllocation& a) { a.expectedImpactPercent = value; },
                    tr("Expected impact"), kMergeImpact);
        });

        widgets.confidence = new QSpinBox(m_table);
        widgets.confidence->setRange(0, 100);
        widgets.confidence->setKeyboardTracking(false);
        m_table->setCellWidget(row, ConfidenceColumn, centred(widgets.confidence));
        connect(widgets.confidence, &QSpinBox::valueChanged, this, [this, row](int value) {
            if (!m_loading)
                editAllocation(
                    row, [value](interview::DesignAllocation& a) { a.confidence = value / 100.0; }, tr("Confidence"),
                    kMergeConfidence);
        });

        auto* evidenceCell = new QWidget(m_table);
        auto* evidenceLayout = new QHBoxLayout(evidenceCell);
        evidenceLayout->setContentsMargins(2, 0, 2, 0);
        evidenceLayout->setSpacing(4);
        widgets.evidence = new QLineEdit(evidenceCell);
        widgets.evidence->installEventFilter(this);
        widgets.attach = new QPushButton(evidenceCell);
        evidenceLayout->addWidget(widgets.evidence, 1);
        evidenceLayout->addWidget(widgets.attach);
        m_table->setCellWidget(row, EvidenceColumn, evidenceCell);
        connect(widgets.evidence, &QLineEdit::editingFinished, this, [this, row] {
            if (m_loading || row >= m_rows.size())
                return;
            const QString text = m_rows.at(row).evidence->text();
            if (text != allocations().value(row).evidence)
                editAllocation(
                    row, [text](interview::DesignAllocation& a) { a.evidence = text; }, tr("Evidence"), kMergeEvidence);
        });
        connect(widgets.attach, &QPushButton::clicked, this, [this, row] { openEvidenceDialog(row); });

        auto* shareCell = new QWidget(m_table);
        auto* shareLayout = new QHBoxLayout(shareCell);
        shareLayout->setContentsMargins(2, 0, 2, 0);
        shareLayout->setSpacing(4);
        widgets.slider = new QSlider(Qt::Horizontal, shareCell);
        widgets.slider->setRange(0, 1000);  // tenths of a percent
        widgets.slider->setPageStep(50);
        widgets.slider->setMinimumWidth(80);
        widgets.share = new QDoubleSpinBox(shareCell);
        widgets.share->setRange(0.0, 100.0);
        widgets.share->setDecimals(1);
        widgets.share->setKeyboardTracking(false);
        shareLayout->addWidget(widgets.slider, 1);
        shareLayout->addWidget(widgets.share);
        m_table->setCellWidget(row, ShareColumn, shareCell);
        connect(widgets.slider, &QSlider::valueChanged, this, [this, row](int tenths) {
            if (!m_loading)
                editShare(row, tenths / 10.0, m_rows.at(row).slider->isSliderDown());
        });
        connect(widgets.share, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            if (!m_loading)
                editShare(row, value);
        });
        m_rows << widgets;
        retranslateRow(row);
    }
    m_table->resizeRowsToContents();
    // Sizes from size hints: before the page is first shown the header's height() is not yet its own.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        int rowHeight = m_table->rowHeight(row);
        for (int column = KpiColumn; column < ColumnCount; ++column) {
            if (const QWidget* cell = m_table->cellWidget(row, column))
                rowHeight = std::max(rowHeight, cell->sizeHint().height() + 2);
        }
        m_table->setRowHeight(row, rowHeight);
        height += rowHeight;
    }
    // As tall as its rows: the room below goes to the charts.
    m_table->setFixedHeight(std::min(height, 260));
}

void DesignRoundPage::refresh()
{
    m_loading = true;
    const bool hasSession = session().id > 0;
    const interview::Scenario* chosen = scenario();
    {
        const QSignalBlocker block(m_scenarioBox);
        m_scenarioBox->setEnabled(hasSession);
        m_scenarioBox->setCurrentIndex(chosen ? m_scenarioBox->findData(chosen->id) : -1);
    }
    rebuildTable();
    const QList<interview::DesignAllocation> rows = allocations();
    for (int row = 0; row < m_rows.size() && row < rows.size(); ++row) {
        const RowWidgets& widgets = m_rows.at(row);
        const interview::DesignAllocation& allocation = rows.at(row);
        if (widgets.kpi->findData(int(allocation.kpi)) < 0)
            widgets.kpi->addItem(interview::title(allocation.kpi), int(allocation.kpi));
        widgets.kpi->setCurrentIndex(widgets.kpi->findData(int(allocation.kpi)));
        widgets.impact->setValue(allocation.expectedImpactPercent);
        widgets.confidence->setValue(int(std::lround(allocation.confidence * 100.0)));
        if (widgets.evidence->text() != allocation.evidence) {
            widgets.evidence->setText(allocation.evidence);
            widgets.evidence->setCursorPosition(0);
        }
        widgets.evidence->setToolTip(allocation.evidence);
        widgets.slider->setValue(int(std::lround(allocation.sharePercent * 10.0)));
        widgets.share->setValue(allocation.sharePercent);
    }

    m_submit->setEnabled(hasSession && canSubmit() &&
                         (designQuestion() < 0 || session().questions.at(designQuestion()).answeredAtMs < 0));
    m_table->setEnabled(hasSession && chosen);
    refreshScores();
    refreshAnswer();
    refreshTexts();
    m_loading = false;
}

void DesignRoundPage::refreshTexts()
{
    // "No session yet" and the database's own problem in the current language (a switch comes here).
    QString problem = m_loadProblem;
    if (session().id == 0 && !m_loadFailed)
        m_records.loadSession(0, &problem);
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());
    const bool hasSession = session().id > 0;
    const interview::Scenario* chosen = scenario();
    m_context->setText(
        chosen ? tr("%1 Quarterly budget: %2.").arg(chosen->context, DisplayFormat::money(chosen->quarterlyBudgetUsd))
               : (hasSession ? tr("Choose the scenario the candidate was given.") : QString()));
    const QList<interview::DesignAllocation> rows = allocations();
    const interview::BudgetCheck check = interview::BudgetAllocation::checkShares(rows);
    m_sum->setText(chosen ? check.message : QString());
    const bool unbalanced = chosen && !check.balanced;
    QFont sumFont;
    sumFont.setBold(unbalanced);
    m_sum->setFont(unbalanced ? sumFont : QFont());
    StatusColors::show(m_sum, unbalanced ? StatusColors::Status::Bad : StatusColors::Status::Normal);
    m_roadmapScore->setText(chosen
                                ? tr("Weighted roadmap score: %1")
                                      .arg(DisplayFormat::decimal(interview::BudgetAllocation::roadmapScore(rows), 2))
                                : QString());
    m_submit->setToolTip(chosen && !check.balanced ? tr("Cannot submit: %1").arg(check.message)
                                                   : tr("Mark the design question answered with this allocation"));
    refreshCharts();
    refreshVerdict();
    const int question = designQuestion();
    const std::int64_t answeredAt = question >= 0 ? session().questions.at(question).answeredAtMs : -1;
    m_submitted->setText(
        answeredAt >= 0 ? tr("Submitted at %1").arg(DisplayFormat::duration(double(answeredAt) / 1000.0)) : QString());
}

void DesignRoundPage::refreshCharts()
{
    const interview::Scenario* chosen = scenario();
    QStringList names;
    QList<qreal> shares;
    QList<QPointF> points;
    if (chosen) {
        const QList<interview::DesignAllocation> rows = allocations();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const interview::FeatureRequest& request = chosen->requests.at(i);
            names << request.title;
            shares << rows.at(i).sharePercent;
            points << QPointF(request.estimatedCostUsd, rows.at(i).expectedImpactPercent);
        }
    }
    QStringList categories;
    for (const QString& name : names)
        categories << wrappedLabel(name);
    m_allocationChart->setBars(categories, shares, tr("Share (%)"));
    m_impactChart->setRequests(names, points);
}

void DesignRoundPage::refreshScores()
{
    const bool enabled = session().id > 0 && scenario();
    const interview::DesignRound round = currentRound();
    for (QSpinBox* box : {m_designScore, m_metricTranslation, m_roadmapAlignment})
        box->setEnabled(enabled);
    m_designScore->setValue(round.designScore);
    m_metricTranslation->setValue(round.metricTranslation);
    m_roadmapAlignment->setValue(round.roadmapAlignment);
}

void DesignRoundPage::refreshVerdict()
{
    const interview::DesignRound round = currentRound();
    const interview::VerdictGrid grid = m_records.content().verdictGrid();
    const interview::Verdict veto =
        grid.applyVeto(interview::Verdict{}, session().design ? round.metricTranslation : -1);
    m_veto->setText(veto.vetoed ? tr("Veto: %1").arg(veto.reasons.join(QLatin1Char(' '))) : QString());
    m_veto->setVisible(veto.vetoed);

    if (session().id == 0) {
        m_verdict->clear();
        return;
    }
    QStringList scorers = session().interviewers;
    if (scorers.isEmpty())
        scorers << QStringLiteral("self");
    QString html;
    for (const QString& name : scorers) {
        const interview::Verdict verdict = grid.forSession(session(), name);
        const QString who = name == QLatin1String("self") ? tr("Self-score") : name;
        html += tr("<br/>%1: <b>%2</b>%3 (%4)")
                    .arg(who.toHtmlEscaped(),
                         verdict.recommendation == interview::Recommendation::None
                             ? tr("not scored yet")
                             : interview::title(verdict.recommendation).toHtmlEscaped(),
                         verdict.vetoed ? tr(" (vetoed)") : QString(),
                         verdict.reasons.isEmpty() ? QString() : verdict.reasons.last().toHtmlEscaped());
    }
    m_verdict->setText(tr("<b>Verdict</b>") + html);
}

void DesignRoundPage::refreshAnswer()
{
    const int question = designQuestion();
    const bool enabled = session().id > 0;
    m_answer->setEnabled(enabled);
    refreshPrompt();
    const QString stored = question >= 0 ? session().questions.at(question).answer : QString();
    if (!m_answer->hasPendingCommit() && m_answer->text() != stored)
        m_answer->setText(stored);
}

// The design question's prompt: content, so in the UI language (a switch comes here too).
void DesignRoundPage::refreshPrompt()
{
    const int question = designQuestion();
    const interview::Question* asked =
        question >= 0 ? m_records.content().question(session().questions.at(question).questionId) : nullptr;
    if (!asked) {
        const QList<interview::Question> bank = m_records.content().questions(interview::RoundKind::ProductDesign);
        asked = bank.isEmpty() ? nullptr : m_records.content().question(bank.first().id);
    }
    m_prompt->setText(asked ? asked->prompt : QString());
}

}  // namespace debrief::studio

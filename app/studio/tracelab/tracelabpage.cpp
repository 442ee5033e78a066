#include "tracelabpage.h"
#include "analysesview.h"

#include "widgets/chartstyle.h"

#include "analysislistdialog.h"
#include "backgroundwork.h"
#include "clustereditor.h"
#include "comparisonmodel.h"
#include "demotrace.h"
#include "devicereplaypanel.h"
#include "displayformat.h"
#include "importissuemodel.h"
#include "livereplay.h"
#include "livereplaycharts.h"
#include "policymetricsmodel.h"
#include "sharingpanel.h"
#include "sharingsession.h"
#include "tracefiltereditor.h"
#include "traceformatbox.h"
#include "tracelabsession.h"
#include "tracesummaryview.h"
#include "widgets/barchartview.h"
#include "widgets/chartexport.h"
#include "widgets/tableexport.h"
#include "widgets/timeserieschartview.h"

#include "interview/quantityformat.h"
#include "widgets/flowlayout.h"
#include "widgets/scrolldownonly.h"
#include "widgets/statuscolors.h"

#include <storage/analysisstore.h>
#include <storage/database.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QDir>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QXYSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <sstream>
#include <utility>

namespace debrief::studio {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);  // read-only: Tab moves on instead of trapping a keyboard user in the cells
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The time by which `share` of the jobs were submitted: "mid-replay" by work, not by clock, since
// real traces bunch their jobs.
std::int64_t submittedBy(const trace::Trace& trace, double share)
{
    if (trace.jobs.empty())
        return 0;
    std::vector<std::int64_t> submits;
    submits.reserve(trace.jobs.size());
    for (const trace::Job& job : trace.jobs)
        submits.push_back(job.submit);
    const auto at = std::size_t(std::clamp(share, 0.0, 1.0) * double(submits.size() - 1));
    std::nth_element(submits.begin(), submits.begin() + std::ptrdiff_t(at), submits.end());
    return submits[at];
}

// Two replays that scheduled alike: the same metrics to the second.
bool sameResults(const replay::ReplayResult& a, const replay::ReplayResult& b)
{
    if (!a.metrics || !b.metrics)
        return false;
    const replay::Metrics& x = *a.metrics;
    const replay::Metrics& y = *b.metrics;
    return x.makespan == y.makespan && x.queueingDelay.p95 == y.queueingDelay.p95 &&
           x.queueingDelay.mean == y.queueingDelay.mean && x.jct.mean == y.jct.mean && x.utilization == y.utilization;
}

}  // namespace

TraceLabPage::TraceLabPage(QWidget* parent)
    : StudioPage(parent), m_session(new TraceLabSession(this)), m_open(new QPushButton(this)), m_format(new TraceFormatBox(this)),
      m_lenient(new QCheckBox(this)), m_progress(new QProgressBar(this)), m_activity(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_summary(new TraceSummaryView(this)), m_filter(new TraceFilterEditor(this)),
      m_cluster(new ClusterEditor(this)), m_replay(new QPushButton(this)), m_replayAction(new QAction(this)),
      m_saveAnalysis(new QAction(this)), m_openAnalysis(new QAction(this)), m_saveAnalysisButton(new QPushButton(this)),
      m_openAnalysisButton(new QPushButton(this)), m_evidence(new QPushButton(this)), m_resultsFor(new QLabel(this)),
      m_metrics(new PolicyMetricsModel(this)), m_sortedMetrics(new QSortFilterProxyModel(this)), m_metricsView(nullptr),
      m_issueHeadline(new QLabel(this)), m_policies(new QListWidget(this)), m_speed(new QComboBox(this)),
      m_pause(new QPushButton(this)), m_step(new QPushButton(this)), m_cursor(new QSlider(Qt::Horizontal, this)),
      m_cursorState(new QLabel(this)), m_charts(new LiveReplayCharts(this)), m_comparison(new ComparisonModel(this)),
      m_baseline(new QComboBox(this)), m_comparisonView(nullptr), m_tabs(new QTabWidget(this)),
      m_issues(new ImportIssueModel(this)), m_issueView(nullptr)
{
    setAcceptDrops(true);
    m_lastDirectory = QSettings().value(QStringLiteral("tracelab/lastDirectory")).toString();

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    for (replay::PolicyKind policy : replay::kAllPolicies) {
        auto* item = new QListWidgetItem(QString::fromUtf8(replay::policyName(policy)), m_policies);
        item->setData(Qt::UserRole, int(policy));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setForeground(LiveReplayCharts::policyColor(policy));
    }
    m_policies->setMinimumHeight(60);
    for (double hoursPerSecond : {0.0, 1.0, 6.0, 24.0, 168.0})
        m_speed->addItem(QString(), hoursPerSecond);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // its words change with the language
    m_cursor->setRange(0, 1000);
    m_cursorState->setWordWrap(true);
    m_cursorState->setTextFormat(Qt::RichText);
    m_cursorState->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_cursorState->setMinimumWidth(300);
    m_replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replayAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_replayAction);
    m_saveAnalysis->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAnalysis->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveAnalysis);
    addAction(m_openAnalysis);
    m_resultsFor->setWordWrap(true);
    m_issueHeadline->setWordWrap(true);

    m_sortedMetrics->setSourceModel(m_metrics);
    m_sortedMetrics->setSortRole(PolicyMetricsModel::SortRole);
    m_metricsView = makeTable(m_sortedMetrics, this);
    m_metricsView->setSortingEnabled(true);
    m_metricsView->sortByColumn(-1, Qt::AscendingOrder);  // kAllPolicies order until the user picks a column
    m_issueView = makeTable(m_issues, this);
    m_comparisonView = makeTable(m_comparison, this);
    // Tests and screen-reader scripts find the parts by these names (no getter per widget).
    const std::pair<QObject*, const char*> names[] = {
        {m_open, "openButton"},         {m_format, "formatBox"},          {m_lenient, "lenientBox"},
        {m_cancel, "cancelButton"},     {m_progress, "progressBar"},      {m_issueHeadline, "issueHeadline"},
        {m_issueView, "issueView"},     {m_metricsView, "metricsView"},   {m_comparisonView, "comparisonView"},
        {m_speed, "speedBox"},          {m_pause, "pauseButton"},         {m_step, "stepButton"},
        {m_cursor, "cursorSlider"},     {m_policies, "policyList"},       {m_openAnalysis, "openAnalysisAction"},
        {m_saveAnalysis, "saveAnalysisAction"}, {m_replayAction, "replayAction"}};
    for (const auto& [object, name] : names)
        object->setObjectName(QLatin1String(name));
    // One line per policy, so all of them fit; the whole sentence is the cell's tooltip.
    m_comparisonView->setWordWrap(false);
    m_comparisonView->setTextElideMode(Qt::ElideRight);
    m_comparisonView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_comparisonView->verticalHeader()->setDefaultSectionSize(m_comparisonView->fontMetrics().height() + 8);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(ComparisonModel::InWords, QHeaderView::Stretch);

    // Row 1: where the trace comes from; it wraps in a narrow window or a long language.
    auto* importRow = new FlowLayout;
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);
    importRow->addWidget(m_open);
    importRow->addLayout(labelled(m_formatLabel, m_format));
    importRow->addWidget(m_lenient);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_activity);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    importRow->addLayout(progressRow);

    m_traceBox = new QGroupBox(this);
    // The filter shares the trace's box as a second tab: the page must still fit a 1000-pixel window.
    m_traceTabs = new QTabWidget(this);
    // The summary scrolls in its tab: the notes need their lines when the top row is short.
    auto* summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setMinimumWidth(260);  // the facts' labels and values side by side
    m_traceTabs->addTab(summaryScroll, QString());
    auto* filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filter);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    m_traceTabs->addTab(filterScroll, QString());
    m_traceTabs->setDocumentMode(true);
    (new QVBoxLayout(m_traceBox))->addWidget(m_traceTabs);

    m_clusterBox = new QGroupBox(this);
    auto* clusterLayout = new QVBoxLayout(m_clusterBox);
    // Scrolls rather than forcing a taller or wider window when the price table's row is shown.
    m_clusterScroll = new QScrollArea(this);
    m_clusterScroll->setWidget(m_cluster);
    m_clusterScroll->setWidgetResizable(true);
    m_clusterScroll->setFrameShape(QFrame::NoFrame);
    scrollDownOnly(m_clusterScroll);  // as wide as the editor's fields in the current language
    clusterLayout->addWidget(m_clusterScroll, 1);
    m_loadBadge = new QLabel(this);
    m_loadBadge->setObjectName(QStringLiteral("loadBadge"));
    m_loadBadge->setWordWrap(true);
    m_loadBadge->setTextFormat(Qt::RichText);
    m_loadBadge->setObjectName(QStringLiteral("loadBadge"));
    clusterLayout->addWidget(m_loadBadge);

    m_policiesBox = new QGroupBox(this);
    auto* policiesLayout = new QVBoxLayout(m_policiesBox);
    policiesLayout->addWidget(m_policies, 1);
    policiesLayout->addWidget(m_replay);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_traceBox, 3);
    topLayout->addWidget(m_clusterBox, 1);
    topLayout->addWidget(m_policiesBox, 1);

    auto* controlRow = new QHBoxLayout;
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speed);
    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setBuddy(m_cursor);
    m_exportChartsButton = new QPushButton(this);
    m_exportChartsButton->setObjectName(QStringLiteral("exportChartsButton"));
    controlRow->addWidget(m_speedLabel);
    controlRow->addWidget(m_speed);
    controlRow->addWidget(m_pause);
    controlRow->addWidget(m_step);
    controlRow->addWidget(m_cursorLabel);
    controlRow->addWidget(m_cursor, 1);
    controlRow->addWidget(m_exportChartsButton);

    auto* chartsPage = new QWidget(this);
    // The state table beside the charts when both fit, below them when not (resizeEvent).
    m_chartsLayout = new QBoxLayout(QBoxLayout::LeftToRight, chartsPage);
    auto* chartsLayout = m_chartsLayout;
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_charts, 1);
    // The charts and both tables are evidence alike: each tab has its own "Use as evidence".
    m_evidenceButtons = {m_evidence, new QPushButton(this), new QPushButton(this)};
    auto* stateColumn = new QVBoxLayout;
    stateColumn->addWidget(m_cursorState, 0, Qt::AlignLeft | Qt::AlignTop);
    stateColumn->addStretch(1);
    stateColumn->addWidget(m_evidenceButtons[1], 0, Qt::AlignRight);
    chartsLayout->addLayout(stateColumn);

    auto* comparisonPage = new QWidget(this);
    auto* comparisonLayout = new QVBoxLayout(comparisonPage);
    auto* baselineRow = new QHBoxLayout;
    m_baselineLabel = new QLabel(this);
    m_baselineLabel->setBuddy(m_baseline);
    m_exportCsvButton = new QPushButton(this);
    baselineRow->addWidget(m_baselineLabel);
    baselineRow->addWidget(m_baseline);
    baselineRow->addStretch(1);
    baselineRow->addWidget(m_evidence);
    baselineRow->addWidget(m_exportCsvButton);
    comparisonLayout->addLayout(baselineRow);
    comparisonLayout->addWidget(m_comparisonView);

    // Scrolls rather than forcing a tall window: six charts need room a laptop may not have.
    auto* chartsScroll = m_chartsScroll = new QScrollArea(this);
    chartsScroll->viewport()->installEventFilter(this);  // the state table beside or below the charts
    chartsScroll->setWidget(chartsPage);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(chartsScroll, QString());
    auto* metricsPage = new QWidget(this);
    auto* metricsLayout = new QVBoxLayout(metricsPage);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    metricsLayout->addWidget(m_evidenceButtons[2], 0, Qt::AlignRight);
    metricsLayout->addWidget(m_metricsView, 1);
    m_tabs->addTab(metricsPage, QString());
    m_tabs->addTab(comparisonPage, QString());
    // JCT and slowdown CDFs, waiting, fairness and delays by bucket: the controller's analyses().
    m_analysesView = new AnalysesView(this);
    m_tabs->addTab(m_analysesView, QString());
    // The same trace on the local GPU itself, measured, next to the simulator's numbers.
    m_devicePanel = new DeviceReplayPanel([this] { return m_session->cluster(); }, this);
    auto* deviceScroll = new QScrollArea(this);
    deviceScroll->setWidget(m_devicePanel);
    deviceScroll->setWidgetResizable(true);
    deviceScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(deviceScroll, QString());
    m_deviceTab = deviceScroll;
    for (auto signal : {&TraceLabPage::traceLoaded, &TraceLabPage::traceFiltered})
        connect(this, signal, m_devicePanel, [this] { m_devicePanel->setTrace(currentTrace(), currentTraceName()); });
    connect(m_devicePanel, &DeviceReplayPanel::finished, this, &StudioPage::settled);
    // GPU shares on a node list: the openb study's figure and the rounded-up against shared replay.
    m_sharingPanel = new SharingPanel(m_session->sharing(), this);
    auto* sharingScroll = new QScrollArea(this);
    sharingScroll->setWidget(m_sharingPanel);
    sharingScroll->setWidgetResizable(true);
    sharingScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(sharingScroll, QString());
    m_sharingTab = sharingScroll;
    connect(m_sharingPanel, &SharingPanel::statusMessage, this, &StudioPage::statusMessage);
    connect(m_sharingPanel, &SharingPanel::settled, this, [this] {
        if (isSettled())
            emit settled();
    });
    // --screenshot: the study on the loaded trace, then the comparison (studySharingWhenTraceLoads).
    SharingSession* sharing = m_session->sharing();
    const auto sharingShotDone = [this] {
        if (std::exchange(m_sharingForScreenshot, false) && isSettled())
            emit settled();
    };
    connect(this, &TraceLabPage::traceLoaded, this, [this, sharingShotDone] {
        if (!m_sharingForScreenshot)
            return;
        m_sharingPanel->seedCountBox()->setValue(3);
        if (!m_sharingPanel->runStudy())
            sharingShotDone();
    });
    connect(sharing, &SharingSession::studyFinished, this, [this, sharingShotDone] {
        if (m_sharingForScreenshot && !m_sharingPanel->compareCosts())
            sharingShotDone();
    });
    connect(sharing, &SharingSession::costsChanged, this, [this, sharing, sharingShotDone] {
        if (m_sharingForScreenshot && sharing->costs())
            sharingShotDone();
    });
    connect(sharing, &SharingSession::cancelled, this, sharingShotDone);
    connect(sharing, &SharingSession::failed, this, sharingShotDone);

    m_resultsBox = new QGroupBox(this);
    auto* resultsLayout = new QVBoxLayout(m_resultsBox);
    auto* resultsRow = new QHBoxLayout;
    resultsRow->addWidget(m_resultsFor, 1);
    resultsRow->addWidget(m_saveAnalysisButton);
    resultsRow->addWidget(m_openAnalysisButton);
    resultsLayout->addLayout(resultsRow);
    m_evidenceNotice = new QLabel(this);
    m_evidenceNotice->setObjectName(QStringLiteral("evidenceNotice"));
    m_evidenceNotice->setWordWrap(true);
    m_evidenceNotice->setTextFormat(Qt::RichText);
    m_evidenceNotice->setFrameShape(QFrame::StyledPanel);
    m_evidenceNotice->setVisible(false);
    connect(m_evidenceNotice, &QLabel::linkActivated, this, &TraceLabPage::designRoundRequested);
    resultsLayout->addWidget(m_evidenceNotice);
    resultsLayout->addLayout(controlRow);
    resultsLayout->addWidget(m_tabs, 1);

    m_issuesBox = new QGroupBox(this);
    auto* issuesLayout = new QVBoxLayout(m_issuesBox);
    issuesLayout->addWidget(m_issueHeadline);
    issuesLayout->addWidget(m_issueView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_resultsBox);
    splitter->addWidget(m_issuesBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({250, 560, 90});  // the charts get the room; problems are usually few

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(importRow);
    layout->addWidget(splitter, 1);

    setTabOrder(m_open, m_format);
    setTabOrder(m_format, m_lenient);
    setTabOrder(m_lenient, m_cancel);
    setTabOrder(m_cancel, m_cluster->placementBox());
    setTabOrder(m_cluster->lastInTabOrder(), m_policies);
    setTabOrder(m_policies, m_replay);
    setTabOrder(m_replay, m_speed);
    setTabOrder(m_speed, m_pause);
    setTabOrder(m_pause, m_step);
    setTabOrder(m_step, m_cursor);
    setTabOrder(m_cursor, m_metricsView);
    setTabOrder(m_metricsView, m_issueView);

    connect(m_open, &QPushButton::clicked, this, &TraceLabPage::chooseFile);
    connect(m_replay, &QPushButton::clicked, this, &TraceLabPage::replayCheckedPolicies);
    connect(m_replayAction, &QAction::triggered, this, &TraceLabPage::replayCheckedPolicies);
    connect(m_policies, &QListWidget::itemChanged, this, &TraceLabPage::updateActions);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { setSpeed(m_speed->currentData().toDouble()); });
    connect(m_pause, &QPushButton::clicked, this, &TraceLabPage::togglePause);
    connect(m_step, &QPushButton::clicked, this, &TraceLabPage::stepReplay);
    for (const auto& [key, slot] :
         {std::pair{Qt::Key_F6, &TraceLabPage::togglePause}, std::pair{Qt::Key_F7, &TraceLabPage::stepReplay}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(m_cursor, &QSlider::valueChanged, this, [this](int value) {
        const std::int64_t latest = shownLatestTime();
        setCursorTime(latest * value / std::max(1, m_cursor->maximum()));
    });
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_session->setBaseline(replay::PolicyKind(m_baseline->itemData(index).toInt()));
    });
    connect(m_exportChartsButton, &QPushButton::clicked, this, &TraceLabPage::chooseChartExport);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &TraceLabPage::chooseCsvExport);
    connect(m_saveAnalysis, &QAction::triggered, this, &TraceLabPage::chooseSaveAnalysis);
    connect(m_saveAnalysisButton, &QPushButton::clicked, this, &TraceLabPage::chooseSaveAnalysis);
    connect(m_openAnalysis, &QAction::triggered, this, &TraceLabPage::chooseOpenAnalysis);
    connect(m_openAnalysisButton, &QPushButton::clicked, this, &TraceLabPage::chooseOpenAnalysis);
    for (QPushButton* button : m_evidenceButtons)
        connect(button, &QPushButton::clicked, this, &TraceLabPage::chooseEvidence);
    connect(m_cancel, &QPushButton::clicked, this, &TraceLabPage::cancelWork);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TraceLabPage::cancelWork);
    connect(m_cluster, &ClusterEditor::clusterChanged, this,
            [this] { m_session->setCluster(m_cluster->cluster(), m_cluster->gpuJobsOnly()); });
    connect(m_filter, &TraceFilterEditor::applyRequested, this, &TraceLabPage::applyFilter);
    connect(m_charts, &LiveReplayCharts::redrawRequested, this, [this] {
        const std::optional<TraceLabAnalysis>& shown = m_session->shown();
        if (isReplaying() || !shown) {
            m_charts->showHistories(m_session->live().histories());
        } else {
            m_charts->showHistories(shown->histories);
            m_charts->showQueueingDelayCdfs(shown->delayCdfs);
        }
        updateCursorState();
    });
    bindController();
    m_summary->clear();
    showSentence(m_resultsFor, [] { return tr("Load a trace, pick a cluster, then replay all policies."); });
    showSentence(m_issueHeadline, [] { return tr("No problems."); });
    m_session->setCluster(m_cluster->cluster(), m_cluster->gpuJobsOnly());
    retranslate();
    updateActions();
}

void TraceLabPage::bindController()
{
    TraceLabSession* session = m_session;
    connect(session, &TraceLabSession::statusMessage, this, &StudioPage::statusMessage);
    connect(session, &TraceLabSession::progressChanged, this, &TraceLabPage::onProgress);
    connect(session, &TraceLabSession::busyChanged, this, [this] {
        updateActions();
        if (isSettled())
            emit settled();
    });
    connect(session, &TraceLabSession::failed, this, [this](const QString& what) {
        showSentence(m_activity, [what] { return tr("Failed: %1").arg(what); });
        emit statusMessage(tr("Failed: %1").arg(what));
    });
    connect(session, &TraceLabSession::importStarted, this, [this](const QString& name) {
        showSentence(m_activity, [name] { return tr("Importing %1...").arg(name); });
    });
    connect(session, &TraceLabSession::traceLoaded, this, &TraceLabPage::onTraceLoaded);
    connect(session, &TraceLabSession::importFailed, this, &TraceLabPage::onImportFailed);
    connect(session, &TraceLabSession::importCancelled, this, [this] {
        const QString kept = currentTrace() ? tr("%1 stays loaded.").arg(currentTraceName()) : tr("No trace is loaded.");
        showSentence(m_activity, [] { return tr("Import cancelled"); });
        emit statusMessage(tr("Import cancelled. %1").arg(kept));
        updateActions();
        emit importCancelled();
    });
    connect(session, &TraceLabSession::filterStarted, this, [this] {
        m_filter->setBusy(true);
        m_filter->showFiltering();
        showSentence(m_activity, [name = currentTraceName()] { return tr("Filtering %1...").arg(name); });
    });
    connect(session, &TraceLabSession::traceFiltered, this, [this] {
        m_summary->setTrace(currentTrace(), currentTraceName());
        m_filter->showKept(currentTrace()->jobs.size(), importedTrace()->jobs.size());
        const auto message = [kept = currentTrace()->jobs.size(), total = importedTrace()->jobs.size()] {
            return tr("Filter applied: %1 of %2 jobs kept").arg(DisplayFormat::count(kept), DisplayFormat::count(total));
        };
        showSentence(m_resultsFor, message);
        showSentence(m_activity, message);
        updateActions();
        emit traceFiltered();
    });
    connect(session, &TraceLabSession::clusterChanged, this, [this] {
        if (!(m_cluster->cluster().totalGpus() == m_session->cluster().totalGpus() &&
              m_cluster->cluster().placement == m_session->cluster().placement &&
              m_cluster->cluster().gpusPerNode == m_session->cluster().gpusPerNode &&
              m_cluster->cluster().pricePerGpuHour == m_session->cluster().pricePerGpuHour)) {
            const QSignalBlocker blocker(m_cluster);
            m_cluster->setCluster(m_session->cluster());
        }
        updateLoadBadge();
        updateActions();
    });
    connect(session, &TraceLabSession::replayStarted, this, [this] {
        m_pause->setText(tr("&Pause"));
        const std::size_t count = m_session->live().policies().size();
        showSentence(m_activity, [count] { return tr("Replaying %1 policies...").arg(count); });
    });
    connect(session, &TraceLabSession::replayFramed, this, &TraceLabPage::onFramed);
    connect(session, &TraceLabSession::resultsChanged, this, &TraceLabPage::onResultsChanged);
    connect(session, &TraceLabSession::analysesChanged, this,
            [this] { m_analysesView->setAnalyses(m_session->analyses()); });
    connect(session, &TraceLabSession::replayFinished, this, [this] {
        const auto message = [count = m_metrics->rowCount()] { return tr("Replayed %1 policies").arg(count); };
        showSentence(m_activity, message);
        emit replayFinished();
    });
    connect(session, &TraceLabSession::replayCancelled, this, [this] {
        m_charts->flush();  // what the replays reached
        showSentence(m_activity, [] { return tr("Replay cancelled"); });
        updateActions();
        emit replayCancelled();
        if (const auto pending = std::exchange(m_pendingScenario, std::nullopt))
            replayScenario(pending->first, pending->second);
    });
    connect(session, &TraceLabSession::evidenceStored, this, [this](int statements, const QString& analysis) {
        showSentence(m_evidenceNotice, [statements, analysis] {
            return tr("%n metric statement(s) from \"%1\" are kept as evidence. <a href=\"design-round\">Cite them in "
                      "the design round</a>.",
                      nullptr, statements)
                .arg(analysis.toHtmlEscaped());
        });
        m_evidenceNotice->setVisible(true);
    });
}

void TraceLabPage::retranslate()
{
    m_open->setText(tr("&Open trace..."));
    m_open->setAccessibleName(tr("Open trace file"));
    m_open->setToolTip(tr("Open a trace file (Ctrl+O), or drop one onto this page"));
    m_lenient->setText(tr("S&kip bad rows"));
    m_lenient->setAccessibleName(tr("Skip bad rows"));
    m_lenient->setToolTip(tr("Skip rows that cannot be read and count them per reason, instead of failing"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel running work"));
    m_cancel->setToolTip(tr("Cancel the running import or replay (Esc)"));
    m_replay->setText(tr("&Replay checked policies"));
    m_replay->setAccessibleName(tr("Replay checked policies"));
    m_replay->setToolTip(tr("Replay the trace under the checked policies on this cluster, live (Ctrl+R)"));
    m_replayAction->setText(tr("Replay checked policies"));
    m_saveAnalysis->setText(tr("Save analysis..."));
    m_openAnalysis->setText(tr("Open analysis..."));
    m_policies->setAccessibleName(tr("Policies to replay"));
    // The items keep their speeds (and the current one stays picked); only the words change.
    for (int i = 0; i < m_speed->count(); ++i) {
        const double hoursPerSecond = m_speed->itemData(i).toDouble();
        m_speed->setItemText(i, hoursPerSecond == 0.0
                                    ? tr("As fast as possible")
                                    : tr("%1 simulated h/s").arg(DisplayFormat::decimal(hoursPerSecond, 0)));
    }
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->setToolTip(tr("Simulated hours per second of the live replay"));
    m_pause->setText(isReplaying() && m_session->live().pacer().isPaused() ? tr("Res&ume") : tr("&Pause"));
    m_pause->setAccessibleName(tr("Pause or resume the replay"));
    m_pause->setToolTip(tr("Pause or resume the live replay (F6)"));
    m_step->setText(tr("S&tep"));
    m_step->setAccessibleName(tr("Step to the next event"));
    m_step->setToolTip(tr("While paused: every replay moves on by one event (F7)"));
    m_cursor->setAccessibleName(tr("Time cursor"));
    m_cursor->setToolTip(tr("Pick a moment: every policy's state then is listed beside the charts"));
    m_baseline->setAccessibleName(tr("Baseline policy"));
    m_saveAnalysisButton->setText(tr("&Save analysis..."));
    m_saveAnalysisButton->setAccessibleName(tr("Save analysis"));
    m_saveAnalysisButton->setToolTip(tr("Save the results and charts under a name, to reopen without replaying "
                                        "(Ctrl+S)"));
    m_openAnalysisButton->setText(tr("Open ana&lysis..."));
    m_openAnalysisButton->setAccessibleName(tr("Open a saved analysis"));
    m_openAnalysisButton->setToolTip(tr("Show a saved analysis again, or delete saved ones"));
    for (QPushButton* button : m_evidenceButtons) {
        button->setText(tr("Use as &evidence"));
        button->setAccessibleName(tr("Use the comparison as evidence"));
        button->setToolTip(tr("Keep each sentence of the comparison, with its numbers and source, as a metric "
                              "statement for your answers"));
    }
    updateDatabaseTips();
    m_metricsView->setAccessibleName(tr("Metrics per policy"));
    m_issueView->setAccessibleName(tr("Import problems"));
    m_comparisonView->setAccessibleName(tr("Comparison against the baseline"));
    m_formatLabel->setText(tr("&Format:"));
    m_traceBox->setTitle(tr("Trace"));
    m_traceTabs->setTabText(0, tr("Summary"));
    m_traceTabs->setTabText(1, tr("Filter"));
    m_clusterBox->setTitle(tr("Cluster"));
    m_policiesBox->setTitle(tr("Replay"));
    m_speedLabel->setText(tr("Spee&d:"));
    m_cursorLabel->setText(tr("Ti&me:"));
    m_exportChartsButton->setText(tr("E&xport charts..."));
    m_exportChartsButton->setAccessibleName(tr("Export every chart as PNG or SVG, one file each"));
    m_baselineLabel->setText(tr("&Baseline:"));
    m_exportCsvButton->setText(tr("Export &CSV..."));
    m_exportCsvButton->setAccessibleName(tr("Export the comparison as CSV"));
    m_tabs->setTabText(0, tr("Live charts"));
    m_tabs->setTabText(1, tr("Metrics"));
    m_tabs->setTabText(2, tr("Comparison"));
    m_tabs->setTabText(m_tabs->indexOf(m_analysesView), tr("Analyses"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_analysesView),
                          tr("JCT and slowdown CDFs, waiting and preempted time, fairness, delays by job size and run time"));
    m_tabs->setTabText(m_tabs->indexOf(m_deviceTab), tr("On the GPU"));
    m_tabs->setTabText(m_tabs->indexOf(m_sharingTab), tr("Sharing"));
    // A tab's scroll area takes the focus: a screen reader names it by its tab.
    for (QTabWidget* tabs : {m_traceTabs, m_tabs}) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (qobject_cast<QScrollArea*>(tabs->widget(i)))
                tabs->widget(i)->setAccessibleName(tabs->tabText(i).remove(QLatin1Char('&')));
        }
    }
    m_resultsBox->setTitle(tr("Policies"));
    m_issuesBox->setTitle(tr("Import problems"));

    // What the page said last, said again; tables and the time cursor's panel from their data.
    for (const auto& [label, sentence] : m_sentences)
        label->setText(sentence());
    m_metrics->retranslate();
    m_issues->retranslate();
    m_comparison->retranslate();
    m_cursorStateRows = 0;  // other words: measured afresh
    updateCursorState();
}

bool TraceLabPage::eventFilter(QObject* watched, QEvent* event)
{
    if (m_chartsScroll && watched == m_chartsScroll->viewport() && event->type() == QEvent::Resize)
        placeStateTable();
    return StudioPage::eventFilter(watched, event);
}

void TraceLabPage::placeStateTable()
{
    // By the width of the charts' view, each time it changes.
    if (!m_chartsScroll || !m_chartsLayout)
        return;  // not built yet
    const int besides = m_charts->minimumSizeHint().width() + m_cursorState->minimumWidth() + m_chartsLayout->spacing();
    m_chartsLayout->setDirection(m_chartsScroll->viewport()->width() >= besides ? QBoxLayout::LeftToRight
                                                                                : QBoxLayout::TopToBottom);
}

void TraceLabPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        // The policies' names in their chart colours, light or dark like the charts.
        for (int i = 0; i < m_policies->count(); ++i) {
            QListWidgetItem* item = m_policies->item(i);
            item->setForeground(ChartStyle::policyColor(replay::PolicyKind(item->data(Qt::UserRole).toInt()), palette()));
        }
        // Sentences in rich text may embed a status colour (the load badge): rendered again in the new one.
        for (const auto& [label, sentence] : m_sentences)
            label->setText(sentence());
    }
    StudioPage::changeEvent(event);
}

void TraceLabPage::showSentence(QLabel* label, std::function<QString()> sentence)
{
    label->setText(sentence());
    m_sentences[label] = std::move(sentence);
}

TraceLabPage::~TraceLabPage()
{
    // The controller's workers stop before the models and charts they deliver to go away.
    m_session->cancel();
    delete m_session;
}

QString TraceLabPage::title() const
{
    return tr("Trace Lab");
}

QString TraceLabPage::fileDialogFilter() const
{
    return tr("Traces (*.csv *.json *.log *.txt);;All files (*)");
}

bool TraceLabPage::openFile(const QString& path)
{
    if (!m_session->isImporting()) {
        m_lastDirectory = QFileInfo(path).absolutePath();
        QSettings().setValue(QStringLiteral("tracelab/lastDirectory"), m_lastDirectory);
    }
    const bool started = m_session->importTrace(path, QFileInfo(path).fileName(), m_format->format(),
                                                m_lenient->isChecked());
    updateActions();
    return started;
}

std::shared_ptr<const trace::Trace> TraceLabPage::importedTrace() const
{
    return m_session->importedTrace();
}

std::shared_ptr<const trace::Trace> TraceLabPage::currentTrace() const
{
    return m_session->trace();
}

QString TraceLabPage::currentTraceName() const
{
    return m_session->traceName();
}

bool TraceLabPage::loadDemo(const DemoTrace& demo)
{
    if (isImporting())
        return false;
    m_format->setFormat(trace::TraceFormat::Auto);
    if (!m_session->importTrace(demo.resourcePath, demo.fileName, trace::TraceFormat::Auto, m_lenient->isChecked(),
                                demo.cluster))
        return false;
    // The demo shows every policy once it is in.
    auto* replayOnce = new QObject(this);
    const auto done = [replayOnce] { replayOnce->deleteLater(); };
    connect(m_session, &TraceLabSession::traceLoaded, replayOnce, [this, done] {
        done();
        replayAllPolicies();
    });
    connect(m_session, &TraceLabSession::importFailed, replayOnce, done);
    connect(m_session, &TraceLabSession::importCancelled, replayOnce, done);
    updateActions();
    return true;
}

bool TraceLabPage::isImporting() const
{
    return m_session->isImporting();
}

bool TraceLabPage::isFiltering() const
{
    return m_session->isFiltering();
}

bool TraceLabPage::applyFilter(const TraceFilter& filter)
{
    return m_session->applyFilter(filter);
}

bool TraceLabPage::isReplaying() const
{
    return m_session->isReplaying();
}

bool TraceLabPage::isSettled() const
{
    return !isImporting() && !isFiltering() && (!isReplaying() || m_pausedForScreenshot) && !m_devicePanel->isRunning() &&
           !m_session->sharing()->isRunning() && !m_sharingForScreenshot;
}

void TraceLabPage::cancelWork()
{
    m_devicePanel->cancel();
    m_session->sharing()->cancel();
    if (!m_session->isBusy())
        return;
    m_session->cancel();
    showSentence(m_activity, [] { return tr("Cancelling..."); });
}

void TraceLabPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), m_lastDirectory, fileDialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

void TraceLabPage::onTraceLoaded()
{
    const std::shared_ptr<const trace::Trace> trace = currentTrace();
    const QString displayName = currentTraceName();
    m_filter->setTrace(trace);
    m_summary->setTrace(trace, displayName);
    if (trace->skipped.empty()) {
        m_issues->clear();
        showSentence(m_issueHeadline, [] { return tr("No problems."); });
    } else {
        m_issues->setSkipped(trace->skipped);
        showSentence(m_issueHeadline, [skipped = trace->skippedRows(), displayName] {
            return tr("%1 rows of %2 were skipped; the table lists each reason with its first lines.")
                .arg(DisplayFormat::count(skipped), displayName);
        });
    }
    showSentence(m_resultsFor, [displayName] {
        return tr("Trace %1 loaded: replay all policies to compare them.").arg(displayName);
    });
    const auto message = [displayName, jobs = trace->jobs.size()] {
        return tr("Loaded %1: %2 jobs").arg(displayName, DisplayFormat::count(jobs));
    };
    showSentence(m_activity, message);
    emit statusSentence(message);
    updateLoadBadge();
    updateActions();
    emit traceLoaded();
}

void TraceLabPage::onImportFailed(const trace::ImportIssue& issue, const QString& displayName)
{
    m_issues->setFailure(issue);
    showSentence(m_issueHeadline, [issue, displayName, loaded = currentTrace() ? currentTraceName() : QString()] {
        const QString kept = loaded.isEmpty() ? tr("No trace is loaded.") : tr("%1 stays loaded.").arg(loaded);
        const QString where =
            issue.line > 0 ? tr("%1, line %2").arg(displayName, DisplayFormat::count(issue.line)) : displayName;
        return tr("Import of %1 failed: %2. %3").arg(where, ImportIssueModel::describe(issue), kept);
    });
    showSentence(m_activity, [] { return tr("Import failed"); });
    emit statusMessage(tr("Import of %1 failed").arg(displayName));
    updateActions();
    emit importFailed();
}

bool TraceLabPage::replayAllPolicies()
{
    setCheckedPolicies({replay::kAllPolicies.begin(), replay::kAllPolicies.end()});
    return replayCheckedPolicies();
}

void TraceLabPage::setCheckedPolicies(const std::vector<replay::PolicyKind>& policies)
{
    for (int row = 0; row < m_policies->count(); ++row) {
        QListWidgetItem* item = m_policies->item(row);
        const auto policy = replay::PolicyKind(item->data(Qt::UserRole).toInt());
        const bool on = std::find(policies.begin(), policies.end(), policy) != policies.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<replay::PolicyKind> TraceLabPage::checkedPolicies() const
{
    std::vector<replay::PolicyKind> out;
    for (int row = 0; row < m_policies->count(); ++row) {
        const QListWidgetItem* item = m_policies->item(row);
        if (item->checkState() == Qt::Checked)
            out.push_back(replay::PolicyKind(item->data(Qt::UserRole).toInt()));
    }
    return out;
}

bool TraceLabPage::replayCheckedPolicies()
{
    const std::shared_ptr<const trace::Trace> trace = currentTrace();
    const std::vector<replay::PolicyKind> policies = checkedPolicies();
    if (!trace || m_session->isBusy() || policies.empty())
        return false;
    // --screenshot: paced to reach the pause in about three seconds, so frames are drawn on the way.
    const double speed = m_screenshotFraction
                             ? std::max(1.0, double(submittedBy(*trace, *m_screenshotFraction)) / 3.0)
                             : m_speed->currentData().toDouble() * 3600.0;
    m_pausedForScreenshot = false;
    m_cursorTime.reset();
    m_cursor->setValue(m_cursor->maximum());
    m_charts->setPolicies(policies, m_session->cluster().totalGpus(), double(trace->span()) / 3600.0);
    m_charts->showQueueingDelayCdfs(QList<QList<QPointF>>());
    const bool started = m_session->replay(policies, speed);
    updateActions();
    return started;
}

bool TraceLabPage::replayScenario(replay::PolicyKind policy, const replay::Cluster& cluster)
{
    if (isReplaying()) {
        // The explorer's click asks for this scenario now: it starts once the running replay stops.
        m_pendingScenario = std::pair{policy, cluster};
        m_session->cancel();
        return true;
    }
    m_cluster->setCluster(cluster);
    setCheckedPolicies({policy});
    return replayCheckedPolicies();
}

void TraceLabPage::setSyntheticTrace(std::shared_ptr<const trace::Trace> trace, const QString& name)
{
    m_session->setTrace(std::move(trace), name);
}

void TraceLabPage::studySharingWhenTraceLoads()
{
    m_sharingForScreenshot = true;
}

void TraceLabPage::showSharingTab(bool scrolledToEnd)
{
    m_tabs->setCurrentWidget(m_sharingTab);
    QScrollBar* bar = static_cast<QScrollArea*>(m_sharingTab)->verticalScrollBar();
    bar->setValue(scrolledToEnd ? bar->maximum() : 0);
}

void TraceLabPage::pauseNextReplayForScreenshot(double fraction)
{
    m_screenshotFraction = fraction;
}

void TraceLabPage::setSpeed(double simulatedHoursPerSecond)
{
    m_session->live().pacer().setSpeed(simulatedHoursPerSecond * 3600.0);
    const int index = m_speed->findData(simulatedHoursPerSecond);
    if (index >= 0 && index != m_speed->currentIndex())
        m_speed->setCurrentIndex(index);
}

void TraceLabPage::togglePause()
{
    if (!isReplaying())
        return;
    ReplayPacer& pacer = m_session->live().pacer();
    if (pacer.isPaused()) {
        pacer.resume();
        m_pause->setText(tr("&Pause"));
        showSentence(m_activity, [] { return tr("Replaying..."); });
    } else {
        pacer.pause();
        m_pause->setText(tr("Res&ume"));
        showSentence(m_activity, [] { return tr("Paused"); });
    }
    updateActions();
}

void TraceLabPage::stepReplay()
{
    if (!isReplaying())
        return;
    if (!m_session->live().pacer().isPaused())
        togglePause();
    m_session->live().pacer().step();
}

void TraceLabPage::onFramed()
{
    const LiveReplay& live = m_session->live();
    // One chart per event while the replay runs (the UI thread stays responsive); all at once for a
    // screenshot, which is taken as soon as the replay pauses.
    if (m_screenshotFraction || m_pausedForScreenshot)
        m_charts->showHistories(live.histories());
    else
        m_charts->showHistoriesInTurn(live.histories());
    if (m_cursor->value() == m_cursor->maximum())
        m_cursorTime.reset();  // a cursor at the right edge follows the replay
    updateCursorState();
    emit replayFramed();
    const std::shared_ptr<const trace::Trace> trace = currentTrace();
    if (m_screenshotFraction && !m_pausedForScreenshot && trace &&
        live.latestTime() >= submittedBy(*trace, *m_screenshotFraction)) {
        m_session->live().pacer().pause();
        m_pausedForScreenshot = true;
        m_screenshotFraction.reset();
        showSentence(m_activity, [] { return tr("Paused"); });
        if (isSettled())
            emit settled();
    }
}

std::int64_t TraceLabPage::shownLatestTime() const
{
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    if (isReplaying() || !shown)
        return m_session->live().latestTime();
    std::int64_t latest = 0;
    for (const SnapshotHistory& history : shown->histories) {
        if (!history.empty())
            latest = std::max(latest, history.snapshots().back().time);
    }
    return latest;
}

void TraceLabPage::setCursorTime(std::int64_t simulatedSeconds)
{
    m_cursorTime = simulatedSeconds;
    updateCursorState();
}

void TraceLabPage::updateCursorState()
{
    // A replay running (or none shown yet) reads the live histories; afterwards, and for an opened
    // analysis, the histories the charts were drawn from.
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    const LiveReplay& liveReplay = m_session->live();
    const bool live = isReplaying() || !shown;
    const std::int64_t time = m_cursorTime.value_or(shownLatestTime());
    m_charts->setCursorHours(m_cursorTime ? std::optional<double>(double(time) / 3600.0) : std::nullopt);
    // A small table, one row per policy in its chart colour: the charts' legend and the cursor's
    // read-out in one place.
    // Following the replay, each policy shows its own latest state (at full speed they run apart).
    QString text = m_cursorTime ? tr("<b>At %1</b>").arg(DisplayFormat::duration(double(time)))
                                : tr("<b>Latest state of each replay</b>");
    // No line breaks inside a cell: "easy-backfill" and "387 Tsd. $" stay whole.
    text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"white-space:nowrap\"><tr><th></th><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(tr("waiting"), tr("running"), tr("busy GPUs"), tr("done"), tr("spent"));
    std::vector<replay::PolicyKind> shownPolicies;
    if (!live) {
        for (const replay::ReplayResult& result : shown->results)
            shownPolicies.push_back(result.policy);
    }
    const auto& histories = live ? liveReplay.histories() : shown->histories;
    const auto& policies = live ? liveReplay.policies() : shownPolicies;
    for (std::size_t i = 0; i < histories.size() && i < policies.size(); ++i) {
        std::optional<replay::Snapshot> state = histories[i].at(time);
        // Paused or stepping: the replay's own latest event is newer than its last snapshot.
        const auto& current = liveReplay.currentStates();
        if (live && !m_cursorTime && i < current.size() && current[i] && (!state || current[i]->time >= state->time))
            state = current[i];
        QString name = QString::fromUtf8(replay::policyName(policies[i])).toHtmlEscaped();
        // Equal results draw equal lines: say which policy's line this one lies on.
        if (!live && i < shown->results.size()) {
            for (std::size_t j = 0; j < i; ++j) {
                if (sameResults(shown->results[j], shown->results[i])) {
                    name += QLatin1Char(' ') + tr("(same as %1)").arg(QString::fromUtf8(replay::policyName(policies[j])));
                    break;
                }
            }
        }
        const QString color = LiveReplayCharts::policyColor(policies[i]).name();
        text += QStringLiteral("<tr><td><b><font color=\"%1\">%2</font></b></td>").arg(color, name);
        if (!state) {
            text += QStringLiteral("<td colspan=\"5\">%1</td></tr>").arg(tr("not there yet"));
            continue;
        }
        text += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                    .arg(DisplayFormat::count(state->waitingJobs), DisplayFormat::count(state->runningJobs),
                         DisplayFormat::count(state->busyGpus), DisplayFormat::count(state->completedJobs),
                         DisplayFormat::money(state->usedCostUsd + state->idleCostUsd));
    }
    text += QStringLiteral("</table>");
    // As wide as the table's longest row (the charts beside it give way) and as tall as its rows.
    // A fixed size: a new text at 25 Hz repaints the table alone, where a label that may grow has
    // the whole page laid out again (rich text measured several times over) at every frame.
    QTextDocument table;
    table.setDefaultFont(m_cursorState->font());
    table.setHtml(text);
    // It changes size seldom: a new size lays out the six charts beside it again. So its width goes
    // in steps of a few characters, and for the same policies it only grows (numbers gain digits as
    // a replay runs, and the next replay's reach as far).
    const int frame = 2 * m_cursorState->margin() + 2 * m_cursorState->frameWidth();
    const int step = 4 * std::max(1, m_cursorState->fontMetrics().averageCharWidth());
    const int ideal = int(std::ceil(table.idealWidth())) + frame;
    QSize size(std::max(300, (ideal + step - 1) / step * step), 0);
    table.setTextWidth(size.width() - frame);
    size.setHeight(int(std::ceil(table.size().height())) + frame);
    if (policies.size() == m_cursorStateRows && m_cursorState->minimumSize() == m_cursorState->maximumSize())
        size = size.expandedTo(m_cursorState->minimumSize());
    m_cursorStateRows = policies.size();
    if (m_cursorState->minimumSize() != size || m_cursorState->maximumSize() != size)
        m_cursorState->setFixedSize(size);
    m_cursorState->setText(text);
    placeStateTable();
}

QString TraceLabPage::describeLoad(double offeredLoad, std::uint64_t clusterGpus, std::uint64_t suggestedGpus,
                                   std::uint64_t jobsTooLarge, std::uint32_t largestJobGpus)
{
    const QString load = interview::QuantityFormat::percent(offeredLoad, QLocale(),
                                                            interview::QuantityFormat::PercentDigits::WhenNeeded);
    QString text;
    if (offeredLoad > 1.0)
        text = tr("Offered load %1: the jobs ask for more GPU-hours than %2 GPUs have, so queues grow without bound.")
                   .arg(load, DisplayFormat::count(clusterGpus));
    else if (offeredLoad > TraceLabSession::kTargetLoad)
        text = tr("Offered load %1 of %2 GPUs: busy; queueing delays will be long.")
                   .arg(load, DisplayFormat::count(clusterGpus));
    else if (offeredLoad < 0.3)
        text = tr("Offered load %1 of %2 GPUs: mostly idle; policies will hardly differ.")
                   .arg(load, DisplayFormat::count(clusterGpus));
    else
        text = tr("Offered load %1 of %2 GPUs.").arg(load, DisplayFormat::count(clusterGpus));
    if (jobsTooLarge > 0)
        text += QLatin1Char(' ') + tr("Jobs asking for more GPUs than the cluster has: %1 (the largest asks for %2); "
                                      "they are rejected.")
                                       .arg(DisplayFormat::count(jobsTooLarge), DisplayFormat::count(largestJobGpus));
    if (suggestedGpus != clusterGpus)
        text += QLatin1Char(' ') + tr("Suggested: %1 GPUs (load at most %2).")
                                       .arg(DisplayFormat::count(suggestedGpus),
                                            interview::QuantityFormat::percent(
                                                TraceLabSession::kTargetLoad, QLocale(),
                                                interview::QuantityFormat::PercentDigits::WhenNeeded));
    return text;
}

void TraceLabPage::updateLoadBadge()
{
    const std::optional<TraceLabSession::Load> load = m_session->load();
    if (!load) {
        showSentence(m_loadBadge, [] { return tr("Open a trace to see its load on this cluster."); });
        return;
    }
    const std::uint64_t gpus = m_session->cluster().totalGpus();
    showSentence(m_loadBadge, [this, load = *load, gpus] {
        // Red past 100 %, amber past the target: the colour repeats what the words say. In the
        // colours of the theme on now: a theme switch renders the sentences again (changeEvent).
        const QString color = load.offered > 1.0 || load.jobsTooLarge > 0 ? StatusColors::bad(palette()).name()
                              : load.offered > TraceLabSession::kTargetLoad ? StatusColors::warning(palette()).name()
                                                                            : QString();
        const QString words =
            describeLoad(load.offered, gpus, load.suggestedGpus, load.jobsTooLarge, load.largestJobGpus).toHtmlEscaped();
        return color.isEmpty() ? words : QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(color, words);
    });
    m_loadBadge->setToolTip(tr("Offered load: the GPU-hours the accepted jobs ask for, divided by the cluster's "
                               "GPU-hours between the first and the last submit."));
}

void TraceLabPage::updateComparison()
{
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    if (!shown) {
        m_comparison->clear();
        return;
    }
    const auto baseline = std::find_if(shown->results.begin(), shown->results.end(),
                                       [&](const replay::ReplayResult& r) { return r.policy == shown->baseline; });
    if (baseline == shown->results.end()) {
        m_comparison->clear();
        return;
    }
    m_comparison->setComparison(shown->results, std::size_t(baseline - shown->results.begin()));
}

namespace {
// A chart is worth a file once it holds a point or a bar: a tab never used exports nothing.
bool holdsData(const QChartView* view)
{
    const QList<QAbstractSeries*> series = view->chart()->series();
    return std::any_of(series.begin(), series.end(), [](const QAbstractSeries* s) {
        if (const auto* xy = qobject_cast<const QXYSeries*>(s))
            return xy->count() > 0;
        if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(s)) {
            const QList<QBarSet*> sets = bars->barSets();
            return std::any_of(sets.begin(), sets.end(), [](const QBarSet* set) { return set->count() > 0; });
        }
        return false;
    });
}
}  // namespace

QList<TraceLabPage::ChartFile> TraceLabPage::exportableCharts() const
{
    QList<ChartFile> all;
    const QList<TimeSeriesChartView*> live = m_charts->charts();
    const char* liveStems[] = {"live-waiting-jobs",        "live-gpu-utilisation",   "live-throughput",
                               "live-cost",                "live-p95-queueing-delay", "live-queueing-delay-cdf"};
    for (int i = 0; i < live.size() && i < int(std::size(liveStems)); ++i)
        all.append({QString::fromLatin1(liveStems[i]), live[i]});
    all.append({QStringLiteral("analyses-jct-cdf"), m_analysesView->jctChart()});
    all.append({QStringLiteral("analyses-slowdown-cdf"), m_analysesView->slowdownChart()});
    all.append({QStringLiteral("trace-jobs-by-gpus"), const_cast<BarChartView*>(m_summary->gpuHistogram())});
    all.append({QStringLiteral("device-queueing-delay"), m_devicePanel->queueingChart()});
    all.append({QStringLiteral("device-throughput"), m_devicePanel->throughputChart()});
    all.append({QStringLiteral("sharing-allocation"), m_sharingPanel->allocationChart()});
    all.append({QStringLiteral("sharing-fragmentation"), m_sharingPanel->fragmentationChart()});
    QList<ChartFile> shown;
    for (const ChartFile& file : all) {
        if (holdsData(file.view))
            shown.append(file);
    }
    return shown;
}

QString TraceLabPage::chartFilePath(const QString& path, const QString& stem)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix().toLower();
    const QString base = info.completeBaseName().isEmpty() ? QStringLiteral("trace-lab") : info.completeBaseName();
    return info.dir().filePath(base + QLatin1Char('-') + stem + QLatin1Char('.') + suffix);
}

QStringList TraceLabPage::exportCharts(const QString& path, QStringList* errors,
                                       const std::function<bool(int, int)>& progress) const
{
    const QList<ChartFile> charts = exportableCharts();
    QStringList written;
    for (int i = 0; i < charts.size(); ++i) {
        if (progress && !progress(i, int(charts.size())))
            break;
        const QString file = chartFilePath(path, charts[i].stem);
        const QString error = ChartExport::saveOne(charts[i].view, kExportedChartSize, file);
        if (error.isEmpty())
            written << file;
        else if (errors)
            *errors << tr("%1: %2").arg(QDir::toNativeSeparators(file), error);
    }
    if (progress)
        progress(int(charts.size()), int(charts.size()));
    return written;
}

void TraceLabPage::chooseChartExport()
{
    const int count = int(exportableCharts().size());
    if (count == 0) {
        emit statusSentence([] { return tr("No chart holds anything yet: replay first"); });
        return;
    }
    const QString filter =
        ChartExport::svgAvailable() ? tr("PNG image (*.png);;SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export every chart (one file each)"),
                                                QDir(m_lastDirectory).filePath(QStringLiteral("trace-lab.png")),
                                                filter, &chosenFilter, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    m_lastDirectory = QFileInfo(path).absolutePath();
    QProgressDialog progress(tr("Writing %n chart(s)...", nullptr, count), tr("Cancel"), 0, count, this);
    progress.setWindowTitle(tr("Export charts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QStringList errors;
    const QStringList written = exportCharts(path, &errors, [&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    emit statusMessage(tr("%n chart(s) written to %1", nullptr, int(written.size()))
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Export charts"),
                             tr("%n chart(s) could not be written:", nullptr, int(errors.size())) +
                                 QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
    }
}

bool TraceLabPage::exportComparisonCsv(const QString& path) const
{
    return TableExport::writeCsv(*m_comparison, path);
}

void TraceLabPage::chooseCsvExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export comparison"), m_lastDirectory, tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    const bool ok = exportComparisonCsv(path);
    emit statusMessage(ok ? tr("Table written to %1").arg(path) : tr("Cannot write %1").arg(path));
}

void TraceLabPage::onResultsChanged()
{
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    if (!shown) {
        // Another trace, or another filter: nothing of the old results stays on screen.
        m_metrics->clear();
        m_comparison->clear();
        m_charts->setPolicies({}, 0, 0.0);
        m_cursorTime.reset();
        {
            const QSignalBlocker blocker(m_baseline);
            m_baseline->clear();
        }
        m_evidenceNotice->setVisible(false);
        updateCursorState();
        updateActions();
        return;
    }
    if (m_session->hasReplayedResults()) {
        // The time charts already show these histories (the replay's last frame), but for the
        // charts still waiting for their turn.
        m_charts->flush();
        m_charts->showQueueingDelayCdfs(shown->delayCdfs);
        m_metrics->setResults(m_session->replayedSummaries());  // its rejected lines too
    } else {
        // An opened analysis: tables and charts exactly as saved.
        std::vector<replay::PolicyKind> policies;
        for (const replay::ReplayResult& result : shown->results)
            policies.push_back(result.policy);
        std::int64_t span = shown->traceSpanSeconds;
        for (const SnapshotHistory& history : shown->histories)
            span = std::max(span, history.empty() ? 0 : history.snapshots().back().time);
        m_charts->setPolicies(policies, shown->cluster.totalGpus(), double(span) / 3600.0);
        m_charts->showHistories(shown->histories);
        m_charts->showQueueingDelayCdfs(shown->delayCdfs);
        m_charts->setCursorHours(std::nullopt);
        m_metrics->setResults(shown->results);
        m_cursorTime.reset();
        const QSignalBlocker blocker(m_cursor);
        m_cursor->setValue(m_cursor->maximum());
        showSentence(m_resultsFor, [name = shown->name, traceName = shown->traceName, jobs = shown->jobCount,
                                    policies = shown->results.size()] {
            return tr("Saved analysis \"%1\": %2 (%3 jobs), %4 policies, as saved; nothing was replayed.")
                .arg(name, traceName, DisplayFormat::count(std::uint64_t(jobs)))
                .arg(policies);
        });
    }
    {
        const QSignalBlocker blocker(m_baseline);
        m_baseline->clear();
        for (const replay::ReplayResult& result : shown->results)
            m_baseline->addItem(QString::fromUtf8(replay::policyName(result.policy)), int(result.policy));
        m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(int(shown->baseline))));
    }
    updateComparison();
    updateCursorState();
    updateActions();
}

void TraceLabPage::onProgress(int percent)
{
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
}

void TraceLabPage::updateActions()
{
    const bool importing = isImporting();
    const bool replaying = isReplaying();
    const bool filtering = isFiltering();
    const std::vector<replay::PolicyKind> policies = checkedPolicies();
    const bool resultsCurrent = m_session->resultsCurrent(policies);
    const bool canReplay = currentTrace() && !importing && !replaying && !filtering && !policies.empty() && !resultsCurrent;
    m_filter->setBusy(filtering || importing || replaying);
    const bool canSave = m_session->hasDatabase() && m_session->shown() && !replaying;
    m_saveAnalysis->setEnabled(canSave);
    m_saveAnalysisButton->setEnabled(canSave);
    m_openAnalysis->setEnabled(m_session->hasDatabase() && !replaying);
    m_openAnalysisButton->setEnabled(m_session->hasDatabase() && !replaying);
    for (QPushButton* button : m_evidenceButtons)
        button->setEnabled(canSave && m_comparison->rowCount() > 0);
    m_pause->setEnabled(replaying);
    m_step->setEnabled(replaying);
    m_replay->setEnabled(canReplay);
    m_replayAction->setEnabled(canReplay);
    m_open->setEnabled(!importing);
    m_format->setEnabled(!importing);
    m_lenient->setEnabled(!importing);
    m_cancel->setEnabled(importing || replaying || filtering);
    m_progress->setVisible(importing || replaying);
    if (!importing && !replaying) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
    }
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    if (resultsCurrent) {
        showSentence(m_resultsFor, [name = shown->traceName, cluster = shown->cluster] {
            return tr("Results for %1.").arg(tr("%1 on %2").arg(name, ClusterEditor::describe(cluster)));
        });
    } else if (shown && m_session->hasReplayedResults()) {
        showSentence(m_resultsFor, [] { return tr("The cluster changed: replay again to update these results."); });
    }
}

void TraceLabPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && !isImporting())
        event->acceptProposedAction();
}

void TraceLabPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    if (openFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void TraceLabPage::setDatabase(const storage::Database* database)
{
    m_session->setDatabase(database);
    updateDatabaseTips();
    updateActions();
}

void TraceLabPage::updateDatabaseTips()
{
    const QString why = m_session->hasDatabase() ? QString() : tr("No database is open, so analyses cannot be saved.");
    for (QPushButton* button : {m_saveAnalysisButton, m_openAnalysisButton})
        button->setStatusTip(why);
    for (QPushButton* button : m_evidenceButtons)
        button->setStatusTip(why);
}

std::optional<TraceLabAnalysis> TraceLabPage::currentAnalysis() const
{
    return m_session->shown();
}

std::optional<std::int64_t> TraceLabPage::saveAnalysis(const QString& name)
{
    const std::optional<std::int64_t> id = m_session->saveAnalysis(name);
    updateActions();
    return id;
}

bool TraceLabPage::openAnalysis(std::int64_t id)
{
    return m_session->openAnalysis(id);
}

void TraceLabPage::showAnalysis(const TraceLabAnalysis& analysis)
{
    m_session->showAnalysis(analysis);
}

int TraceLabPage::useAsEvidence(const QString& name)
{
    const int stored = m_session->useAsEvidence(name);
    updateActions();
    return stored;
}

void TraceLabPage::chooseSaveAnalysis()
{
    const std::optional<TraceLabAnalysis>& shown = m_session->shown();
    if (!m_session->hasDatabase() || !shown)
        return;
    const QString suggested =
        shown->name.isEmpty() ? tr("%1 on %2 GPUs").arg(shown->traceName).arg(shown->cluster.totalGpus()) : shown->name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save analysis"), tr("Name of the analysis:"),
                                               QLineEdit::Normal, suggested, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveAnalysis(name);
}

void TraceLabPage::chooseOpenAnalysis()
{
    if (!m_session->hasDatabase())
        return;
    const storage::AnalysisStore store(*m_session->database());
    AnalysisListDialog dialog(store, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto id = dialog.chosenId())
            openAnalysis(*id);
    }
}

void TraceLabPage::chooseEvidence()
{
    QString name;
    if (!m_session->savedId()) {
        bool ok = false;
        const std::optional<TraceLabAnalysis>& shown = m_session->shown();
        name = QInputDialog::getText(this, tr("Use as evidence"),
                                     tr("The comparison is saved as an analysis first. Name of the analysis:"),
                                     QLineEdit::Normal, shown ? shown->traceName : QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
    }
    useAsEvidence(name);
}

}  // namespace debrief::studio

#include "tracelabpage.h"

#include "backgroundwork.h"
#include "clustereditor.h"
#include "demotrace.h"
#include "displayformat.h"
#include "importissuemodel.h"
#include "policymetricsmodel.h"
#include "traceformatbox.h"
#include "tracesummaryview.h"

#include <replay/sweep.h>
#include <trace/traceimporter.h>

#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <sstream>

namespace debrief::studio {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

}  // namespace

bool TraceLabPage::ReplaySetup::operator==(const ReplaySetup& other) const
{
    return cluster.nodes == other.cluster.nodes && cluster.gpusPerNode == other.cluster.gpusPerNode &&
           cluster.placement == other.cluster.placement && cluster.pricePerGpuHour == other.cluster.pricePerGpuHour &&
           gpuJobsOnly == other.gpuJobsOnly && traceGeneration == other.traceGeneration;
}

TraceLabPage::TraceLabPage(QWidget* parent)
    : StudioPage(parent), m_importWork(new BackgroundWork(this)), m_replayWork(new BackgroundWork(this)),
      m_open(new QPushButton(tr("&Open trace..."), this)), m_format(new TraceFormatBox(this)),
      m_lenient(new QCheckBox(tr("S&kip bad rows"), this)), m_progress(new QProgressBar(this)),
      m_activity(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_summary(new TraceSummaryView(this)), m_cluster(new ClusterEditor(this)),
      m_replay(new QPushButton(tr("&Replay all policies"), this)),
      m_replayAction(new QAction(tr("Replay all policies"), this)), m_resultsFor(new QLabel(this)),
      m_metrics(new PolicyMetricsModel(this)), m_sortedMetrics(new QSortFilterProxyModel(this)), m_metricsView(nullptr),
      m_issueHeadline(new QLabel(this)), m_issues(new ImportIssueModel(this)), m_issueView(nullptr)
{
    setAcceptDrops(true);
    m_lastDirectory = QSettings().value(QStringLiteral("tracelab/lastDirectory")).toString();

    m_open->setAccessibleName(tr("Open trace file"));
    m_open->setToolTip(tr("Open a trace file (Ctrl+O), or drop one onto this page"));
    m_lenient->setAccessibleName(tr("Skip bad rows"));
    m_lenient->setToolTip(tr("Skip rows that cannot be read and count them per reason, instead of failing"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel running work"));
    m_cancel->setToolTip(tr("Cancel the running import or replay (Esc)"));
    m_replay->setAccessibleName(tr("Replay all policies"));
    m_replay->setToolTip(tr("Replay the trace under every scheduling policy on this cluster (Ctrl+R)"));
    m_replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replayAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_replayAction);
    m_resultsFor->setWordWrap(true);
    m_issueHeadline->setWordWrap(true);

    m_sortedMetrics->setSourceModel(m_metrics);
    m_sortedMetrics->setSortRole(PolicyMetricsModel::SortRole);
    m_metricsView = makeTable(m_sortedMetrics, this);
    m_metricsView->setSortingEnabled(true);
    m_metricsView->sortByColumn(-1, Qt::AscendingOrder);  // kAllPolicies order until the user picks a column
    m_metricsView->setAccessibleName(tr("Metrics per policy"));
    m_issueView = makeTable(m_issues, this);
    m_issueView->setAccessibleName(tr("Import problems"));

    // Row 1: where the trace comes from.
    auto* importRow = new QHBoxLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    importRow->addWidget(m_open);
    importRow->addWidget(formatLabel);
    importRow->addWidget(m_format);
    importRow->addWidget(m_lenient);
    importRow->addStretch(1);
    importRow->addWidget(m_activity);
    importRow->addWidget(m_progress);
    importRow->addWidget(m_cancel);

    auto* traceBox = new QGroupBox(tr("Trace"), this);
    (new QVBoxLayout(traceBox))->addWidget(m_summary);

    auto* clusterBox = new QGroupBox(tr("Cluster"), this);
    auto* clusterLayout = new QVBoxLayout(clusterBox);
    clusterLayout->addWidget(m_cluster);
    clusterLayout->addStretch(1);
    clusterLayout->addWidget(m_replay);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(traceBox, 3);
    topLayout->addWidget(clusterBox, 1);

    auto* resultsBox = new QGroupBox(tr("Policies"), this);
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_resultsFor);
    resultsLayout->addWidget(m_metricsView);

    auto* issuesBox = new QGroupBox(tr("Import problems"), this);
    auto* issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->addWidget(m_issueHeadline);
    issuesLayout->addWidget(m_issueView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(resultsBox);
    splitter->addWidget(issuesBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({280, 420, 150});  // the policy table gets the room; problems are usually few

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(importRow);
    layout->addWidget(splitter, 1);

    setTabOrder(m_open, m_format);
    setTabOrder(m_format, m_lenient);
    setTabOrder(m_lenient, m_cancel);
    setTabOrder(m_cancel, m_cluster->placementBox());
    setTabOrder(m_cluster->lastInTabOrder(), m_replay);
    setTabOrder(m_replay, m_metricsView);
    setTabOrder(m_metricsView, m_issueView);

    connect(m_open, &QPushButton::clicked, this, &TraceLabPage::chooseFile);
    connect(m_replay, &QPushButton::clicked, this, &TraceLabPage::replayAllPolicies);
    connect(m_replayAction, &QAction::triggered, this, &TraceLabPage::replayAllPolicies);
    connect(m_cancel, &QPushButton::clicked, this, &TraceLabPage::cancelWork);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TraceLabPage::cancelWork);
    connect(m_cluster, &ClusterEditor::clusterChanged, this, &TraceLabPage::updateActions);
    for (BackgroundWork* work : {m_importWork, m_replayWork}) {
        connect(work, &BackgroundWork::progressChanged, this, &TraceLabPage::onProgress);
        connect(work, &BackgroundWork::finished, this, &TraceLabPage::updateActions);
        connect(work, &BackgroundWork::failed, this, [this](const QString& what) {
            m_activity->setText(tr("Failed: %1").arg(what));
            emit statusMessage(tr("Failed: %1").arg(what));
        });
        connect(work, &BackgroundWork::finished, this, [this] {
            if (isSettled())
                emit settled();
        });
    }
    m_summary->clear();
    m_resultsFor->setText(tr("Load a trace, pick a cluster, then replay all policies."));
    m_issueHeadline->setText(tr("No problems."));
    updateActions();
}

TraceLabPage::~TraceLabPage()
{
    // Stop both workers before the models they deliver to go away.
    m_importWork->cancel();
    m_replayWork->cancel();
    delete m_importWork;
    delete m_replayWork;
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
    return startImport(path, QFileInfo(path).fileName(), false);
}

bool TraceLabPage::loadDemo(const DemoTrace& demo)
{
    if (isImporting())
        return false;
    m_cluster->setCluster(demo.cluster);
    m_format->setFormat(trace::TraceFormat::Auto);
    return startImport(demo.resourcePath, demo.fileName, true);
}

bool TraceLabPage::isImporting() const
{
    return m_importWork->isRunning();
}

bool TraceLabPage::isReplaying() const
{
    return m_replayWork->isRunning();
}

bool TraceLabPage::isSettled() const
{
    return !isImporting() && !isReplaying();
}

void TraceLabPage::cancelWork()
{
    if (!isImporting() && !isReplaying())
        return;
    m_importWork->cancel();
    m_replayWork->cancel();
    m_activity->setText(tr("Cancelling..."));
}

void TraceLabPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), m_lastDirectory, fileDialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool TraceLabPage::startImport(const QString& source, const QString& displayName, bool replayWhenDone)
{
    if (isImporting()) {
        emit statusMessage(tr("An import is already running; cancel it first."));
        return false;
    }
    if (!source.startsWith(QLatin1Char(':'))) {
        m_lastDirectory = QFileInfo(source).absolutePath();
        QSettings().setValue(QStringLiteral("tracelab/lastDirectory"), m_lastDirectory);
    }
    trace::ImportOptions options;
    options.format = m_format->format();
    options.lenient = m_lenient->isChecked();
    const std::string name = displayName.toStdString();
    const std::string path = source.toStdString();
    const bool fromResource = source.startsWith(QLatin1Char(':'));

    m_activity->setText(tr("Importing %1...").arg(displayName));
    m_importWork->start([=, this](const std::atomic<bool>& cancel,
                                  const BackgroundWork::Progress& progress) -> std::function<void()> {
        trace::ImportOptions withProgress = options;
        withProgress.progress = [&](std::uint64_t done, std::uint64_t total) {
            progress(done, total);
            return !cancel.load();
        };
        try {
            std::shared_ptr<const trace::Trace> imported;
            if (fromResource) {
                // Bundled demo data: read from the Qt resource into a stream the importer understands.
                QFile file(source);
                if (!file.open(QIODevice::ReadOnly))
                    throw trace::ImportError(trace::ImportIssue{trace::IssueReason::CannotOpen, name, 0, {}, {}, {}});
                std::istringstream in(file.readAll().toStdString());
                imported = std::make_shared<const trace::Trace>(trace::importTrace(in, name, withProgress));
            } else {
                imported = std::make_shared<const trace::Trace>(trace::importTrace(path, withProgress));
            }
            if (cancel.load())
                return [this] { onImportCancelled(); };
            return [this, imported, displayName, replayWhenDone] {
                onImported(imported, displayName);
                if (replayWhenDone)
                    replayAllPolicies();
            };
        } catch (const trace::ImportError& error) {
            if (error.issue().reason == trace::IssueReason::Cancelled)
                return [this] { onImportCancelled(); };
            return [this, issue = error.issue(), displayName] { onImportFailed(issue, displayName); };
        }
    });
    updateActions();
    return true;
}

void TraceLabPage::onImported(std::shared_ptr<const trace::Trace> imported, const QString& displayName)
{
    m_trace = std::move(imported);
    m_traceName = displayName;
    ++m_traceGeneration;
    m_summary->setTrace(m_trace, displayName);
    if (m_trace->skipped.empty()) {
        m_issues->clear();
        m_issueHeadline->setText(tr("No problems."));
    } else {
        m_issues->setSkipped(m_trace->skipped);
        m_issueHeadline->setText(tr("%1 rows of %2 were skipped; the table lists each reason with its first lines.")
                                     .arg(DisplayFormat::count(m_trace->skippedRows()), displayName));
    }
    m_metrics->clear();
    m_shownSetup.reset();
    m_resultsFor->setText(tr("Trace %1 loaded: replay all policies to compare them.").arg(displayName));
    const QString message = tr("Loaded %1: %2 jobs").arg(displayName, DisplayFormat::count(m_trace->jobs.size()));
    m_activity->setText(message);
    emit statusMessage(message);
    updateActions();
    emit traceLoaded();
}

void TraceLabPage::onImportFailed(const trace::ImportIssue& issue, const QString& displayName)
{
    m_issues->setFailure(issue);
    const QString kept = m_trace ? tr("%1 stays loaded.").arg(m_traceName) : tr("No trace is loaded.");
    const QString where =
        issue.line > 0 ? tr("%1, line %2").arg(displayName, DisplayFormat::count(issue.line)) : displayName;
    m_issueHeadline->setText(tr("Import of %1 failed: %2. %3").arg(where, ImportIssueModel::describe(issue), kept));
    m_activity->setText(tr("Import failed"));
    emit statusMessage(tr("Import of %1 failed").arg(displayName));
    updateActions();
    emit importFailed();
}

void TraceLabPage::onImportCancelled()
{
    const QString kept = m_trace ? tr("%1 stays loaded.").arg(m_traceName) : tr("No trace is loaded.");
    m_activity->setText(tr("Import cancelled"));
    emit statusMessage(tr("Import cancelled. %1").arg(kept));
    updateActions();
    emit importCancelled();
}

TraceLabPage::ReplaySetup TraceLabPage::currentSetup() const
{
    return {m_cluster->cluster(), m_cluster->gpuJobsOnly(), m_traceGeneration};
}

bool TraceLabPage::replayAllPolicies()
{
    if (!m_trace || isReplaying() || isImporting())
        return false;
    const ReplaySetup setup = currentSetup();
    const std::shared_ptr<const trace::Trace> traceToReplay = m_trace;
    const QString description = tr("%1 on %2").arg(m_traceName, m_cluster->describe());
    m_activity->setText(tr("Replaying %1 policies...").arg(replay::kAllPolicies.size()));
    m_replayWork->start(
        [=, this](const std::atomic<bool>& cancel, const BackgroundWork::Progress& progress) -> std::function<void()> {
            std::vector<replay::Scenario> scenarios;
            for (replay::PolicyKind policy : replay::kAllPolicies)
                scenarios.push_back({policy, setup.cluster, {}});
            replay::SweepOptions options;
            options.gpuJobsOnly = setup.gpuJobsOnly;
            options.cancel = &cancel;
            options.progress = [&](std::size_t done, std::size_t total) { progress(done, total); };
            replay::CpuSweepBackend backend;
            std::vector<replay::SweepRow> rows = backend.run(*traceToReplay, scenarios, options);
            if (cancel.load())
                return [this] {
                    m_activity->setText(tr("Replay cancelled"));
                    emit statusMessage(tr("Replay cancelled"));
                    emit replayCancelled();
                };
            std::vector<replay::ReplayResult> results;
            results.reserve(rows.size());
            for (replay::SweepRow& row : rows)
                results.push_back(std::move(row.result));
            return [this, results = std::move(results), setup, description]() mutable {
                onReplayed(std::move(results), setup, description);
            };
        });
    updateActions();
    return true;
}

void TraceLabPage::onReplayed(std::vector<replay::ReplayResult> results, const ReplaySetup& setup,
                              const QString& description)
{
    // A trace imported meanwhile makes these numbers answer a question nobody asks any more.
    if (setup.traceGeneration != m_traceGeneration) {
        updateActions();
        return;
    }
    m_metrics->setResults(std::move(results));
    m_shownSetup = setup;
    m_shownDescription = description;
    const QString message = tr("Replayed %1 policies").arg(m_metrics->rowCount());
    m_activity->setText(message);
    emit statusMessage(message);
    updateActions();
    emit replayFinished();
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
    const bool resultsCurrent = m_shownSetup && *m_shownSetup == currentSetup();
    const bool canReplay = m_trace && !importing && !replaying && !resultsCurrent;
    m_replay->setEnabled(canReplay);
    m_replayAction->setEnabled(canReplay);
    m_open->setEnabled(!importing);
    m_format->setEnabled(!importing);
    m_lenient->setEnabled(!importing);
    m_cancel->setEnabled(importing || replaying);
    m_progress->setVisible(importing || replaying);
    if (!importing && !replaying) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
    }
    if (resultsCurrent)
        m_resultsFor->setText(tr("Results for %1.").arg(m_shownDescription));
    else if (m_shownSetup)
        m_resultsFor->setText(tr("The cluster changed: replay again to update these results."));
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

}  // namespace debrief::studio

// Widget tests of the Trace Lab page: they type, click and drop like a person, then read the
// numbers back from the models. Expected values are worked out by hand in tests/data/app/README.md.
#include "displayformat.h"
#include "interviewrecords.h"
#include "markingtranslator.h"
#include "shell/languageswitch.h"
#include "storage/democandidate.h"
#include "tracelab/analysesmodel.h"
#include "tracelab/analysesview.h"
#include "tracelab/clustereditor.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/demotrace.h"
#include "tracelab/devicereplaypanel.h"
#include "tracelab/importissuemodel.h"
#include "tracelab/livereplaycharts.h"
#include "tracelab/policymetricsmodel.h"
#include "tracelab/sharingcurvemodel.h"
#include "tracelab/sharingpanel.h"
#include "tracelab/tracefiltereditor.h"
#include "tracelab/traceformatbox.h"
#include "tracelab/tracelabpage.h"
#include "tracelab/tracelabsession.h"
#include "tracelab/tracesummaryview.h"
#include "widgets/barchartview.h"
#include "widgets/timeserieschartview.h"

#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief::studio;

namespace {

constexpr int kWaitMs = 60'000;

QString dataFile(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/app/") + QLatin1String(name);
}

// A part of the page, found as a person's script would: by its object name (the page keeps no
// getter per widget). Fails the test when it is missing.
template <typename T> T* partOf(const QObject& page, const char* name)
{
    T* part = name ? page.findChild<T*>(QLatin1String(name)) : page.findChild<T*>();
    if (!part)
        qFatal("the page has no %s", name ? name : "such part");
    return part;
}

// Select everything in the box and type over it, as a person would.
void typeInto(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

int rowOfPolicy(const QAbstractItemModel& model, const QString& policy)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PolicyMetricsModel::Policy).data().toString() == policy)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList seriesNames(const QChart& chart)
{
    QStringList names;
    for (const QAbstractSeries* series : chart.series())
        names << series->name();
    return names;
}

QTabWidget* tabsHolding(QWidget& page, QWidget* part)
{
    for (QTabWidget* tabs : page.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i) == part || tabs->widget(i)->isAncestorOf(part))
                return tabs;
        }
    }
    return nullptr;
}

int tabIndexOf(QTabWidget* tabs, QWidget* part)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == part || tabs->widget(i)->isAncestorOf(part))
            return i;
    }
    return -1;
}

}  // namespace

class TraceLabTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void replaysHandWorkedTraceOnTypedCluster();
    void droppedFileIsImported();
    void malformedFileShowsLineAndKeepsPreviousTrace();
    void lenientImportListsSkippedRows();
    void cancelStopsLargeImport_data();
    void cancelStopsLargeImport();
    void clusterChangeReenablesReplay();
    void packedClusterReportsFragmentation();
    void bundledDemoTraceLoadsAndReplays();
    void analysesTabShowsTheReplayedPolicies();
    void languageSwitchRetranslatesEveryPart();

private:
    // Imports `path` through the page's open-file entry point and waits for the outcome.
    static bool importAndWait(TraceLabPage& page, const QString& path);
    static void setPooledCluster(TraceLabPage& page, const QString& gpus);
    static bool replayAndWait(TraceLabPage& page);

    QTemporaryDir m_tempDir;
    QString m_largeTrace;
};

void TraceLabTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // QSettings writes go to a throw-away place
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_tracelab"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_tempDir.isValid());

    // Large enough that an import takes far longer than the click on Cancel.
    m_largeTrace = m_tempDir.filePath(QStringLiteral("large.csv"));
    QFile file(m_largeTrace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray chunk;
    chunk += "job_id,num_gpu,submit_time,iterations,model_name,duration,interval\n";
    for (int i = 0; i < 3'000'000; ++i) {
        chunk += QByteArray::number(i) + ",1," + QByteArray::number(i) + ",10,resnet50,100,1\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    file.close();
    QVERIFY(QFileInfo(m_largeTrace).size() > 50'000'000);
}

bool TraceLabTest::importAndWait(TraceLabPage& page, const QString& path)
{
    QSignalSpy loaded(&page, &TraceLabPage::traceLoaded);
    QSignalSpy failed(&page, &TraceLabPage::importFailed);
    if (!page.openFile(path))
        return false;
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, kWaitMs))
        return false;
    return loaded.count() == 1;
}

void TraceLabTest::setPooledCluster(TraceLabPage& page, const QString& gpus)
{
    ClusterEditor* editor = page.clusterEditor();
    editor->placementBox()->setFocus();
    editor->placementBox()->setCurrentIndex(0);  // pooled
    typeInto(editor->gpusBox(), gpus);
    typeInto(editor->priceBox(), QStringLiteral("2.50"));
}

bool TraceLabTest::replayAndWait(TraceLabPage& page)
{
    QSignalSpy finished(&page, &TraceLabPage::replayFinished);
    if (!page.replayButton()->isEnabled())
        return false;
    QTest::mouseClick(page.replayButton(), Qt::LeftButton);
    return finished.wait(kWaitMs) || finished.count() == 1;
}

// Binding: what is typed into the cluster editor reaches the controller, the Replay click starts
// it, and its results reach the metrics table, which sorts by a header click. The numbers
// themselves are the controller's (TraceLabSessionTest::replaysTheHandWorkedTraceOnTwoGpus).
void TraceLabTest::replaysHandWorkedTraceOnTypedCluster()
{
    TraceLabPage page;
    page.resize(1200, 900);
    page.show();
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    QCOMPARE(page.summaryView()->jobsText(), QStringLiteral("4"));
    QCOMPARE(page.summaryView()->gpuHistogram()->categories(),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3-4")}));
    QCOMPARE(page.summaryView()->gpuHistogram()->values(), QList<qreal>({2, 1, 1}));

    setPooledCluster(page, QStringLiteral("2"));
    QCOMPARE(page.controller()->cluster().totalGpus(), std::uint64_t(2));
    QCOMPARE(page.controller()->cluster().pricePerGpuHour, 2.5);
    QCOMPARE(page.controller()->cluster().placement, debrief::replay::Placement::Pooled);
    QSignalSpy started(page.controller(), &TraceLabSession::replayStarted);
    QVERIFY(replayAndWait(page));
    QCOMPARE(started.count(), 1);
    QCOMPARE(page.controller()->shown()->results.size(), std::size_t(8));

    QTableView* view = partOf<QTableView>(page, "metricsView");
    const QAbstractItemModel& model = *view->model();
    QCOMPARE(model.rowCount(), 8);
    const int fifo = rowOfPolicy(model, QStringLiteral("fifo"));
    QVERIFY(fifo >= 0);
    QCOMPARE(cell(model, fifo, PolicyMetricsModel::Jobs), QStringLiteral("3"));
    QCOMPARE(cell(model, fifo, PolicyMetricsModel::MeanQueueing), QStringLiteral("1 min 13 s"));

    // A click on the Metrics tab, then on the mean queueing header: numeric order, first-fit (30 s)
    // before fifo (73 s); a second click reverses it.
    QTabWidget* tabs = tabsHolding(page, view);
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabIndexOf(tabs, view)).center());
    QVERIFY(view->isVisible());
    QHeaderView* header = view->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(PolicyMetricsModel::MeanQueueing);
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QCOMPARE(header->sortIndicatorSection(), int(PolicyMetricsModel::MeanQueueing));
    QCOMPARE(rowOfPolicy(model, QStringLiteral("first-fit")) < rowOfPolicy(model, QStringLiteral("fifo")), ascending);
    clickHeader(PolicyMetricsModel::MeanQueueing);
    QCOMPARE(rowOfPolicy(model, QStringLiteral("first-fit")) < rowOfPolicy(model, QStringLiteral("fifo")), !ascending);

    // The results are current: replay waits for a change.
    QVERIFY(!page.replayButton()->isEnabled());
}

void TraceLabTest::droppedFileIsImported()
{
    TraceLabPage page;
    page.show();
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.com/trace.csv"))});
    QDragEnterEvent webEnter(QPoint(20, 20), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &webEnter);
    QVERIFY(!webEnter.isAccepted());  // only local files can be imported

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataFile("fifo-blocking.csv"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(&page, &TraceLabPage::traceLoaded);
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
    QCOMPARE(page.currentTraceName(), QStringLiteral("fifo-blocking.csv"));
    QCOMPARE(page.currentTrace()->jobs.size(), std::size_t(4));
    QCOMPARE(page.summaryView()->sourceText(), QStringLiteral("fifo-blocking.csv"));
}

void TraceLabTest::malformedFileShowsLineAndKeepsPreviousTrace()
{
    TraceLabPage page;
    page.show();
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    setPooledCluster(page, QStringLiteral("2"));
    QVERIFY(replayAndWait(page));

    QSignalSpy failed(&page, &TraceLabPage::importFailed);
    QVERIFY(page.openFile(dataFile("bad-duration.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);

    const QAbstractItemModel& issues = *partOf<QTableView>(page, "issueView")->model();
    QCOMPARE(issues.rowCount(), 1);
    QCOMPARE(cell(issues, 0, ImportIssueModel::File), QStringLiteral("bad-duration.csv"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::Line), QStringLiteral("3"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::ColumnName), QStringLiteral("duration"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::Value), QStringLiteral("abc"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::Problem), QStringLiteral("\"abc\" is not a number"));
    QVERIFY(partOf<QLabel>(page, "issueHeadline")->text().contains(QStringLiteral("line 3")));
    QVERIFY(partOf<QLabel>(page, "issueHeadline")->text().contains(QStringLiteral("fifo-blocking.csv stays loaded")));

    // What the view shows stays: same summary, same replay results (the controller keeps them:
    // TraceLabSessionTest::aFailedImportKeepsThePreviousTraceAndResults).
    QCOMPARE(page.summaryView()->jobsText(), QStringLiteral("4"));
    QCOMPARE(page.metricsModel()->rowCount(), 8);
}

void TraceLabTest::lenientImportListsSkippedRows()
{
    TraceLabPage page;
    page.show();
    QTest::mouseClick(partOf<QCheckBox>(page, "lenientBox"), Qt::LeftButton);
    QVERIFY(partOf<QCheckBox>(page, "lenientBox")->isChecked());
    QVERIFY(importAndWait(page, dataFile("bad-duration.csv")));
    QCOMPARE(page.controller()->trace()->jobs.size(), std::size_t(2));  // lenient: the bad row skipped
    const QAbstractItemModel& issues = *partOf<QTableView>(page, "issueView")->model();
    QCOMPARE(issues.rowCount(), 1);  // one row per reason
    QCOMPARE(cell(issues, 0, ImportIssueModel::Rows), QStringLiteral("1"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::FirstLines), QStringLiteral("3"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::Line), QStringLiteral("3"));
    QCOMPARE(cell(issues, 0, ImportIssueModel::Problem), QStringLiteral("\"abc\" is not a number"));
}

void TraceLabTest::cancelStopsLargeImport_data()
{
    QTest::addColumn<bool>("byEscape");
    QTest::newRow("cancel button") << false;
    QTest::newRow("escape key") << true;
}

void TraceLabTest::cancelStopsLargeImport()
{
    QFETCH(bool, byEscape);
    TraceLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));

    QSignalSpy cancelled(&page, &TraceLabPage::importCancelled);
    QSignalSpy loaded(&page, &TraceLabPage::traceLoaded);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(page.openFile(m_largeTrace));
    QVERIFY(page.isImporting());
    QVERIFY(partOf<QPushButton>(page, "cancelButton")->isEnabled());
    QVERIFY(partOf<QProgressBar>(page, "progressBar")->isVisible());
    if (byEscape) {
        partOf<TraceFormatBox>(page, "formatBox")->setFocus();  // any control of the page
        QTest::keyClick(partOf<TraceFormatBox>(page, "formatBox"), Qt::Key_Escape);
    } else {
        QTest::mouseClick(partOf<QPushButton>(page, "cancelButton"), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kWaitMs);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!page.controller()->isImporting());
    QVERIFY(!partOf<QPushButton>(page, "cancelButton")->isEnabled());
    QVERIFY(!partOf<QProgressBar>(page, "progressBar")->isVisible());
    qInfo("cancelled after %lld ms", qint64(clock.elapsed()));
}

void TraceLabTest::clusterChangeReenablesReplay()
{
    TraceLabPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    setPooledCluster(page, QStringLiteral("2"));
    QVERIFY(replayAndWait(page));
    QVERIFY(!page.replayButton()->isEnabled());

    typeInto(page.clusterEditor()->gpusBox(), QStringLiteral("4"));
    QVERIFY(page.replayButton()->isEnabled());
    QCOMPARE(page.controller()->cluster().totalGpus(), std::uint64_t(4));
    // Ctrl+R replays from anywhere on the page; the table shows the new results (nothing rejected
    // on 4 GPUs: TraceLabSessionTest::aClusterChangeMakesTheResultsStale has the numbers).
    QSignalSpy finished(&page, &TraceLabPage::replayFinished);
    QTest::keyClick(page.clusterEditor()->gpusBox(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    const QAbstractItemModel& model = *partOf<QTableView>(page, "metricsView")->model();
    const int fifo = rowOfPolicy(model, QStringLiteral("fifo"));
    QCOMPARE(cell(model, fifo, PolicyMetricsModel::Jobs), QStringLiteral("4"));
    QCOMPARE(cell(model, fifo, PolicyMetricsModel::Rejected), QStringLiteral("0"));
    QVERIFY(!page.replayButton()->isEnabled());

    // The "GPU jobs only" switch is part of the setup too.
    page.clusterEditor()->gpuJobsOnlyBox()->setFocus();
    QTest::keyClick(page.clusterEditor()->gpuJobsOnlyBox(), Qt::Key_Space);
    QVERIFY(page.controller()->gpuJobsOnly());
    QVERIFY(page.replayButton()->isEnabled());
}

void TraceLabTest::packedClusterReportsFragmentation()
{
    TraceLabPage page;
    page.show();
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    ClusterEditor* editor = page.clusterEditor();
    editor->placementBox()->setFocus();
    QTest::keyClick(editor->placementBox(), Qt::Key_Down);
    QVERIFY(!editor->gpusBox()->isEnabled());
    typeInto(editor->nodesBox(), QStringLiteral("2"));
    typeInto(editor->gpusPerNodeBox(), QStringLiteral("2"));
    QCOMPARE(page.controller()->cluster().placement, debrief::replay::Placement::Packed);
    QCOMPARE(page.controller()->cluster().nodes, 2u);
    QCOMPARE(page.controller()->cluster().gpusPerNode, 2u);
    QVERIFY(replayAndWait(page));
    const QAbstractItemModel& model = *partOf<QTableView>(page, "metricsView")->model();
    const int fifo = rowOfPolicy(model, QStringLiteral("fifo"));
    QCOMPARE(cell(model, fifo, PolicyMetricsModel::Jobs), QStringLiteral("4"));
    QVERIFY(cell(model, fifo, PolicyMetricsModel::Fragmentation).endsWith(QStringLiteral(" %")));
}

void TraceLabTest::bundledDemoTraceLoadsAndReplays()
{
    TraceLabPage page;
    page.show();
    QSignalSpy finished(&page, &TraceLabPage::replayFinished);
    QVERIFY(page.loadDemo(DemoTrace::tiresias()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(page.currentTrace()->jobs.size(), std::size_t(60));
    QCOMPARE(page.clusterEditor()->cluster().totalGpus(), 128u);
    QCOMPARE(page.metricsModel()->rowCount(), int(debrief::replay::kAllPolicies.size()));
    QVERIFY(page.isSettled());
}

// After Replay, the Analyses tab shows every replayed policy: a CDF line each, a summary row each,
// and the bucket table with every policy side by side (numbers of fifo-blocking.csv on 2 GPUs).
void TraceLabTest::analysesTabShowsTheReplayedPolicies()
{
    TraceLabPage page;
    page.resize(1200, 900);
    page.show();
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    setPooledCluster(page, QStringLiteral("2"));
    AnalysesView* analyses = page.analysesView();
    QVERIFY(analyses->note()->isVisibleTo(&page) || !analyses->isVisible());
    QCOMPARE(analyses->summaryModel()->rowCount(), 0);
    QVERIFY(replayAndWait(page));

    QTabWidget* tabs = nullptr;
    for (QTabWidget* candidate : page.findChildren<QTabWidget*>()) {
        if (candidate->indexOf(analyses) >= 0)
            tabs = candidate;
    }
    QVERIFY(tabs);
    const int tab = tabs->indexOf(analyses);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("Analyses"));
    QCOMPARE(tabs->tabText(tab - 1), QStringLiteral("Comparison"));  // next to Metrics and Comparison
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
    QCOMPARE(tabs->currentWidget(), analyses);
    QVERIFY(!analyses->note()->isVisible());

    const int policies = int(debrief::replay::kAllPolicies.size());
    QCOMPARE(analyses->jctChart()->lineCount(), policies);
    QCOMPARE(analyses->slowdownChart()->lineCount(), policies);
    QCOMPARE(analyses->jctChart()->chart()->series().size(), policies + 1);  // the lines and the cursor
    // fifo's JCTs 100, 140, 160 s: every job a point, the last at 100 %.
    QCOMPARE(analyses->jctChart()->shownPoints(0),
             QList<QPointF>({{100.0 / 3600.0, 1.0 / 3.0}, {140.0 / 3600.0, 2.0 / 3.0}, {160.0 / 3600.0, 1.0}}));

    const QAbstractItemModel& summary = *analyses->summaryView()->model();
    QCOMPARE(summary.rowCount(), policies);
    QCOMPARE(cell(summary, 0, AnalysesSummaryModel::Policy), QStringLiteral("fifo"));
    QCOMPARE(cell(summary, 0, AnalysesSummaryModel::WaitingP95), QStringLiteral("2 min 10 s"));
    QCOMPARE(cell(summary, 0, AnalysesSummaryModel::JainUsers), QStringLiteral("\u2014"));  // no users in the trace
    QVERIFY(summary.index(0, AnalysesSummaryModel::JainUsers).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("no user")));

    const QAbstractItemModel& buckets = *analyses->bucketView()->model();
    QCOMPARE(buckets.rowCount(), AnalysesBucketModel::kRowCount);
    QCOMPARE(buckets.columnCount(), 2 + 4 * policies);
    // GPUs 1: jobs 0 and 2, queueing 0 and 130 s under fifo; GPUs 2: job 1, 90 s.
    QCOMPARE(cell(buckets, 1, AnalysesBucketModel::Jobs), QStringLiteral("2"));
    QCOMPARE(cell(buckets, 1, AnalysesBucketModel::columnOf(0, AnalysesBucketModel::QueueingP95)),
             QStringLiteral("2 min 10 s"));
    QCOMPARE(cell(buckets, 2, AnalysesBucketModel::columnOf(0, AnalysesBucketModel::QueueingP50)),
             QStringLiteral("1 min 30 s"));
    // One policy: its four columns only; first-fit lets job 2 pass, so GPUs 1 waits 0 s at p95.
    analyses->policyBox()->setCurrentIndex(analyses->policyBox()->findText(QStringLiteral("first-fit")));
    QCOMPARE(buckets.columnCount(), 2 + 4);
    QCOMPARE(cell(buckets, 1, AnalysesBucketModel::columnOf(0, AnalysesBucketModel::QueueingP95)),
             QStringLiteral("0 s"));

    // Another trace: the analyses go with the old results.
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    QCOMPARE(analyses->jctChart()->lineCount(), 0);
    QCOMPARE(summary.rowCount(), 0);
    QCOMPARE(buckets.rowCount(), 0);
    QVERIFY(analyses->note()->isVisible());
}

// A run-time language switch reaches every part of the page: buttons, group and tab titles, table
// headers and cells, chart titles, axis titles and line names, combo items and the computed sentences;
// what the user picked, typed, checked and sorted stays.
void TraceLabTest::languageSwitchRetranslatesEveryPart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    InterviewRecords records(dir.filePath(QStringLiteral("tracelab-language.sqlite")));
    QVERIFY(records.isOpen());
    debrief::storage::DemoCandidate::fill(records.database());

    TraceLabPage page;
    page.setDatabase(&records.database());
    page.resize(1200, 900);
    page.show();
    QVERIFY(importAndWait(page, dataFile("fifo-blocking.csv")));
    setPooledCluster(page, QStringLiteral("2"));
    partOf<QComboBox>(page, "speedBox")->setCurrentIndex(2);  // 6 simulated h/s
    QVERIFY(replayAndWait(page));
    partOf<QTableView>(page, "metricsView")->sortByColumn(PolicyMetricsModel::MeanQueueing, Qt::DescendingOrder);
    partOf<QTableView>(page, "metricsView")->selectRow(2);

    // The pieces read below, found while they still speak English.
    const QString results = QStringLiteral("Results for fifo-blocking.csv on pooled, 2 GPUs, $2.50 per GPU-hour.");
    QLabel* resultsFor = nullptr;
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text() == results)
            resultsFor = label;
    }
    QVERIFY(resultsFor);
    QGroupBox* policiesBox = nullptr;
    for (QGroupBox* box : page.findChildren<QGroupBox*>()) {
        if (box->title() == QStringLiteral("Policies"))
            policiesBox = box;
    }
    QVERIFY(policiesBox);
    QTabWidget* tabs = nullptr;
    for (QTabWidget* tabWidget : page.findChildren<QTabWidget*>()) {
        if (tabWidget->count() >= 6)
            tabs = tabWidget;
    }
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Live charts"));
    const QAbstractItemModel& metrics = *partOf<QTableView>(page, "metricsView")->model();
    QCOMPARE(metrics.headerData(PolicyMetricsModel::MeanQueueing, Qt::Horizontal).toString(),
             QStringLiteral("Mean queueing"));
    QCOMPARE(cell(metrics, 0, PolicyMetricsModel::MeanQueueing), QStringLiteral("1 min 13 s"));  // fifo, sorted
    const QString selectedPolicy = cell(metrics, 2, PolicyMetricsModel::Policy);
    const ComparisonModel& comparison = *page.comparisonModel();
    QCOMPARE(comparison.rowCount(), 7);  // every policy against fifo
    const QString firstSentence = cell(comparison, 0, ComparisonModel::InWords);
    const BarChartView* histogram = page.summaryView()->gpuHistogram();
    QCOMPARE(histogram->categoryTitle(), QStringLiteral("GPUs per job"));
    TimeSeriesChartView* waiting = page.charts()->charts().at(0);
    TimeSeriesChartView* cost = page.charts()->charts().at(3);
    QCOMPARE(waiting->chart()->title(), QStringLiteral("Waiting jobs"));
    QCOMPARE(cost->lineCount(), 16);  // 8 used, 8 idle
    QVERIFY(seriesNames(*cost->chart()).contains(QStringLiteral("fifo idle")));
    const QList<QPointF> idlePoints = cost->shownPoints(8);
    QVERIFY(!idlePoints.isEmpty());
    QCOMPARE(partOf<QLabel>(page, "issueHeadline")->text(), QStringLiteral("No problems."));
    QCOMPARE(page.filterEditor()->keptLabel()->text(), QStringLiteral("All 4 jobs are kept."));
    QCOMPARE(partOf<TraceFormatBox>(page, "formatBox")->itemText(0), QStringLiteral("Auto (detect)"));

    // The GPU tab runs the trace too (simulated only, without a device).
    QSignalSpy deviceDone(partOf<DeviceReplayPanel>(page, nullptr), &DeviceReplayPanel::finished);
    QTest::mouseClick(partOf<DeviceReplayPanel>(page, nullptr)->runButton(), Qt::LeftButton);
    QVERIFY(deviceDone.wait(kWaitMs) || deviceDone.count() == 1);
    const QString deviceStatus = partOf<DeviceReplayPanel>(page, nullptr)->statusLabel()->text();
    QCOMPARE(partOf<DeviceReplayPanel>(page, nullptr)->queueingChart()->categories().value(0), QStringLiteral("Mean, simulated"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString x = QStringLiteral("[x] ");
    QTRY_COMPARE(partOf<QPushButton>(page, "openButton")->text(), x + QStringLiteral("&Open trace..."));
    QCOMPARE(partOf<QCheckBox>(page, "lenientBox")->text(), x + QStringLiteral("S&kip bad rows"));
    QCOMPARE(page.replayButton()->text(), x + QStringLiteral("&Replay checked policies"));
    QCOMPARE(page.replayAction()->text(), x + QStringLiteral("Replay checked policies"));
    QCOMPARE(partOf<QPushButton>(page, "pauseButton")->text(), x + QStringLiteral("&Pause"));
    QCOMPARE(page.evidenceButton()->text(), x + QStringLiteral("Use as &evidence"));
    QCOMPARE(policiesBox->title(), x + QStringLiteral("Policies"));
    for (QGroupBox* box : page.findChildren<QGroupBox*>())
        QVERIFY2(box->title().startsWith(x), qPrintable(box->title()));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(tabs->tabText(i).startsWith(x), qPrintable(tabs->tabText(i)));
    AnalysesView* analyses = page.analysesView();
    QCOMPARE(analyses->summaryModel()->headerData(AnalysesSummaryModel::WaitingP95, Qt::Horizontal).toString(),
             x + QStringLiteral("p95 waiting"));
    QCOMPARE(analyses->bucketModel()->data(analyses->bucketModel()->index(1, AnalysesBucketModel::Bucket)).toString(),
             x + QStringLiteral("GPUs 1"));
    QVERIFY(analyses->jctChart()->chart()->title().startsWith(x));
    QCOMPARE(analyses->jctChart()->lineCount(), 8);  // the lines stay
    QCOMPARE(metrics.headerData(PolicyMetricsModel::MeanQueueing, Qt::Horizontal).toString(),
             x + QStringLiteral("Mean queueing"));
    QCOMPARE(partOf<QTableView>(page, "metricsView")->model()->headerData(PolicyMetricsModel::Policy, Qt::Horizontal).toString(),
             x + QStringLiteral("Policy"));
    QCOMPARE(cell(metrics, 0, PolicyMetricsModel::MeanQueueing), QStringLiteral("1 min 13 s"));  // same row
    const int fifo = rowOfPolicy(metrics, QStringLiteral("fifo"));
    QCOMPARE(metrics.index(fifo, PolicyMetricsModel::Rejected).data(Qt::ToolTipRole).toString(),
             x + QStringLiteral("Rejected (more GPUs than the cluster has), lines: 5"));
    QCOMPARE(partOf<QTableView>(page, "issueView")->model()->headerData(0, Qt::Horizontal).toString(), x + QStringLiteral("File"));
    QCOMPARE(comparison.headerData(ComparisonModel::InWords, Qt::Horizontal).toString(),
             x + QStringLiteral("In words"));
    QVERIFY(cell(comparison, 0, ComparisonModel::InWords).startsWith(x));
    // The computed sentences: said again with the marked words, the data (trace name, numbers) as it was
    // (money comes from DisplayFormat, whose context the marking translator does not mark).
    QCOMPARE(resultsFor->text(), x + QStringLiteral("Results for ") + x + QStringLiteral("fifo-blocking.csv on ") + x +
                                     QStringLiteral("pooled, 2 GPUs, $2.50 per GPU-hour."));
    QCOMPARE(partOf<QLabel>(page, "issueHeadline")->text(), x + QStringLiteral("No problems."));
    QVERIFY(page.cursorLabel()->text().startsWith(x + QStringLiteral("<b>Latest state of each replay</b>")));
    QCOMPARE(page.filterEditor()->keptLabel()->text(), x + QStringLiteral("All 4 jobs are kept."));
    QCOMPARE(page.filterEditor()->applyButton()->text(), x + QStringLiteral("A&pply filter"));
    // Charts: an axis title, a chart title and a line name; the line keeps its points.
    QCOMPARE(histogram->categoryTitle(), x + QStringLiteral("GPUs per job"));
    QCOMPARE(histogram->valueName(), x + QStringLiteral("Jobs"));
    QCOMPARE(waiting->chart()->title(), x + QStringLiteral("Waiting jobs"));
    QVERIFY(seriesNames(*cost->chart()).contains(x + QStringLiteral("fifo idle")));
    QVERIFY(seriesNames(*cost->chart()).contains(QStringLiteral("fifo")));  // a policy's name is data
    QCOMPARE(cost->shownPoints(8), idlePoints);
    // The cluster editor and the combo boxes: new words, the same picks and values.
    ClusterEditor* cluster = page.clusterEditor();
    QCOMPARE(cluster->gpuJobsOnlyBox()->text(), x + QStringLiteral("&GPU jobs only"));
    QCOMPARE(cluster->placementBox()->itemText(0), x + QStringLiteral("Pooled (one pool of GPUs)"));
    QCOMPARE(cluster->placementBox()->currentIndex(), 0);
    QCOMPARE(cluster->gpusBox()->value(), 2);
    QCOMPARE(cluster->priceBox()->prefix(), x + QStringLiteral("$"));
    QCOMPARE(cluster->priceBox()->value(), 2.5);
    QCOMPARE(partOf<TraceFormatBox>(page, "formatBox")->itemText(0), x + QStringLiteral("Auto (detect)"));
    QCOMPARE(partOf<QComboBox>(page, "speedBox")->itemText(0), x + QStringLiteral("As fast as possible"));
    QCOMPARE(partOf<QComboBox>(page, "speedBox")->currentIndex(), 2);
    QCOMPARE(partOf<QComboBox>(page, "speedBox")->currentText(), x + QStringLiteral("6 simulated h/s"));
    QCOMPARE(cell(metrics, 2, PolicyMetricsModel::Policy), selectedPolicy);
    QVERIFY(partOf<QTableView>(page, "metricsView")->selectionModel()->isRowSelected(2));
    QCOMPARE(partOf<QTableView>(page, "metricsView")->horizontalHeader()->sortIndicatorSection(), int(PolicyMetricsModel::MeanQueueing));
    QCOMPARE(page.checkedPolicies().size(), std::size_t(8));
    QVERIFY(!page.replayButton()->isEnabled());  // the results are still current
    // The Sharing tab: buttons, the table's headers and the sentences made from the data.
    SharingPanel* sharing = page.sharingPanel();
    QCOMPARE(sharing->runButton()->text(), x + QStringLiteral("Run stud&y"));
    QCOMPARE(sharing->curveModel()->headerData(SharingCurveModel::AllocatedEnd, Qt::Horizontal).toString(),
             x + QStringLiteral("Allocated at 130 % arrived"));
    QCOMPARE(sharing->seedsLabel()->text(), x + QStringLiteral("seeds 42-51 (10 runs per placement)"));
    QCOMPARE(sharing->stateLabel()->text(), x + QStringLiteral("fifo-blocking.csv: 4 jobs, ready"));
    QCOMPARE(sharing->allocationChart()->chart()->title(), x + QStringLiteral("GPU allocation ratio"));
    // The GPU tab's panel: form labels, table headers and axis titles.
    DeviceReplayPanel* device = partOf<DeviceReplayPanel>(page, nullptr);
    QLabel* policyLabel = nullptr;
    for (QLabel* label : device->findChildren<QLabel*>()) {
        if (label->buddy() == device->policyBox())
            policyLabel = label;
    }
    QVERIFY(policyLabel);
    QCOMPARE(policyLabel->text(), x + QStringLiteral("&Policy:"));
    QCOMPARE(device->table()->horizontalHeaderItem(0)->text(), x + QStringLiteral("Simulated"));
    QCOMPARE(device->compressionBox()->itemText(0), x + QStringLiteral("The whole trace in about a minute"));
    QVERIFY2(device->statusLabel()->text().startsWith(x), qPrintable(device->statusLabel()->text()));
    QCOMPARE(device->queueingChart()->categories().value(0), x + QStringLiteral("Mean, simulated"));
    QCOMPARE(device->queueingChart()->valueName(), x + QStringLiteral("Queueing delay (h)"));

    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(partOf<QPushButton>(page, "openButton")->text(), QStringLiteral("&Open trace..."));
    QCOMPARE(resultsFor->text(), results);
    QCOMPARE(policiesBox->title(), QStringLiteral("Policies"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Live charts"));
    QCOMPARE(metrics.headerData(PolicyMetricsModel::MeanQueueing, Qt::Horizontal).toString(),
             QStringLiteral("Mean queueing"));
    QCOMPARE(cell(metrics, 0, PolicyMetricsModel::MeanQueueing), QStringLiteral("1 min 13 s"));
    QCOMPARE(cell(comparison, 0, ComparisonModel::InWords), firstSentence);
    QCOMPARE(histogram->categoryTitle(), QStringLiteral("GPUs per job"));
    QVERIFY(seriesNames(*cost->chart()).contains(QStringLiteral("fifo idle")));
    QCOMPARE(partOf<QLabel>(page, "issueHeadline")->text(), QStringLiteral("No problems."));
    QCOMPARE(page.filterEditor()->keptLabel()->text(), QStringLiteral("All 4 jobs are kept."));
    QCOMPARE(partOf<QComboBox>(page, "speedBox")->currentText(), QStringLiteral("6 simulated h/s"));
    QCOMPARE(partOf<TraceFormatBox>(page, "formatBox")->itemText(0), QStringLiteral("Auto (detect)"));
    QCOMPARE(policyLabel->text(), QStringLiteral("&Policy:"));
    QCOMPARE(partOf<DeviceReplayPanel>(page, nullptr)->statusLabel()->text(), deviceStatus);
    QCOMPARE(partOf<DeviceReplayPanel>(page, nullptr)->queueingChart()->categories().value(0), QStringLiteral("Mean, simulated"));

    // The switch the Settings dialog makes: German, then English again.
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(partOf<QPushButton>(page, "openButton")->text(), QString::fromUtf8("&Trace öffnen..."));
    QCOMPARE(policiesBox->title(), QStringLiteral("Strategien"));
    QCOMPARE(metrics.headerData(PolicyMetricsModel::MeanQueueing, Qt::Horizontal).toString(),
             QStringLiteral("Mittlere Wartezeit"));
    QCOMPARE(histogram->categoryTitle(), QStringLiteral("GPUs pro Job"));
    QCOMPARE(partOf<QLabel>(page, "issueHeadline")->text(), QStringLiteral("Keine Probleme."));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(partOf<QPushButton>(page, "openButton")->text(), QStringLiteral("&Open trace..."));
    QCOMPARE(resultsFor->text(), results);
}

QTEST_MAIN(TraceLabTest)
#include "tracelabtest.moc"

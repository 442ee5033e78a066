// Keeping and using Trace Lab results: a saved analysis reopens with the same tables and charts
// without replaying, becomes evidence, is listed and deleted; charts export as SVG vectors.
#include "tracelab/analysesmodel.h"
#include "tracelab/analysesview.h"
#include "tracelab/analysislistdialog.h"
#include "tracelab/clustereditor.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/livereplaycharts.h"
#include "tracelab/policymetricsmodel.h"
#include "tracelab/tracelabanalysis.h"
#include "tracelab/tracelabpage.h"
#include "widgets/chartexport.h"
#include "widgets/timeserieschartview.h"

#include <storage/analysisstore.h>
#include <storage/database.h>
#include <trace/syntheticgenerator.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QChart>
#include <QTimer>
#include <QXmlStreamReader>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace debrief;
using namespace debrief::studio;

namespace {

constexpr int kWaitMs = 120'000;

// Every cell of every column, display text and raw number, as a person and a sort would read it.
QStringList cellsOf(const QAbstractItemModel& model)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            cells << index.data().toString() << index.data(Qt::UserRole + 1).toString();
        }
    }
    return cells;
}

QList<QList<QPointF>> chartPoints(const LiveReplayCharts& charts)
{
    QList<QList<QPointF>> points;
    for (const TimeSeriesChartView* chart : charts.charts()) {
        for (int line = 0; line < chart->lineCount(); ++line)
            points << chart->shownPoints(line);
    }
    return points;
}

bool replayAndWait(TraceLabPage& page)
{
    QSignalSpy finished(&page, &TraceLabPage::replayFinished);
    if (!page.replayCheckedPolicies())
        return false;
    return finished.wait(kWaitMs) || finished.count() == 1;
}

}  // namespace

class AnalysisTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_analyses"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void aSavedAnalysisReopensIdenticalWithoutReplaying()
    {
        storage::Database database(m_dir.filePath(QStringLiteral("reopen.sqlite")));
        QVERIFY(database.open());

        TraceLabPage page;
        page.resize(1400, 1000);
        page.show();
        page.setDatabase(&database);
        QVERIFY(!page.saveAnalysisAction()->isEnabled());  // nothing to save yet
        page.setSyntheticTrace(
            std::make_shared<const trace::Trace>(trace::SyntheticGenerator({400, 3, 16, 0.95}).makeTrace()),
            QStringLiteral("synthetic.csv"));
        page.clusterEditor()->setCluster(replay::Cluster::pooled(16, 2.5));
        page.setCheckedPolicies({replay::PolicyKind::Fifo, replay::PolicyKind::Sjf, replay::PolicyKind::EasyBackfill});
        QVERIFY(replayAndWait(page));
        page.baselineBox()->setCurrentIndex(page.baselineBox()->findText(QStringLiteral("sjf")));
        QVERIFY(page.saveAnalysisAction()->isEnabled());
        QCOMPARE(page.saveAnalysisAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));

        const QStringList metrics = cellsOf(*page.metricsModel());
        const QStringList comparison = cellsOf(*page.comparisonModel());
        const QList<QList<QPointF>> points = chartPoints(*page.charts());
        QCOMPARE(page.comparisonModel()->rowCount(), 2);
        QVERIFY(points.size() > 10);
        QVERIFY(!points[0].isEmpty());

        // The Analyses tab: per-policy figures, every policy's buckets side by side, both CDFs.
        AnalysesView* analyses = page.findChild<AnalysesView*>();
        QVERIFY(analyses);
        analyses->showBucketsOf(-1);
        const QStringList figures = cellsOf(*analyses->summaryModel());
        const QStringList buckets = cellsOf(*analyses->bucketModel());
        QCOMPARE(analyses->summaryModel()->rowCount(), 3);
        QVERIFY(buckets.size() > 3 * 8);
        QVERIFY(!analyses->jctChart()->shownPoints(0).isEmpty());
        QVERIFY(!analyses->slowdownChart()->shownPoints(2).isEmpty());

        const std::optional<std::int64_t> id = page.saveAnalysis(QStringLiteral("Backfill vs SJF"));
        QVERIFY(id.has_value());

        // A fresh page (a later start of the studio) shows it exactly as saved, without a trace.
        TraceLabPage reopened;
        reopened.resize(1400, 1000);
        reopened.show();
        reopened.setDatabase(&database);
        QSignalSpy replays(&reopened, &TraceLabPage::replayFinished);
        QVERIFY(reopened.openAnalysis(*id));
        QVERIFY(!reopened.isReplaying());
        QCOMPARE(replays.count(), 0);
        QCOMPARE(reopened.baselineBox()->currentText(), QStringLiteral("sjf"));
        QCOMPARE(cellsOf(*reopened.metricsModel()), metrics);
        QCOMPARE(cellsOf(*reopened.comparisonModel()), comparison);
        // The Analyses tab shows the same figures: they are kept with the analysis, not recomputed.
        AnalysesView* reopenedAnalyses = reopened.findChild<AnalysesView*>();
        reopenedAnalyses->showBucketsOf(-1);
        QCOMPARE(cellsOf(*reopenedAnalyses->summaryModel()), figures);
        QCOMPARE(cellsOf(*reopenedAnalyses->bucketModel()), buckets);
        QCOMPARE(reopenedAnalyses->jctChart()->lineCount(), 3);
        QVERIFY(reopenedAnalyses->note()->isHidden());  // no "replay to see its analyses"
        // The charts downsample to their plot's width, which follows the page's layout: drawn from the
        // analysis in memory on the first page and from the database on the second, they are the same.
        page.showAnalysis(*page.currentAnalysis());
        QTest::qWait(100);
        reopened.openAnalysis(*id);
        page.showAnalysis(*page.currentAnalysis());
        QCOMPARE(chartPoints(*reopened.charts()), chartPoints(*page.charts()));
        QCOMPARE(chartPoints(*reopened.charts()).size(), points.size());
        QCOMPARE(reopenedAnalyses->jctChart()->shownPoints(0), analyses->jctChart()->shownPoints(0));
        QCOMPARE(reopenedAnalyses->slowdownChart()->shownPoints(2), analyses->slowdownChart()->shownPoints(2));
        // The time cursor reads the saved histories: the same state of every policy at the same moment.
        page.setCursorTime(3 * 3600);
        reopened.setCursorTime(3 * 3600);
        QVERIFY(reopened.cursorLabel()->text().contains(QStringLiteral("easy-backfill")));
        QVERIFY(!reopened.cursorLabel()->text().contains(QStringLiteral("not there yet")));
        QCOMPARE(reopened.cursorLabel()->text(), page.cursorLabel()->text());

        // The raw numbers too, not just their display.
        const auto saved = page.currentAnalysis();
        const auto loaded = reopened.currentAnalysis();
        QVERIFY(saved && loaded);
        QCOMPARE(loaded->name, QStringLiteral("Backfill vs SJF"));
        QCOMPARE(loaded->traceFingerprint, saved->traceFingerprint);
        QCOMPARE(loaded->jobCount, 400);
        QCOMPARE(loaded->results.size(), saved->results.size());
        for (std::size_t i = 0; i < saved->results.size(); ++i) {
            const replay::Metrics& a = *saved->results[i].metrics;
            const replay::Metrics& b = *loaded->results[i].metrics;
            QCOMPARE(b.queueingDelay.p95, a.queueingDelay.p95);
            QCOMPARE(b.jct.mean, a.jct.mean);
            QCOMPARE(b.slowdown.p99, a.slowdown.p99);
            QCOMPARE(b.utilization, a.utilization);
            QCOMPARE(b.cost.idle, a.cost.idle);
            QCOMPARE(loaded->histories[i].snapshots().size(), saved->histories[i].snapshots().size());
            QCOMPARE(loaded->histories[i].snapshots().back().usedCostUsd,
                     saved->histories[i].snapshots().back().usedCostUsd);
        }
    }

    void theFingerprintFollowsTheJobs()
    {
        trace::Trace a = trace::SyntheticGenerator({50, 1, 8, 0.9}).makeTrace();
        trace::Trace b = a;
        const QString name = QStringLiteral("a.csv");
        QCOMPARE(TraceLabAnalysis::fingerprint(a, name), TraceLabAnalysis::fingerprint(b, name));
        b.jobs[10].duration += 1;
        QVERIFY(TraceLabAnalysis::fingerprint(a, name) != TraceLabAnalysis::fingerprint(b, name));
        QVERIFY(TraceLabAnalysis::fingerprint(a, name) != TraceLabAnalysis::fingerprint(a, QStringLiteral("b.csv")));
    }

    void aComparisonBecomesEvidence()
    {
        storage::Database database(m_dir.filePath(QStringLiteral("evidence.sqlite")));
        QVERIFY(database.open());
        TraceLabPage page;
        page.show();
        page.setDatabase(&database);
        page.setSyntheticTrace(
            std::make_shared<const trace::Trace>(trace::SyntheticGenerator({200, 5, 8, 0.95}).makeTrace()),
            QStringLiteral("evidence.csv"));
        page.clusterEditor()->setCluster(replay::Cluster::pooled(8, 3.0));
        page.setCheckedPolicies({replay::PolicyKind::Fifo, replay::PolicyKind::Sjf});
        QVERIFY(replayAndWait(page));
        QVERIFY(page.evidenceButton()->isEnabled());

        // Not saved yet: it is saved under the given name first.
        QCOMPARE(page.useAsEvidence(QStringLiteral("For the design round")), 1);
        const storage::AnalysisStore store(database);
        const QList<storage::EvidenceStatement> statements = store.evidenceStatements();
        QCOMPARE(statements.size(), 1);
        const storage::EvidenceStatement& evidence = statements[0];
        QCOMPARE(evidence.analysisName, QStringLiteral("For the design round"));
        QCOMPARE(evidence.policy, QStringLiteral("sjf"));
        QCOMPARE(evidence.baseline, QStringLiteral("fifo"));
        QCOMPARE(evidence.statement, page.comparisonModel()->index(0, ComparisonModel::InWords).data().toString());
        QVERIFY(evidence.source.contains(QStringLiteral("evidence.csv")));
        QVERIFY(evidence.source.contains(QStringLiteral("200 jobs")));
        QVERIFY(evidence.source.contains(QStringLiteral("fifo, sjf")));
        QCOMPARE(evidence.numbers.value(QStringLiteral("idleCostPerMonthUsd")).toDouble(),
                 page.comparisonModel()
                     ->index(0, ComparisonModel::CostPerMonth)
                     .data(ComparisonModel::SortRole)
                     .toDouble());
        // Again: replaced, not doubled.
        QCOMPARE(page.useAsEvidence(), 1);
        QCOMPARE(store.evidenceStatements().size(), 1);
        QCOMPARE(store.list().size(), 1);
    }

    void theListShowsAnalysesAndDeletes()
    {
        storage::Database database(m_dir.filePath(QStringLiteral("list.sqlite")));
        QVERIFY(database.open());
        const storage::AnalysisStore store(database);
        TraceLabAnalysis analysis;
        analysis.traceName = QStringLiteral("philly.csv");
        analysis.jobCount = 82000;
        analysis.results.resize(2);
        analysis.results[1].policy = replay::PolicyKind::Las;
        analysis.histories.resize(2);
        for (const char* name : {"first", "second"}) {
            analysis.name = QLatin1String(name);
            storage::SavedAnalysis saved = analysis.toSaved();
            store.save(saved);
        }
        AnalysisListDialog dialog(store);
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        const QTreeWidgetItem* top = dialog.list()->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("second"));
        QCOMPARE(top->text(2), QStringLiteral("philly.csv (82,000 jobs)"));
        QCOMPARE(top->text(3), QStringLiteral("fifo, las"));
        QVERIFY(dialog.chosenId().has_value());
        QVERIFY(dialog.deleteSelected(false));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list()[0].name, QStringLiteral("first"));
    }

    void chartsExportAsSvgVectors()
    {
        if (!ChartExport::svgAvailable())
            QSKIP("built without Qt SVG");
        TraceLabPage page;
        page.resize(1400, 1000);
        page.show();
        page.setSyntheticTrace(
            std::make_shared<const trace::Trace>(trace::SyntheticGenerator({300, 9, 16, 0.95}).makeTrace()),
            QStringLiteral("svg.csv"));
        page.clusterEditor()->setCluster(replay::Cluster::pooled(16, 2.5));
        page.setCheckedPolicies({replay::PolicyKind::Fifo, replay::PolicyKind::Sjf});
        QVERIFY(replayAndWait(page));
        const QStringList files = page.exportCharts(m_dir.filePath(QStringLiteral("charts.svg")));
        QVERIFY(files.size() >= 6);
        qsizetype vectors = 0;
        for (const QString& path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            QVERIFY(svg.contains("<svg"));
            QVERIFY2(!svg.contains("<image"), qPrintable(path));  // nothing was grabbed as pixels
            vectors += svg.count("<path") + svg.count("<polyline");
        }
        QVERIFY(vectors >= 12);  // 6 live charts, 2 policies: every line is a vector
    }

    // "Export charts" clicked: a file name in the dialog, then every chart that holds something is
    // one file beside it, named after it, in the light export style even when the screen is dark.
    void exportButtonWritesEveryChart()
    {
        TraceLabPage page;
        page.resize(1400, 1000);
        page.show();
        QPalette dark;
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::white);
        page.setPalette(dark);
        page.setSyntheticTrace(
            std::make_shared<const trace::Trace>(trace::SyntheticGenerator({300, 9, 16, 0.95}).makeTrace()),
            QStringLiteral("export.csv"));
        page.setCheckedPolicies({replay::PolicyKind::Fifo, replay::PolicyKind::Sjf});
        QVERIFY(replayAndWait(page));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("exportChartsButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());

        const QStringList stems{QStringLiteral("live-waiting-jobs"),       QStringLiteral("live-gpu-utilisation"),
                                QStringLiteral("live-throughput"),         QStringLiteral("live-cost"),
                                QStringLiteral("live-p95-queueing-delay"), QStringLiteral("live-queueing-delay-cdf"),
                                QStringLiteral("analyses-jct-cdf"),        QStringLiteral("analyses-slowdown-cdf"),
                                QStringLiteral("trace-jobs-by-gpus")};
        QStringList suffixes{QStringLiteral("png")};
        if (ChartExport::svgAvailable())
            suffixes << QStringLiteral("svg");
        for (const QString& suffix : suffixes) {
            QTemporaryDir dir;
            const QString chosen = dir.filePath(QStringLiteral("run.") + suffix);
            bool dialogSeen = false;
            QTimer::singleShot(0, this, [&] {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                dialogSeen = true;
                dialog->selectFile(chosen);
                static_cast<QDialog*>(dialog)->accept();  // QFileDialog::accept, as the Save button
            });
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(dialogSeen);
            QStringList expected;
            for (const QString& stem : stems)
                expected << QStringLiteral("run-") + stem + QLatin1Char('.') + suffix;
            QStringList found = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
            expected.sort();
            QCOMPARE(found, expected);  // the device and sharing tabs hold nothing: no file for them
            for (const QString& name : found) {
                const QString path = dir.filePath(name);
                QVERIFY2(QFileInfo(path).size() > 0, qPrintable(name));
                if (suffix == QLatin1String("png")) {
                    const QImage image(path);
                    QCOMPARE(image.size(), TraceLabPage::kExportedChartSize * 2);
                    // Light whatever the screen: the corner is the print palette's background.
                    QVERIFY2(qGray(image.pixel(4, 4)) > 200, qPrintable(name));
                    // Laid out for the file's size: something is drawn in its bottom fifth (the
                    // x axis and its labels), not only in the corner the on-screen size covers.
                    bool bottomDrawn = false;
                    for (int y = image.height() * 4 / 5; y < image.height() && !bottomDrawn; ++y) {
                        for (int x = 0; x < image.width() && !bottomDrawn; x += 2)
                            bottomDrawn = qGray(image.pixel(x, y)) < 128;
                    }
                    QVERIFY2(bottomDrawn, qPrintable(name));
                } else {
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    QXmlStreamReader xml(&file);
                    while (!xml.atEnd())
                        xml.readNext();
                    QVERIFY2(!xml.hasError(), qPrintable(name + QLatin1String(": ") + xml.errorString()));
                }
            }
        }
        // The charts on screen stay dark and keep their size after the export.
        for (TimeSeriesChartView* chart : page.findChildren<TimeSeriesChartView*>()) {
            QCOMPARE(chart->palette().color(QPalette::Base), QColor(Qt::black));
            QVERIFY(chart->size() != TraceLabPage::kExportedChartSize);
        }
        // The files name their lines; on screen the live charts leave that to the state table.
        for (TimeSeriesChartView* chart : page.charts()->charts())
            QVERIFY(!chart->chart()->legend()->isVisible());
    }

    // A folder that cannot be written: the user is told which file and why, and nothing is claimed.
    void exportIntoMissingFolderSaysWhy()
    {
        TraceLabPage page;
        page.resize(1400, 1000);
        page.show();
        page.setSyntheticTrace(
            std::make_shared<const trace::Trace>(trace::SyntheticGenerator({200, 9, 16, 0.95}).makeTrace()),
            QStringLiteral("export.csv"));
        page.setCheckedPolicies({replay::PolicyKind::Fifo});
        QVERIFY(replayAndWait(page));
        QStringList errors;
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/run.png"));
        QVERIFY(page.exportCharts(path, &errors).isEmpty());
        QCOMPARE(errors.size(), 9);
        QVERIFY2(errors.front().contains(QStringLiteral("run-live-waiting-jobs.png")), qPrintable(errors.front()));
    }
};

QTEST_MAIN(AnalysisTest)
#include "analysistest.moc"

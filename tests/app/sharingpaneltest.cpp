// The Trace Lab's Sharing tab clicked through: a node list chosen in the file dialog (a bad one
// first), the tab opened, placements unticked, seeds typed, Run pressed, the table read; then the
// rounded-up against shared comparison. The numbers are worked out by hand below.
#include "journey/journeydriver.h"

#include "interviewrecords.h"

#include "tracelab/policymetricsmodel.h"
#include "tracelab/sharingcostmodel.h"
#include "tracelab/sharingcurvemodel.h"
#include "tracelab/sharingpanel.h"
#include "tracelab/sharingsession.h"
#include "tracelab/tracelabpage.h"
#include "tracelab/tracelabsession.h"
#include "widgets/timeserieschartview.h"

#include <storage/analysisstore.h>
#include <trace/trace.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace debrief;
using namespace debrief::studio;
using namespace journey;
using sharing::PlacementPolicy;

namespace {

constexpr int kWaitMs = 60'000;

// 13 one-hour jobs, each 1 CPU core and 200 milli of one GPU: 2,600 milli, 130 % of two GPUs.
std::shared_ptr<const trace::Trace> cpuBoundTrace()
{
    auto t = std::make_shared<trace::Trace>();
    for (std::uint32_t i = 0; i < 13; ++i) {
        trace::Job job;
        job.duration = 3600;
        job.line = i + 2;
        job.gpus = 1;
        t->add(job, {});
        t->resources.gpuMilli.push_back(200);
        t->resources.cpuMilli.push_back(1000);
        t->resources.memoryMib.push_back(0);
    }
    return t;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

class SharingPanelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_sharingpanel"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Two nodes of 4 cores and one GPU each. A job takes a core and 200 milli: four jobs fill a
    // node's cores with 800 milli of its GPU, so whatever the placement 8 jobs run (1,600 milli =
    // 80 % allocated) and the other 5 fit nowhere. The 200 milli left on each GPU cannot be used (no
    // core left): 400 milli = 20 % fragmented. The tenth job brings the arrived work to 100 %, the
    // thirteenth to 130 %: 80 % and 20 % at both.
    void tickPlacementsRunAndReadTheTable()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("two_nodes.csv"));
        const QString bad = dir.filePath(QStringLiteral("broken_nodes.csv"));
        writeFile(good, "sn,cpu_milli,memory_mib,gpu,model\na,4000,8192,1,T4\nb,4000,8192,1,T4\n");
        writeFile(bad, "sn,cpu_milli,memory_mib,gpu,model\na,4000,8192,1,T4\nb,4000,8192,one,T4\n");

        TraceLabPage page;
        showWithCpuBoundTrace(page);
        if (QTest::currentTestFailed())
            return;
        SharingPanel* panel = page.sharingPanel();
        SharingSession* session = panel->controller();
        QCOMPARE(session, page.controller()->sharing());
        QCOMPARE(session->traceName(), QStringLiteral("cpu-bound.csv"));
        QAbstractItemModelTester curveTester(panel->curveModel());
        QAbstractItemModelTester costTester(panel->costModel());

        // The Sharing tab.
        QTabWidget* tabs = nullptr;
        for (QTabWidget* t : page.findChildren<QTabWidget*>()) {
            if (t->isAncestorOf(panel))
                tabs = t;
        }
        QVERIFY(tabs);
        int sharingTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Sharing"))
                sharingTab = i;
        }
        QVERIFY(sharingTab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(sharingTab).center());
        QTRY_VERIFY(panel->isVisible());
        // Before any run the charts already read against 0-130 % of arrived workload.
        for (TimeSeriesChartView* chart : {panel->allocationChart(), panel->fragmentationChart()}) {
            const auto axes = chart->chart()->axes(Qt::Horizontal);
            QVERIFY(!axes.isEmpty());
            const auto* x = qobject_cast<const QValueAxis*>(axes.first());
            QVERIFY(x);
            QCOMPARE(x->max(), 130.0);
        }
        QVERIFY2(panel->nodeListLabel()->text().contains(QStringLiteral("1,213 nodes")),
                 qPrintable(panel->nodeListLabel()->text()));

        // A broken node list: the importer's message, naming file and line; the list stays.
        ModalHandler broken([&](QWidget* modal) { answerFileDialog(modal, bad); });
        click(panel->nodeListButton());
        QTRY_VERIFY(broken.handled());
        backTo(page);
        QTRY_VERIFY2(panel->stateLabel()->text().contains(QStringLiteral("broken_nodes.csv line 3")),
                     qPrintable(panel->stateLabel()->text()));
        QCOMPARE(session->nodeList()->nodes().size(), std::size_t(1213));
        ModalHandler chosen([&](QWidget* modal) { answerFileDialog(modal, good); });
        click(panel->nodeListButton());
        QTRY_VERIFY(chosen.handled());
        backTo(page);
        QTRY_COMPARE(session->nodeListName(), QStringLiteral("two_nodes.csv"));
        QVERIFY2(panel->nodeListLabel()->text().contains(QStringLiteral("2 nodes, 2 GPUs (T4 2)")),
                 qPrintable(panel->nodeListLabel()->text()));

        // Three placements of six, two seeds.
        for (const PlacementPolicy p :
             {PlacementPolicy::Random, PlacementPolicy::DotProduct, PlacementPolicy::GpuClustering}) {
            QVERIFY(panel->placementBox(p)->isChecked());
            click(panel->placementBox(p));
            QVERIFY(!panel->placementBox(p)->isChecked());
        }
        QCOMPARE(panel->seedsLabel()->text(), QStringLiteral("seeds 42-51 (10 runs per placement)"));
        click(panel->seedCountBox());
        QTRY_VERIFY(panel->seedCountBox()->hasFocus());
        keyHere(Qt::Key_A, Qt::ControlModifier);
        typeHere(QStringLiteral("2"));
        QCOMPARE(panel->seedsLabel()->text(), QStringLiteral("seeds 42-43 (2 runs per placement)"));
        QCOMPARE(panel->inflationBox()->value(), 1.3);

        QSignalSpy finished(session, &SharingSession::studyFinished);
        click(panel->runButton());
        QVERIFY(finished.wait(kWaitMs) || finished.count() == 1);
        QTRY_VERIFY(panel->runButton()->isEnabled());
        QCOMPARE(panel->progressBar()->value(), 100);
        QCOMPARE(panel->stateLabel()->text(), QStringLiteral("6 of 6 runs (placements x seeds) done"));

        const SharingCurveModel& table = *panel->curveModel();
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.headerData(SharingCurveModel::AllocatedEnd, Qt::Horizontal).toString(),
                 QStringLiteral("Allocated at 130 % arrived"));
        const QStringList placements{QStringLiteral("gpu-packing"), QStringLiteral("best-fit"), QStringLiteral("fgd")};
        for (int row = 0; row < 3; ++row) {
            const auto cell = [&](int column) { return table.index(row, column).data().toString(); };
            QCOMPARE(cell(SharingCurveModel::Placement), placements[row]);
            QCOMPARE(cell(SharingCurveModel::Seeds), QStringLiteral("2"));
            QCOMPARE(cell(SharingCurveModel::AllocatedFull), QStringLiteral("80.0 %"));
            QCOMPARE(cell(SharingCurveModel::AllocatedEnd), QStringLiteral("80.0 %"));
            QCOMPARE(cell(SharingCurveModel::FragmentedFull), QStringLiteral("20.0 %"));
            QCOMPARE(cell(SharingCurveModel::FragmentedEnd), QStringLiteral("20.0 %"));
        }
        // One line per placement on both charts, ending at 130 % arrived with 80 and 20 %.
        for (TimeSeriesChartView* chart : {panel->allocationChart(), panel->fragmentationChart()}) {
            QCOMPARE(chart->lineCount(), 3);
            for (int line = 0; line < 3; ++line) {
                const QList<QPointF> points = chart->shownPoints(line);
                QVERIFY(!points.isEmpty());
                QCOMPARE(points.last().x(), 130.0);
                QCOMPARE(points.last().y(), chart == panel->allocationChart() ? 80.0 : 20.0);
            }
            // The x axis ends where the study's data ends (inflation 1.3: 130 % arrived), not at a
            // rounder 150 or 200 % with an empty band on the right.
            const auto axes = chart->chart()->axes(Qt::Horizontal);
            QVERIFY(!axes.isEmpty());
            const auto* x = qobject_cast<const QValueAxis*>(axes.first());
            QVERIFY(x);
            QCOMPARE(x->min(), 0.0);
            QCOMPARE(x->max(), 130.0);
        }

        // Rounded up against shared (fifo, best-fit): rounded up, each job takes a whole GPU, two at a
        // time: 13 GPU-hours over 7 hours. Shared, the cores bind: 8 then 5, 13 x 0.2 = 2.6 GPU-hours
        // over 2 hours, 4 GPU-hours paid.
        QVERIFY(!panel->evidenceButton()->isEnabled());  // no database here
        QCOMPARE(panel->costModel()->rowCount(), 0);
        click(panel->compareButton());
        QTRY_VERIFY_WITH_TIMEOUT(panel->costModel()->rowCount() == SharingCostModel::RowCount, kWaitMs);
        const SharingCostModel& costs = *panel->costModel();
        const auto value = [&](int row, int column) {
            return costs.index(row, column).data(SharingCostModel::kValueRole).toDouble();
        };
        QCOMPARE(costs.index(SharingCostModel::Jobs, SharingCostModel::Shared).data().toString(), QStringLiteral("13"));
        QCOMPARE(value(SharingCostModel::UsedGpuHours, SharingCostModel::RoundedUp), 13.0);
        QVERIFY(qFuzzyCompare(value(SharingCostModel::UsedGpuHours, SharingCostModel::Shared), 2.6));
        QCOMPARE(value(SharingCostModel::PaidGpuHours, SharingCostModel::RoundedUp), 14.0);
        QCOMPARE(value(SharingCostModel::PaidGpuHours, SharingCostModel::Shared), 4.0);
        QCOMPARE(value(SharingCostModel::Makespan, SharingCostModel::RoundedUp), 7.0 * 3600);
        QCOMPARE(value(SharingCostModel::Makespan, SharingCostModel::Shared), 2.0 * 3600);
        QCOMPARE(costs.index(SharingCostModel::PaidGpuHours, SharingCostModel::Change).data().toString(),
                 QStringLiteral("-10 (-71.4 %)"));
        // 13 of 14 paid GPU-hours used against 2.6 of 4: 92.9 % to 65.0 %, a signed change in points.
        QCOMPARE(costs.index(SharingCostModel::Utilisation, SharingCostModel::Change).data().toString(),
                 QStringLiteral("-27.9 points"));
        QCOMPARE(costs.index(SharingCostModel::UsedGpuHours, SharingCostModel::Measure).data().toString(),
                 QStringLiteral("GPU-hours used"));
    }

    // A utilisation change that rounds to nothing at one decimal reads "0.0 points", not "-0.0".
    void utilisationChangeRoundingToZeroHasNoSign()
    {
        const auto changeFor = [](double roundedUp, double shared) {
            SharingSession::CostComparison comparison;
            comparison.roundedUp.jobs = comparison.shared.jobs = 1;
            comparison.roundedUp.metrics.emplace().utilization = roundedUp;
            comparison.shared.metrics.emplace().utilization = shared;
            SharingCostModel model;
            model.setComparison(comparison);
            return model.index(SharingCostModel::Utilisation, SharingCostModel::Change).data().toString();
        };
        QCOMPARE(changeFor(0.9, 0.8996), QStringLiteral("0.0 points"));
        QCOMPARE(changeFor(0.9, 0.9004), QStringLiteral("0.0 points"));
        QCOMPARE(changeFor(0.9, 0.8994), QStringLiteral("-0.1 points"));
        QCOMPARE(changeFor(0.5, 0.5126), QStringLiteral("+1.3 points"));
    }

    // Equal sides: every change column cell reads zero the same way, without a sign ("$0" beside
    // "+0" and "+0 s" before); a change in the other direction keeps its sign.
    void zeroChangesReadAlikeInEveryRow()
    {
        SharingSession::CostComparison comparison;
        for (auto* side : {&comparison.roundedUp, &comparison.shared}) {
            side->jobs = 8;
            auto& metrics = side->metrics.emplace();
            metrics.usedGpuHours = 12.0;
            metrics.paidGpuHours = 20.0;
            metrics.usedCost = 30.0;
            metrics.paidCost = 50.0;
            metrics.utilization = 0.6;
            metrics.queueingMean = 0.0;
            metrics.makespan = 7200;
        }
        SharingCostModel model;
        model.setComparison(comparison);
        const auto change = [&](int row) { return model.index(row, SharingCostModel::Change).data().toString(); };
        QCOMPARE(change(SharingCostModel::Jobs), QStringLiteral("0"));
        QCOMPARE(change(SharingCostModel::UsedGpuHours), QStringLiteral("0 (0.0 %)"));
        QCOMPARE(change(SharingCostModel::Utilisation), QStringLiteral("0.0 points"));
        QCOMPARE(change(SharingCostModel::PaidCost), QStringLiteral("$0"));
        QCOMPARE(change(SharingCostModel::QueueingMean), QStringLiteral("0 s"));
        QCOMPARE(change(SharingCostModel::Makespan), QStringLiteral("0 s"));
        comparison.shared.jobs = 7;
        comparison.shared.metrics->makespan = 3600;
        model.setComparison(comparison);
        QCOMPARE(change(SharingCostModel::Jobs), QStringLiteral("-1"));
        QVERIFY2(change(SharingCostModel::Makespan).startsWith(QLatin1Char('-')), qPrintable(change(SharingCostModel::Makespan)));
    }

    // The study and the comparison kept with a saved analysis come back with it: "Use as evidence"
    // saves the analysis, and a fresh Trace Lab with no trace that opens it shows the curves, the
    // rounded-up against shared table and the parameters again, marked as saved results.
    void savedAnalysisReopensWithTheSharingTab()
    {
        QTemporaryDir dir;
        const QString nodes = dir.filePath(QStringLiteral("two_nodes.csv"));
        writeFile(nodes, "sn,cpu_milli,memory_mib,gpu,model\na,4000,8192,1,T4\nb,4000,8192,1,T4\n");
        InterviewRecords records(dir.filePath(QStringLiteral("sharing-saved.sqlite")));
        QVERIFY(records.isOpen());
        {
            TraceLabPage page;
            page.setDatabase(&records.database());
            showWithCpuBoundTrace(page);
            if (QTest::currentTestFailed())
                return;
            SharingPanel* panel = page.sharingPanel();
            runSmallStudy(page, nodes);
            click(panel->compareButton());
            QTRY_VERIFY_WITH_TIMEOUT(panel->costModel()->rowCount() == SharingCostModel::RowCount &&
                                         panel->evidenceButton()->isEnabled(),
                                     kWaitMs);
            ModalHandler name([&](QWidget* modal) {
                auto* field = modal->findChild<QLineEdit*>();
                QVERIFY(field);
                click(field);
                keyHere(Qt::Key_A, Qt::ControlModifier);
                typeHere(QStringLiteral("kept study"));
                QTest::mouseClick(buttonByText(modal, QStringLiteral("OK")), Qt::LeftButton);
            });
            click(panel->evidenceButton());
            QTRY_VERIFY(name.handled());
            backTo(page);
        }
        const QList<storage::AnalysisSummary> saved = storage::AnalysisStore(records.database()).list();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("kept study"));

        TraceLabPage page;
        page.setDatabase(&records.database());
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SharingPanel* panel = page.sharingPanel();
        QCOMPARE(panel->curveModel()->rowCount(), 0);
        QCOMPARE(panel->costModel()->rowCount(), 0);
        QVERIFY(panel->placementBox(PlacementPolicy::Random)->isChecked());
        QVERIFY(page.openAnalysis(saved.first().id));
        openSharingTab(page);

        const SharingCurveModel& table = *panel->curveModel();
        QCOMPARE(table.rowCount(), 2);
        const QStringList placements{QStringLiteral("best-fit"), QStringLiteral("fgd")};
        for (int row = 0; row < 2; ++row) {
            const auto cell = [&](int column) { return table.index(row, column).data().toString(); };
            QCOMPARE(cell(SharingCurveModel::Placement), placements[row]);
            QCOMPARE(cell(SharingCurveModel::Seeds), QStringLiteral("1"));
            QCOMPARE(cell(SharingCurveModel::AllocatedFull), QStringLiteral("80.0 %"));
            QCOMPARE(cell(SharingCurveModel::FragmentedEnd), QStringLiteral("20.0 %"));
        }
        for (TimeSeriesChartView* chart : {panel->allocationChart(), panel->fragmentationChart()}) {
            QCOMPARE(chart->lineCount(), 2);
            const QList<QPointF> points = chart->shownPoints(1);
            QVERIFY(!points.isEmpty());
            QCOMPARE(points.last().x(), 130.0);
            QCOMPARE(points.last().y(), chart == panel->allocationChart() ? 80.0 : 20.0);
        }
        const SharingCostModel& costs = *panel->costModel();
        QCOMPARE(costs.rowCount(), int(SharingCostModel::RowCount));
        const auto value = [&](int row, int column) {
            return costs.index(row, column).data(SharingCostModel::kValueRole).toDouble();
        };
        QCOMPARE(value(SharingCostModel::UsedGpuHours, SharingCostModel::RoundedUp), 13.0);
        QVERIFY(qFuzzyCompare(value(SharingCostModel::UsedGpuHours, SharingCostModel::Shared), 2.6));
        QCOMPARE(value(SharingCostModel::Makespan, SharingCostModel::Shared), 2.0 * 3600);
        // The parameters as they were, and where the results come from.
        QVERIFY(!panel->placementBox(PlacementPolicy::Random)->isChecked());
        QVERIFY(panel->placementBox(PlacementPolicy::Fgd)->isChecked());
        QCOMPARE(panel->seedsLabel()->text(), QStringLiteral("seed 42"));
        QCOMPARE(panel->stateLabel()->text(),
                 QStringLiteral("Saved results of cpu-bound.csv (13 jobs) on two_nodes.csv (2 nodes, 2 GPUs)"));
        QVERIFY(!panel->evidenceButton()->isEnabled());  // already kept with the analysis
        QVERIFY(!panel->runButton()->isEnabled());       // no trace loaded
    }

    // Save analysis (a replay on the Trace Lab) keeps the Sharing tab's study with it too.
    void saveAnalysisKeepsTheSharingStudy()
    {
        QTemporaryDir dir;
        const QString nodes = dir.filePath(QStringLiteral("two_nodes.csv"));
        writeFile(nodes, "sn,cpu_milli,memory_mib,gpu,model\na,4000,8192,1,T4\nb,4000,8192,1,T4\n");
        InterviewRecords records(dir.filePath(QStringLiteral("sharing-save.sqlite")));
        QVERIFY(records.isOpen());
        std::optional<std::int64_t> id;
        int policies = 0;
        {
            TraceLabPage page;
            page.setDatabase(&records.database());
            showWithCpuBoundTrace(page);
            if (QTest::currentTestFailed())
                return;
            runSmallStudy(page, nodes);
            QSignalSpy replayed(&page, &TraceLabPage::replayFinished);
            QVERIFY(page.replayButton()->isEnabled());
            click(page.replayButton());
            QVERIFY(replayed.wait(kWaitMs) || replayed.count() == 1);
            policies = page.metricsModel()->rowCount();
            QVERIFY(policies > 0);
            id = page.saveAnalysis(QStringLiteral("replay and sharing"));
            QVERIFY(id);
        }
        TraceLabPage page;
        page.setDatabase(&records.database());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openAnalysis(*id));
        QCOMPARE(page.metricsModel()->rowCount(), policies);
        SharingPanel* panel = page.sharingPanel();
        QCOMPARE(panel->curveModel()->rowCount(), 2);
        QCOMPARE(panel->curveModel()->index(1, SharingCurveModel::Placement).data().toString(), QStringLiteral("fgd"));
        QCOMPARE(panel->costModel()->rowCount(), 0);  // no comparison was made
        QCOMPARE(panel->stateLabel()->text(),
                 QStringLiteral("Saved results of cpu-bound.csv (13 jobs) on two_nodes.csv (2 nodes, 2 GPUs)"));
    }

private:
    // The page shown, active, with the 13-job CPU-bound trace loaded and settled.
    static void showWithCpuBoundTrace(TraceLabPage& page)
    {
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        page.setSyntheticTrace(cpuBoundTrace(), QStringLiteral("cpu-bound.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), kWaitMs);
    }

    // On the given node list: best-fit and fgd, seed 42 only, run to the end.
    static void runSmallStudy(TraceLabPage& page, const QString& nodes)
    {
        SharingPanel* panel = page.sharingPanel();
        SharingSession* session = panel->controller();
        QVERIFY(session->loadNodeList(nodes));
        openSharingTab(page);
        for (const PlacementPolicy p : {PlacementPolicy::Random, PlacementPolicy::DotProduct,
                                        PlacementPolicy::GpuClustering, PlacementPolicy::GpuPacking})
            click(panel->placementBox(p));
        click(panel->seedCountBox());
        QTRY_VERIFY(panel->seedCountBox()->hasFocus());
        keyHere(Qt::Key_A, Qt::ControlModifier);
        typeHere(QStringLiteral("1"));
        QSignalSpy finished(session, &SharingSession::studyFinished);
        click(panel->runButton());
        QVERIFY(finished.wait(kWaitMs) || finished.count() == 1);
        QTRY_VERIFY(panel->runButton()->isEnabled());
    }

    static void openSharingTab(TraceLabPage& page)
    {
        SharingPanel* panel = page.sharingPanel();
        for (QTabWidget* tabs : page.findChildren<QTabWidget*>()) {
            if (!tabs->isAncestorOf(panel))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Sharing"))
                    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            }
        }
        QTRY_VERIFY(panel->isVisible());
    }
};

QTEST_MAIN(SharingPanelTest)
#include "sharingpaneltest.moc"

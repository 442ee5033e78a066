// The trade-off explorer and the comparison table: the Pareto frontier of hand-made points, both
// models under QAbstractItemModelTester with hand-worked numbers, and a sweep on the page.
#include "backgroundwork.h"
#include "displayformat.h"
#include "markingtranslator.h"
#include "shell/languageswitch.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/tracelabpage.h"
#include "tradeoffs/paretofrontier.h"
#include "tradeoffs/tradeoffchartview.h"
#include "tradeoffs/tradeoffpage.h"
#include "tradeoffs/tradeoffpointmodel.h"
#include "widgets/tableexport.h"

#include <trace/syntheticgenerator.h>
#include <trace/trace.h>

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QChart>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace debrief;
using namespace debrief::studio;

namespace {

replay::ReplayResult resultOf(replay::PolicyKind policy, std::int64_t p95, double meanJct, double throughput,
                              double utilisation, double clusterCost, double idleCost)
{
    replay::ReplayResult result;
    result.policy = policy;
    result.jobs = 10;
    replay::Metrics m;
    m.queueingDelay.p95 = p95;
    m.jct.mean = meanJct;
    m.throughputJobsPerHour = throughput;
    m.utilization = utilisation;
    m.cost.cluster = clusterCost;
    m.cost.idle = idleCost;
    m.cost.used = clusterCost - idleCost;
    m.makespan = 86'400;  // one day: a month is 30 of them
    result.metrics = m;
    return result;
}

replay::SweepRow rowOf(replay::PolicyKind policy, std::uint32_t gpus, double price, std::int64_t p95)
{
    replay::SweepRow row;
    row.scenario = {policy, replay::Cluster::pooled(gpus, price), {}, {}};
    row.result = resultOf(policy, p95, 100.0, 5.0, 0.5, 1.0, 0.5);
    row.backend = "cpu";
    return row;
}

}  // namespace

class TradeoffTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void paretoFrontierOfHandMadePoints();
    void paretoFrontierEdgeCases();
    void comparisonModelByHand();
    void comparisonModelPassesTester();
    void pointModelPassesTesterAndMarksTheFrontier();
    void csvQuotesWhatNeedsQuoting();
    void csvCellsNeverStartAFormula();
    void sweepPagePlotsEveryScenario();
    void backendChoiceSaysWhereScenariosRan();
    void arrivalRatesAreSweptToo();
    void languageSwitchRetranslatesThePage();
};

void TradeoffTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TradeoffTest::paretoFrontierOfHandMadePoints()
{
    // (monthly cost, p95 delay); less is better on both.
    const QList<QPointF> points = {
        {10, 5},  // 0: on it
        {20, 3},  // 1: on it
        {20, 4},  // 2: same cost as 1, longer delay: dominated
        {30, 3},  // 3: same delay as 1, dearer: dominated
        {5, 9},   // 4: cheapest: on it
        {40, 1},  // 5: on it
        {35, 2},  // 6: on it
        {10, 5},  // 7: the same as 0: only the first is listed
        {50, 1},  // 8: same delay as 5, dearer: dominated
        {5, 10},  // 9: same cost as 4, longer delay: dominated
    };
    QCOMPARE(ParetoFrontier::of(points), (QList<int>{4, 0, 1, 6, 5}));
}

void TradeoffTest::paretoFrontierEdgeCases()
{
    QCOMPARE(ParetoFrontier::of({}), QList<int>());
    QCOMPARE(ParetoFrontier::of({{3, 3}}), QList<int>{0});
    // One point better on both axes than all the others is the whole frontier.
    QCOMPARE(ParetoFrontier::of({{5, 5}, {1, 1}, {2, 7}, {9, 2}}), QList<int>{1});
}

void TradeoffTest::comparisonModelByHand()
{
    ComparisonModel model;
    std::vector<replay::ReplayResult> results = {
        resultOf(replay::PolicyKind::Fifo, 7200, 10'000.0, 10.0, 0.5, 1000.0, 500.0),
        resultOf(replay::PolicyKind::Sjf, 3600, 8'000.0, 12.0, 0.6, 900.0, 300.0),
        resultOf(replay::PolicyKind::Las, 7200, 12'500.0, 10.0, 0.5, 1100.0, 700.0),
    };
    model.setComparison(results, 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(*model.baselinePolicy(), replay::PolicyKind::Fifo);
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    const auto raw = [&](int row, int column) {
        return model.index(row, column).data(ComparisonModel::SortRole).toDouble();
    };
    // sjf: p95 7,200 -> 3,600 s is -50 %; JCT -20 %; throughput +20 %; utilisation +10 points;
    // cluster cost -$100 a day, idle -$200 a day: -$3,000 and -$6,000 over 30 days.
    QCOMPARE(text(0, ComparisonModel::Policy), QStringLiteral("sjf"));
    QCOMPARE(raw(0, ComparisonModel::P95QueueingChange), -0.5);
    QCOMPARE(text(0, ComparisonModel::P95QueueingChange), QStringLiteral("-50.0 %"));
    QCOMPARE(raw(0, ComparisonModel::MeanJctChange), -0.2);
    QCOMPARE(text(0, ComparisonModel::ThroughputChange), QStringLiteral("+20.0 %"));
    QCOMPARE(text(0, ComparisonModel::UtilisationChange), QStringLiteral("+10.0 pts"));
    QCOMPARE(model.comparison().row(replay::PolicyKind::Sjf)->clusterCostPerMonth, -3000.0);
    QCOMPARE(raw(0, ComparisonModel::CostPerMonth), -6000.0);
    QCOMPARE(text(0, ComparisonModel::CostPerMonth), QStringLiteral("-$6 k"));
    QCOMPARE(text(0, ComparisonModel::InWords),
             QStringLiteral("sjf cuts the p95 queueing delay by 50.0 % against fifo (from %1 to %2), and saves %3 "
                            "per month in idle GPUs.")
                 .arg(DisplayFormat::duration(7200), DisplayFormat::duration(3600), DisplayFormat::money(6000)));
    // las: the same p95, +25 % JCT, idle +$200 a day = +$6,000 a month.
    QCOMPARE(text(1, ComparisonModel::P95QueueingChange), QStringLiteral("0.0 %"));
    QCOMPARE(raw(1, ComparisonModel::MeanJctChange), 0.25);
    QCOMPARE(raw(1, ComparisonModel::CostPerMonth), 6000.0);
    QCOMPARE(text(1, ComparisonModel::CostPerMonth), QStringLiteral("+$6 k"));
    QVERIFY(text(1, ComparisonModel::InWords).contains(QStringLiteral("wastes")));

    // Another baseline: sjf's row is replaced by fifo's.
    model.setComparison(results, 1);
    QCOMPARE(text(0, ComparisonModel::Policy), QStringLiteral("fifo"));
    QCOMPARE(raw(0, ComparisonModel::P95QueueingChange), 1.0);
}

void TradeoffTest::comparisonModelPassesTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<replay::ReplayResult> results = {
        resultOf(replay::PolicyKind::Fifo, 0, 100.0, 1.0, 0.5, 10.0, 5.0),
        resultOf(replay::PolicyKind::Sjf, 60, 90.0, 1.0, 0.5, 10.0, 5.0),
    };
    model.setComparison(results, 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ComparisonModel::P95QueueingChange).data().toString(), QStringLiteral("-"));  // from 0
    model.setComparison(results, 5);  // no such baseline: empty, not a crash
    QCOMPARE(model.rowCount(), 0);
    model.clear();
}

void TradeoffTest::pointModelPassesTesterAndMarksTheFrontier()
{
    TradeoffPointModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 32 GPUs at $2 cost $46,080 a month, 64 GPUs $92,160.
    model.setRows({rowOf(replay::PolicyKind::Fifo, 32, 2.0, 7200), rowOf(replay::PolicyKind::Sjf, 32, 2.0, 3600),
                   rowOf(replay::PolicyKind::Fifo, 64, 2.0, 3600), rowOf(replay::PolicyKind::Sjf, 64, 2.0, 600)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.costDelayPoints().at(0), QPointF(46'080.0, 2.0));
    QCOMPARE(model.frontier(), (QList<int>{1, 3}));
    QCOMPARE(model.index(1, TradeoffPointModel::OnFrontier).data().toString(), QStringLiteral("yes"));
    QCOMPARE(model.index(2, TradeoffPointModel::OnFrontier).data().toString(), QStringLiteral("no"));
    QCOMPARE(model.index(0, TradeoffPointModel::Backend).data().toString(), QStringLiteral("CPU"));
    QCOMPARE(TradeoffPointModel::backendTitle("cuda:NVIDIA H100"), QStringLiteral("GPU: NVIDIA H100"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TradeoffTest::csvQuotesWhatNeedsQuoting()
{
    ComparisonModel model;
    model.setComparison({resultOf(replay::PolicyKind::Fifo, 7200, 10'000.0, 10.0, 0.5, 1000.0, 500.0),
                         resultOf(replay::PolicyKind::Sjf, 3600, 8'000.0, 12.0, 0.6, 900.0, 300.0)},
                        0);
    const QStringList lines = TableExport::toCsv(model).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("Policy,p95 queueing,Mean JCT,Throughput,Utilisation,Idle GPUs / month,In words"));
    // Signed numbers stay numbers; "+10.0 pts" is not one, so it is text behind an apostrophe.
    QVERIFY2(lines[1].startsWith(QStringLiteral("sjf,-50.0 %,-20.0 %,+20.0 %,'+10.0 pts,")), qPrintable(lines[1]));
    QVERIFY(lines[1].endsWith(QStringLiteral("in idle GPUs.\"")));  // the sentence has commas: quoted
}

// Trace-supplied names reach exported tables: a spreadsheet must not run them as formulas.
void TradeoffTest::csvCellsNeverStartAFormula()
{
    QStandardItemModel model(0, 1);
    model.setHorizontalHeaderLabels({QStringLiteral("=header")});
    const QStringList cells = {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"open\")"),
                               QStringLiteral("@SUM(A1:A9)"),
                               QStringLiteral("+cmd|' /C calc'!A0"),
                               QStringLiteral("-2+3"),
                               QStringLiteral("\t=1"),
                               QStringLiteral("-809.92"),
                               QStringLiteral("+20.0 %"),
                               QStringLiteral("1,234"),
                               QStringLiteral("team=ml")};
    for (const QString& cell : cells)
        model.appendRow(new QStandardItem(cell));
    const QStringList lines = TableExport::toCsv(model).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("'=header"),
                                 QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\""),
                                 QStringLiteral("'@SUM(A1:A9)"),
                                 QStringLiteral("'+cmd|' /C calc'!A0"),
                                 QStringLiteral("'-2+3"),
                                 QStringLiteral("'\t=1"),
                                 QStringLiteral("-809.92"),
                                 QStringLiteral("+20.0 %"),
                                 QStringLiteral("\"1,234\""),
                                 QStringLiteral("team=ml")}));
}

void TradeoffTest::sweepPagePlotsEveryScenario()
{
    TraceLabPage lab;
    TradeoffPage page(&lab);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.pointModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    lab.setSyntheticTrace(
        std::make_shared<const trace::Trace>(trace::SyntheticGenerator({1500, 3, 64, 0.9}).makeTrace()),
        QStringLiteral("synthetic"));
    page.sizesEdit()->setText(QStringLiteral("32, 64"));
    page.pricesEdit()->setText(QStringLiteral("2.5"));
    QCOMPARE(page.scenarios().size(), 16u);
    QSignalSpy finished(&page, &TradeoffPage::sweepFinished);
    QSignalSpy reset(page.pointModel(), &QAbstractItemModel::modelReset);
    QVERIFY(page.runSweep());
    QVERIFY(!page.isSettled());
    QVERIFY(finished.wait(120'000));
    QVERIFY(page.isSettled());
    QVERIFY(reset.count() >= 2);  // points arrived in batches, not all at the end
    QCOMPARE(page.pointModel()->rowCount(), 16);
    QCOMPARE(page.chartView()->pointCount(), 16);
    QList<QPointF> expectedLine;
    for (int index : page.pointModel()->frontier())
        expectedLine.append(page.pointModel()->costDelayPoints().at(index));
    QVERIFY(!expectedLine.isEmpty());
    QCOMPARE(page.chartView()->frontierLine(), expectedLine);

    QSignalSpy requested(&page, &TradeoffPage::scenarioRequested);
    emit page.chartView()->scenarioClicked(0);
    QCOMPARE(requested.count(), 1);

    // A screen reader reads the scatter as a list of its scenarios and can ask for a replay.
    QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(page.chartView());
    QCOMPARE(chart->role(), QAccessible::Chart);
    QCOMPARE(chart->childCount(), 16);
    QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("Scenarios: 16, on the Pareto frontier: %1")
                                                  .arg(page.pointModel()->frontier().size()));
    const QStringList tooltip = page.chartView()->describe(0).split(QLatin1Char('\n'));
    QCOMPARE(chart->child(0)->text(QAccessible::Name), tooltip.at(0));
    QVERIFY(chart->child(0)->text(QAccessible::Value).startsWith(tooltip.at(1)));
    const int onFrontier = page.pointModel()->frontier().first();
    QVERIFY(chart->child(onFrontier)->text(QAccessible::Value).endsWith(QStringLiteral(", on the Pareto frontier")));
    chart->child(onFrontier)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(requested.count(), 2);

    QTemporaryDir dir;
    QVERIFY(page.exportChart(dir.filePath(QStringLiteral("tradeoffs.png"))));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("tradeoffs.png"))).isNull());
    QVERIFY(page.exportCsv(dir.filePath(QStringLiteral("tradeoffs.csv"))));
}

// The backend combo: Auto, CPU, GPU. Without a usable CUDA device (this build machine and CI) the GPU
// item is disabled with the reason, the label says CPU, and every row says CPU. With one, Auto names
// the device and the non-preemptive policies' rows say GPU.
void TradeoffTest::backendChoiceSaysWhereScenariosRan()
{
    TraceLabPage lab;
    TradeoffPage page(&lab);
    lab.setSyntheticTrace(
        std::make_shared<const trace::Trace>(trace::SyntheticGenerator({400, 5, 32, 0.9}).makeTrace()),
        QStringLiteral("synthetic"));
    page.sizesEdit()->setText(QStringLiteral("32"));
    page.pricesEdit()->setText(QStringLiteral("2"));
    QComboBox* choice = page.backendChoice();
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->currentData().toString(), QStringLiteral("auto"));
    const auto* items = qobject_cast<QStandardItemModel*>(choice->model());
    QVERIFY(items);
    QCOMPARE(items->item(2)->isEnabled(), page.gpuUsable());

    QSignalSpy finished(&page, &TradeoffPage::sweepFinished);
    QVERIFY(page.runSweep());
    QVERIFY(!choice->isEnabled());  // no switching mid-sweep
    QVERIFY(finished.wait(120'000));
    QVERIFY(choice->isEnabled());
    QCOMPARE(page.pointModel()->rowCount(), 8);
    int onGpu = 0;
    for (int row = 0; row < 8; ++row)
        onGpu += page.pointModel()
                     ->index(row, TradeoffPointModel::Backend)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("GPU: "));
    if (!page.gpuUsable()) {
        QVERIFY(page.backendLabel()->text().contains(QStringLiteral("CPU thread pool")));
        QVERIFY(page.backendLabel()->toolTip().startsWith(QStringLiteral("No usable CUDA device: ")));
        QCOMPARE(onGpu, 0);
    } else {
        QVERIFY(page.backendLabel()->text().startsWith(QStringLiteral("Backend: GPU ")));
        QCOMPARE(onGpu, 5);  // fifo, first-fit, sjf, easy-backfill, priority
    }

    choice->setCurrentIndex(1);  // CPU, whatever the machine has
    QVERIFY(page.backendLabel()->text().contains(QStringLiteral("CPU thread pool")));
    QVERIFY(page.runSweep());
    QVERIFY(finished.wait(120'000));
    for (int row = 0; row < 8; ++row)
        QCOMPARE(page.pointModel()->index(row, TradeoffPointModel::Backend).data().toString(), QStringLiteral("CPU"));
}

// A run-time language switch: buttons, form labels, the backend choice and label, the table's headers
// and worded cells, the chart's title, axis titles and frontier name, and the status sentence about the
// finished sweep all change; the typed sizes and prices, the picked backend, the points and the
// selected row stay.
void TradeoffTest::languageSwitchRetranslatesThePage()
{
    TraceLabPage lab;
    TradeoffPage page(&lab);
    page.resize(1100, 800);
    page.show();
    lab.setSyntheticTrace(
        std::make_shared<const trace::Trace>(trace::SyntheticGenerator({400, 5, 32, 0.9}).makeTrace()),
        QStringLiteral("synthetic"));
    page.sizesEdit()->clear();
    QTest::keyClicks(page.sizesEdit(), QStringLiteral("32"));
    page.pricesEdit()->clear();
    QTest::keyClicks(page.pricesEdit(), QStringLiteral("2"));
    page.backendChoice()->setCurrentIndex(1);  // CPU, so every row says the same on any machine
    QSignalSpy finished(&page, &TradeoffPage::sweepFinished);
    QTest::mouseClick(page.sweepButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120'000));
    TradeoffPointModel& points = *page.pointModel();
    QCOMPARE(points.rowCount(), 8);  // every policy on one size at one price
    const auto frontier = points.frontier().size();
    // The sweep leaves a core to the UI thread (two cores: one sweep thread).
    const QString threads = QString::number(BackgroundWork::workerThreads());

    auto* table = page.findChild<QTableView*>();
    QVERIFY(table);
    table->selectRow(3);
    const QString selectedPolicy = table->model()->index(3, TradeoffPointModel::Policy).data().toString();
    QLabel* sizesLabel = nullptr;
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->buddy() == page.sizesEdit())
            sizesLabel = label;
    }
    QVERIFY(sizesLabel);
    QChart* chart = page.chartView()->chart();
    QAbstractAxis* xAxis = chart->axes(Qt::Horizontal).value(0);
    QVERIFY(xAxis);
    const QString status = QStringLiteral("8 scenarios (8 on CPU); %1 on the Pareto frontier. Click a point to "
                                          "replay it.")
                               .arg(frontier);
    QLabel* statusLabel = nullptr;
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text() == status)
            statusLabel = label;
    }
    QVERIFY(statusLabel);
    QCOMPARE(xAxis->titleText(), QStringLiteral("Cluster cost per month (US dollars)"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString x = QStringLiteral("[x] ");
    QTRY_COMPARE(page.sweepButton()->text(), x + QStringLiteral("&Run sweep"));
    QCOMPARE(page.sweepButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));  // not the mnemonic
    QCOMPARE(sizesLabel->text(), x + QStringLiteral("Cluster si&zes (GPUs):"));
    QCOMPARE(page.backendChoice()->itemText(0), x + QStringLiteral("Auto"));
    QCOMPARE(page.backendChoice()->currentIndex(), 1);
    QCOMPARE(page.backendChoice()->currentText(), x + QStringLiteral("CPU"));
    QCOMPARE(page.backendLabel()->text(), x + QStringLiteral("Backend: CPU thread pool, %1 threads").arg(threads));
    QCOMPARE(statusLabel->text(),
             x + QStringLiteral("8 scenarios (") + x + QStringLiteral("8 on ") + x +
                 QStringLiteral("CPU); %1 on the Pareto frontier. Click a point to replay it.").arg(frontier));
    QCOMPARE(points.headerData(TradeoffPointModel::Policy, Qt::Horizontal).toString(), x + QStringLiteral("Policy"));
    QCOMPARE(table->model()->headerData(TradeoffPointModel::Backend, Qt::Horizontal).toString(),
             x + QStringLiteral("Replayed on"));
    QCOMPARE(points.index(0, TradeoffPointModel::Backend).data().toString(), x + QStringLiteral("CPU"));
    QVERIFY(points.index(0, TradeoffPointModel::OnFrontier).data().toString().startsWith(x));
    QCOMPARE(chart->title(), x + QStringLiteral("Monthly cost against p95 queueing delay (point size: throughput)"));
    QCOMPARE(xAxis->titleText(), x + QStringLiteral("Cluster cost per month (US dollars)"));
    QVERIFY(page.chartView()->accessibleName().startsWith(x));
    bool frontierNamed = false;
    for (const QAbstractSeries* series : chart->series())
        frontierNamed = frontierNamed || series->name() == x + QStringLiteral("Pareto frontier");
    QVERIFY(frontierNamed);
    // What the user typed and picked, and the points, stay.
    QCOMPARE(page.sizesEdit()->text(), QStringLiteral("32"));
    QCOMPARE(page.pricesEdit()->text(), QStringLiteral("2"));
    QCOMPARE(page.chartView()->pointCount(), 8);
    QVERIFY(table->selectionModel()->isRowSelected(3));
    QCOMPARE(table->model()->index(3, TradeoffPointModel::Policy).data().toString(), selectedPolicy);

    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(page.sweepButton()->text(), QStringLiteral("&Run sweep"));
    QCOMPARE(statusLabel->text(), status);
    QCOMPARE(sizesLabel->text(), QStringLiteral("Cluster si&zes (GPUs):"));
    QCOMPARE(page.backendChoice()->currentText(), QStringLiteral("CPU"));
    QCOMPARE(points.index(0, TradeoffPointModel::Backend).data().toString(), QStringLiteral("CPU"));
    QCOMPARE(xAxis->titleText(), QStringLiteral("Cluster cost per month (US dollars)"));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(page.sweepButton()->text(), QStringLiteral("Sweep &starten"));
    QCOMPARE(xAxis->titleText(), QStringLiteral("Clusterkosten pro Monat (US-Dollar)"));
    QCOMPARE(page.sweepButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(page.sweepButton()->text(), QStringLiteral("&Run sweep"));
    QCOMPARE(statusLabel->text(), status);
}

// Arrival-rate scales are a fourth axis. One GPU, A (0 s, 100 s) and B (100 s, 100 s): as recorded B
// starts at once; twice as fast B arrives at 50 s and waits 50 s, so fifo's p95 wait is 0 s, then 50 s.
void TradeoffTest::arrivalRatesAreSweptToo()
{
    TraceLabPage lab;
    TradeoffPage page(&lab);
    auto t = std::make_shared<trace::Trace>();
    for (std::uint32_t i = 0; i < 2; ++i) {
        trace::Job job;
        job.line = i + 2;  // index: its position
        job.submit = 100 * i;
        job.duration = 100;
        job.gpus = 1;
        t->jobs.push_back(job);
    }
    lab.setSyntheticTrace(t, QStringLiteral("two jobs"));
    page.sizesEdit()->setText(QStringLiteral("1"));
    page.pricesEdit()->setText(QStringLiteral("2"));
    QCOMPARE(page.ratesEdit()->text(), QStringLiteral("1"));  // the trace as recorded by default
    page.ratesEdit()->clear();
    QTest::keyClicks(page.ratesEdit(), QStringLiteral("1, 2 fast 2"));  // "fast" is no rate, 2 counts once
    QCOMPARE(page.scenarios().size(), 16u);
    QSignalSpy finished(&page, &TradeoffPage::sweepFinished);
    QVERIFY(page.runSweep());
    QVERIFY(finished.wait(60'000));
    const TradeoffPointModel* model = page.pointModel();
    QCOMPARE(model->rowCount(), 16);
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TradeoffPointModel::Policy).data().toString() != QStringLiteral("fifo"))
            continue;
        const QString rate = model->index(row, TradeoffPointModel::ArrivalRate).data().toString();
        const qlonglong p95 =
            model->index(row, TradeoffPointModel::P95Queueing).data(TradeoffPointModel::SortRole).toLongLong();
        if (rate == QStringLiteral("1x"))
            QCOMPARE(p95, 0);
        else if (rate == QStringLiteral("2x"))
            QCOMPARE(p95, 50);
        else
            QFAIL(qPrintable(rate));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

QTEST_MAIN(TradeoffTest)
#include "tradeofftest.moc"

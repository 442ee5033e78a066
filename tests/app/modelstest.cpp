// The Trace Lab's item models under QAbstractItemModelTester, and the formatting they rely on.
#include "displayformat.h"
#include "tracelab/importissuemodel.h"
#include "tracelab/policymetricsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace debrief;
using namespace debrief::studio;

namespace {

replay::ReplayResult resultWith(replay::PolicyKind policy, double meanQueueing, std::int64_t makespan)
{
    replay::ReplayResult result;
    result.policy = policy;
    result.jobs = 3;
    replay::Metrics metrics;
    metrics.queueingDelay.mean = meanQueueing;
    metrics.queueingDelay.p95 = std::int64_t(meanQueueing * 2);
    metrics.jct.mean = meanQueueing + 100;
    metrics.makespan = makespan;
    metrics.utilization = 0.5;
    metrics.cost = {4.2e6, 3.0e6, 1.2e6, 1.4e6};
    result.metrics = metrics;
    return result;
}

}  // namespace

class ModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void policyMetricsModelPassesTester();
    void policyMetricsSortIsNumeric();
    void emptyTraceShowsDashes();
    void importIssueModelPassesTester();
    void issueTextComesFromReason_data();
    void issueTextComesFromReason();
    void displayFormat_data();
    void displayFormat();
};

void ModelsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ModelsTest::policyMetricsModelPassesTester()
{
    PolicyMetricsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PolicyMetricsModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(PolicyMetricsModel::Makespan);

    QCOMPARE(model.columnCount(), int(PolicyMetricsModel::ColumnCount));
    model.setResults({resultWith(replay::PolicyKind::Fifo, 73.3, 180), resultWith(replay::PolicyKind::Sjf, 5, 90)});
    QCOMPARE(model.rowCount(), 2);
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.index(0, column).data(PolicyMetricsModel::SortRole).isValid());
    }
    QCOMPARE(model.index(0, PolicyMetricsModel::ClusterCost).data().toString(), QStringLiteral("$4.2 M"));
    QCOMPARE(model.index(0, PolicyMetricsModel::Utilisation).data().toString(), QStringLiteral("50.0 %"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::policyMetricsSortIsNumeric()
{
    PolicyMetricsModel model;
    // As text, "10 min" < "1 min 13 s" < "5 s"; as numbers it is 5 < 73.3 < 600.
    model.setResults({resultWith(replay::PolicyKind::Fifo, 73.3, 180), resultWith(replay::PolicyKind::Sjf, 600, 90),
                      resultWith(replay::PolicyKind::Las, 5, 60)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PolicyMetricsModel::SortRole);
    proxy.sort(PolicyMetricsModel::MeanQueueing, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, PolicyMetricsModel::Policy).data().toString();
    QCOMPARE(order, QStringList({QStringLiteral("las"), QStringLiteral("fifo"), QStringLiteral("sjf")}));
    QCOMPARE(proxy.index(2, PolicyMetricsModel::MeanQueueing).data().toString(), QStringLiteral("10 min"));
}

void ModelsTest::emptyTraceShowsDashes()
{
    PolicyMetricsModel model;
    replay::ReplayResult empty;  // n = 0: metrics absent
    model.setResults({empty});
    QCOMPARE(model.index(0, PolicyMetricsModel::Jobs).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, PolicyMetricsModel::MeanJct).data().toString(), QStringLiteral("-"));
    QCOMPARE(model.index(0, PolicyMetricsModel::MeanJct).data(PolicyMetricsModel::SortRole).toDouble(), -1.0);
}

void ModelsTest::importIssueModelPassesTester()
{
    ImportIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    trace::ImportIssue issue{trace::IssueReason::Negative, "/tmp/x/trace.csv", 1204, "duration", "-5", {}};
    model.setFailure(issue);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ImportIssueModel::File).data().toString(), QStringLiteral("trace.csv"));
    QCOMPARE(model.index(0, ImportIssueModel::Line).data().toString(), QStringLiteral("1,204"));
    QCOMPARE(model.index(0, ImportIssueModel::Line).data(ImportIssueModel::SortRole).toULongLong(), 1204ull);

    std::map<trace::IssueReason, trace::SkippedRows> skipped;
    skipped[trace::IssueReason::NotANumber] = {
        3, {4, 9, 12}, {trace::IssueReason::NotANumber, "t.csv", 4, "gpus", "x", {}}};
    skipped[trace::IssueReason::Negative] = {1, {7}, {trace::IssueReason::Negative, "t.csv", 7, "duration", "-1", {}}};
    model.setSkipped(skipped);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ImportIssueModel::Rows).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, ImportIssueModel::FirstLines).data().toString(), QStringLiteral("4, 9, 12"));
    QCOMPARE(model.index(1, ImportIssueModel::Problem).data().toString(), QStringLiteral("\"-1\" is negative"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::issueTextComesFromReason_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a number") << int(trace::IssueReason::NotANumber) << QStringLiteral("\"v\" is not a number");
    QTest::newRow("negative") << int(trace::IssueReason::Negative) << QStringLiteral("\"v\" is negative");
    QTest::newRow("missing column") << int(trace::IssueReason::MissingColumn)
                                    << QStringLiteral("column \"c\" is missing");
    QTest::newRow("empty") << int(trace::IssueReason::EmptyFile) << QStringLiteral("the file is empty");
    QTest::newRow("cancelled") << int(trace::IssueReason::Cancelled) << QStringLiteral("the import was cancelled");
    QTest::newRow("record too long") << int(trace::IssueReason::RecordTooLong)
                                     << QStringLiteral("a record is longer than %1 bytes").arg(QLocale().toString(1048576));
}

void ModelsTest::issueTextComesFromReason()
{
    QFETCH(int, reason);
    QFETCH(QString, expected);
    // The English message() is deliberately different, so a GUI that used it would fail here.
    trace::ImportIssue issue{trace::IssueReason(reason), "f.csv", 2, "c", "v", "some detail"};
    QCOMPARE(ImportIssueModel::describe(issue), expected);
}

void ModelsTest::displayFormat_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << DisplayFormat::duration(42) << QStringLiteral("42 s");
    QTest::newRow("fractional seconds") << DisplayFormat::duration(4.5) << QStringLiteral("4.5 s");
    QTest::newRow("minutes") << DisplayFormat::duration(73.4) << QStringLiteral("1 min 13 s");
    QTest::newRow("hours") << DisplayFormat::duration(2 * 3600 + 14 * 60 + 10) << QStringLiteral("2 h 14 min");
    QTest::newRow("days") << DisplayFormat::duration(86400 + 3600 * 3 + 5) << QStringLiteral("1 d 3 h");
    QTest::newRow("millions") << DisplayFormat::money(4.2e6) << QStringLiteral("$4.2 M");
    QTest::newRow("thousands") << DisplayFormat::money(12'345) << QStringLiteral("$12.3 k");
    QTest::newRow("hundreds of thousands") << DisplayFormat::money(600'000) << QStringLiteral("$600 k");
    QTest::newRow("dollars") << DisplayFormat::money(950.5) << QStringLiteral("$950.50");
    QTest::newRow("billions") << DisplayFormat::money(1.26e9) << QStringLiteral("$1.3 B");
    QTest::newRow("percent") << DisplayFormat::percent(0.9333) << QStringLiteral("93.3 %");
    QTest::newRow("count") << DisplayFormat::count(8152) << QStringLiteral("8,152");
    QTest::newRow("rate") << DisplayFormat::rate(60) << QStringLiteral("60.0 jobs/h");
}

void ModelsTest::displayFormat()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

QTEST_MAIN(ModelsTest)
#include "modelstest.moc"

// The Analyses tab's models on a trace small enough to replay by hand: five jobs on 2 pooled GPUs.
//
//   job  submit  run   GPUs  user  vc     fifo: start  queue  JCT   slowdown (JCT / max(run, 10 s))
//   J0   0       100   1     a     x            0      0      100   1.0
//   J1   10      50    2     b     x            100    90     140   2.8
//   J2   20      30    1     a     y            150    130    160   5.333
//   J3   30      4000  1     b     y            150    120    4120  1.03
//   J4   40      5     1     a     -            180    140    145   14.5
//
// fifo keeps order: J1 waits for both GPUs until J0 ends at 100 and everything behind it waits too;
// at 150 J2 and J3 start, J4 gets J2's GPU at 180. Nearest-rank p50 of n values is the value at index
// ceil(n/2)-1, p95 the one at ceil(0.95 n)-1 of the sorted values.
// - GPUs 1 (J0, J2, J3, J4): queueing 0, 120, 130, 140 -> p50 120 s, p95 140 s; slowdown 1, 1.03,
//   5.333, 14.5 -> p50 1.03, p95 14.5. GPUs 2 (J1): 90 s and 2.8. Every other size bucket is empty.
// - Run time < 10 min (J0, J1, J2, J4): queueing 0, 90, 130, 140 -> p50 90 s, p95 140 s; slowdown 1,
//   2.8, 5.333, 14.5 -> p50 2.8, p95 14.5. < 6 h (J3, 4,000 s): 120 s and 1.03. < 1 h is empty.
// - Waiting = queueing (fifo never preempts): p95 of 0, 90, 120, 130, 140 = 140 s; nothing preempted.
// - Jain over users' mean slowdown: a = (1 + 5.333 + 14.5) / 3 = 6.9444, b = (2.8 + 1.03) / 2 = 1.915;
//   J = (6.9444 + 1.915)^2 / (2 (6.9444^2 + 1.915^2)) = 0.75627. Over virtual clusters (J4 has none
//   and is left out): x = (1 + 2.8) / 2 = 1.9, y = (5.333 + 1.03) / 2 = 3.18167 -> J = 0.94019.
//
// first-fit lets J2 (20), J3 (50) and J4 (100) pass J1, which waits until J3 ends: J1 starts at 4,050,
// queueing 4,040 s, slowdown 4,090 / 50 = 81.8 (the 2-GPU bucket side by side with fifo's 90 s).
#include "tracelab/analysesmodel.h"
#include "tracelab/analysesview.h"
#include "widgets/timeserieschartview.h"

#include <replay/simulator.h>
#include <trace/trace.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace debrief;
using namespace debrief::studio;

namespace {

trace::Trace handTrace(bool named)
{
    struct Row {
        std::int64_t submit, run;
        std::uint32_t gpus;
        const char* user;
        const char* vc;
    };
    const Row rows[] = {{0, 100, 1, "a", "x"}, {10, 50, 2, "b", "x"}, {20, 30, 1, "a", "y"},
                        {30, 4000, 1, "b", "y"}, {40, 5, 1, "a", ""}};
    trace::Trace t;
    std::uint32_t i = 0;
    for (const Row& row : rows) {
        trace::Job job;
        job.submit = row.submit;
        job.duration = row.run;
        job.gpus = row.gpus;
        job.line = i + 2;
        if (named) {
            job.user = t.names.add(row.user);
            job.vc = *row.vc ? t.names.add(row.vc) : trace::kNoName;
        }
        t.jobs.push_back(job);
        ++i;
    }
    return t;
}

PolicyAnalyses analysesOf(const trace::Trace& t, replay::PolicyKind policy)
{
    replay::ReplayOptions options;
    options.cluster = replay::Cluster::pooled(2, 2.5);
    options.policy = policy;
    const replay::ReplayResult result = replay::replay(t, options);
    return {policy, result.analyses.value()};
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

double number(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), AnalysesBucketModel::SortRole).toDouble();
}

constexpr int kGpus1 = 1, kGpus2 = 2, kGpus34 = 3;
constexpr int kUnder10m = 8, kUnder1h = 9, kUnder6h = 10;

}  // namespace

class AnalysesModelTest : public QObject {
    Q_OBJECT

private slots:
    void bucketsOfOnePolicyByHand()
    {
        AnalysesBucketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setAnalyses({analysesOf(handTrace(true), replay::PolicyKind::Fifo)});
        QCOMPARE(model.rowCount(), 13);  // 8 size buckets, 5 run-time buckets, empty ones too
        QCOMPARE(model.columnCount(), 2 + 4);
        using M = AnalysesBucketModel;
        QCOMPARE(text(model, kGpus1, M::Bucket), QStringLiteral("GPUs 1"));
        QCOMPARE(text(model, kGpus1, M::Jobs), QStringLiteral("4"));
        QCOMPARE(number(model, kGpus1, M::columnOf(0, M::QueueingP50)), 120.0);
        QCOMPARE(number(model, kGpus1, M::columnOf(0, M::QueueingP95)), 140.0);
        QCOMPARE(number(model, kGpus1, M::columnOf(0, M::SlowdownP50)), 4120.0 / 4000.0);
        QCOMPARE(number(model, kGpus1, M::columnOf(0, M::SlowdownP95)), 14.5);
        QCOMPARE(text(model, kGpus1, M::columnOf(0, M::QueueingP50)), QStringLiteral("2 min"));
        QCOMPARE(text(model, kGpus1, M::columnOf(0, M::QueueingP95)), QStringLiteral("2 min 20 s"));
        QCOMPARE(text(model, kGpus1, M::columnOf(0, M::SlowdownP50)), QStringLiteral("1.03"));
        QCOMPARE(text(model, kGpus1, M::columnOf(0, M::SlowdownP95)), QStringLiteral("14.50"));
        QCOMPARE(text(model, kGpus2, M::Jobs), QStringLiteral("1"));
        QCOMPARE(text(model, kGpus2, M::columnOf(0, M::QueueingP95)), QStringLiteral("1 min 30 s"));
        QCOMPARE(text(model, kGpus2, M::columnOf(0, M::SlowdownP50)), QStringLiteral("2.80"));
        // An empty bucket says so instead of a made-up 0.
        QCOMPARE(text(model, kGpus34, M::Bucket), QStringLiteral("GPUs 3-4"));
        QCOMPARE(text(model, kGpus34, M::Jobs), QStringLiteral("0"));
        QCOMPARE(text(model, kGpus34, M::columnOf(0, M::QueueingP50)), QStringLiteral("\u2014"));
        QVERIFY(!text(model, kGpus34, M::columnOf(0, M::QueueingP50), Qt::ToolTipRole).isEmpty());
        QVERIFY(!model.data(model.index(kGpus34, M::columnOf(0, M::QueueingP50)), M::SortRole).isValid());

        QCOMPARE(text(model, kUnder10m, M::Bucket), QStringLiteral("Run time < 10 min"));
        QCOMPARE(text(model, kUnder10m, M::Jobs), QStringLiteral("4"));
        QCOMPARE(number(model, kUnder10m, M::columnOf(0, M::QueueingP50)), 90.0);
        QCOMPARE(number(model, kUnder10m, M::columnOf(0, M::QueueingP95)), 140.0);
        QCOMPARE(number(model, kUnder10m, M::columnOf(0, M::SlowdownP50)), 2.8);
        QCOMPARE(number(model, kUnder10m, M::columnOf(0, M::SlowdownP95)), 14.5);
        QCOMPARE(text(model, kUnder1h, M::Jobs), QStringLiteral("0"));
        QCOMPARE(text(model, kUnder1h, M::columnOf(0, M::SlowdownP95)), QStringLiteral("\u2014"));
        QCOMPARE(text(model, kUnder6h, M::Jobs), QStringLiteral("1"));
        QCOMPARE(text(model, kUnder6h, M::columnOf(0, M::QueueingP50)), QStringLiteral("2 min"));
        QCOMPARE(text(model, kUnder6h, M::columnOf(0, M::SlowdownP95)), QStringLiteral("1.03"));
        QCOMPARE(model.headerData(M::columnOf(0, M::QueueingP95), Qt::Horizontal).toString(),
                 QStringLiteral("fifo\nqueueing p95"));
        QVERIFY(model.headerData(M::columnOf(0, M::SlowdownP95), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("max(run time, 10 s)")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void policiesSideBySide()
    {
        const trace::Trace t = handTrace(true);
        AnalysesBucketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalyses({analysesOf(t, replay::PolicyKind::Fifo), analysesOf(t, replay::PolicyKind::FirstFit)});
        using M = AnalysesBucketModel;
        QCOMPARE(model.columnCount(), 2 + 2 * 4);
        QCOMPARE(model.headerData(M::columnOf(1, M::QueueingP50), Qt::Horizontal).toString(),
                 QStringLiteral("first-fit\nqueueing p50"));
        // The 2-GPU job: fifo lets it wait 90 s, first-fit lets three 1-GPU jobs pass it.
        QCOMPARE(number(model, kGpus2, M::columnOf(0, M::QueueingP50)), 90.0);
        QCOMPARE(number(model, kGpus2, M::columnOf(1, M::QueueingP50)), 4040.0);
        QCOMPARE(text(model, kGpus2, M::columnOf(1, M::QueueingP50)), QStringLiteral("1 h 07 min"));
        QCOMPARE(number(model, kGpus2, M::columnOf(1, M::SlowdownP95)), 81.8);
    }

    void summaryByHand()
    {
        AnalysesSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalyses({analysesOf(handTrace(true), replay::PolicyKind::Fifo)});
        using S = AnalysesSummaryModel;
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, S::Policy), QStringLiteral("fifo"));
        QCOMPARE(text(model, 0, S::WaitingP95), QStringLiteral("2 min 20 s"));
        QCOMPARE(text(model, 0, S::PreemptedP95), QStringLiteral("0 s"));
        QCOMPARE(text(model, 0, S::JobsPreempted), QStringLiteral("0"));
        QCOMPARE(text(model, 0, S::LostGpuHours), QStringLiteral("0.0 GPU-h"));
        QCOMPARE(text(model, 0, S::JainUsers), QStringLiteral("0.756"));
        QVERIFY(qAbs(model.data(model.index(0, S::JainUsers), S::SortRole).toDouble() - 0.7562721) < 1e-6);
        QCOMPARE(text(model, 0, S::JainUsers, Qt::ToolTipRole), QStringLiteral("Users compared: 2"));
        QCOMPARE(text(model, 0, S::JainVcs), QStringLiteral("0.940"));
        QCOMPARE(text(model, 0, S::JainVcs, Qt::ToolTipRole), QStringLiteral("Virtual clusters compared: 2"));
        QVERIFY(qAbs(model.data(model.index(0, S::JainVcs), S::SortRole).toDouble() - 0.9401926) < 1e-6);
        // Every column explains itself with the README's definition.
        QVERIFY(model.headerData(S::WaitingP95, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("(end - submit) - run time")));
        QVERIFY(model.headerData(S::JainUsers, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("1/m")));
    }

    void noUsersShowADashAndSayWhy()
    {
        AnalysesSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalyses({analysesOf(handTrace(false), replay::PolicyKind::Fifo)});
        using S = AnalysesSummaryModel;
        QCOMPARE(text(model, 0, S::JainUsers), QStringLiteral("\u2014"));
        QCOMPARE(text(model, 0, S::JainVcs), QStringLiteral("\u2014"));
        QVERIFY(text(model, 0, S::JainUsers, Qt::ToolTipRole).contains(QStringLiteral("no user")));
        QVERIFY(text(model, 0, S::JainVcs, Qt::ToolTipRole).contains(QStringLiteral("no virtual cluster")));
        // The other figures do not depend on names.
        QCOMPARE(text(model, 0, S::WaitingP95), QStringLiteral("2 min 20 s"));
    }

    void viewDrawsEveryPolicyAndPicksOne()
    {
        const trace::Trace t = handTrace(true);
        AnalysesView view;
        QVERIFY(view.note()->isVisibleTo(&view));
        QVERIFY(!view.bucketView()->isEnabled());
        view.setAnalyses({analysesOf(t, replay::PolicyKind::Fifo), analysesOf(t, replay::PolicyKind::FirstFit)});
        QVERIFY(!view.note()->isVisibleTo(&view));
        QCOMPARE(view.jctChart()->lineCount(), 2);
        QCOMPARE(view.slowdownChart()->lineCount(), 2);
        // Five jobs: every job is a point; the last is the largest JCT (fifo: J3's 4,120 s) at 100 %.
        const QList<QPointF> fifoJct = view.jctChart()->shownPoints(0);
        QCOMPARE(fifoJct.size(), 5);
        QCOMPARE(fifoJct.back(), QPointF(4120.0 / 3600.0, 1.0));
        QCOMPARE(view.policyBox()->count(), 3);  // all, fifo, first-fit
        QCOMPARE(view.bucketModel()->columnCount(), 2 + 2 * 4);
        view.policyBox()->setCurrentIndex(2);
        QCOMPARE(view.bucketModel()->columnCount(), 2 + 4);
        QCOMPARE(number(*view.bucketModel(), kGpus2, AnalysesBucketModel::columnOf(0, AnalysesBucketModel::QueueingP50)),
                 4040.0);
        // A new replay of the same policies keeps the pick.
        view.setAnalyses({analysesOf(t, replay::PolicyKind::Fifo), analysesOf(t, replay::PolicyKind::FirstFit)});
        QCOMPARE(view.policyBox()->currentText(), QStringLiteral("first-fit"));
        QTest::mouseClick(view.logScaleBox(), Qt::LeftButton, {}, QPoint(5, view.logScaleBox()->height() / 2));
        QVERIFY(view.logScaleBox()->isChecked());
        QCOMPARE(view.jctChart()->lineCount(), 2);
        QCOMPARE(view.jctChart()->shownPoints(0).size(), 5);
        view.setAnalyses({});
        QCOMPARE(view.jctChart()->lineCount(), 0);
        QCOMPARE(view.summaryModel()->rowCount(), 0);
        QVERIFY(view.note()->isVisibleTo(&view));
    }
};

QTEST_MAIN(AnalysesModelTest)
#include "analysesmodeltest.moc"

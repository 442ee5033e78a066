// Trace filters before replay: counts on a hand-made trace, and the page building the filtered copy
// off the UI thread while the summary says how many jobs are kept.
#include "tracelab/tracefilter.h"
#include "tracelab/tracefiltereditor.h"
#include "tracelab/tracelabpage.h"
#include "tracelab/tracesummaryview.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace debrief;
using namespace debrief::studio;

namespace {

// Five jobs an hour apart:
//   #  submit  GPUs  user   VC
//   0   0 h     1    alice  vc-a
//   1   1 h     0    bob    vc-a
//   2   2 h     2    alice  vc-b
//   3   3 h     4    bob    vc-b
//   4   4 h     0    carol  vc-b
trace::Trace handMadeTrace()
{
    trace::Trace trace;
    trace.sourceFile = "hand-made.csv";
    const std::uint32_t gpus[] = {1, 0, 2, 4, 0};
    const char* users[] = {"alice", "bob", "alice", "bob", "carol"};
    const char* vcs[] = {"vc-a", "vc-a", "vc-b", "vc-b", "vc-b"};
    for (std::uint32_t i = 0; i < 5; ++i) {
        trace::Job job;
        job.submit = std::int64_t(i) * 3600;
        job.duration = 600;
        job.line = i + 2;
        job.gpus = gpus[i];
        job.user = trace.names.add(users[i]);
        job.vc = trace.names.add(vcs[i]);
        trace.jobs.push_back(job);
    }
    return trace;
}

std::uint32_t nameIndex(const trace::Trace& trace, const char* name)
{
    for (const trace::Job& job : trace.jobs) {
        if (trace.names.at(job.user) == name)
            return job.user;
        if (trace.names.at(job.vc) == name)
            return job.vc;
    }
    return trace::kNoName;
}

void check(QListWidget* list, const QString& prefix)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(prefix))
            list->item(row)->setCheckState(Qt::Checked);
    }
}

}  // namespace

class TraceFilterTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void countsOnAHandMadeTrace_data()
    {
        QTest::addColumn<qint64>("from");  // -1: open
        QTest::addColumn<qint64>("to");
        QTest::addColumn<bool>("gpuJobsOnly");
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QStringList>("vcs");
        QTest::addColumn<int>("kept");
        QTest::addColumn<QList<int>>("jobs");
        const QStringList none;
        QTest::newRow("no filter") << -1LL << -1LL << false << none << none << 5 << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("GPU jobs only") << -1LL << -1LL << true << none << none << 3 << QList<int>{0, 2, 3};
        QTest::newRow("1 h to 3 h, ends included")
            << 3600LL << 10800LL << false << none << none << 3 << QList<int>{1, 2, 3};
        QTest::newRow("from 3 h") << 10800LL << -1LL << false << none << none << 2 << QList<int>{3, 4};
        QTest::newRow("alice") << -1LL << -1LL << false << QStringList{"alice"} << none << 2 << QList<int>{0, 2};
        QTest::newRow("alice or bob") << -1LL << -1LL << false << QStringList{"alice", "bob"} << none << 4
                                      << QList<int>{0, 1, 2, 3};
        QTest::newRow("vc-b") << -1LL << -1LL << false << none << QStringList{"vc-b"} << 3 << QList<int>{2, 3, 4};
        QTest::newRow("bob on vc-b with GPUs")
            << -1LL << -1LL << true << QStringList{"bob"} << QStringList{"vc-b"} << 1 << QList<int>{3};
        QTest::newRow("nothing left") << 18000LL << -1LL << false << none << none << 0 << QList<int>{};
    }

    void countsOnAHandMadeTrace()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(bool, gpuJobsOnly);
        QFETCH(QStringList, users);
        QFETCH(QStringList, vcs);
        QFETCH(int, kept);
        QFETCH(QList<int>, jobs);
        const trace::Trace trace = handMadeTrace();
        TraceFilter filter;
        if (from >= 0)
            filter.submitFrom = from;
        if (to >= 0)
            filter.submitTo = to;
        filter.gpuJobsOnly = gpuJobsOnly;
        for (const QString& user : users)
            filter.users.insert(nameIndex(trace, qPrintable(user)));
        for (const QString& vc : vcs)
            filter.vcs.insert(nameIndex(trace, qPrintable(vc)));
        QCOMPARE(filter.count(trace), std::uint64_t(kept));
        const std::optional<trace::Trace> filtered = filter.apply(trace);
        QVERIFY(filtered.has_value());
        QList<int> indices;
        for (std::size_t i = 0; i < filtered->jobs.size(); ++i)
            indices << int(filtered->index(i));
        QCOMPARE(indices, jobs);
        // The copy keeps the names, so its jobs still say who submitted them.
        for (const trace::Job& job : filtered->jobs)
            QCOMPARE(filtered->names.at(job.user), trace.names.at(trace.jobs[filtered->index(job)].user));
    }

    void aCancelledFilterMakesNoCopy()
    {
        const trace::Trace trace = handMadeTrace();
        std::atomic<bool> cancel{true};
        TraceFilter filter;
        filter.gpuJobsOnly = true;
        QVERIFY(!filter.apply(trace, &cancel).has_value());
    }

    // The kept jobs' GPU shares, CPU, memory and models stay beside them (the Sharing tab places
    // them); a trace without those columns gets none.
    void theKeptJobsKeepTheirResources()
    {
        trace::Trace trace = handMadeTrace();
        trace.resources.cpuMilli = {1000, 2000, 3000, 4000, 5000};
        trace.resources.memoryMib = {10, 20, 30, 40, 50};
        trace.resources.gpuMilli = {250, 0, 1000, 1000, 0};
        trace.resources.gpuModel = {0, 0, trace.names.add("T4"), 0, 0};
        TraceFilter filter;
        filter.gpuJobsOnly = true;
        const std::optional<trace::Trace> kept = filter.apply(trace);
        QVERIFY(kept);
        QCOMPARE(kept->jobs.size(), std::size_t(3));
        QCOMPARE(kept->resources.cpuMilli, (std::vector<std::uint32_t>{1000, 3000, 4000}));
        QCOMPARE(kept->resources.memoryMib, (std::vector<std::uint32_t>{10, 30, 40}));
        QCOMPARE(kept->resources.gpuMilli, (std::vector<std::uint16_t>{250, 1000, 1000}));
        QCOMPARE(kept->names.at(kept->resources.gpuModel[1]), std::string_view("T4"));
        QVERIFY(!filter.apply(handMadeTrace())->resources.present());
    }

    void theUsersAndVirtualClustersAreListedWithTheirJobs()
    {
        const trace::Trace trace = handMadeTrace();
        const auto users = TraceFilter::usersOf(trace);
        QCOMPARE(users.size(), std::size_t(3));
        QCOMPARE(trace.names.at(users[0].first), std::string_view("alice"));
        QCOMPARE(users[0].second, std::uint64_t(2));
        QCOMPARE(trace.names.at(users[2].first), std::string_view("carol"));
        const auto vcs = TraceFilter::vcsOf(trace);
        QCOMPARE(vcs.size(), std::size_t(2));
        QCOMPARE(vcs[1].second, std::uint64_t(3));
    }

    void thePageFiltersOffTheUiThreadAndSaysWhatItKeeps()
    {
        TraceLabPage page;
        page.show();
        page.setSyntheticTrace(std::make_shared<const trace::Trace>(handMadeTrace()), QStringLiteral("hand-made.csv"));
        TraceFilterEditor* editor = page.filterEditor();
        QCOMPARE(editor->userList()->count(), 3);
        QCOMPARE(editor->userList()->item(0)->text(), QStringLiteral("alice (2 jobs)"));
        QCOMPARE(editor->vcList()->count(), 2);
        QCOMPARE(editor->keptLabel()->text(), QStringLiteral("All 5 jobs are kept."));
        QCOMPARE(editor->toBox()->maximum(), 4.0);

        QTest::mouseClick(editor->gpuJobsOnlyBox(), Qt::LeftButton);
        check(editor->userList(), QStringLiteral("bob"));
        check(editor->vcList(), QStringLiteral("vc-b"));
        QSignalSpy filtered(&page, &TraceLabPage::traceFiltered);
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QVERIFY(filtered.wait(10000) || filtered.count() == 1);
        QCOMPARE(page.currentTrace()->jobs.size(), std::size_t(1));
        QCOMPARE(page.importedTrace()->jobs.size(), std::size_t(5));
        QCOMPARE(page.summaryView()->jobsText(), QStringLiteral("1"));
        QCOMPARE(editor->keptLabel()->text(), QStringLiteral("The filter keeps 1 of 5 jobs."));
        QVERIFY(page.replayButton()->isEnabled());

        // A time window typed in hours: 1 h to 3 h keeps jobs 1-3.
        QTest::mouseClick(editor->clearButton(), Qt::LeftButton);
        QVERIFY(filtered.wait(10000) || filtered.count() == 2);
        QCOMPARE(page.currentTrace()->jobs.size(), std::size_t(5));
        editor->fromBox()->setValue(1.0);
        editor->toBox()->setValue(3.0);
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QVERIFY(filtered.wait(10000) || filtered.count() == 3);
        QCOMPARE(page.currentTrace()->jobs.size(), std::size_t(3));
        QCOMPARE(editor->keptLabel()->text(), QStringLiteral("The filter keeps 3 of 5 jobs."));
    }
};

QTEST_MAIN(TraceFilterTest)
#include "tracefiltertest.moc"

// The openb study's experiment: rounding, inflation, determinism, and the real default workload on
// the real node list against the artifact's published curves.
#include "sharing/sharingstudy.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

using namespace debrief::sharing;

namespace {

const std::string kData = DEBRIEF_TEST_DATA "/sharing/";
const std::string kShared = DEBRIEF_SHARED_TRACES;

PodRequest share(std::uint32_t milli, std::uint32_t cpu)
{
    PodRequest pod;
    pod.cpuMilli = cpu;
    pod.gpuMilli = milli;
    pod.gpuCount = 1;
    return pod;
}

PodRequest whole(std::uint32_t gpus, std::uint32_t cpu)
{
    PodRequest pod;
    pod.cpuMilli = cpu;
    pod.gpuMilli = kGpuMilli;
    pod.gpuCount = gpus;
    return pod;
}

bool samePoints(const StudyRun& a, const StudyRun& b)
{
    if (a.points.size() != b.points.size() || a.unplaced != b.unplaced || a.allocatedMilli != b.allocatedMilli)
        return false;
    for (std::size_t i = 0; i < a.points.size(); ++i) {
        const auto& p = a.points[i];
        const auto& q = b.points[i];
        if (p.arrivedPct != q.arrivedPct || p.allocatedPct != q.allocatedPct ||
            p.fragmentationPct != q.fragmentationPct || p.fragRatioPct != q.fragRatioPct)
            return false;
    }
    return true;
}

// A small mixed workload on 40 uniform-ish nodes, for the properties.
struct SmallCase {
    NodeList nodes;
    std::vector<PodRequest> pods;
    SmallCase()
    {
        std::istringstream in("sn,cpu_milli,memory_mib,gpu,model\n" + [] {
            std::string rows;
            for (int n = 0; n < 40; ++n)
                rows += "n" + std::to_string(n) + "," + std::to_string(n % 2 ? 32000 : 96000) + ",262144," +
                        std::to_string(n % 3 ? 8 : 2) + "," + (n % 2 ? "T4" : "G2") + "\n";
            return rows;
        }());
        nodes = NodeList::read(in, "small");
        for (int i = 0; i < 300; ++i) {
            if (i % 3 == 0)
                pods.push_back(share(std::uint32_t(100 + (i * 37) % 900), 2000 + std::uint32_t(i % 5) * 1000));
            else if (i % 3 == 1)
                pods.push_back(whole(i % 7 == 1 ? 4u : 1u, 8000));
            else
                pods.push_back(PodRequest{4000, 1024, 0, 0, kAnyModel, 0});
        }
    }
};

}  // namespace

class StudyTest : public QObject {
    Q_OBJECT

private slots:
    void roundsHalfToEven();
    void inflatesToTheTarget();
    void sameSeedSameCurves();
    void pointsAreConsistent();
    void openbDefaultMatchesPublishedCurves();
};

void StudyTest::roundsHalfToEven()
{
    QCOMPARE(roundedPercent(1, 200), 0);  // 0.5
    QCOMPARE(roundedPercent(3, 200), 2);  // 1.5
    QCOMPARE(roundedPercent(5, 200), 2);  // 2.5
    QCOMPARE(roundedPercent(1, 3), 33);
    QCOMPARE(roundedPercent(2, 3), 67);
    QCOMPARE(roundedPercent(13, 10), 130);
    QCOMPARE(roundedPercent(0, 0), 0);
}

void StudyTest::inflatesToTheTarget()
{
    const SmallCase small;
    const ShareWorkload workload(small.pods, small.nodes);
    StudyOptions options;
    options.inflation = 1.3;
    const SharingStudy study(workload, small.nodes, options);
    const double target = 1.3 * double(small.nodes.totalGpus() * kGpuMilli);
    for (const std::uint64_t seed : {1u, 2u}) {
        const std::vector<PodRequest> arrivals = study.arrivals(seed);
        std::uint64_t demand = 0;
        for (const auto& pod : arrivals)
            demand += pod.totalGpuMilli();
        QVERIFY(double(demand) <= target);
        QVERIFY(double(demand) > target - 4 * kGpuMilli);  // stops at the first job that would pass it
        // Every job of the trace arrives once before the drawn ones.
        std::multiset<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> inTrace, first;
        for (std::size_t i = 0; i < small.pods.size(); ++i) {
            inTrace.emplace(small.pods[i].cpuMilli, small.pods[i].gpuMilli, small.pods[i].gpuCount);
            first.emplace(arrivals[i].cpuMilli, arrivals[i].gpuMilli, arrivals[i].gpuCount);
        }
        QVERIFY(first == inTrace);
    }
    QVERIFY(study.arrivals(1).size() != study.arrivals(2).size() ||
            study.arrivals(1)[0].gpuMilli != study.arrivals(2)[0].gpuMilli ||
            study.arrivals(1)[1].gpuMilli != study.arrivals(2)[1].gpuMilli);
    // Demand above the target: random jobs leave until it fits.
    options.inflation = 0.25;
    const SharingStudy shrunk(workload, small.nodes, options);
    std::uint64_t demand = 0;
    for (const auto& pod : shrunk.arrivals(3))
        demand += pod.totalGpuMilli();
    QVERIFY(double(demand) <= 0.25 * double(small.nodes.totalGpus() * kGpuMilli));
}

void StudyTest::sameSeedSameCurves()
{
    const SmallCase small;
    const ShareWorkload workload(small.pods, small.nodes);
    StudyOptions options;
    options.seeds = {5, 6, 7};
    options.threads = 1;
    const auto one = SharingStudy(workload, small.nodes, options).run();
    options.threads = 3;
    const auto three = SharingStudy(workload, small.nodes, options).run();
    QCOMPARE(one.size(), allPlacements().size() * 3);
    QCOMPARE(three.size(), one.size());
    for (std::size_t i = 0; i < one.size(); ++i)
        QVERIFY2(samePoints(one[i], three[i]), placementName(one[i].placement).data());
    // Another seed changes the curves.
    const SharingStudy study(workload, small.nodes, options);
    QVERIFY(!samePoints(study.runOne(PlacementPolicy::Fgd, 5), study.runOne(PlacementPolicy::Fgd, 6)));
}

void StudyTest::pointsAreConsistent()
{
    const SmallCase small;
    const ShareWorkload workload(small.pods, small.nodes);
    const SharingStudy study(workload, small.nodes, StudyOptions{});
    for (const PlacementPolicy placement : allPlacements()) {
        const StudyRun run = study.runOne(placement, 42);
        // A job is at most 4 GPUs of 236, so only the first percent or two may have no job near them.
        QVERIFY(run.points.front().arrivedPct <= 2);
        QCOMPARE(run.points.back().arrivedPct, 130);
        QVERIFY(run.points.size() >= 129);
        for (std::size_t i = 1; i < run.points.size(); ++i)
            QCOMPARE(run.points[i].arrivedPct, run.points[i - 1].arrivedPct + 1);
        QVERIFY(run.unplaced > 0);  // 130 % of the capacity cannot all fit
        double previous = 0;
        for (const StudyPoint& p : run.points) {
            // Nothing leaves, so allocation never falls; it never passes what arrived (a percent
            // without jobs borrows its neighbours', up to half a percent above the next one) or 100 %.
            QVERIFY(p.allocatedPct >= previous - 1e-9);
            QVERIFY(p.allocatedPct <= p.arrivedPct + 1.5 && p.allocatedPct <= 100.0);
            QVERIFY(p.fragmentationPct >= 0 && p.fragmentationPct <= 100.0 - p.allocatedPct + 1e-6);
            QVERIFY(p.fragRatioPct >= 0 && p.fragRatioPct <= 100.0 + 1e-6);
            previous = p.allocatedPct;
        }
    }
}

void StudyTest::openbDefaultMatchesPublishedCurves()
{
    const std::string pods = kShared + "/openb_pod_list_default.csv";
    const std::string nodeFile = kShared + "/openb_node_list_gpu_node.csv";
    const std::string curves = kShared + "/../data/openb_default_published_curves.csv";
    if (!std::ifstream(pods) || !std::ifstream(nodeFile) || !std::ifstream(curves))
        QSKIP("the openb traces or the published curves are not in ../shared (DEBRIEF_SHARED_TRACES)");

    // placement -> arrived % -> published mean allocation.
    std::map<std::string, std::map<int, double>> published;
    std::ifstream in(curves);
    std::string row;
    std::getline(in, row);
    while (std::getline(in, row)) {
        std::istringstream fields(row);
        std::string placement, arrived, mean;
        std::getline(fields, placement, ',');
        std::getline(fields, arrived, ',');
        std::getline(fields, mean, ',');
        published[placement][std::stoi(arrived)] = std::stod(mean);
    }
    QCOMPARE(published.size(), std::size_t(6));

    const NodeList nodes = NodeList::read(nodeFile);
    QCOMPARE(nodes.nodes().size(), std::size_t(1213));
    QCOMPARE(nodes.totalGpus(), std::uint64_t(6212));
    const auto trace = debrief::trace::importTrace(pods);
    const ShareWorkload workload(trace, nodes);
    QCOMPARE(workload.fractionalPods(), std::uint64_t(3078));
    QCOMPARE(workload.wholeGpuPods(), std::uint64_t(3986));
    QCOMPARE(workload.cpuOnlyPods(), std::uint64_t(1088));
    const SharingStudy study(workload, nodes, StudyOptions{});  // all six, seeds 42-51, 1.3
    const std::vector<StudyRun> runs = study.run();

    std::map<PlacementPolicy, std::map<int, double>> mean;
    for (const StudyRun& run : runs)
        for (const StudyPoint& p : run.points)
            if (p.arrivedPct == 100 || p.arrivedPct == 130)
                mean[run.placement][p.arrivedPct] += p.allocatedPct / double(study.options().seeds.size());
    for (const PlacementPolicy placement : allPlacements()) {
        const std::string name(placementName(placement));
        for (const int pct : {100, 130}) {
            const double ours = mean[placement][pct];
            const double theirs = published[name][pct];
            qInfo("%-15s %3d %%: %.3f (published %.3f)", name.c_str(), pct, ours, theirs);
            QVERIFY2(
                std::abs(ours - theirs) <= 1.5,
                qPrintable(QString("%1 at %2 %: %3 vs published %4").arg(name.c_str()).arg(pct).arg(ours).arg(theirs)));
        }
    }
    const auto at130 = [&](PlacementPolicy p) { return mean[p][130]; };
    for (const PlacementPolicy placement : allPlacements()) {
        if (placement == PlacementPolicy::Fgd || placement == PlacementPolicy::Random)
            continue;
        // Orders are asserted only where the published means are at least a point apart.
        QVERIFY(at130(PlacementPolicy::Fgd) > at130(placement));
        QVERIFY(at130(PlacementPolicy::Random) < at130(placement));
    }
    QVERIFY(at130(PlacementPolicy::Fgd) >= at130(PlacementPolicy::BestFit) + 1.5);
}

QTEST_APPLESS_MAIN(StudyTest)
#include "studytest.moc"

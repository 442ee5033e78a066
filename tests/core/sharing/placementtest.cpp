// Node lists, the per-job resource columns, the fragmentation measure and each placement worked out
// by hand on nodes of two GPUs.
#include "sharing/clusterstate.h"
#include "sharing/nodelist.h"
#include "sharing/placer.h"
#include "sharing/shareworkload.h"
#include "sharing/typicalpods.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <bit>
#include <sstream>

using namespace debrief::sharing;

namespace {

const std::string kData = DEBRIEF_TEST_DATA "/sharing/";

NodeList nodesOf(const std::string& csv)
{
    std::istringstream in(csv);
    return NodeList::read(in, "test nodes");
}

PodRequest share(std::uint32_t milli, std::uint32_t cpu = 0, std::uint32_t memory = 0)
{
    PodRequest pod;
    pod.cpuMilli = cpu;
    pod.memoryMib = memory;
    pod.gpuMilli = milli;
    pod.gpuCount = 1;
    return pod;
}

PodRequest whole(std::uint32_t gpus, std::uint32_t cpu = 0)
{
    PodRequest pod;
    pod.cpuMilli = cpu;
    pod.gpuMilli = kGpuMilli;
    pod.gpuCount = gpus;
    return pod;
}

// The typical workload of the hand-worked cases: half one whole GPU, half a 500 milli share, each
// with 4 cores.
TypicalPods halfWholeHalfShare()
{
    TypicalPods::Shape wholeGpu{whole(1, 4000), 0.5};
    TypicalPods::Shape halfGpu{share(500, 4000), 0.5};
    return TypicalPods({wholeGpu, halfGpu});
}

std::string placed(const std::optional<Assignment>& where)
{
    if (!where)
        return "none";
    return "node " + std::to_string(where->node) + " gpus " + std::to_string(where->gpus);
}

}  // namespace

class PlacementTest : public QObject {
    Q_OBJECT

private slots:
    void readsOpenbNodeList();
    void readsGenericNodeList();
    void malformedNodeListsSayWhere_data();
    void malformedNodeListsSayWhere();
    void importerKeepsResourceColumns();
    void fragmentationByHand();
    void bestFitAndFgdChooseDifferently();
    void modelConstraintLeavesPodUnplaced();
    void cpuAndMemoryBind();
    void wholeGpuNeedsAnIdleGpuWhileSharesFit();
    void packingAndClusteringBands();
    void typicalPodsCoverTheTrace();
    void randomIsSeeded();
};

void PlacementTest::readsOpenbNodeList()
{
    const NodeList list = NodeList::read(kData + "nodes.csv");
    QCOMPARE(list.nodes().size(), std::size_t(3));
    QCOMPARE(list.totalGpus(), std::uint64_t(6));
    QCOMPARE(list.nodes()[0].name, std::string("small-t4"));
    QCOMPARE(list.nodes()[1].cpuMilli, 64000u);
    QCOMPARE(list.nodes()[1].memoryMib, std::uint64_t(262144));
    QCOMPARE(list.models(), (std::vector<std::string>{"", "T4", "P100"}));
    QCOMPARE(list.nodes()[0].model, 1u);
    QCOMPARE(list.nodes()[2].model, 0u);  // a CPU node names no GPU model
    QCOMPARE(list.gpusOfModel(2), std::uint64_t(4));
    QCOMPARE(list.maxGpusPerNode(), 4u);
}

void PlacementTest::readsGenericNodeList()
{
    const NodeList list = NodeList::read(kData + "generic_nodes.csv");
    QCOMPARE(list.nodes().size(), std::size_t(2));
    QCOMPARE(list.nodes()[0].name, std::string("n0"));
    QCOMPARE(list.nodes()[0].gpus, 8u);
    QCOMPARE(list.totalGpus(), std::uint64_t(9));
    QCOMPARE(list.modelIndex("A100"), 1);
}

void PlacementTest::malformedNodeListsSayWhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bad value") << "bad_value_nodes.csv"
                               << QStringList{"bad_value_nodes.csv line 3", "memory_mib `lots` is not a whole number"};
    QTest::newRow("missing column") << "missing_column_nodes.csv"
                                    << QStringList{"missing_column_nodes.csv line 1", "no `memory_mib` column"};
    QTest::newRow("short row") << "short_row_nodes.csv"
                               << QStringList{"short_row_nodes.csv line 3", "expected 5 fields, found 4"};
    QTest::newRow("no file") << "no_such_nodes.csv" << QStringList{"no_such_nodes.csv"};
}

void PlacementTest::malformedNodeListsSayWhere()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    try {
        NodeList::read(kData + file.toStdString());
        QFAIL("a malformed node list was read");
    } catch (const NodeListError& error) {
        const QString message = QString::fromStdString(error.what());
        for (const QString& part : expected)
            QVERIFY2(message.contains(part), qPrintable(message));
    }
    // Too many GPUs on a node and a negative count are refused with the line too.
    try {
        nodesOf("sn,cpu_milli,memory_mib,gpu,model\na,1,1,65,X\n");
        QFAIL("65 GPUs on a node were accepted");
    } catch (const NodeListError& error) {
        QVERIFY2(QString(error.what()).contains("test nodes line 2: gpu `65` is more than a node can have"),
                 error.what());
    }
    try {
        nodesOf("sn,cpu_milli,memory_mib,gpu,model\na,-4,1,1,X\n");
        QFAIL("negative CPU accepted");
    } catch (const NodeListError& error) {
        QVERIFY2(QString(error.what()).contains("line 2: cpu_milli `-4` is negative"), error.what());
    }
}

void PlacementTest::importerKeepsResourceColumns()
{
    const auto trace = debrief::trace::importTrace(kData + "pods.csv");
    const auto& res = trace.resources;
    QVERIFY(res.present());
    QCOMPARE(res.cpuMilli, (std::vector<std::uint32_t>{4000, 8000, 2000, 1000}));
    QCOMPARE(res.memoryMib, (std::vector<std::uint32_t>{8192, 16384, 4096, 2048}));
    QCOMPARE(res.gpuMilli, (std::vector<std::uint16_t>{500, 1000, 1000, 0}));
    QCOMPARE(res.gpuModel.size(), std::size_t(4));
    QCOMPARE(trace.names.at(res.gpuModel[1]), std::string_view("V100M16"));
    QCOMPARE(trace.names.at(res.gpuModel[2]), std::string_view("P100|T4"));
    QCOMPARE(res.gpuModel[0], debrief::trace::kNoName);

    const NodeList nodes = NodeList::read(kData + "nodes.csv");
    const ShareWorkload workload(trace, nodes);
    QCOMPARE(workload.pods().size(), std::size_t(4));
    QVERIFY(workload.pods()[0].fractional());
    QCOMPARE(workload.pods()[0].models, kAnyModel);
    QCOMPARE(workload.pods()[1].models, ModelSet{0});  // V100M16: no such node
    QCOMPARE(workload.pods()[2].gpuCount, 2u);
    QCOMPARE(workload.pods()[2].models, ModelSet{0b110});  // T4 (1) and P100 (2)
    QVERIFY(!workload.pods()[3].usesGpu());
    QCOMPARE(workload.fractionalPods(), std::uint64_t(1));
    QCOMPARE(workload.wholeGpuPods(), std::uint64_t(2));
    QCOMPARE(workload.cpuOnlyPods(), std::uint64_t(1));
    QCOMPARE(workload.noMatchingModelPods(), std::uint64_t(1));
    QCOMPARE(workload.totalGpuMilli(), std::uint64_t(500 + 1000 + 2000));

    // A trace without those columns keeps no side arrays at all.
    const auto philly = debrief::trace::importTrace(DEBRIEF_TEST_DATA "/traces/generic_seconds.csv");
    QVERIFY(!philly.resources.present());
    QVERIFY(philly.resources.gpuModel.empty() && philly.resources.memoryMib.empty());
}

void PlacementTest::fragmentationByHand()
{
    const TypicalPods typical = halfWholeHalfShare();
    const auto frag = [&](std::uint32_t cpu, std::vector<std::uint16_t> left, std::uint32_t model = 0) {
        return fragmentedMilli(cpu, left.data(), std::uint32_t(left.size()), model, typical);
    };
    // GPUs with 0 and 500 left: no whole GPU (all 500 idle is fragment for half the jobs), the
    // 500 share fits (nothing): 0.5 x 500.
    QCOMPARE(frag(32000, {0, 500}), 250.0);
    // 500 and 750 left: no whole GPU -> 0.5 x 1250; the share fits both -> 0.
    QCOMPARE(frag(32000, {500, 750}), 625.0);
    // 250 and 1000: the whole GPU fits, 250 is too little for either -> 0.5 x 250 + 0.5 x 250.
    QCOMPARE(frag(32000, {250, 1000}), 250.0);
    // Idle node: nothing fragmented; full node: nothing idle.
    QCOMPARE(frag(32000, {1000, 1000}), 0.0);
    QCOMPARE(frag(32000, {0, 0}), 0.0);
    // 3 cores left: no typical job fits at all, so every idle milli is fragment.
    QCOMPARE(frag(3000, {1000, 300}), 1300.0);
    // A typical job that uses no GPU sees all idle GPUs as fragment; one that needs another model too.
    PodRequest t4Only = share(500, 0);
    t4Only.models = ModelSet{1} << 1;
    const TypicalPods mixed({{PodRequest{}, 0.25}, {t4Only, 0.75}});
    const std::uint16_t left[2] = {400, 1000};
    QCOMPARE(fragmentedMilli(32000, left, 2, 1, mixed), 0.25 * 1400 + 0.75 * 400);
    QCOMPARE(fragmentedMilli(32000, left, 2, 2, mixed), 1400.0);
}

void PlacementTest::bestFitAndFgdChooseDifferently()
{
    // Two nodes of 32 cores and 2 GPUs. Node 0: GPU 0 full, GPU 1 half used (0 and 500 left).
    // Node 1: 500 and 250 used (500 and 750 left). The job: 250 milli and 4 cores.
    const NodeList nodes = nodesOf("sn,cpu_milli,memory_mib,gpu,model\na,32000,65536,2,T4\nb,32000,65536,2,T4\n");
    ClusterState state(nodes);
    state.place(0, whole(1), GpuSet{0b01});
    state.place(0, share(500), GpuSet{0b10});
    state.place(1, share(500), GpuSet{0b01});
    state.place(1, share(250), GpuSet{0b10});
    const TypicalPods typical = halfWholeHalfShare();
    const PodRequest job = share(250, 4000);

    // best-fit: 1 - ((32000 - 4000) / 128000 / 2 + (left - 250) / 8000 / 2), x 100, truncated:
    // node 0: 1 - (0.109375 + 0.015625) = 0.875 -> 87; node 1: 1 - (0.109375 + 0.0625) -> 82.
    Placer bestFit(PlacementPolicy::BestFit, state, typical, 0, 1);
    QCOMPARE(bestFit.score(0, job).value, 87);
    QCOMPARE(bestFit.score(1, job).value, 82);
    QCOMPARE(placed(bestFit.choose(job)), std::string("node 0 gpus 2"));

    // fgd: fragmentation node 0 = 250 before, 0.5 x 250 + 0.5 x 250 = 250 after (GPU 1 -> 250):
    // no change, sigmoid(0) -> 50. Node 1 = 625 before; on GPU 0 (-> 250, 750): 500 + 125 = 625,
    // 50; on GPU 1 (-> 500, 500): 500 + 0 = 500, sigmoid(0.125) = 0.531 -> 53.
    Placer fgd(PlacementPolicy::Fgd, state, typical, 0, 1);
    QCOMPARE(fgd.nodeFragmentation(0), 250.0);
    QCOMPARE(fgd.nodeFragmentation(1), 625.0);
    QCOMPARE(fgd.score(0, job).value, 50);
    QCOMPARE(fgd.score(1, job).value, 53);
    QCOMPARE(fgd.score(1, job).gpus, GpuSet{0b10});
    QCOMPARE(placed(fgd.choose(job)), std::string("node 1 gpus 2"));

    // Placing it updates what the cache and the measure see.
    state.place(1, job, GpuSet{0b10});
    QCOMPARE(fgd.nodeFragmentation(1), 500.0);
    QCOMPARE(state.gpuMilliLeft(1), 1000u);
    QCOMPARE(state.cpuLeft(1), 28000u);
}

void PlacementTest::modelConstraintLeavesPodUnplaced()
{
    const auto trace = debrief::trace::importTrace(kData + "pods.csv");
    const NodeList nodes = NodeList::read(kData + "nodes.csv");
    const ShareWorkload workload(trace, nodes);
    ClusterState state(nodes);
    const TypicalPods typical(workload.pods());
    for (const PlacementPolicy policy : allPlacements()) {
        Placer placer(policy, state, typical, std::uint32_t(workload.shapes().size()), 7);
        // pod-1 asks for a V100M16, which no node has: nowhere, though every GPU is idle.
        QVERIFY2(!placer.choose(workload.pods()[1]), placementName(policy).data());
        // pod-2 takes 2 whole GPUs on a T4 or P100 node; the CPU node is never a candidate.
        const auto where = placer.choose(workload.pods()[2]);
        QVERIFY(where && where->node != 2);
        QCOMPARE(std::popcount(where->gpus), 2);
        // The CPU-only pod-3 may go anywhere with room, the CPU node included.
        QVERIFY(placer.choose(workload.pods()[3]));
    }
    // The P100 constraint alone on the T4 node does not fit; on the P100 node it does.
    PodRequest p100 = whole(1);
    p100.models = ModelSet{1} << 2;
    QVERIFY(!state.fits(0, p100));
    QVERIFY(state.fits(1, p100));
}

void PlacementTest::cpuAndMemoryBind()
{
    // One node: 16 cores, 32 GiB, 2 GPUs.
    const NodeList nodes = nodesOf("sn,cpu_milli,memory_mib,gpu,model\nn,16000,32768,2,T4\n");
    ClusterState state(nodes);
    const TypicalPods typical({{share(250), 1.0}});
    Placer placer(PlacementPolicy::BestFit, state, typical, 0, 3);
    // 10 cores each: the second does not fit although 1,750 GPU milli are free.
    const PodRequest cpuHeavy = share(250, 10000);
    auto where = placer.choose(cpuHeavy);
    QVERIFY(where);
    state.place(where->node, cpuHeavy, where->gpus);
    QCOMPARE(state.gpuMilliLeft(0), 1750u);
    QVERIFY(!state.fits(0, cpuHeavy));
    QVERIFY(!placer.choose(cpuHeavy));
    // Memory: 20 GiB each; 6 cores and 12 GiB are left, so the second 20 GiB job is refused.
    ClusterState fresh(nodes);
    Placer other(PlacementPolicy::Fgd, fresh, typical, 0, 3);
    const PodRequest memoryHeavy = share(250, 1000, 20480);
    where = other.choose(memoryHeavy);
    QVERIFY(where);
    fresh.place(where->node, memoryHeavy, where->gpus);
    QCOMPARE(fresh.memoryLeft(0), std::uint64_t(12288));
    QVERIFY(!other.choose(memoryHeavy));
    QVERIFY(other.choose(share(250, 1000, 12288)));
}

void PlacementTest::wholeGpuNeedsAnIdleGpuWhileSharesFit()
{
    const NodeList nodes = nodesOf("sn,cpu_milli,memory_mib,gpu,model\nn,64000,65536,2,T4\n");
    ClusterState state(nodes);
    const TypicalPods typical({{share(500), 1.0}});
    Placer placer(PlacementPolicy::GpuPacking, state, typical, 0, 5);
    // Two 500 shares: the first on GPU 0; GPU 0 (500 left) is then the tightest fit for the second.
    // A third share would need a second GPU, so place the second on GPU 1 by hand.
    const auto first = placer.choose(share(500));
    QVERIFY(first);
    QCOMPARE(first->gpus, GpuSet{0b01});
    state.place(0, share(500), first->gpus);
    state.place(0, share(500), GpuSet{0b10});
    // 1,000 milli are free, a whole GPU's worth, but on two GPUs: a whole-GPU job must wait.
    QCOMPARE(state.gpuMilliLeft(0), 1000u);
    QCOMPARE(state.idleGpus(0), 0u);
    QVERIFY(!state.fits(0, whole(1)));
    QVERIFY(!placer.choose(whole(1)));
    // A share still fits; once one share leaves, GPU 1 is idle again and the whole GPU fits there.
    QVERIFY(placer.choose(share(500)));
    state.remove(0, share(500), GpuSet{0b10});
    const auto later = placer.choose(whole(1));
    QVERIFY(later);
    QCOMPARE(later->gpus, GpuSet{0b10});
}

void PlacementTest::packingAndClusteringBands()
{
    // Node 0: idle, 2 GPUs. Node 1: 8 GPUs, one share of 300 on GPU 0. Node 2: 8 GPUs, one whole GPU used.
    const NodeList nodes =
        nodesOf("sn,cpu_milli,memory_mib,gpu,model\na,64000,65536,2,T4\nb,64000,65536,8,G2\nc,64000,65536,8,G2\n");
    ClusterState state(nodes);
    state.place(1, share(300), GpuSet{1});
    state.place(2, whole(1), GpuSet{1});
    const TypicalPods typical({{share(500), 1.0}});
    Placer packing(PlacementPolicy::GpuPacking, state, typical, 0, 1);
    // Idle node: 33 - 2 idle GPUs. A share that fits on the used GPU (700 left): 100 - 70 / 10 = 93.
    // On node 2 the share needs an idle GPU of a used node: 50 - 1.
    QCOMPARE(packing.score(0, share(500)).value, 31);
    QCOMPARE(packing.score(1, share(500)).value, 93);
    QCOMPARE(packing.score(1, share(500)).gpus, GpuSet{1});
    QCOMPARE(packing.score(2, share(500)).value, 49);
    QCOMPARE(packing.score(2, whole(2)).value, 48);
    QCOMPARE(packing.score(0, PodRequest{}).value, 0);  // jobs without GPUs: no preference
    QCOMPARE(placed(packing.choose(share(500))), std::string("node 1 gpus 1"));

    Placer clustering(PlacementPolicy::GpuClustering, state, typical, 0, 1);
    // 25 x (8000 - milli left) / 8000, plus 75 for a node with only this kind of job, 25 for a node
    // without GPU jobs, 0 for a node with other kinds only.
    QCOMPARE(clustering.score(1, share(500)).value, 25 * 300 / 8000 + 75);
    QCOMPARE(clustering.score(0, share(500)).value, 25 * 6000 / 8000 + 25);
    QCOMPARE(clustering.score(2, share(500)).value, 25 * 1000 / 8000);
    QCOMPARE(clustering.score(2, whole(1)).value, 25 * 1000 / 8000 + 75);
    state.place(2, share(100), GpuSet{2});  // now two kinds on node 2
    QCOMPARE(clustering.score(2, whole(1)).value, 25 * 1100 / 8000 + 50);

    Placer dot(PlacementPolicy::DotProduct, state, typical, 0, 1);
    // (64000/128000 x 8000/128000 + 2000/8000 x 500/8000) / 2 = 0.0234375 -> 100 x 0.9765625 -> 97.
    QCOMPARE(dot.score(0, share(500, 8000)).value, 97);
}

void PlacementTest::typicalPodsCoverTheTrace()
{
    // 6 jobs of shape A, 3 of B, 1 of C: 95 % needs all three; 85 % stops after B (90 %).
    std::vector<PodRequest> pods(6, share(500, 1000));
    pods.insert(pods.end(), 3, whole(1, 2000));
    pods.push_back(PodRequest{});
    const TypicalPods all(pods, 0.95);
    QCOMPARE(all.shapes().size(), std::size_t(3));
    QCOMPARE(all.shapes()[0].frequency, 0.6);
    QCOMPARE(all.shapes()[2].frequency, 0.1);
    const TypicalPods most(pods, 0.85);
    QCOMPARE(most.shapes().size(), std::size_t(2));
    QCOMPARE(most.shapes()[0].frequency, 6.0 / 9.0);
    QCOMPARE(most.shapes()[1].pod.gpuMilli, kGpuMilli);
}

void PlacementTest::randomIsSeeded()
{
    const NodeList nodes = NodeList::uniform(50, 4);
    const TypicalPods typical({{share(500), 1.0}});
    const auto sequence = [&](std::uint64_t seed) {
        ClusterState state(nodes);
        Placer placer(PlacementPolicy::Random, state, typical, 0, seed);
        std::vector<std::pair<std::uint32_t, GpuSet>> chosen;
        for (int i = 0; i < 40; ++i) {
            const auto where = placer.choose(share(300));
            state.place(where->node, share(300), where->gpus);
            chosen.emplace_back(where->node, where->gpus);
        }
        return chosen;
    };
    QCOMPARE(sequence(11), sequence(11));
    QVERIFY(sequence(11) != sequence(12));
}

QTEST_APPLESS_MAIN(PlacementTest)
#include "placementtest.moc"

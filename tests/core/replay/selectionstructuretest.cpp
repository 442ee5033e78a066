// The ordered structures under the preemptive policies: SelectionTree (running jobs in key order
// with GPU prefix sums), RankedRunning (the same by rank alone, las's levels) and WakeQueue (each
// job's next wake-up). Hand-worked small cases, then long
// random sequences against a plain sorted list, so a rotation that loses a sum cannot hide behind
// the schedules the differential test happens to produce.
// moc cannot parse <compare>'s concepts (orderkey.h); it needs none of these declarations.
#ifndef Q_MOC_RUN
#include "replay/rankedrunning.h"
#include "replay/selectiontree.h"
#include "replay/wakequeue.h"
#endif

#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <utility>

using namespace debrief::replay;

class SelectionStructureTest : public QObject {
    Q_OBJECT

private slots:
    void treeHandWorked();
    void treeMatchesSortedList();
    void rankedHandWorked();
    void rankedMatchesSortedList();
    void wakeQueueHandWorked();
    void wakeQueueMatchesOrderedSet();
};

void SelectionStructureTest::treeHandWorked()
{
    SelectionTree tree(8);
    QVERIFY(tree.empty());
    QCOMPARE(tree.first(), SelectionTree::kNone);
    QCOMPARE(tree.last(), SelectionTree::kNone);
    QCOMPARE(tree.firstOverflow(0), SelectionTree::kNone);
    tree.insert(3, {10, 3}, 4);
    tree.insert(1, {5, 1}, 2);
    tree.insert(7, {10, 7}, 1);
    tree.insert(2, {20, 2}, 8);
    tree.insert(5, {7, 5}, 3);
    // Key order (5,1):2 (7,5):3 (10,3):4 (10,7):1 (20,2):8, prefix sums 2 5 9 10 18.
    QCOMPARE(tree.total(), 18u);
    QCOMPARE(tree.first(), 1u);
    QCOMPARE(tree.last(), 2u);
    QCOMPARE(tree.gpusBefore({0, 0}), 0u);
    QCOMPARE(tree.gpusBefore({5, 1}), 0u);
    QCOMPARE(tree.gpusBefore({5, 2}), 2u);
    QCOMPARE(tree.gpusBefore({10, 3}), 5u);
    QCOMPARE(tree.gpusBefore({10, 4}), 9u);  // same major, rank between 3 and 7
    QCOMPARE(tree.gpusBefore({10, 8}), 10u);
    QCOMPARE(tree.gpusBefore({99, 0}), 18u);
    QCOMPARE(tree.firstOverflow(1), 1u);  // 2 > 1 at the first job
    QCOMPARE(tree.firstOverflow(4), 5u);  // 5 > 4
    QCOMPARE(tree.firstOverflow(9), 7u);  // 10 > 9
    QCOMPARE(tree.firstOverflow(17), 2u);
    QCOMPARE(tree.firstOverflow(18), SelectionTree::kNone);
    QVERIFY(tree.key(7) == (OrderKey{10, 7}));

    tree.erase(1);  // the first one: the next smallest takes its place
    QVERIFY(!tree.contains(1));
    QCOMPARE(tree.first(), 5u);
    QCOMPARE(tree.total(), 16u);
    QCOMPARE(tree.gpusBefore({10, 3}), 3u);
    QCOMPARE(tree.firstOverflow(7), 7u);  // prefix sums 3 7 8 16
    tree.erase(2);  // the last one: the next largest takes its place
    QCOMPARE(tree.last(), 7u);
    QCOMPARE(tree.total(), 8u);
    QCOMPARE(tree.firstOverflow(7), 7u);
    QCOMPARE(tree.firstOverflow(8), SelectionTree::kNone);
    tree.insert(1, {6, 1}, 5);  // back, ahead of (7,5), in a reused node
    QCOMPARE(tree.first(), 1u);
    QCOMPARE(tree.last(), 7u);
    tree.insert(6, {11, 6}, 0);  // after every key: the new last
    QCOMPARE(tree.last(), 6u);
    tree.erase(6);
    QCOMPARE(tree.last(), 7u);
    QCOMPARE(tree.gpusBefore({7, 5}), 5u);
    QCOMPARE(tree.gpusBefore({10, 3}), 8u);
    std::vector<std::uint32_t> order;
    tree.forEach([&](std::uint32_t job) { order.push_back(job); });
    QCOMPARE(order, (std::vector<std::uint32_t>{1, 5, 3, 7}));
    // Order now (6,1):5 (7,5):3 (10,3):4 (10,7):1. The ends come off by eraseFirst/eraseLast.
    tree.eraseFirst();
    QVERIFY(!tree.contains(1));
    QCOMPARE(tree.first(), 5u);
    QCOMPARE(tree.total(), 8u);
    QCOMPARE(tree.gpusBefore({10, 3}), 3u);
    QCOMPARE(tree.gpusBefore({10, 7}), 7u);
    tree.eraseLast();
    QVERIFY(!tree.contains(7));
    QCOMPARE(tree.last(), 3u);
    QCOMPARE(tree.total(), 7u);
    QCOMPARE(tree.firstOverflow(3), 3u);  // prefix sums 3 7
    tree.eraseLast();
    QCOMPARE(tree.first(), 5u);
    QCOMPARE(tree.last(), 5u);
    tree.eraseFirst();  // the only node
    QVERIFY(tree.empty());
    QCOMPARE(tree.first(), SelectionTree::kNone);
    QCOMPARE(tree.last(), SelectionTree::kNone);
    QCOMPARE(tree.total(), 0u);
    tree.insert(4, {3, 4}, 2);
    QCOMPARE(tree.first(), 4u);
    QCOMPARE(tree.last(), 4u);
    tree.eraseLast();
    QVERIFY(tree.empty());
}

void SelectionStructureTest::treeMatchesSortedList()
{
    // Few distinct majors, so rank decides often; up to a few hundred jobs at once, so the treap
    // rotates at every depth.
    constexpr std::uint32_t kJobs = 600;
    std::mt19937_64 rng(20261207);
    SelectionTree tree(kJobs);
    std::map<OrderKey, std::uint32_t> list;  // key -> gpus
    std::vector<std::int64_t> majorOf(kJobs, -1);
    const auto keyOf = [&](std::uint32_t job) { return OrderKey{majorOf[job], job}; };
    for (int step = 0; step < 40000; ++step) {
        const auto job = std::uint32_t(rng() % kJobs);
        if (!list.empty() && rng() % 8 == 0) {
            // Either end off by the dedicated erase.
            const bool front = rng() % 2 == 0;
            const OrderKey key = front ? list.begin()->first : list.rbegin()->first;
            if (front)
                tree.eraseFirst();
            else
                tree.eraseLast();
            QVERIFY(!tree.contains(key.rank));
            list.erase(key);
            majorOf[key.rank] = -1;
        } else if (tree.contains(job)) {
            tree.erase(job);
            list.erase(keyOf(job));
            majorOf[job] = -1;
        } else if (rng() % 3 != 0 || list.size() < 50) {
            majorOf[job] = std::int64_t(rng() % 40);
            const auto gpus = std::uint32_t(rng() % 9);  // 0-GPU jobs too
            tree.insert(job, keyOf(job), gpus);
            list.emplace(keyOf(job), gpus);
        }
        std::uint64_t total = 0;
        for (const auto& entry : list)
            total += entry.second;
        QCOMPARE(tree.total(), total);
        QCOMPARE(tree.empty(), list.empty());
        QCOMPARE(tree.first(), list.empty() ? SelectionTree::kNone : list.begin()->first.rank);
        QCOMPARE(tree.last(), list.empty() ? SelectionTree::kNone : list.rbegin()->first.rank);
        // A few probes per step: prefix sums at random keys and the overflow at random capacities.
        for (int probe = 0; probe < 3; ++probe) {
            const OrderKey at{std::int64_t(rng() % 42) - 1, std::uint32_t(rng() % kJobs)};
            std::uint64_t before = 0;
            for (auto it = list.begin(); it != list.end() && it->first < at; ++it)
                before += it->second;
            QCOMPARE(tree.gpusBefore(at), before);
            const std::uint64_t capacity = rng() % (total + 2);
            std::uint32_t overflow = SelectionTree::kNone;
            std::uint64_t prefix = 0;
            for (const auto& entry : list) {
                prefix += entry.second;
                if (prefix > capacity) {
                    overflow = entry.first.rank;
                    break;
                }
            }
            QCOMPARE(tree.firstOverflow(capacity), overflow);
        }
        if (step % 1000 == 0) {
            std::vector<std::uint32_t> walked, listed;
            tree.forEach([&](std::uint32_t j) { walked.push_back(j); });
            for (const auto& entry : list)
                listed.push_back(entry.first.rank);
            QCOMPARE(walked, listed);
        }
    }
}

void SelectionStructureTest::rankedHandWorked()
{
    // 130 ranks: three words of 64, the last one partial.
    std::vector<std::uint32_t> gpus(130, 1);
    gpus[3] = 4;
    gpus[70] = 0;
    gpus[71] = 8;
    gpus[129] = 2;
    RankedRunning running(gpus);
    QCOMPARE(running.total(), 0u);
    QCOMPARE(running.firstOverflow(0), RankedRunning::kNone);
    running.insert(129);
    running.insert(3);
    running.insert(71);
    running.insert(70);
    running.insert(5);
    // Rank order 3:4 5:1 70:0 71:8 129:2, prefix sums 4 5 5 13 15.
    QVERIFY(running.contains(70));
    QVERIFY(!running.contains(4));
    QCOMPARE(running.total(), 15u);
    QCOMPARE(running.firstOverflow(3), 3u);
    QCOMPARE(running.firstOverflow(4), 5u);
    QCOMPARE(running.firstOverflow(5), 71u);  // the 0-GPU job never overflows
    QCOMPARE(running.firstOverflow(12), 71u);
    QCOMPARE(running.firstOverflow(13), 129u);  // in the last, partial word
    QCOMPARE(running.firstOverflow(15), RankedRunning::kNone);
    running.erase(71);
    QCOMPARE(running.total(), 7u);
    QCOMPARE(running.firstOverflow(5), 129u);
    running.erase(3);
    QCOMPARE(running.firstOverflow(0), 5u);
    QCOMPARE(running.firstOverflow(1), 129u);
}

void SelectionStructureTest::rankedMatchesSortedList()
{
    constexpr std::uint32_t kJobs = 1000;  // 16 words: the tree has several levels
    std::mt19937_64 rng(42);
    std::vector<std::uint32_t> gpus(kJobs);
    for (auto& g : gpus)
        g = std::uint32_t(rng() % 9);
    RankedRunning running(gpus);
    std::set<std::uint32_t> list;
    for (int step = 0; step < 30000; ++step) {
        // Clustered ranks, so some words fill up and others stay empty.
        const auto rank = std::uint32_t((rng() % 2 == 0 ? rng() % 200 : rng() % kJobs));
        if (list.count(rank) != 0) {
            running.erase(rank);
            list.erase(rank);
        } else {
            running.insert(rank);
            list.insert(rank);
        }
        std::uint64_t total = 0;
        for (std::uint32_t r : list)
            total += gpus[r];
        QCOMPARE(running.total(), total);
        QCOMPARE(running.contains(rank), list.count(rank) != 0);
        for (int probe = 0; probe < 3; ++probe) {
            const std::uint64_t capacity = rng() % (total + 2);
            std::uint32_t overflow = RankedRunning::kNone;
            std::uint64_t prefix = 0;
            for (std::uint32_t r : list) {
                prefix += gpus[r];
                if (prefix > capacity) {
                    overflow = r;
                    break;
                }
            }
            QCOMPARE(running.firstOverflow(capacity), overflow);
        }
    }
}

void SelectionStructureTest::wakeQueueHandWorked()
{
    WakeQueue queue(6);
    QVERIFY(queue.empty());
    QCOMPARE(queue.nextTime(), kNever);
    queue.set(4, 100, 1);
    queue.set(2, 50, 0);
    queue.set(5, 50, 2);
    QCOMPARE(queue.nextTime(), 50);
    QCOMPARE(queue.nextJob(), 2u);  // a tie goes to the lower job
    queue.set(2, 200, 1);           // moved later: 5 comes first now
    QCOMPARE(queue.nextJob(), 5u);
    QCOMPARE(queue.what(5), std::uint8_t(2));
    queue.remove(5);
    QCOMPARE(queue.nextJob(), 4u);
    QCOMPARE(queue.nextTime(), 100);
    queue.set(3, 10, 0);
    QCOMPARE(queue.nextJob(), 3u);
    queue.remove(3);
    queue.remove(3);  // twice: nothing left to remove
    queue.set(4, 300, 2);  // moved past 2
    QCOMPARE(queue.nextJob(), 2u);
    QCOMPARE(queue.nextTime(), 200);
    QCOMPARE(queue.what(2), std::uint8_t(1));
    queue.remove(2);
    QCOMPARE(queue.nextJob(), 4u);
    QCOMPARE(queue.nextTime(), 300);
    queue.remove(4);
    QVERIFY(queue.empty());
    QCOMPARE(queue.nextTime(), kNever);
}

void SelectionStructureTest::wakeQueueMatchesOrderedSet()
{
    constexpr std::uint32_t kJobs = 300;
    std::mt19937_64 rng(7);
    WakeQueue queue(kJobs);
    std::set<std::pair<std::int64_t, std::uint32_t>> set;
    std::vector<std::int64_t> timeOf(kJobs, -1);
    for (int step = 0; step < 30000; ++step) {
        const auto job = std::uint32_t(rng() % kJobs);
        if (rng() % 4 == 0) {
            queue.remove(job);
            if (timeOf[job] >= 0)
                set.erase({timeOf[job], job});
            timeOf[job] = -1;
        } else {
            const auto time = std::int64_t(rng() % 500);
            queue.set(job, time, std::uint8_t(time % 3));
            if (timeOf[job] >= 0)
                set.erase({timeOf[job], job});
            set.emplace(time, job);
            timeOf[job] = time;
        }
        QCOMPARE(queue.empty(), set.empty());
        if (!set.empty()) {
            QCOMPARE(queue.nextTime(), set.begin()->first);
            QCOMPARE(queue.nextJob(), set.begin()->second);
            QCOMPARE(queue.what(set.begin()->second), std::uint8_t(set.begin()->first % 3));
        }
    }
}

QTEST_GUILESS_MAIN(SelectionStructureTest)
#include "selectionstructuretest.moc"

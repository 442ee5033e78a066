// `debrief-cli share`: the openb study's experiment from the command line, on the hand-made pods and
// nodes of tests/data/sharing.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString data(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/sharing/") + QLatin1String(name);
}

QJsonObject json(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

}  // namespace

class ShareCommandTest : public QObject {
    Q_OBJECT

private slots:
    void jsonHasTraceClusterAndOnePointPerPercent()
    {
        const CliRun run = cli({"share", data("pods.csv"), "--node-list", data("nodes.csv"), "--placement-policy",
                                "best-fit,fgd", "--seeds", "1-2", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["trace"]["pods"].toInt(), 4);
        QCOMPARE(root["trace"]["fractional_gpu_pods"].toInt(), 1);
        QCOMPARE(root["trace"]["whole_gpu_pods"].toInt(), 2);
        QCOMPARE(root["trace"]["cpu_only_pods"].toInt(), 1);
        QCOMPARE(root["trace"]["gpu_milli"].toInt(), 3500);
        QCOMPARE(root["cluster"]["nodes"].toInt(), 3);
        QCOMPARE(root["cluster"]["gpus"].toInt(), 6);
        QCOMPARE(root["cluster"]["models"]["P100"].toInt(), 4);
        QCOMPARE(root["cluster"]["models"]["T4"].toInt(), 2);
        QCOMPARE(root["inflation"].toDouble(), 1.3);
        const QJsonArray results = root["results"].toArray();
        QCOMPARE(results.size(), 4);
        const QStringList order{"best-fit/1", "best-fit/2", "fgd/1", "fgd/2"};
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            QCOMPARE(r["placement"].toString() + "/" + QString::number(r["seed"].toInt()), order[i]);
            // The V100M16 pod never fits, and 130 % of the capacity cannot all be placed.
            QVERIFY(r["unplaced"].toInt() >= 1);
            QVERIFY(r["arrived_gpu_milli"].toInt() <= 7800);
            QVERIFY(r["allocated_gpu_milli"].toInt() <= 6000);
            const QJsonArray points = r["points"].toArray();
            QVERIFY(!points.isEmpty());
            // On 6 GPUs a pod is 8-33 % of the capacity: a percent with no pod within one of it has no point.
            for (int p = 1; p < points.size(); ++p)
                QVERIFY(points[p]["arrived_pct"].toInt() > points[p - 1]["arrived_pct"].toInt());
            QVERIFY(points.last()["arrived_pct"].toInt() <= 130);
            for (const auto& point : points) {
                const QJsonObject p = point.toObject();
                QVERIFY(p.contains("allocated_pct") && p.contains("fragmentation_pct") && p.contains("frag_ratio_pct"));
                QVERIFY(p["allocated_pct"].toDouble() <= 100.0);
            }
        }
    }

    void uniformClusterStays()
    {
        const CliRun run = cli({"share", data("pods.csv"), "--nodes", "2", "--gpus-per-node", "4", "--placement-policy",
                                "fgd", "--seeds", "7", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["cluster"]["nodes"].toInt(), 2);
        QCOMPARE(root["cluster"]["gpus"].toInt(), 8);
        // The V100M16 pod names a model no node of a uniform cluster has: never placed.
        QVERIFY(root["results"][0]["unplaced"].toInt() >= 1);
    }

    void csvRowsAreThePoints()
    {
        const CliRun csv = cli({"share", data("pods.csv"), "--node-list", data("nodes.csv"), "--placement-policy",
                                "random", "--seeds", "3,5", "--csv"});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines[0], QString("placement,seed,arrived_pct,allocated_pct,fragmentation_pct,frag_ratio_pct"));
        const CliRun same = cli({"share", data("pods.csv"), "--node-list", data("nodes.csv"), "--placement-policy",
                                 "random", "--seeds", "3,5", "--json"});
        const QJsonArray results = json(same)["results"].toArray();
        QCOMPARE(results.size(), 2);
        const qsizetype points = results[0]["points"].toArray().size() + results[1]["points"].toArray().size();
        QCOMPARE(lines.size() - 1, points);
        QVERIFY(lines[1].startsWith("random,3,"));
        QVERIFY(lines.last().startsWith("random,5,"));
    }

    void tableNamesEveryPlacement()
    {
        const CliRun run = cli({"share", data("pods.csv"), "--node-list", data("nodes.csv"), "--seeds", "1"});
        QCOMPARE(run.code, 0);
        for (const char* name : {"random", "dot-product", "gpu-clustering", "gpu-packing", "best-fit", "fgd"})
            QVERIFY2(run.out.contains(QString("\n") + name + " "), qPrintable(run.out));
        QVERIFY(run.out.contains("4 pods (1 fractional GPU, 2 whole GPUs, 1 CPU only)"));
        QVERIFY(run.err.contains("1 pods ask for GPU models no node has"));
    }

    // The hand-worked one-node replay of test_sharing_replay through the CLI.
    void replayOnNodeListWithShares()
    {
        const CliRun run =
            cli({"replay", data("timed_pods.csv"), "--node-list", data("one_node.csv"), "--placement-policy",
                 "best-fit", "--share-gpus", "--policy", "fifo,first-fit", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["cluster"]["gpus"].toInt(), 2);
        QCOMPARE(root["cluster"]["share_gpus"].toBool(), true);
        QCOMPARE(root["cluster"]["price_per_gpu_hour"]["T4"].toDouble(), 0.35);
        const QJsonArray results = root["results"].toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject fifo = results[0].toObject();
        QCOMPARE(fifo["jobs"].toInt(), 4);
        QCOMPARE(fifo["rejected"]["count"].toInt(), 1);
        QCOMPARE(fifo["queueing_delay_s"]["max"].toInt(), 40);
        QCOMPARE(fifo["queueing_delay_s"]["mean"].toDouble(), 70.0 / 4);
        const QJsonObject firstFit = results[1].toObject();
        QCOMPARE(firstFit["queueing_delay_s"]["mean"].toDouble(), 10.0);
        QCOMPARE(firstFit["gpu_hours"]["used"].toDouble(), 123.0 / 3600);
        QCOMPARE(firstFit["makespan_s"].toInt(), 100);

        const CliRun whole = cli({"replay", data("timed_pods.csv"), "--node-list", data("one_node.csv"), "--policy",
                                  "fifo", "--price", "2"});
        QCOMPARE(whole.code, 0);
        QVERIFY2(whole.out.contains("fractional GPUs rounded up to whole GPUs"), qPrintable(whole.out));
        QVERIFY(whole.out.contains("rejected 1 jobs fit no node"));
    }

    // `--policy all` on a node list replays all eight policies; the hand-worked easy-backfill
    // case of test_sharing_replay shows through: c (20) and e (40) backfilled, b at 100, d at 150.
    void everyPolicyOnANodeList()
    {
        const CliRun run = cli({"replay", data("backfill_pods.csv"), "--node-list", data("one_node.csv"),
                                "--share-gpus", "--policy", "all", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray results = json(run)["results"].toArray();
        QStringList names;
        for (const QJsonValue& result : results)
            names << result["policy"].toString();
        QCOMPARE(names, (QStringList{"fifo", "first-fit", "sjf", "easy-backfill", "priority", "srtf", "las", "fair"}));
        const QJsonObject backfill = results[3].toObject();
        QCOMPARE(backfill["jobs"].toInt(), 5);
        QCOMPARE(backfill["queueing_delay_s"]["mean"].toDouble(), (0 + 90 + 0 + 120 + 0) / 5.0);
        QCOMPARE(backfill["makespan_s"].toInt(), 540);

        const CliRun table = cli({"replay", data("backfill_pods.csv"), "--node-list", data("one_node.csv"),
                                  "--policy", "las,fair,easy-backfill"});
        QCOMPARE(table.code, 0);
        for (const char* name : {"\nlas ", "\nfair ", "\neasy-backfill "})
            QVERIFY2(table.out.contains(QString::fromUtf8(name)), qPrintable(table.out));
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no node list") << QStringList{"share", data("pods.csv")} << "--node-list NODES.csv";
        QTest::newRow("two clusters") << QStringList{"share",           data("pods.csv"),
                                                     "--node-list",     data("nodes.csv"),
                                                     "--nodes",         "2",
                                                     "--gpus-per-node", "4"}
                                      << "or --nodes N --gpus-per-node M";
        QTest::newRow("unknown placement")
            << QStringList{"share", data("pods.csv"), "--node-list", data("nodes.csv"), "--placement-policy", "tetris"}
            << "unknown placement policy `tetris`";
        QTest::newRow("bad node list") << QStringList{"share", data("pods.csv"), "--node-list",
                                                      data("bad_value_nodes.csv")}
                                       << "bad_value_nodes.csv line 3: memory_mib `lots` is not a whole number";
        QTest::newRow("json and csv") << QStringList{"share",           data("pods.csv"), "--node-list",
                                                     data("nodes.csv"), "--json",         "--csv"}
                                      << "--json or --csv, not both";
        QTest::newRow("share without nodes")
            << QStringList{"replay", data("timed_pods.csv"), "--gpus", "2", "--policy", "fifo", "--share-gpus"}
            << "need the cluster's nodes: --node-list NODES.csv";
        QTest::newRow("gpus with nodes") << QStringList{"replay",      data("timed_pods.csv"),
                                                        "--node-list", data("one_node.csv"),
                                                        "--gpus",      "4",
                                                        "--policy",    "fifo"}
                                         << "--gpus does not go with --node-list";
        QTest::newRow("seed range down") << QStringList{"share",           data("pods.csv"), "--node-list",
                                                        data("nodes.csv"), "--seeds",        "9-3"}
                                         << "--seeds range `9-3` must go up";
    }

    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = cli(args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(ShareCommandTest)
#include "sharecommandtest.moc"

// debrief-cli, run in-process through runCli(): arguments in, text and exit code out.
#include "clirun.h"
#include "devicediscovery.h"
#include "humanformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

namespace {

using Run = CliRun;

QString data(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/cli/") + QLatin1String(name);
}

QJsonObject json(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << run.out.left(400);
    return doc.object();
}

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

}  // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    // three-jobs.csv on 2 pooled GPUs, fifo: job0 (2 GPUs, 100 s) runs 0-100; job1 (1 GPU, 50 s,
    // submitted 10) and job2 (1 GPU, 30 s, submitted 20) wait for it and start at 100, ending at
    // 150 and 130. Queueing 0, 90, 80; JCT 100, 140, 110; makespan 150; 280 GPU-seconds.
    void replayJsonHasEveryMetricWorkedOutByHand()
    {
        const Run run =
            cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "fifo", "--price", "2.5", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["trace"]["jobs"].toInt(), 3);
        QCOMPARE(root["cluster"]["gpus"].toInt(), 2);
        QCOMPARE(root["cluster"]["placement"].toString(), QString("pooled"));
        const QJsonObject r = root["results"].toArray().at(0).toObject();
        QCOMPARE(r["policy"].toString(), QString("fifo"));
        QCOMPARE(r["jobs"].toInt(), 3);
        QCOMPARE(r["rejected"]["count"].toInt(), 0);
        const QJsonObject wait = r["queueing_delay_s"].toObject();
        QCOMPARE(wait["sum"].toInt(), 170);
        QCOMPARE(wait["mean"].toDouble(), 170.0 / 3.0);
        QCOMPARE(wait["p50"].toInt(), 80);  // sorted 0, 80, 90: index ceil(1.5)-1 = 1
        QCOMPARE(wait["p95"].toInt(), 90);
        QCOMPARE(wait["max"].toInt(), 90);
        const QJsonObject jct = r["jct_s"].toObject();
        QCOMPARE(jct["sum"].toInt(), 350);
        QCOMPARE(jct["p50"].toInt(), 110);
        QCOMPARE(jct["p99"].toInt(), 140);
        const QJsonObject slowdown = r["slowdown"].toObject();
        QCOMPARE(slowdown["p50"].toDouble(), 2.8);  // 140 / 50
        QCOMPARE(slowdown["max"].toDouble(), 110.0 / 30.0);
        QCOMPARE(r["makespan_s"].toInt(), 150);
        QCOMPARE(r["gpu_seconds"].toInt(), 280);
        QCOMPARE(r["utilization"].toDouble(), 280.0 / 300.0);
        QCOMPARE(r["throughput_jobs_per_hour"].toDouble(), 72.0);
        QCOMPARE(r["cost_usd"]["cluster"].toDouble(), 2 * 150 / 3600.0 * 2.5);
        QCOMPARE(r["cost_usd"]["used"].toDouble(), 280 / 3600.0 * 2.5);
        QVERIFY(qAbs(r["cost_usd"]["idle"].toDouble() - 20 / 3600.0 * 2.5) < 1e-12);
        QCOMPARE(r["preemptions"].toInt(), 0);
        QVERIFY(r["fragmentation"].isNull());  // pooled
    }

    // The analyses of the same replay: nothing is preempted, so waiting = queueing (0, 90, 80). job1
    // and job2 ask for 1 GPU (delays 90, 80), job0 for 2 (0). Offered load: 280 GPU-s over a 20 s
    // submit span on 2 GPUs = 7; at most 0.8 needs 5 x 280 / (4 x 20) = 17.5, so 18 GPUs.
    void replayJsonHasTheAnalyses()
    {
        const Run run = cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "fifo", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["trace"]["offered_load"].toDouble(), 7.0);
        QCOMPARE(root["trace"]["suggested_gpus"].toInt(), 18);
        QCOMPARE(root["trace"]["suggested_nodes"].toInt(), 1);
        const QJsonObject r = root["results"].toArray().at(0).toObject();
        QCOMPARE(r["waiting_s"]["sum"].toInt(), 170);
        QCOMPARE(r["waiting_s"]["p95"].toInt(), 90);
        QCOMPARE(r["preempted_s"]["max"].toInt(), 0);
        QCOMPARE(r["jobs_preempted"].toInt(), 0);
        const QJsonArray bySize = r["by_gpus"].toArray();
        QCOMPARE(bySize.size(), 8);
        QCOMPARE(bySize.at(1)["bucket"].toString(), QString("1"));
        QCOMPARE(bySize.at(1)["jobs"].toInt(), 2);
        QCOMPARE(bySize.at(1)["queueing_delay_s"]["p50"].toInt(), 80);
        QCOMPARE(bySize.at(1)["slowdown"]["max"].toDouble(), 110.0 / 30.0);
        QCOMPARE(bySize.at(2)["jobs"].toInt(), 1);
        QCOMPARE(bySize.at(2)["queueing_delay_s"]["max"].toInt(), 0);
        QCOMPARE(bySize.at(7)["bucket"].toString(), QString(">64"));
        QVERIFY(bySize.at(7)["queueing_delay_s"].isNull());
        const QJsonArray byTime = r["by_runtime"].toArray();
        QCOMPARE(byTime.size(), 5);
        QCOMPARE(byTime.at(0)["bucket"].toString(), QString("<10m"));
        QCOMPARE(byTime.at(0)["jobs"].toInt(), 3);
        QVERIFY(r["fairness"]["jain_user_slowdown"].isNull());  // the file names no users
        QVERIFY(r["fairness"]["jain_vc_slowdown"].isNull());
        // JCT 100, 140, 110 and slowdown 1, 2.8, 110/30, every point (n <= 200).
        QCOMPARE(r["cdf"]["jct_s"].toArray(),
                 QJsonArray({QJsonArray{100, 1.0 / 3}, QJsonArray{110, 2.0 / 3}, QJsonArray{140, 1}}));
        QCOMPARE(r["cdf"]["slowdown"].toArray().at(2).toArray(), (QJsonArray{110.0 / 30.0, 1}));
    }

    // srtf on 1 GPU: job0 (100 s, user a) is preempted at 10 by job1 (20 s, user b) and resumes at
    // 30: both queueing delays are 0, but job0 waited 20 s. Slowdowns 1.2 (a) and 1 (b): Jain's
    // index 2.2^2 / (2 x (1.44 + 1)).
    void replayJsonCountsPreemptedTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("preempt.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("submit_time,duration,num_gpus,user\n0,100,1,a\n10,20,1,b\n");
        file.close();
        const Run run = cli({"replay", path, "--gpus", "1", "--policy", "srtf", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject r = json(run)["results"].toArray().at(0).toObject();
        QCOMPARE(r["queueing_delay_s"]["max"].toInt(), 0);
        QCOMPARE(r["waiting_s"]["sum"].toInt(), 20);
        QCOMPARE(r["waiting_s"]["max"].toInt(), 20);
        QCOMPARE(r["preempted_s"]["sum"].toInt(), 20);
        QCOMPARE(r["jobs_preempted"].toInt(), 1);
        QCOMPARE(r["preemptions"].toInt(), 1);
        QCOMPARE(r["fairness"]["jain_user_slowdown"].toDouble(), 2.2 * 2.2 / (2 * (1.2 * 1.2 + 1)));
        QCOMPARE(r["fairness"]["users"].toInt(), 2);
        QVERIFY(r["fairness"]["jain_vc_slowdown"].isNull());
    }

    void inspectGivesOfferedLoadAndSuggestedSize()
    {
        const Run plain = cli({"inspect", data("three-jobs.csv"), "--gpus", "2"});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains("load     offered 700.0 % of 2 GPUs; 18 GPUs carry it at 77.8 %"),
                 qPrintable(plain.out));
        const Run packed = cli({"inspect", data("three-jobs.csv"), "--gpus-per-node", "4", "--json"});
        QCOMPARE(packed.code, 0);
        const QJsonObject trace = json(packed)["trace"].toObject();
        QVERIFY(trace["offered_load"].isNull());        // no --gpus
        QCOMPARE(trace["suggested_gpus"].toInt(), 20);  // 18 rounded up to whole nodes of 4
        QCOMPARE(trace["suggested_nodes"].toInt(), 5);
        QCOMPARE(cli({"inspect", data("three-jobs.csv"), "--gpus", "0"}).code, 2);
    }

    void jobsOutListsEveryAcceptedJob()
    {
        QTemporaryDir dir;
        const QString jobs = dir.filePath("jobs.csv");
        const Run run =
            cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "fifo,sjf", "--jobs-out", jobs});
        QCOMPARE(run.code, 0);
        // sjf at 100: job2 (30 s) is shorter than job1 (50 s) but both fit, so both start at 100.
        QCOMPARE(readAll(jobs), QString("policy,index,submit,duration,gpus,start,end\n"
                                        "fifo,0,0,100,2,0,100\nfifo,1,10,50,1,100,150\nfifo,2,20,30,1,100,130\n"
                                        "sjf,0,0,100,2,0,100\nsjf,1,10,50,1,100,150\nsjf,2,20,30,1,100,130\n"));
    }

    void snapshotsOutEndsWithTheFinalState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("snapshots.csv");
        const Run run = cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "fifo", "--snapshots-out",
                             path, "--step", "50"});
        QCOMPARE(run.code, 0);
        const QStringList lines = readAll(path).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.first().startsWith("policy,time_s,waiting_jobs"));
        const QStringList last = lines.last().split(',');
        QCOMPARE(last.at(0), QString("fifo"));
        QCOMPARE(last.at(1), QString("150"));  // time of the final snapshot: the makespan
        QCOMPARE(last.at(6), QString("3"));    // completed jobs
        QCOMPARE(last.last(), QString("1"));   // marked final
        QCOMPARE(cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "fifo", "--step", "5"}).code, 2);
    }

    void plainReplayIsAnAlignedTable()
    {
        const Run run = cli({"replay", data("three-jobs.csv"), "--gpus", "2", "--policy", "all"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("2 GPUs, pooled, $2.50 per GPU-hour"), qPrintable(run.out));
        const QStringList lines = run.out.split('\n');
        const int header = int(lines.indexOf(QRegularExpression("^policy .*")));
        QVERIFY(header > 0);
        // header, rule, eight policies, then a blank line before the tables by job size and run time
        QCOMPARE(lines.at(header + 10), QString());
        QVERIFY(lines.at(header + 2).startsWith("fifo "));
        QVERIFY(lines.at(header + 9).startsWith("fair "));
        QVERIFY(lines.at(header).contains("p95 waiting"));
        QVERIFY2(run.out.contains("load     offered 700.0 % of 2 GPUs; 18 GPUs carry it at 77.8 %"),
                 qPrintable(run.out));
        QCOMPARE(lines.at(header + 11), QString("p95 queueing delay by GPUs per job (jobs)"));
        QVERIFY(lines.at(header + 12).contains(QRegularExpression("1 \\(2\\) +2 \\(1\\)$")));
        QVERIFY(lines.at(header + 14).contains(QRegularExpression("^fifo +1 min 30 s +0 s$")));
        // Every row has the same width as the rule: the columns line up.
        for (int i = header + 2; i < header + 10; ++i)
            QVERIFY2(lines.at(i).size() <= lines.at(header + 1).size(), qPrintable(lines.at(i)));
    }

    void badRowExitsTwoNamingFileLineColumnValue()
    {
        const Run run = cli({"replay", data("negative-duration.csv"), "--gpus", "2", "--policy", "fifo"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("negative-duration.csv:3"), qPrintable(run.err));
        QVERIFY2(run.err.contains("duration"), qPrintable(run.err));
        QVERIFY2(run.err.contains("-50"), qPrintable(run.err));
    }

    void lenientSkipsTheRowAndSaysSo()
    {
        const Run run =
            cli({"replay", data("negative-duration.csv"), "--gpus", "2", "--policy", "fifo", "--lenient", "--json"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains("skipped 1 row"), qPrintable(run.err));
        QVERIFY2(run.err.contains("line 3"), qPrintable(run.err));
        QCOMPARE(json(run)["results"].toArray().at(0).toObject()["jobs"].toInt(), 2);
    }

    void usageMistakesExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString trace = data("three-jobs.csv");
        QTest::newRow("no command") << QStringList{} << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("no cluster") << QStringList{"replay", trace, "--policy", "fifo"} << "--gpus N";
        QTest::newRow("both cluster forms")
            << QStringList{"replay", trace, "--gpus", "4", "--nodes", "2", "--policy", "fifo"} << "--gpus N";
        QTest::newRow("packed without nodes")
            << QStringList{"replay", trace, "--gpus", "4", "--placement", "packed", "--policy", "fifo"} << "node shape";
        QTest::newRow("unknown policy") << QStringList{"replay", trace, "--gpus", "4", "--policy", "lottery"}
                                        << "unknown policy `lottery`";
        QTest::newRow("duplicate policy")
            << QStringList{"replay", trace, "--gpus", "4", "--policy", "fifo,fifo"} << "listed twice";
        QTest::newRow("zero gpus") << QStringList{"replay", trace, "--gpus", "0", "--policy", "fifo"} << "at least 1";
        QTest::newRow("bad number") << QStringList{"replay", trace, "--gpus", "4x", "--policy", "fifo"}
                                    << "whole number";
        QTest::newRow("unknown flag") << QStringList{"replay", trace, "--gpus", "4", "--policy", "fifo", "--colour"}
                                      << "unknown option --colour";
        QTest::newRow("unknown format") << QStringList{"inspect", trace, "--format", "yaml"} << "unknown format";
        QTest::newRow("bad zone") << QStringList{"inspect", trace, "--tz", "CEST"} << "--tz";
        QTest::newRow("missing file") << QStringList{"inspect", data("no-such-file.csv")} << "no-such-file.csv";
        QTest::newRow("generate without load")
            << QStringList{"generate", "--jobs", "5", "--seed", "1", "--gpus", "8"} << "--load is required";
    }

    void usageMistakesExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void inspectReportsTheRealOpenbSample()
    {
        const Run run = cli({"inspect", DEBRIEF_SHARED_TRACES "/openb_pod_list_default.csv", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root["trace"]["format"].toString(), QString("openb"));
        QCOMPARE(root["trace"]["jobs"].toInt(), 8152);
        QCOMPARE(root["trace"]["cpu_only_jobs"].toInt(), 1088);
        int histogramTotal = 0;
        int oneGpu = 0;
        for (const auto& bucket : root["gpu_histogram"].toArray()) {
            histogramTotal += bucket.toObject()["jobs"].toInt();
            if (bucket.toObject()["gpus"].toInt() == 1)
                oneGpu = bucket.toObject()["jobs"].toInt();
        }
        QCOMPARE(histogramTotal, 8152);
        QCOMPARE(oneGpu, 6989);
        const Run plain = cli({"inspect", DEBRIEF_SHARED_TRACES "/openb_pod_list_default.csv"});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains("8,152 (1,088 use no GPU)"), qPrintable(plain.out));
    }

    void sweepHasOneRowPerScenario()
    {
        const Run run = cli({"sweep", DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv", "--policies", "fifo,sjf,las",
                             "--gpus", "8,16", "--price", "2,3.5", "--threads", "2", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = json(run)["results"].toArray();
        QCOMPARE(rows.size(), 3 * 2 * 2);
        QCOMPARE(rows.at(0).toObject()["policy"].toString(), QString("fifo"));
        QCOMPARE(rows.at(0).toObject()["gpus"].toInt(), 8);
        QCOMPARE(rows.at(0).toObject()["price"].toDouble(), 2.0);
        QCOMPARE(rows.at(1).toObject()["price"].toDouble(), 3.5);
        QCOMPARE(rows.at(2).toObject()["gpus"].toInt(), 16);
        QCOMPARE(rows.at(11).toObject()["policy"].toString(), QString("las"));
        for (const auto& row : rows) {
            QCOMPARE(row.toObject()["backend"].toString(), QString("cpu"));
            QCOMPARE(row.toObject()["jobs"].toInt(), 60);
        }
        // A sweep row equals the single replay of the same scenario.
        const Run single = cli({"replay", DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv", "--gpus", "16", "--policy",
                                "sjf", "--price", "3.5", "--json"});
        const QJsonObject one = json(single)["results"].toArray().at(0).toObject();
        const QJsonObject row = rows.at(7).toObject();  // sjf, 16 GPUs, 3.5
        QCOMPARE(row["policy"].toString(), QString("sjf"));
        QCOMPARE(row["jct_s"].toObject(), one["jct_s"].toObject());
        QCOMPARE(row["cost_usd"].toObject(), one["cost_usd"].toObject());

        const Run csv =
            cli({"sweep", DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv", "--policies", "fifo", "--gpus", "8", "--csv"});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).split(',').size(), lines.at(0).split(',').size());
    }

    void sweepBackendFlagPicksWhereRowsRun()
    {
        const QString trace = DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv";
        const QStringList base{"sweep", trace, "--policies", "fifo,las", "--gpus", "8", "--json"};
        const Run cpu = cli(base + QStringList{"--backend", "cpu"});
        QCOMPARE(cpu.code, 0);
        const auto found = debrief::gpu::discoverDevices();
        for (const QString choice : {"cuda", "auto"}) {
            const Run run = cli(base + QStringList{"--backend", choice});
            QCOMPARE(run.code, 0);
            const QJsonArray rows = json(run)["results"].toArray();
            QCOMPARE(rows.size(), 2);
            // las always runs on the CPU; fifo on the GPU when one is usable.
            QCOMPARE(rows.at(1).toObject()["backend"].toString(), QString("cpu"));
            if (found.usable()) {
                QVERIFY(rows.at(0).toObject()["backend"].toString().startsWith("cuda:"));
            } else {
                QCOMPARE(rows.at(0).toObject()["backend"].toString(), QString("cpu"));
                // Asked for cuda explicitly: the reason is on stderr; auto stays quiet.
                QCOMPARE(run.err.contains("no usable CUDA device"), choice == QString("cuda"));
            }
            for (int i = 0; i < 2; ++i)
                QCOMPARE(rows.at(i).toObject()["jct_s"].toObject(),
                         json(cpu)["results"].toArray().at(i).toObject()["jct_s"].toObject());
        }
        const Run bad = cli(base + QStringList{"--backend", "tpu"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("cpu, cuda or auto"), qPrintable(bad.err));
    }

    void sweepArrivalScaleAddsScenarios()
    {
        const QString trace = DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv";
        const Run run =
            cli({"sweep", trace, "--policies", "fifo", "--gpus", "8", "--arrival-scale", "1,2,0.5", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = json(run)["results"].toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject()["arrival_scale"].toString(), QString("1"));
        QCOMPARE(rows.at(1).toObject()["arrival_scale"].toString(), QString("2"));
        QCOMPARE(rows.at(2).toObject()["arrival_scale"].toString(), QString("0.5"));
        // Arrivals twice as fast pack the same work into less time; half as fast spread it out.
        QVERIFY(rows.at(1).toObject()["makespan_s"].toInt() <= rows.at(0).toObject()["makespan_s"].toInt());
        QVERIFY(rows.at(2).toObject()["makespan_s"].toInt() > rows.at(0).toObject()["makespan_s"].toInt());
        // Without the flag every row is at the trace's own rate.
        const Run plain = cli({"sweep", trace, "--policies", "fifo", "--gpus", "8", "--json"});
        QCOMPARE(json(plain)["results"].toArray().at(0).toObject()["arrival_scale"].toString(), QString("1"));
        QCOMPARE(json(plain)["results"].toArray().at(0).toObject()["jct_s"].toObject(),
                 rows.at(0).toObject()["jct_s"].toObject());
        const Run csv = cli({"sweep", trace, "--policies", "fifo", "--gpus", "8", "--arrival-scale", "3/2", "--csv"});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).endsWith(",arrival_scale"));
        QVERIFY(lines.at(1).endsWith(",1.5"));
        QCOMPARE(lines.at(1).split(',').size(), lines.at(0).split(',').size());
        for (const char* bad : {"0", "-1", "fast", "1/0"})
            QCOMPARE(cli({"sweep", trace, "--policies", "fifo", "--gpus", "8", "--arrival-scale", bad}).code, 2);
    }

    void deviceReplayNeedsAUsableDevice()
    {
        const QString trace = DEBRIEF_SHARED_TRACES "/tiresias/60_job.csv";
        QCOMPARE(cli({"device-replay", trace, "--policy", "nonsense"}).code, 2);
        QCOMPARE(cli({"device-replay", trace, "--policy", "sjf", "--scale", "0"}).code, 2);
        const Run run = cli({"device-replay", trace, "--policy", "sjf", "--scale", "360000", "--max-jobs", "10"});
        if (debrief::gpu::discoverDevices().usable()) {
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.contains("measured") && run.out.contains("simulated"), qPrintable(run.out));
        } else {
            // No device: say why and exit 2; never print CPU numbers as if measured.
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains("no usable CUDA device"), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    void generateIsDeterministicAndReplayable()
    {
        const QStringList args{"generate", "--jobs", "500", "--seed", "7", "--gpus", "64", "--load", "0.9"};
        const Run a = cli(args);
        const Run b = cli(args);
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.startsWith("submit_time,duration,num_gpus,user,vc\n"));
        QCOMPARE(a.out.count('\n'), 501);
        QVERIFY(cli({"generate", "--jobs", "500", "--seed", "8", "--gpus", "64", "--load", "0.9"}).out != a.out);

        QTemporaryDir dir;
        const QString path = dir.filePath("synthetic.csv");
        QCOMPARE(
            cli({"generate", "--jobs", "2000", "--seed", "3", "--gpus", "32", "--load", "1.2", "--out", path}).code, 0);
        const Run run = cli({"replay", path, "--gpus", "32", "--policy", "all", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray results = json(run)["results"].toArray();
        QCOMPARE(results.size(), 8);
        for (const auto& result : results) {
            QCOMPARE(result.toObject()["jobs"].toInt(), 2000);  // no job asks for more than the cluster has
            QCOMPARE(result.toObject()["gpu_seconds"].toInteger(), results.at(0).toObject()["gpu_seconds"].toInteger());
        }
    }

    void formatsNumbersAsPeopleSayThem()
    {
        using namespace debrief::cli;
        QCOMPARE(formatDuration(45), std::string("45 s"));
        QCOMPARE(formatDuration(725), std::string("12 min 5 s"));
        QCOMPARE(formatDuration(3600), std::string("1 h"));
        QCOMPARE(formatDuration(8059), std::string("2 h 14 min"));
        QCOMPARE(formatDuration(-90), std::string("-1 min 30 s"));
        QCOMPARE(formatMoney(4.2e6), std::string("$4.2 M"));
        QCOMPARE(formatMoney(600000), std::string("$600 k"));
        QCOMPARE(formatMoney(-12.5), std::string("-$12.50"));
        QCOMPARE(formatPercent(0.9333), std::string("93.3 %"));
        QCOMPARE(formatCount(82000), std::string("82,000"));
        QCOMPARE(formatCount(999), std::string("999"));
    }

    void devicesSaysWhyNoneIsUsable()
    {
        const Run run = cli({"devices", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = json(run);
        if (!root["usable"].toBool()) {
            QVERIFY(!root["reason"].toString().isEmpty());
            QVERIFY(cli({"devices"}).out.startsWith("CUDA: not usable, replays run on the CPU: "));
        }
#ifndef DEBRIEF_HAVE_CUDA
        QCOMPARE(root["status"].toString(), QString("built-without-cuda"));
#endif
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "clitest.moc"

// Every trace format: the real openb and Tiresias samples and small hand-written files, with
// values worked out by hand; and format detection of each.
#include "trace/traceimporter.h"

#include <QtTest>

#include <algorithm>
#include <sstream>

using namespace debrief::trace;

namespace {

const std::string kShared = DEBRIEF_SHARED_TRACES;
const std::string kData = DEBRIEF_TEST_DATA "/traces";

bool hasNote(const Trace& trace, const std::string& text)
{
    return std::any_of(trace.notes.begin(), trace.notes.end(),
                       [&](const TraceNote& note) { return noteText(note).find(text) != std::string::npos; });
}

std::string nameOf(const Trace& trace, std::uint32_t index)
{
    return std::string(trace.names.at(index));
}

}  // namespace

class FormatsTest : public QObject {
    Q_OBJECT

private slots:
    void openbRealSample()
    {
        const Trace trace = importTrace(kShared + "/openb_pod_list_default.csv");
        QCOMPARE(trace.format, TraceFormat::Openb);
        QCOMPARE(trace.jobs.size(), std::size_t(8152));
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t(1088));
        QCOMPARE(trace.epochOffset, std::int64_t(0));
        QVERIFY(!trace.timesAreDates);
        QVERIFY(trace.skipped.empty());
        // openb-pod-0000,12000,16384,1,1000,,LS,Running,0,12537496,0
        const Job& first = trace.jobs[0];
        QCOMPARE(trace.jobId(first), std::string_view("openb-pod-0000"));
        QCOMPARE(trace.index(0), 0u);
        QCOMPARE(first.line, 2u);
        QCOMPARE(first.submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(first), std::int64_t(0));
        QCOMPARE(first.duration, std::int64_t(12537496));
        QCOMPARE(first.gpus, 1u);
        QCOMPARE(trace.status(0), JobStatus::Running);
        QCOMPARE(first.user, kNoName);
        // openb-pod-0001,6000,12288,1,460,,LS,Running,427061,12902960,427061: a 0.46 share rounds up to 1
        const Job& second = trace.jobs[1];
        QCOMPARE(trace.jobId(second), std::string_view("openb-pod-0001"));
        QCOMPARE(second.line, 3u);
        QCOMPARE(second.submit, std::int64_t(427061));
        QCOMPARE(second.duration, std::int64_t(12902960 - 427061));
        QCOMPARE(second.gpus, 1u);
        // openb-pod-0002,12000,24576,1,1000,,LS,Running,1558381,12902960,1558381
        QCOMPARE(trace.jobs[2].submit, std::int64_t(1558381));
        QCOMPARE(trace.jobs[2].duration, std::int64_t(12902960 - 1558381));
        // openb-pod-0061 is Pending with no scheduled_time: kept, run time 0, no trace start.
        const Job& pending = trace.jobs[61];
        QCOMPARE(trace.jobId(pending), std::string_view("openb-pod-0061"));
        QCOMPARE(trace.status(61), JobStatus::Pending);
        QCOMPARE(pending.duration, std::int64_t(0));
        QCOMPARE(trace.traceStart(pending), kNoTime);
        QCOMPARE(pending.submit, std::int64_t(10001278));
        // openb-pod-8151,3152,5600,1,590,,BE,Failed,12901761,12901792,12901762
        const Job& last = trace.jobs.back();
        QCOMPARE(trace.jobId(last), std::string_view("openb-pod-8151"));
        QCOMPARE(trace.index(trace.jobs.size() - 1), 8151u);
        QCOMPARE(last.line, 8153u);
        QCOMPARE(last.submit, std::int64_t(12901761));
        QCOMPARE(trace.traceStart(last), std::int64_t(12901762));
        QCOMPARE(last.duration, std::int64_t(30));
        QCOMPARE(trace.status(trace.jobs.size() - 1), JobStatus::Failed);
        const auto eight =
            std::count_if(trace.jobs.begin(), trace.jobs.end(), [](const Job& j) { return j.gpus == 8; });
        QCOMPARE(eight, 44);
        QVERIFY(hasNote(trace, "1,088 of 8,152 jobs use no GPU"));
        QVERIFY(hasNote(trace, "897 jobs never started"));
    }

    void tiresiasRealSample()
    {
        const Trace trace = importTrace(kShared + "/tiresias/60_job.csv");
        QCOMPARE(trace.format, TraceFormat::Tiresias);
        QCOMPARE(trace.jobs.size(), std::size_t(60));
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t(0));
        // 0,1,0,606,vgg19,164,30 / 1,8,30,133,vgg11,147,23 / 2,2,53,157,inception4,127,26
        const std::int64_t submits[] = {0, 30, 53, 79};
        const std::int64_t durations[] = {164, 147, 127, 121};
        const std::uint32_t gpus[] = {1, 8, 2, 1};
        for (std::size_t i = 0; i < 4; ++i) {
            const Job& job = trace.jobs[i];
            QCOMPARE(job.submit, submits[i]);
            QCOMPARE(job.duration, durations[i]);
            QCOMPARE(job.gpus, gpus[i]);
            QCOMPARE(trace.jobId(job), std::string_view(std::to_string(i)));
            QCOMPARE(job.line, std::uint32_t(i + 2));
            QCOMPARE(trace.traceStart(job), kNoTime);
            QCOMPARE(trace.status(i), JobStatus::Unknown);
        }
        // 59,1,1779,525,inception3,122,33
        QCOMPARE(trace.jobs[59].submit, std::int64_t(1779));
        QCOMPARE(trace.jobs[59].duration, std::int64_t(122));
        QCOMPARE(trace.span(), std::int64_t(1779));
    }

    void tiresiasOwnFile()
    {
        const Trace trace = importTrace(kData + "/tiresias_jobs.csv");
        QCOMPARE(trace.format, TraceFormat::Tiresias);
        QCOMPARE(trace.jobs.size(), std::size_t(3));
        QCOMPARE(trace.epochOffset, std::int64_t(50));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(50));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(3000));
        QCOMPARE(trace.jobs[0].gpus, 2u);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[1].gpus, 4u);
        // "50.0" and "60.0" are whole numbers written as decimals.
        QCOMPARE(trace.jobs[2].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[2].duration, std::int64_t(60));
        QCOMPARE(trace.jobId(trace.jobs[2]), std::string_view("3"));
    }

    void philly()
    {
        const Trace trace = importTrace(kData + "/philly_cluster_job_log.json");
        QCOMPARE(trace.format, TraceFormat::Philly);
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QVERIFY(trace.timesAreDates);
        QCOMPARE(trace.epochOffset, std::int64_t(1506992340));  // 2017-10-03 00:59:00 UTC
        const Job& a = trace.jobs[0];
        QCOMPARE(trace.jobId(a), std::string_view("application_1506638472019_0001"));
        QCOMPARE(a.line, 2u);
        QCOMPARE(a.submit, std::int64_t(60));
        QCOMPARE(trace.traceStart(a), std::int64_t(70));
        QCOMPARE(a.duration, std::int64_t(3600));
        QCOMPARE(a.gpus, 4u);  // two machines with two GPUs each
        QCOMPARE(trace.status(0), JobStatus::Completed);
        QCOMPARE(nameOf(trace, a.user), std::string("alice"));
        QCOMPARE(nameOf(trace, a.vc), std::string("vc1"));
        // Two attempts: 10 + 5 minutes, the larger attempt's 2 GPUs, started at the first attempt.
        const Job& b = trace.jobs[1];
        QCOMPARE(b.line, 5u);
        QCOMPARE(b.submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(b), std::int64_t(60));
        QCOMPARE(b.duration, std::int64_t(900));
        QCOMPARE(b.gpus, 2u);
        QCOMPARE(trace.status(1), JobStatus::Killed);
        // No attempts: kept with nothing run.
        const Job& c = trace.jobs[2];
        QCOMPARE(c.line, 8u);
        QCOMPARE(c.submit, std::int64_t(7260));
        QCOMPARE(c.duration, std::int64_t(0));
        QCOMPARE(c.gpus, 0u);
        QCOMPARE(trace.traceStart(c), kNoTime);
        QCOMPARE(trace.status(2), JobStatus::Failed);
        QCOMPARE(c.user, a.user);
        // end_time null: the open attempt adds no run time but its GPUs count.
        const Job& d = trace.jobs[3];
        QCOMPARE(d.line, 10u);
        QCOMPARE(d.submit, std::int64_t(10860));
        QCOMPARE(trace.traceStart(d), std::int64_t(10890));
        QCOMPARE(d.duration, std::int64_t(0));
        QCOMPARE(d.gpus, 8u);
        QCOMPARE(nameOf(trace, d.vc), std::string("vc3"));
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t(1));
        QVERIFY(hasNote(trace, "1 job with more than one attempt"));
        QVERIFY(hasNote(trace, "1 job with no attempts"));
        QVERIFY(hasNote(trace, "1 job with an attempt with no end_time"));
    }

    void philllyUtcOffsetOption()
    {
        ImportOptions options;
        options.utcOffsetSeconds = -7 * 3600;  // the log written in PDT
        const Trace trace = importTrace(kData + "/philly_cluster_job_log.json", options);
        QCOMPARE(trace.epochOffset, std::int64_t(1506992340 + 7 * 3600));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(60));
    }

    void paiTaskTableAlone()
    {
        const Trace trace = importTrace(kData + "/pai_task_table.csv");
        QCOMPARE(trace.format, TraceFormat::PaiTask);
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QCOMPARE(trace.epochOffset, std::int64_t(990));
        QVERIFY(!trace.timesAreDates);
        // job_a,worker,2,Terminated,1000.0,1600.0,600.0,29.296875,50.0,V100: 2 instances x half a GPU each
        const Job& worker = trace.jobs[0];
        QCOMPARE(worker.line, 1u);
        QCOMPARE(worker.submit, std::int64_t(10));
        QCOMPARE(trace.traceStart(worker), std::int64_t(10));
        QCOMPARE(worker.duration, std::int64_t(600));
        QCOMPARE(worker.gpus, 2u);
        QCOMPARE(trace.status(0), JobStatus::Completed);
        QCOMPARE(trace.jobId(worker), std::string_view("job_a"));
        QCOMPARE(worker.user, kNoName);
        // job_a,ps,1,Terminated,990,1600,400,10,,: no plan_gpu = a CPU task
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[1].duration, std::int64_t(610));
        QCOMPARE(trace.jobs[1].gpus, 0u);
        QCOMPARE(trace.jobId(trace.jobs[1]), std::string_view("job_a"));
        // job_b,tensorflow,1,Failed,2000,2300,100,10,100,T4
        QCOMPARE(trace.jobs[2].submit, std::int64_t(1010));
        QCOMPARE(trace.jobs[2].duration, std::int64_t(300));
        QCOMPARE(trace.jobs[2].gpus, 1u);
        QCOMPARE(trace.status(2), JobStatus::Failed);
        // job_c,worker,4,Running,2500,,600,30,150,V100: 4 x 1.5 GPUs rounded up per instance, still running
        QCOMPARE(trace.jobs[3].submit, std::int64_t(1510));
        QCOMPARE(trace.jobs[3].duration, std::int64_t(0));
        QCOMPARE(trace.jobs[3].gpus, 8u);
        QCOMPARE(trace.status(3), JobStatus::Running);
        QVERIFY(hasNote(trace, "PAI has no submit time"));
        QVERIFY(hasNote(trace, "no job table given"));
        QVERIFY(hasNote(trace, "1 job with no end time"));
    }

    void paiWithJobTable()
    {
        ImportOptions options;
        options.jobTable = kData + "/pai_job_table.csv";
        const Trace trace = importTrace(kData + "/pai_task_table.csv", options);
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QCOMPARE(nameOf(trace, trace.jobs[0].user), std::string("user_x"));
        QCOMPARE(nameOf(trace, trace.jobs[1].user), std::string("user_x"));
        QCOMPARE(nameOf(trace, trace.jobs[2].user), std::string("user_y"));
        QCOMPARE(trace.jobs[3].user, kNoName);
        QVERIFY(hasNote(trace, "1 task has no row in the job table"));
    }

    void paiTaskThatNeverStarted()
    {
        ImportOptions options;
        options.format = TraceFormat::PaiTask;
        std::istringstream in("job_a,worker,1,Waiting,,,600,29,100,V100\njob_b,worker,1,Running,5,,600,29,100,V100\n");
        try {
            importTrace(in, "pai_task_table.csv", options);
            QFAIL("a task with no start time was placed somewhere");
        } catch (const ImportError& e) {
            QCOMPARE(e.issue().reason, IssueReason::MissingValue);
            QCOMPARE(e.issue().column, std::string("start_time"));
            QCOMPARE(e.issue().line, std::uint64_t(1));
        }
    }

    void paiWithItsSeparateHeaderOnTop()
    {
        std::istringstream in("job_name,task_name,inst_num,status,start_time,end_time,plan_cpu,plan_mem,plan_gpu,"
                              "gpu_type\njob_a,worker,3,Terminated,100,160,600,29,25,V100\n");
        const Trace trace = importTrace(in, "pai.csv");
        QCOMPARE(trace.format, TraceFormat::PaiTask);
        QCOMPARE(trace.jobs.size(), std::size_t(1));
        QCOMPARE(trace.index(0), 0u);
        QCOMPARE(trace.jobs[0].line, 2u);
        QCOMPARE(trace.jobs[0].gpus, 3u);  // 3 instances x a quarter GPU, each rounded up
        QCOMPARE(trace.jobs[0].duration, std::int64_t(60));
    }

    void phillyLenientSkipsBadJobs()
    {
        ImportOptions options;
        options.lenient = true;
        std::istringstream in("[{\"jobid\": \"a\", \"submitted_time\": \"2017-10-03 00:00:10\", \"attempts\": []},\n"
                              " {\"jobid\": \"b\", \"submitted_time\": \"2017-13-03 00:00:00\", \"attempts\": []},\n"
                              " {\"jobid\": \"c\", \"submitted_time\": \"2017-10-03 00:00:00\", \"attempts\": []}]\n");
        const Trace trace = importTrace(in, "log.json", options);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.index(1), 2u);
        QCOMPARE(trace.jobs[1].line, 3u);
        QCOMPARE(trace.jobs[0].submit, std::int64_t(10));
        const SkippedRows& bad = trace.skipped.at(IssueReason::ImpossibleDate);
        QCOMPARE(bad.count, std::uint64_t(1));
        QCOMPARE(bad.firstLines, std::vector<std::uint64_t>{2});
        QCOMPARE(QString::fromStdString(bad.example.message()),
                 QString("log.json:2: column `submitted_time`: `2017-13-03 00:00:00` is not a valid date-time"));
    }

    void helios()
    {
        const Trace trace = importTrace(kData + "/helios_cluster_log.csv");
        QCOMPARE(trace.format, TraceFormat::Helios);
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QVERIFY(trace.timesAreDates);
        QCOMPARE(trace.epochOffset, std::int64_t(1585699199));  // 2020-03-31 23:59:59 UTC
        const Job& a = trace.jobs[0];
        QCOMPARE(trace.jobId(a), std::string_view("5000"));
        QCOMPARE(a.submit, std::int64_t(11));
        QCOMPARE(trace.traceStart(a), std::int64_t(71));
        QCOMPARE(a.duration, std::int64_t(3600));
        QCOMPARE(a.gpus, 8u);
        QCOMPARE(nameOf(trace, a.user), std::string("u1"));
        QCOMPARE(nameOf(trace, a.vc), std::string("vcA"));
        QCOMPARE(trace.status(0), JobStatus::Completed);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(1));
        QCOMPARE(trace.jobs[1].gpus, 0u);
        QCOMPARE(trace.status(1), JobStatus::Failed);
        const Job& cancelled = trace.jobs[2];
        QCOMPARE(cancelled.submit, std::int64_t(121));
        QCOMPARE(trace.traceStart(cancelled), kNoTime);
        QCOMPARE(cancelled.duration, std::int64_t(0));
        QCOMPARE(cancelled.gpus, 16u);
        QCOMPARE(trace.status(2), JobStatus::Killed);
        QCOMPARE(cancelled.user, a.user);
        QCOMPARE(trace.jobs[3].submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(trace.jobs[3]), std::int64_t(1));
        QCOMPARE(trace.jobs[3].duration, std::int64_t(600));
        QCOMPARE(trace.status(3), JobStatus::Failed);  // TIMEOUT
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t(1));
    }

    void acmeSeren()
    {
        const Trace trace = importTrace(kData + "/acme_seren.csv");
        QCOMPARE(trace.format, TraceFormat::AcmeSeren);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        // 08:00+08:00 and 00:30+00:00 are half an hour apart.
        QCOMPARE(trace.epochOffset, std::int64_t(1677628800));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(trace.jobs[0]), std::int64_t(30));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(3600));
        QCOMPARE(trace.jobs[0].gpus, 8u);
        QCOMPARE(nameOf(trace, trace.jobs[0].user), std::string("u01"));
        QCOMPARE(trace.jobs[0].vc, kNoName);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(1800));
        QCOMPARE(trace.jobs[1].duration, std::int64_t(60));
        QCOMPARE(trace.jobs[1].gpus, 0u);
        QCOMPARE(trace.status(1), JobStatus::Failed);
        // A zone option does not move times that carry their own offset.
        ImportOptions options;
        options.utcOffsetSeconds = 3 * 3600;
        QCOMPARE(importTrace(kData + "/acme_seren.csv", options).epochOffset, std::int64_t(1677628800));
    }

    void acmeKalos()
    {
        const Trace trace = importTrace(kData + "/acme_kalos.csv");
        QCOMPARE(trace.format, TraceFormat::AcmeKalos);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.epochOffset, std::int64_t(1683691200));  // 2023-05-10 04:00:00 UTC
        QCOMPARE(trace.jobs[0].submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(trace.jobs[0]), std::int64_t(300));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(7200));
        QCOMPARE(trace.jobs[0].gpus, 16u);
        QCOMPARE(trace.status(0), JobStatus::Failed);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(600));
        QCOMPARE(trace.traceStart(trace.jobs[1]), std::int64_t(600));
        QCOMPARE(trace.jobs[1].duration, std::int64_t(600));
        QCOMPARE(trace.jobs[1].gpus, 4u);
        QCOMPARE(trace.status(1), JobStatus::Killed);
        QCOMPARE(trace.jobId(trace.jobs[1]), std::string_view("k2"));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        const QString data = QString::fromStdString(kData) + "/";
        QTest::newRow("openb") << QString::fromStdString(kShared) + "/openb_pod_list_default.csv"
                               << int(TraceFormat::Openb);
        QTest::newRow("tiresias sample") << QString::fromStdString(kShared) + "/tiresias/60_job.csv"
                                         << int(TraceFormat::Tiresias);
        QTest::newRow("tiresias") << data + "tiresias_jobs.csv" << int(TraceFormat::Tiresias);
        QTest::newRow("philly") << data + "philly_cluster_job_log.json" << int(TraceFormat::Philly);
        QTest::newRow("pai") << data + "pai_task_table.csv" << int(TraceFormat::PaiTask);
        QTest::newRow("helios") << data + "helios_cluster_log.csv" << int(TraceFormat::Helios);
        QTest::newRow("seren") << data + "acme_seren.csv" << int(TraceFormat::AcmeSeren);
        QTest::newRow("kalos") << data + "acme_kalos.csv" << int(TraceFormat::AcmeKalos);
        QTest::newRow("csv") << data + "generic_seconds.csv" << int(TraceFormat::GenericCsv);
        QTest::newRow("csv start/end") << data + "generic_dates.csv" << int(TraceFormat::GenericCsv);
        QTest::newRow("csv bom crlf") << data + "bom_crlf.csv" << int(TraceFormat::GenericCsv);
        QTest::newRow("csv header only") << data + "header_only.csv" << int(TraceFormat::GenericCsv);
    }

    void detection()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(detectFormat(path.toStdString())), format);
    }

    void detectionFailures()
    {
        const auto reasonFor = [](const std::string& path) {
            try {
                detectFormat(path);
            } catch (const ImportError& e) {
                return e.issue().reason;
            }
            return IssueReason::Cancelled;  // stands for "no error"
        };
        QCOMPARE(reasonFor(kShared + "/openb_node_list_gpu_node.csv"), IssueReason::UnknownFormat);
        QCOMPARE(reasonFor(kData + "/pai_job_table.csv"), IssueReason::UnknownFormat);
        QCOMPARE(reasonFor(kData + "/generic_mapped.csv"), IssueReason::UnknownFormat);
        QCOMPARE(reasonFor(kData + "/missing.csv"), IssueReason::CannotOpen);
    }

    void formatOverride()
    {
        // A Tiresias file read as generic CSV: same jobs through the usual header names.
        ImportOptions options;
        options.format = TraceFormat::GenericCsv;
        const Trace trace = importTrace(kShared + "/tiresias/60_job.csv", options);
        QCOMPARE(trace.format, TraceFormat::GenericCsv);
        QCOMPARE(trace.jobs.size(), std::size_t(60));
        QCOMPARE(trace.jobs[1].gpus, 8u);
        QCOMPARE(trace.jobs[1].duration, std::int64_t(147));
    }

    void formatNames()
    {
        const std::pair<TraceFormat, std::string_view> names[] = {
            {TraceFormat::Philly, "philly"},     {TraceFormat::PaiTask, "pai"},     {TraceFormat::Openb, "openb"},
            {TraceFormat::Helios, "helios"},     {TraceFormat::AcmeSeren, "seren"}, {TraceFormat::AcmeKalos, "kalos"},
            {TraceFormat::Tiresias, "tiresias"}, {TraceFormat::GenericCsv, "csv"},
        };
        for (const auto& [format, name] : names) {
            QCOMPARE(formatName(format), name);
            QCOMPARE(formatFromName(name), std::optional<TraceFormat>(format));
        }
        QCOMPARE(formatFromName("OpenB"), std::optional<TraceFormat>(TraceFormat::Openb));
        QVERIFY(!formatFromName("parquet"));
    }
};

QTEST_APPLESS_MAIN(FormatsTest)
#include "formatstest.moc"

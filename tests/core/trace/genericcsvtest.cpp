// Generic CSV: recognised header names, explicit mappings, start/end durations, date-times and
// seconds decided per value, RFC 4180 files, BOM + CRLF, header-only files.
#include "trace/traceimporter.h"

#include <QtTest>

#include <sstream>

using namespace debrief::trace;

namespace {

const std::string kData = DEBRIEF_TEST_DATA "/traces";

std::string nameOf(const Trace& trace, std::uint32_t index)
{
    return std::string(trace.names.at(index));
}

}  // namespace

class GenericCsvTest : public QObject {
    Q_OBJECT

private slots:
    void seconds()
    {
        const Trace trace = importTrace(kData + "/generic_seconds.csv");
        QCOMPARE(trace.format, TraceFormat::GenericCsv);
        QCOMPARE(trace.sourceFile, kData + "/generic_seconds.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(3));
        QCOMPARE(trace.epochOffset, std::int64_t(60));
        QVERIFY(!trace.timesAreDates);
        const Job& a = trace.jobs[0];
        QCOMPARE(trace.index(0), 0u);
        QCOMPARE(a.line, 2u);
        QCOMPARE(a.submit, std::int64_t(60));
        QCOMPARE(a.duration, std::int64_t(3600));
        QCOMPARE(a.gpus, 4u);
        QCOMPARE(trace.traceStart(a), kNoTime);
        QVERIFY(!trace.traceStarts.present());  // no start column: the side array is never allocated
        QCOMPARE(trace.jobId(a), std::string_view("job-0001"));
        QCOMPARE(nameOf(trace, a.user), std::string("alice"));
        QCOMPARE(nameOf(trace, a.vc), std::string("vc1"));
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[1].gpus, 0u);
        QCOMPARE(nameOf(trace, trace.jobs[1].user), std::string("bob"));
        // "2.5" GPUs round up to 3; alice and vc1 are interned once.
        QCOMPARE(trace.jobs[2].gpus, 3u);
        QCOMPARE(trace.jobs[2].user, a.user);
        QCOMPARE(trace.jobs[2].vc, a.vc);
        QCOMPARE(trace.names.size(), std::size_t(1 + 4));  // entry 0 is the empty name
        QCOMPARE(trace.ids.size(), std::size_t(1 + 3));
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t(1));
        QCOMPARE(trace.span(), std::int64_t(120));
        QCOMPARE(trace.notes.front(), (TraceNote{NoteKind::CpuOnlyJobs, 1, 3}));
        QCOMPARE(noteText(trace.notes.front()),
                 std::string("1 of 3 jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of a replay"));
    }

    void datesWithStartAndEnd()
    {
        const Trace trace = importTrace(kData + "/generic_dates.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QVERIFY(trace.timesAreDates);
        QCOMPARE(trace.epochOffset, std::int64_t(1622538000));  // 2021-06-01 09:00:00 UTC
        const Job& a = trace.jobs[0];
        QCOMPARE(a.submit, std::int64_t(3600));
        QCOMPARE(trace.traceStart(a), std::int64_t(3900));
        QCOMPARE(a.duration, std::int64_t(3600));
        QCOMPARE(a.gpus, 1u);
        QCOMPARE(trace.priority(0), 5);
        QCOMPARE(trace.status(0), JobStatus::Completed);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[1].duration, std::int64_t(0));
        QCOMPARE(trace.priority(1), -2);
        QCOMPARE(trace.status(1), JobStatus::Killed);
        // Never started: no start, no end.
        QCOMPARE(trace.jobs[2].submit, std::int64_t(7200));
        QCOMPARE(trace.traceStart(trace.jobs[2]), kNoTime);
        QCOMPARE(trace.jobs[2].duration, std::int64_t(0));
        QCOMPARE(trace.status(2), JobStatus::Pending);
        // Epoch seconds in the same columns, decided per value.
        QCOMPARE(trace.jobs[3].submit, std::int64_t(10800));
        QCOMPARE(trace.traceStart(trace.jobs[3]), std::int64_t(10800));
        QCOMPARE(trace.jobs[3].duration, std::int64_t(60));
        QCOMPARE(trace.status(3), JobStatus::Running);
        QCOMPARE(trace.jobId(trace.jobs[3]), std::string_view("d"));
        // No CPU-only jobs here, so the only note is about the job that never started.
        QCOMPARE(trace.notes, (std::vector<TraceNote>{{NoteKind::NeverStarted, 1}}));
    }

    void zoneOptionShiftsZonelessDates()
    {
        ImportOptions options;
        options.utcOffsetSeconds = 8 * 3600;  // the times were written in UTC+8
        const Trace trace = importTrace(kData + "/generic_dates.csv", options);
        QCOMPARE(trace.epochOffset, std::int64_t(1622538000 - 8 * 3600));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(3600));
        // Epoch seconds are not shifted, so job d moves 8 hours later relative to the others.
        QCOMPARE(trace.jobs[3].submit, std::int64_t(10800 + 8 * 3600));
    }

    void explicitMapping()
    {
        ImportOptions options;
        options.mapping = ColumnMapping::parse("submit=Arrival,duration=RunSecs,gpus=Cards,user=Owner,vc=Queue");
        const Trace trace = importTrace(kData + "/generic_mapped.csv", options);
        QCOMPARE(trace.format, TraceFormat::GenericCsv);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.epochOffset, std::int64_t(0));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(10));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(100));
        QCOMPARE(trace.jobs[0].gpus, 1u);
        QCOMPARE(nameOf(trace, trace.jobs[0].user), std::string("u1"));
        QCOMPARE(nameOf(trace, trace.jobs[0].vc), std::string("q1"));
        QCOMPARE(trace.idRef(0), kNoName);
        QCOMPARE(trace.jobs[1].duration, std::int64_t(200));
        QCOMPARE(trace.jobs[1].gpus, 2u);
        QCOMPARE(nameOf(trace, trace.jobs[1].vc), std::string("q2"));
    }

    void mappingMatchesNamesCaseInsensitively()
    {
        ImportOptions options;
        options.mapping = ColumnMapping::parse("submit=arrival,duration=RUNSECS,gpus=cards");
        const Trace trace = importTrace(kData + "/generic_mapped.csv", options);
        QCOMPARE(trace.jobs[1].duration, std::int64_t(200));
    }

    void mappedColumnThatIsNotThere()
    {
        ImportOptions options;
        options.mapping = ColumnMapping::parse("submit=Arrival,duration=Runtime,gpus=Cards");
        try {
            importTrace(kData + "/generic_mapped.csv", options);
            QFAIL("a mapping to a missing column was accepted");
        } catch (const ImportError& e) {
            QCOMPARE(e.issue().reason, IssueReason::MissingColumn);
            QCOMPARE(e.issue().column, std::string("Runtime"));
        }
    }

    void mappingWithStartAndEnd()
    {
        // The mapping asks for end - start, so the file's stray `duration` column (999) is not used.
        ImportOptions options;
        options.mapping = ColumnMapping::parse("submit=t0,start=t1,end=t2,gpus=n");
        const Trace trace = importTrace(kData + "/generic_mapped_startend.csv", options);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(5));
        QCOMPARE(trace.traceStart(trace.jobs[0]), std::int64_t(10));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(60));
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.traceStart(trace.jobs[1]), std::int64_t(0));
        QCOMPARE(trace.jobs[1].duration, std::int64_t(30));
        QCOMPARE(trace.jobs[1].gpus, 2u);
        QCOMPARE(trace.traceStarts.values().size(), trace.jobs.size());
    }

    void sideArraysHoldOnlyWhatATraceHas()
    {
        // Absent until the first job with a value; then one value per job, earlier ones absent.
        Trace trace;
        trace.jobs.reserve(4);
        trace.add(Job{}, {});
        trace.add(Job{}, {});
        QVERIFY(!trace.traceStarts.present());
        QCOMPARE(trace.traceStart(1), kNoTime);
        trace.add(Job{}, {42});
        trace.add(Job{}, {});
        QVERIFY(trace.traceStarts.present());
        QCOMPARE(trace.traceStarts.values(), (std::vector<std::int64_t>{kNoTime, kNoTime, 42, kNoTime}));
        QCOMPARE(trace.traceStarts.values().capacity(), std::size_t(4));  // sized once, from the reserve

        // Copying jobs with their extras (what a filter does) keeps the column aligned.
        Trace kept;
        for (std::size_t i : {std::size_t(0), std::size_t(2)})
            kept.add(trace.jobs[i], trace.extras(i));
        QCOMPARE(kept.jobs.size(), std::size_t(2));
        QCOMPARE(kept.traceStart(kept.jobs[0]), kNoTime);
        QCOMPARE(kept.traceStart(kept.jobs[1]), std::int64_t(42));
        QCOMPARE(kept.extras(1).traceStart, std::int64_t(42));
    }

    void recordIndexIdStatusAndPriorityAreSideArrays()
    {
        // A plain trace (generate's columns, no skipped rows) pays for none of them.
        const Trace plain = importTrace(DEBRIEF_TEST_DATA "/cli/six-jobs.csv");
        QVERIFY(plain.jobs.size() > 1);
        QVERIFY(!plain.indexShifts.present());
        QVERIFY(!plain.priorities.present());
        QVERIFY(!plain.idRefs.present());
        QVERIFY(!plain.statuses.present());
        QCOMPARE(sizeof(Job), std::size_t(32));

        // Hand-made: jobs 0 and 1 have the defaults; job 2 has everything, with record index 7.
        Trace trace;
        trace.add(Job{}, {});
        trace.add(Job{}, {});
        JobExtras extras;
        extras.index = 7;
        extras.priority = -3;
        extras.id = trace.ids.add("j-7");
        extras.status = JobStatus::Failed;
        trace.add(Job{}, extras);
        QCOMPARE(trace.index(1), 1u);
        QCOMPARE(trace.index(2), 7u);
        QCOMPARE(trace.priority(0), 0);
        QCOMPARE(trace.priority(2), -3);
        QCOMPARE(trace.jobId(0), std::string_view());
        QCOMPARE(trace.jobId(trace.jobs[2]), std::string_view("j-7"));
        QCOMPARE(trace.status(1), JobStatus::Unknown);
        QCOMPARE(trace.status(2), JobStatus::Failed);

        // A filter's copy keeps each record's own index, id, status and priority at its new position.
        Trace kept;
        kept.ids = trace.ids;
        for (std::size_t i : {std::size_t(2), std::size_t(1)})
            kept.add(trace.jobs[i], trace.extras(i));
        QCOMPARE(kept.index(0), 7u);
        QCOMPARE(kept.index(1), 1u);
        QCOMPARE(kept.priority(0), -3);
        QCOMPARE(kept.jobId(0), std::string_view("j-7"));
        QCOMPARE(kept.status(0), JobStatus::Failed);
        QCOMPARE(kept.status(1), JobStatus::Unknown);
    }

    void rfc4180File()
    {
        const Trace trace = importTrace(kData + "/rfc4180.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(3));
        QCOMPARE(trace.jobId(trace.jobs[0]), std::string_view("job,1"));
        QCOMPARE(nameOf(trace, trace.jobs[0].user), std::string("alice \"the admin\""));
        QCOMPARE(trace.jobs[0].line, 2u);
        QCOMPARE(trace.jobId(trace.jobs[1]), std::string_view("job\n2"));
        QCOMPARE(nameOf(trace, trace.jobs[1].vc), std::string("vc\ntwo"));
        QCOMPARE(trace.jobs[1].line, 3u);
        QCOMPARE(trace.jobs[1].gpus, 2u);
        QCOMPARE(trace.jobs[2].line, 6u);
        QCOMPARE(trace.index(2), 2u);
        QCOMPARE(trace.jobs[2].gpus, 3u);     // "3" quoted is still a number
        QCOMPARE(trace.jobs[2].vc, kNoName);  // "" is no name
        QCOMPARE(trace.jobs[2].duration, std::int64_t(300));
    }

    void bomCrlfAndBlankTrailingLines()
    {
        const Trace trace = importTrace(kData + "/bom_crlf.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.jobId(trace.jobs[0]), std::string_view("j1"));  // no BOM glued to the header
        QCOMPARE(trace.jobs[0].submit, std::int64_t(0));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(50));
        QCOMPARE(trace.jobs[1].submit, std::int64_t(1));
        QCOMPARE(trace.jobs[1].gpus, 2u);  // no "\r" glued to the last field
        QCOMPARE(trace.jobs[1].line, 3u);
    }

    void headerOnlyIsAnEmptyTrace()
    {
        const Trace trace = importTrace(kData + "/header_only.csv");
        QCOMPARE(trace.format, TraceFormat::GenericCsv);
        QCOMPARE(trace.jobs.size(), std::size_t(0));
        QCOMPARE(trace.epochOffset, std::int64_t(0));
        QCOMPARE(trace.span(), std::int64_t(0));
        QVERIFY(trace.skipped.empty());
    }

    void recognisedHeaderNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("submit") << "submit,runtime,num_gpus";
        QTest::newRow("submitted_time") << "submitted_time,run_time,gpu_num";
        QTest::newRow("arrival_time") << "arrival_time,duration,gpu";
        QTest::newRow("timestamp") << "timestamp,duration,scale_factor";
        QTest::newRow("creation_time") << "creation_time,duration,num_gpu";
        QTest::newRow("upper case") << "Submit_Time,Duration,GPUs";
    }

    void recognisedHeaderNames()
    {
        QFETCH(QString, header);
        std::istringstream in(header.toStdString() + "\n100,20,3\n40,5,0\n");
        const Trace trace = importTrace(in, "t.csv");
        QCOMPARE(trace.format, TraceFormat::GenericCsv);
        QCOMPARE(trace.jobs.size(), std::size_t(2));
        QCOMPARE(trace.jobs[0].submit, std::int64_t(60));
        QCOMPARE(trace.jobs[0].duration, std::int64_t(20));
        QCOMPARE(trace.jobs[0].gpus, 3u);
        QCOMPARE(trace.jobs[1].submit, std::int64_t(0));
        QCOMPARE(trace.epochOffset, std::int64_t(40));
    }

    void largeFileKeepsEveryRow()
    {
        // Several chunks' worth: every row arrives, in order, with its own line.
        std::string text = "job_id,submit_time,duration,gpus,user,vc\n";
        const int rows = 120000;
        for (int i = 0; i < rows; ++i)
            text += "job-" + std::to_string(i) + "," + std::to_string(1000 + i) + "," + std::to_string(i % 977) + "," +
                    std::to_string(i % 9) + ",user" + std::to_string(i % 50) + ",vc" + std::to_string(i % 7) + "\n";
        std::istringstream in(text);
        const Trace trace = importTrace(in, "big.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(rows));
        QCOMPARE(trace.epochOffset, std::int64_t(1000));
        QCOMPARE(trace.names.size(), std::size_t(1 + 50 + 7));
        for (int i = 0; i < rows; i += 997) {
            const Job& job = trace.jobs[static_cast<std::size_t>(i)];
            QCOMPARE(job.submit, std::int64_t(i));
            QCOMPARE(job.duration, std::int64_t(i % 977));
            QCOMPARE(job.gpus, std::uint32_t(i % 9));
            QCOMPARE(job.line, std::uint32_t(i + 2));
            QCOMPARE(trace.jobId(job), std::string_view("job-" + std::to_string(i)));
            QCOMPARE(nameOf(trace, job.user), "user" + std::to_string(i % 50));
        }
        QCOMPARE(trace.cpuOnlyJobs(), std::uint64_t((rows + 8) / 9));
    }
};

QTEST_APPLESS_MAIN(GenericCsvTest)
#include "genericcsvtest.moc"

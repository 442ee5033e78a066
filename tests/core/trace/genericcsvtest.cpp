// Generic CSV: recognised header names, explicit mappings, start/end durations, date-times and
// seconds decided per value, RFC 4180 files, BOM + CRLF, header-only files.
#include "trace/traceimporter.h"

#include <QtTest>

#include <sys/stat.h>

#include <cstdio>
#include <random>
#include <set>
#include <sstream>
#include <thread>

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

    void plainRowsHandCases()
    {
        // The plain row shape (submit, duration, GPU count, user, vc) is read on a short path; every
        // row it cannot take goes through the general one with the same results and messages.
        std::istringstream in("submit_time,duration,num_gpus,user,vc\n"
                              "100,3600,4,alice,vc1\n"
                              " 160,60.0,2.5,bob,\n"
                              "130,0,0,,vc1\n"
                              "140,12345678901234567890,1,alice,vc1\n"
                              "150,5,4294967296,alice,vc1\n"
                              "170,5,4294967295,carol,vc2\n"
                              "180,5\n"
                              "190,,1,alice,vc1\n");
        ImportOptions lenient;
        lenient.lenient = true;
        const Trace trace = importTrace(in, "plain.csv", lenient);
        QCOMPARE(trace.jobs.size(), std::size_t(4));
        QCOMPARE(trace.epochOffset, std::int64_t(100));
        const Job& a = trace.jobs[0];
        QCOMPARE(a.line, 2u);
        QCOMPARE(a.submit, std::int64_t(0));
        QCOMPARE(a.duration, std::int64_t(3600));
        QCOMPARE(a.gpus, 4u);
        QCOMPARE(nameOf(trace, a.user), std::string("alice"));
        QCOMPARE(nameOf(trace, a.vc), std::string("vc1"));
        const Job& b = trace.jobs[1];  // spaces, "60.0" and "2.5": the general path's rules
        QCOMPARE(b.line, 3u);
        QCOMPARE(b.submit, std::int64_t(60));
        QCOMPARE(b.duration, std::int64_t(60));
        QCOMPARE(b.gpus, 3u);
        QCOMPARE(nameOf(trace, b.user), std::string("bob"));
        QCOMPARE(b.vc, kNoName);
        const Job& c = trace.jobs[2];
        QCOMPARE(c.line, 4u);
        QCOMPARE(c.gpus, 0u);
        QCOMPARE(c.user, kNoName);
        QCOMPARE(c.vc, a.vc);
        const Job& d = trace.jobs[3];  // the largest GPU count that fits
        QCOMPARE(d.line, 7u);
        QCOMPARE(d.gpus, 4294967295u);
        QCOMPARE(nameOf(trace, d.vc), std::string("vc2"));
        QCOMPARE(trace.names.size(), std::size_t(1 + 5));  // alice, vc1, bob, carol, vc2
        QCOMPARE(trace.index(3), 5u);
        QCOMPARE(trace.skipped.size(), std::size_t(3));
        const SkippedRows& overflow = trace.skipped.at(IssueReason::Overflow);
        QCOMPARE(overflow.count, std::uint64_t(2));
        QCOMPARE(overflow.firstLines, (std::vector<std::uint64_t>{5, 6}));
        QCOMPARE(overflow.example.column, std::string("duration"));
        QCOMPARE(overflow.example.value, std::string("12345678901234567890"));
        QCOMPARE(trace.skipped.at(IssueReason::WrongFieldCount).firstLines, (std::vector<std::uint64_t>{8}));
        QCOMPARE(trace.skipped.at(IssueReason::WrongFieldCount).example.detail,
                 std::string("expected 5 fields, found 2"));
        QCOMPARE(trace.skipped.at(IssueReason::MissingValue).firstLines, (std::vector<std::uint64_t>{9}));
        QCOMPARE(trace.skipped.at(IssueReason::MissingValue).example.column, std::string("duration"));

        // Strict: the first bad row stops the import with its file, line and column.
        std::istringstream strict("submit_time,duration,num_gpus,user,vc\n1,2,3,u,v\n4,5,x6,u,v\n");
        try {
            importTrace(strict, "strict.csv");
            QFAIL("no error");
        } catch (const ImportError& error) {
            QCOMPARE(error.issue().line, std::uint64_t(3));
            QCOMPARE(error.issue().column, std::string("num_gpus"));
            QCOMPARE(error.issue().value, std::string("x6"));
            QCOMPARE(error.issue().reason, IssueReason::NotANumber);
        }
    }

    void plainRowsAgreeWithTheGeneralPath()
    {
        // Random rows of the plain shape, many of them with fields the short path must hand on
        // (signs, spaces, points, 19 digits, too many GPUs, empty fields, letters): imported as
        // they are, and again with an empty priority column, which rules the short path out. Jobs,
        // names, skipped rows and their messages must be the same.
        std::mt19937_64 random(1414);
        const char* odd[] = {"",  " 7", "7 ", "+7", "-0", "-3", "7.0", "7.5", ".5", "1e3", "x",
                             "9999999999999999999", "4294967296", "4294967295", "000000000000000012"};
        const auto number = [&](int digits) {
            if (random() % 8 == 0)
                return std::string(odd[random() % std::size(odd)]);
            std::string text;
            const int n = 1 + int(random() % std::uint64_t(digits));
            for (int i = 0; i < n; ++i)
                text += char('0' + random() % 10);
            return text;
        };
        const auto name = [&](const char* stem) {
            return random() % 16 == 0 ? std::string() : stem + std::to_string(random() % 40);
        };
        std::string plain = "submit_time,duration,num_gpus,user,vc\n";
        std::string general = "submit_time,duration,num_gpus,user,vc,priority\n";
        for (int row = 0; row < 20000; ++row) {
            const std::string text = number(10) + "," + number(9) + "," + number(3) + "," + name("user") + "," +
                                     name(random() % 3 == 0 ? "vc" : random() % 2 ? "cluster-" : "a-long-virtual-cluster-");
            plain += text + "\n";
            general += text + ",\n";
        }
        ImportOptions lenient;
        lenient.lenient = true;
        std::istringstream plainIn(plain), generalIn(general);
        const Trace fast = importTrace(plainIn, "t.csv", lenient);
        const Trace slow = importTrace(generalIn, "t.csv", lenient);
        QVERIFY(fast.jobs.size() > 15000);
        QVERIFY(!fast.skipped.empty());
        QCOMPARE(fast.jobs.size(), slow.jobs.size());
        QCOMPARE(fast.epochOffset, slow.epochOffset);
        for (std::size_t i = 0; i < fast.jobs.size(); ++i) {
            const Job& x = fast.jobs[i];
            const Job& y = slow.jobs[i];
            QCOMPARE(x.line, y.line);
            QCOMPARE(x.submit, y.submit);
            QCOMPARE(x.duration, y.duration);
            QCOMPARE(x.gpus, y.gpus);
            QCOMPARE(nameOf(fast, x.user), nameOf(slow, y.user));
            QCOMPARE(nameOf(fast, x.vc), nameOf(slow, y.vc));
            QCOMPARE(fast.index(i), slow.index(i));
        }
        QCOMPARE(fast.names.size(), slow.names.size());
        QCOMPARE(fast.skipped.size(), slow.skipped.size());
        for (const auto& [reason, rows] : fast.skipped) {
            const SkippedRows& other = slow.skipped.at(reason);
            QCOMPARE(rows.count, other.count);
            QCOMPARE(rows.firstLines, other.firstLines);
            QCOMPARE(rows.example.message(), other.example.message());
        }
        QCOMPARE(fast.notes, slow.notes);
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

    void namesStayRightWhileTheNameCacheGrows()
    {
        // The importer's name cache starts small and grows (emptied) as distinct names pass an
        // eighth of its slots, up to 4,096 slots: names of every length class (1-3, 4-8, 9-16, 17-32 and over
        // 32 bytes), 6,000 distinct users coming back in a scrambled order, each row's name checked.
        const auto userName = [](int u) {
            // The number last, so names of one length share their first words: a cache hit must
            // compare the whole name, not its start.
            const std::string number = std::to_string(u);
            switch (u % 5) {
            case 0: return number.substr(0, 3);  // 1-3 bytes; "100" and "1005" meet on purpose
            case 1: return "u-" + number;                                   // 4-8 bytes
            case 2: return "team-ab-" + number;                             // 9-16
            case 3: return "team-abcdefghijk-" + number;                    // 17-32
            default: return "team-abcdefghijklmnopqrstuvwxyz-0123-" + number;  // over 32: not cached
            }
        };
        std::string text = "submit_time,duration,gpus,user\n";
        const int rows = 30000;
        std::vector<std::string> expected;
        for (int i = 0; i < rows; ++i) {
            const int u = int((std::uint64_t(i) * 2654435761u) % 6000);
            expected.push_back(userName(u));
            text += std::to_string(i) + ",60,1," + expected.back() + "\n";
        }
        std::istringstream in(text);
        const Trace trace = importTrace(in, "users.csv");
        QCOMPARE(trace.jobs.size(), std::size_t(rows));
        std::set<std::string> distinct(expected.begin(), expected.end());
        QCOMPARE(trace.names.size(), 1 + distinct.size());
        for (int i = 0; i < rows; ++i)
            QCOMPARE(nameOf(trace, trace.jobs[std::size_t(i)].user), expected[std::size_t(i)]);
    }

    void smallFileAndPipeAreReadWhole()
    {
        // Format detection peeks at most what a regular file holds; a pipe (size 0 to stat) is
        // still read as asked.
        QTemporaryDir dir;
        const std::string text = "submit_time,duration,gpus\n0,60,1\n5,30,2\n";
        const QString file = dir.filePath("small.csv");
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.data(), qint64(text.size()));
        }
        const Trace small = importTrace(file.toStdString());
        QCOMPARE(small.jobs.size(), std::size_t(2));
        QCOMPARE(small.jobs[1].gpus, 2u);

        const QString fifo = dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        std::thread writer([&] {
            std::FILE* out = std::fopen(fifo.toLocal8Bit().constData(), "wb");
            if (out) {
                std::fwrite(text.data(), 1, text.size(), out);
                std::fclose(out);
            }
        });
        const Trace piped = importTrace(fifo.toStdString());
        writer.join();
        QCOMPARE(piped.jobs.size(), std::size_t(2));
        QCOMPARE(piped.jobs[0].duration, std::int64_t(60));
    }
};

QTEST_APPLESS_MAIN(GenericCsvTest)
#include "genericcsvtest.moc"

// Strict imports stop at the first bad row with file, line, column and value; lenient imports skip
// bad rows and count them; whole-file problems are fatal either way.
#include "trace/traceimporter.h"

#include <QtTest>

#include <sys/resource.h>

#include <cstring>
#include <optional>
#include <sstream>
#include <streambuf>

using namespace debrief::trace;

namespace {

const std::string kHeader = "job_id,submit_time,duration,gpus\n";

std::optional<ImportIssue> failure(const std::string& text, const ImportOptions& options = {})
{
    std::istringstream in(text);
    try {
        importTrace(in, "trace.csv", options);
    } catch (const ImportError& e) {
        return e.issue();
    }
    return std::nullopt;
}

Trace lenientImport(const std::string& text)
{
    ImportOptions options;
    options.lenient = true;
    std::istringstream in(text);
    return importTrace(in, "trace.csv", options);
}

// `head`, then `pattern` repeated until `length` bytes of it were read, made up as they are read
// (the test holds none of it); counts the bytes read.
class RepeatedInput : public std::streambuf {
public:
    RepeatedInput(std::string head, std::string pattern, std::uint64_t length)
        : m_head(std::move(head)), m_pattern(std::move(pattern)), m_length(length)
    {
    }
    std::uint64_t bytesRead() const { return m_read; }

protected:
    int_type underflow() override
    {
        std::size_t size = 0;
        if (!m_headDone) {
            m_chunk.assign(m_head);
            m_headDone = true;
        } else {
            m_chunk.clear();
            while (m_chunk.size() < 65536 && m_filled + m_chunk.size() < m_length)
                m_chunk += m_pattern;
            m_chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>(m_chunk.size(), m_length - m_filled)));
            m_filled += m_chunk.size();
        }
        size = m_chunk.size();
        if (size == 0)
            return traits_type::eof();
        m_read += size;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + size);
        return traits_type::to_int_type(m_chunk[0]);
    }

private:
    std::string m_head, m_pattern, m_chunk;
    std::uint64_t m_length;
    bool m_headDone = false;
    std::uint64_t m_filled = 0;
    std::uint64_t m_read = 0;
};

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

class ImportErrorsTest : public QObject {
    Q_OBJECT

private slots:
    void rowErrors_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << "j2,5,-5,1" << int(IssueReason::Negative) << "duration"
                                  << "-5"
                                  << "trace.csv:3: column `duration`: `-5` is negative";
        QTest::newRow("not a number") << "j2,5,abc,1" << int(IssueReason::NotANumber) << "duration"
                                      << "abc"
                                      << "trace.csv:3: column `duration`: `abc` is not a number";
        QTest::newRow("fractional time") << "j2,66.5,10,1" << int(IssueReason::NotANumber) << "submit_time"
                                         << "66.5"
                                         << "trace.csv:3: column `submit_time`: `66.5` is not a number "
                                            "(not a whole number)";
        QTest::newRow("int64 overflow") << "j2,5,99999999999999999999,1" << int(IssueReason::Overflow) << "duration"
                                        << "99999999999999999999"
                                        << "trace.csv:3: column `duration`: `99999999999999999999` is too large";
        QTest::newRow("uint32 gpus") << "j2,5,10,4294967296" << int(IssueReason::Overflow) << "gpus"
                                     << "4294967296"
                                     << "trace.csv:3: column `gpus`: `4294967296` is too large";
        QTest::newRow("negative gpus") << "j2,5,10,-1" << int(IssueReason::Negative) << "gpus"
                                       << "-1"
                                       << "trace.csv:3: column `gpus`: `-1` is negative";
        QTest::newRow("feb 30") << "j2,2017-02-30 00:00:00,10,1" << int(IssueReason::ImpossibleDate) << "submit_time"
                                << "2017-02-30 00:00:00"
                                << "trace.csv:3: column `submit_time`: `2017-02-30 00:00:00` is not a valid date-time";
        QTest::newRow("month 13") << "j2,2017-13-01 00:00:00,10,1" << int(IssueReason::ImpossibleDate) << "submit_time"
                                  << "2017-13-01 00:00:00"
                                  << "trace.csv:3: column `submit_time`: `2017-13-01 00:00:00` is not a valid "
                                     "date-time";
        QTest::newRow("25 o'clock") << "j2,2017-01-01 25:00:00,10,1" << int(IssueReason::ImpossibleDate)
                                    << "submit_time"
                                    << "2017-01-01 25:00:00"
                                    << "trace.csv:3: column `submit_time`: `2017-01-01 25:00:00` is not a valid "
                                       "date-time";
        QTest::newRow("missing submit") << "j2,,10,1" << int(IssueReason::MissingValue) << "submit_time"
                                        << ""
                                        << "trace.csv:3: column `submit_time`: value is missing";
        QTest::newRow("missing gpus") << "j2,5,10," << int(IssueReason::MissingValue) << "gpus"
                                      << ""
                                      << "trace.csv:3: column `gpus`: value is missing";
        QTest::newRow("too few fields") << "j2,5,10" << int(IssueReason::WrongFieldCount) << ""
                                        << ""
                                        << "trace.csv:3: wrong number of fields (expected 4 fields, found 3)";
        QTest::newRow("too many fields") << "j2,5,10,1,x" << int(IssueReason::WrongFieldCount) << ""
                                         << ""
                                         << "trace.csv:3: wrong number of fields (expected 4 fields, found 5)";
    }

    void rowErrors()
    {
        QFETCH(QString, row);
        QFETCH(int, reason);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto issue = failure(kHeader + "j1,0,10,1\n" + row.toStdString() + "\nj3,7,10,1\n");
        QVERIFY(issue);
        QCOMPARE(int(issue->reason), reason);
        QCOMPARE(issue->file, std::string("trace.csv"));
        QCOMPARE(issue->line, std::uint64_t(3));
        QCOMPARE(QString::fromStdString(issue->column), column);
        QCOMPARE(QString::fromStdString(issue->value), value);
        QCOMPARE(QString::fromStdString(issue->message()), message);
    }

    void lineCountsBlankAndQuotedLines()
    {
        // The bad record starts on physical line 6: a blank line and a quoted line break come before it.
        const auto issue = failure(kHeader + "j1,0,10,1\n\n\"j\n2\",1,10,1\nj3,2,-7,1\n");
        QVERIFY(issue);
        QCOMPARE(issue->line, std::uint64_t(6));
        QCOMPARE(QString::fromStdString(issue->message()), QString("trace.csv:6: column `duration`: `-7` is negative"));
    }

    void endBeforeStartIsNegative()
    {
        const auto issue = failure("id,submit,start,end,gpus\na,0,100,50,1\n");
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::Negative);
        QCOMPARE(issue->column, std::string("end"));
        QCOMPARE(issue->value, std::string("50"));
        QCOMPARE(QString::fromStdString(issue->message()),
                 QString("trace.csv:2: column `end`: `50` is negative (ends before its start `100`)"));
    }

    void missingColumnIsFatalEvenWhenLenient()
    {
        ImportOptions options;
        options.format = TraceFormat::GenericCsv;
        options.lenient = true;
        const auto issue = failure("job_id,submit_time,gpus\nj1,0,1\n", options);
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::MissingColumn);
        QCOMPARE(issue->line, std::uint64_t(1));
        QCOMPARE(issue->column, std::string("duration"));
        QCOMPARE(QString::fromStdString(issue->message()),
                 QString("trace.csv:1: missing column `duration` (looked for duration, runtime, run_time, or both "
                         "start and end columns)"));
        options.format = TraceFormat::Openb;
        const auto openb = failure("name,num_gpu,gpu_milli,creation_time,scheduled_time\np,1,1000,0,0\n", options);
        QVERIFY(openb);
        QCOMPARE(openb->reason, IssueReason::MissingColumn);
        QCOMPARE(openb->column, std::string("deletion_time"));
    }

    void emptyFiles()
    {
        for (const std::string& text : {std::string(), std::string("   \n\n\r\n  ")}) {
            const auto issue = failure(text);
            QVERIFY(issue);
            QCOMPARE(issue->reason, IssueReason::EmptyFile);
            QCOMPARE(issue->line, std::uint64_t(0));
            QCOMPARE(QString::fromStdString(issue->message()), QString("trace.csv: the file is empty"));
        }
        ImportOptions named;
        named.format = TraceFormat::Tiresias;
        named.lenient = true;
        const auto issue = failure("", named);
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::EmptyFile);
    }

    void binaryData()
    {
        const auto issue = failure(kHeader + "j1,0,10,1\n" + std::string("j2,\0\x01\x02,1,1\n", 12));
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::BinaryData);
        QCOMPARE(issue->line, std::uint64_t(3));
        QCOMPARE(QString::fromStdString(issue->message()),
                 QString("trace.csv:3: binary data, not a text trace (NUL byte)"));
        // Past the first bytes that detection looks at, and with a named format, the reader still refuses.
        ImportOptions options;
        options.format = TraceFormat::GenericCsv;
        options.lenient = true;
        std::string text = kHeader;
        for (int i = 0; i < 20000; ++i)
            text += "j,1,1,1\n";
        text += std::string("j,1,\0,1\n", 8);
        const auto late = failure(text, options);
        QVERIFY(late);
        QCOMPARE(late->reason, IssueReason::BinaryData);
        QCOMPARE(late->line, std::uint64_t(20002));
    }

    void unknownFormat()
    {
        const auto issue = failure("sn,cpu_milli,memory_mib,gpu,model\nnode-1,64000,262144,2,P100\n");
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::UnknownFormat);
        QCOMPARE(issue->value, std::string("sn,cpu_milli,memory_mib,gpu,model"));
        QCOMPARE(issue->line, std::uint64_t(1));
    }

    void cannotOpen()
    {
        try {
            importTrace(std::string(DEBRIEF_TEST_DATA "/traces") + "/no-such-file.csv");
            QFAIL("a missing file was imported");
        } catch (const ImportError& e) {
            QCOMPARE(e.issue().reason, IssueReason::CannotOpen);
            QCOMPARE(e.issue().file, std::string(DEBRIEF_TEST_DATA "/traces") + "/no-such-file.csv");
            QVERIFY(QString::fromStdString(e.issue().message()).contains("cannot open the file"));
        }
        try {
            importTrace(std::string(DEBRIEF_TEST_DATA "/traces"));
            QFAIL("a folder was imported");
        } catch (const ImportError& e) {
            QCOMPARE(e.issue().reason, IssueReason::CannotOpen);
        }
    }

    void badJson()
    {
        const auto issue = failure("[\n  {\"jobid\": \"a\",\n   \"user\": }\n]\n");
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::BadJson);
        QCOMPARE(issue->line, std::uint64_t(3));
        QCOMPARE(QString::fromStdString(issue->message()), QString("trace.csv:3: malformed JSON (unexpected `}`)"));
        const auto truncated = failure("[{\"jobid\": \"a\", \"submitted_time\": \"2017-10-03 00:00:00\"}");
        QVERIFY(truncated);
        QCOMPARE(truncated->reason, IssueReason::BadJson);
        const auto trailing = failure("[]\nx");
        QVERIFY(trailing);
        QCOMPARE(trailing->reason, IssueReason::BadJson);
        QCOMPARE(trailing->line, std::uint64_t(2));
    }

    void phillyRowErrors()
    {
        const auto issue =
            failure("[{\"jobid\": \"a\", \"submitted_time\": \"2017-10-03 00:00:00\", \"attempts\": []},\n"
                    " {\"jobid\": \"b\", \"submitted_time\": \"2017-02-30 00:00:00\", \"attempts\": []}]");
        QVERIFY(issue);
        QCOMPARE(QString::fromStdString(issue->message()),
                 QString("trace.csv:2: column `submitted_time`: `2017-02-30 00:00:00` is not a valid date-time"));
        const auto missing = failure("[{\"jobid\": \"a\", \"submitted_time\": null, \"attempts\": []}]");
        QVERIFY(missing);
        QCOMPARE(missing->reason, IssueReason::MissingValue);
        QCOMPARE(missing->column, std::string("submitted_time"));
        const auto attempt =
            failure("[{\"jobid\": \"a\", \"submitted_time\": \"2017-10-03 00:00:00\", \"attempts\": "
                    "[{\"start_time\": \"2017-10-03 02:00:00\", \"end_time\": \"2017-10-03 01:00:00\"}]}]");
        QVERIFY(attempt);
        QCOMPARE(attempt->reason, IssueReason::Negative);
        QCOMPARE(attempt->column, std::string("attempts[0].end_time"));
    }

    void lenientCountsPerReason()
    {
        std::string text = kHeader;
        int line = 1;
        std::vector<std::uint64_t> negativeLines;
        for (int i = 0; i < 30; ++i) {
            text += "ok" + std::to_string(i) + ",10,10,1\n";
            ++line;
            if (i % 2 == 0) {
                text += "neg" + std::to_string(i) + ",10,-1,1\n";
                negativeLines.push_back(static_cast<std::uint64_t>(++line));
            }
        }
        text += "nan,x,1,1\n";
        const auto nanLine = static_cast<std::uint64_t>(++line);
        text += "short,1\n";
        const auto shortLine = static_cast<std::uint64_t>(++line);

        const Trace trace = lenientImport(text);
        QCOMPARE(trace.jobs.size(), std::size_t(30));
        QCOMPARE(trace.skippedRows(), std::uint64_t(17));
        QCOMPARE(trace.skipped.size(), std::size_t(3));
        const SkippedRows& negative = trace.skipped.at(IssueReason::Negative);
        QCOMPARE(negative.count, std::uint64_t(15));
        QCOMPARE(negative.firstLines.size(), SkippedRows::kFirstLines);
        QVERIFY(std::equal(negative.firstLines.begin(), negative.firstLines.end(), negativeLines.begin()));
        QCOMPARE(negative.firstLines.front(), std::uint64_t(3));
        QCOMPARE(QString::fromStdString(negative.example.message()),
                 QString("trace.csv:3: column `duration`: `-1` is negative"));
        QCOMPARE(trace.skipped.at(IssueReason::NotANumber).count, std::uint64_t(1));
        QCOMPARE(trace.skipped.at(IssueReason::NotANumber).firstLines.front(), nanLine);
        QCOMPARE(trace.skipped.at(IssueReason::WrongFieldCount).firstLines.front(), shortLine);
        // Skipped rows keep their place: indices are record positions, not positions among kept jobs.
        QCOMPARE(trace.index(0), 0u);
        QCOMPARE(trace.index(1), 2u);
        QCOMPARE(trace.jobs[1].line, 4u);
        QVERIFY(std::find(trace.notes.begin(), trace.notes.end(), TraceNote{NoteKind::BadRowsSkipped, 17}) !=
                trace.notes.end());
    }

    void cancelViaProgress()
    {
        std::string text = kHeader;
        while (text.size() < 3 * 1024 * 1024)
            text += "job-0001,123456,3600,4\n";
        std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
        ImportOptions options;
        options.progress = [&calls](std::uint64_t done, std::uint64_t total) {
            calls.emplace_back(done, total);
            return calls.size() < 2;
        };
        const auto issue = failure(text, options);
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::Cancelled);
        QCOMPARE(QString::fromStdString(issue->message()), QString("trace.csv: import cancelled"));
        QCOMPARE(calls.size(), std::size_t(2));
        QCOMPARE(calls[0].second, std::uint64_t(text.size()));

        // Not cancelled: reported about every megabyte, ending with everything read.
        calls.clear();
        options.progress = [&calls](std::uint64_t done, std::uint64_t total) {
            calls.emplace_back(done, total);
            return true;
        };
        std::istringstream in(text);
        const Trace trace = importTrace(in, "trace.csv", options);
        QCOMPARE(calls.size(), std::size_t(4));
        QCOMPARE(calls.back().first, std::uint64_t(text.size()));
        for (std::size_t i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first - calls[i - 1].first <= 1024 * 1024);
        QCOMPARE(trace.jobs.size(), (text.size() - kHeader.size()) / std::string("job-0001,123456,3600,4\n").size());
    }

    void columnMappingParse()
    {
        const ColumnMapping m = ColumnMapping::parse("submit=Arrival, duration = RunSecs,gpus=Cards,user=Owner");
        QCOMPARE(m.submit, std::string("Arrival"));
        QCOMPARE(m.duration, std::string("RunSecs"));
        QCOMPARE(m.gpus, std::string("Cards"));
        QCOMPARE(m.user, std::string("Owner"));
        QVERIFY(m.vc.empty());
        QVERIFY(!m.empty());
        QVERIFY(ColumnMapping{}.empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnMapping::parse("sumbit=x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnMapping::parse("submit"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnMapping::parse("submit="));
        try {
            ColumnMapping::parse("gpus=g,sumbit=x");
        } catch (const std::invalid_argument& e) {
            QVERIFY(QString(e.what()).contains("`sumbit`"));
        }
    }

    // One Philly job of millions of values (10 MB of `0,` took 736 MB), one endless string, one
    // endless number: each is RecordTooLong at the job's line once it passes the limit.
    void phillyRecordLongerThanTheLimit_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("values") << QString("[{\"jobid\":\"a\"},\n {\"jobid\":\"b\",\"attempts\":[") << QString("0,");
        QTest::newRow("string") << QString("[{\"jobid\":\"a\"},\n {\"jobid\":\"") << QString("b");
        QTest::newRow("number") << QString("[{\"jobid\":\"a\"},\n {\"vc\":1") << QString("0");
    }

    void phillyRecordLongerThanTheLimit()
    {
        QFETCH(QString, head);
        QFETCH(QString, pattern);
        RepeatedInput input(head.toStdString(), pattern.toStdString(), 50'000'000);
        std::istream in(&input);
        ImportOptions options;
        options.format = TraceFormat::Philly;
        options.lenient = true;  // the first job is bad too; a long record is fatal all the same
        const long before = peakRssKb();
        try {
            importTrace(in, "cluster_job_log", options);
            QFAIL("the import accepted a 50 MB job");
        } catch (const ImportError& error) {
            QCOMPARE(error.issue().reason, IssueReason::RecordTooLong);
            const std::string message = error.what();
            QVERIFY2(message.find("cluster_job_log:2") != std::string::npos, message.c_str());
            QVERIFY2(message.find(std::to_string(kMaxRecordBytes) + " bytes") != std::string::npos, message.c_str());
        }
        QVERIFY2(input.bytesRead() < 4 * kMaxRecordBytes, qPrintable(QString::number(input.bytesRead())));
        const long grownKb = peakRssKb() - before;
        QVERIFY2(grownKb < 200 * 1024, qPrintable(QString("peak RSS grew by %1 KB").arg(grownKb)));
    }

    void reasonNames()
    {
        QCOMPARE(reasonName(IssueReason::NotANumber), std::string_view("not-a-number"));
        QCOMPARE(reasonName(IssueReason::EmptyFile), std::string_view("empty-file"));
        QCOMPARE(reasonName(IssueReason::Cancelled), std::string_view("cancelled"));
        QCOMPARE(reasonName(IssueReason::WrongFieldCount), std::string_view("wrong-field-count"));
        QCOMPARE(reasonName(IssueReason::RecordTooLong), std::string_view("record-too-long"));
    }
};

QTEST_APPLESS_MAIN(ImportErrorsTest)
#include "importerrorstest.moc"

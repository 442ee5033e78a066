// CsvReader: RFC 4180 quoting, line endings, BOM, blank lines and records cut by chunk boundaries.
#include "trace/csvreader.h"
#include "trace/bytesource.h"
#include "trace/importissue.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using namespace debrief::trace;

namespace {

struct Record {
    std::uint64_t line;
    std::vector<std::string> fields;
};

std::vector<Record> readAll(const std::string& text)
{
    std::istringstream in(text);
    ByteSource source(in, "t.csv", {});
    CsvReader reader(source);
    std::vector<Record> records;
    while (reader.next())
        records.push_back({reader.line(), {reader.fields().begin(), reader.fields().end()}});
    return records;
}

using Fields = std::vector<std::string>;

// A header line, then `fill` bytes of one record that never ends (or ends after `length` bytes),
// made up as they are read so that the test itself holds none of them; counts what was read.
class EndlessRecord : public std::streambuf {
public:
    EndlessRecord(std::string head, char fill, std::uint64_t length = UINT64_MAX)
        : m_head(std::move(head)), m_fill(fill), m_length(length)
    {
    }
    std::uint64_t bytesRead() const { return m_read; }

protected:
    int_type underflow() override
    {
        std::size_t size = 0;
        if (m_headDone < m_head.size()) {
            size = std::min(m_head.size() - m_headDone, sizeof m_chunk);
            std::memcpy(m_chunk, m_head.data() + m_headDone, size);
            m_headDone += size;
        } else {
            const std::uint64_t left = m_length - m_filled;
            size = static_cast<std::size_t>(std::min<std::uint64_t>(left, sizeof m_chunk));
            std::memset(m_chunk, m_fill, size);
            m_filled += size;
        }
        if (size == 0)
            return traits_type::eof();
        m_read += size;
        setg(m_chunk, m_chunk, m_chunk + size);
        return traits_type::to_int_type(m_chunk[0]);
    }

private:
    std::string m_head;
    char m_fill;
    std::uint64_t m_length;
    std::size_t m_headDone = 0;
    std::uint64_t m_filled = 0;
    std::uint64_t m_read = 0;
    char m_chunk[1 << 16];
};

std::optional<ImportIssue> readUntilError(std::istream& in, const std::string& name)
{
    ByteSource source(in, name, {});
    CsvReader reader(source);
    try {
        while (reader.next()) {
        }
    } catch (const ImportError& error) {
        return error.issue();
    }
    return std::nullopt;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

class CsvReaderTest : public QObject {
    Q_OBJECT

private slots:
    void plainFields()
    {
        const auto records = readAll("a,b,c\n1,2,3\n");
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[0].fields == Fields({"a", "b", "c"}));
        QVERIFY(records[1].fields == Fields({"1", "2", "3"}));
        QCOMPARE(records[0].line, std::uint64_t(1));
        QCOMPARE(records[1].line, std::uint64_t(2));
    }

    void emptyFieldsAreKept()
    {
        const auto records = readAll(",x,,\n");
        QCOMPARE(records.size(), std::size_t(1));
        QVERIFY(records[0].fields == Fields({"", "x", "", ""}));
    }

    void quotedCommaAndDoubledQuotes()
    {
        const auto records = readAll("\"a,b\",\"say \"\"hi\"\"\",\"\"\n");
        QCOMPARE(records.size(), std::size_t(1));
        QVERIFY(records[0].fields == Fields({"a,b", "say \"hi\"", ""}));
    }

    void newlineInsideQuotesKeepsPhysicalLines()
    {
        const auto records = readAll("h1,h2\n\"two\nlines\",x\n\"three\r\nmore\nlines\",y\nlast,z\n");
        QCOMPARE(records.size(), std::size_t(4));
        QVERIFY(records[1].fields == Fields({"two\nlines", "x"}));
        QCOMPARE(records[1].line, std::uint64_t(2));
        QVERIFY(records[2].fields == Fields({"three\r\nmore\nlines", "y"}));
        QCOMPARE(records[2].line, std::uint64_t(4));
        QVERIFY(records[3].fields == Fields({"last", "z"}));
        QCOMPARE(records[3].line, std::uint64_t(7));
    }

    void crlfAndBom()
    {
        const auto records = readAll("\xEF\xBB\xBFid,n\r\n\"q\",1\r\nr,2\r\n");
        QCOMPARE(records.size(), std::size_t(3));
        QVERIFY(records[0].fields == Fields({"id", "n"}));
        QVERIFY(records[1].fields == Fields({"q", "1"}));
        QVERIFY(records[2].fields == Fields({"r", "2"}));
        QCOMPARE(records[2].line, std::uint64_t(3));
    }

    void blankLinesAreSkippedButCounted()
    {
        const auto records = readAll("a,b\n\n1,2\r\n\r\n\n3,4\n\n\n");
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1].line, std::uint64_t(3));
        QCOMPARE(records[2].line, std::uint64_t(6));
        QVERIFY(records[2].fields == Fields({"3", "4"}));
    }

    void lastLineWithoutNewline()
    {
        const auto records = readAll("a,b\n1,\"2\"");
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[1].fields == Fields({"1", "2"}));
        const auto plain = readAll("a,b\n1,2");
        QVERIFY(plain[1].fields == Fields({"1", "2"}));
    }

    void quoteInsideUnquotedFieldIsLiteral()
    {
        const auto records = readAll("ab\"c,d\n");
        QVERIFY(records[0].fields == Fields({"ab\"c", "d"}));
    }

    void emptyInput()
    {
        QCOMPARE(readAll("").size(), std::size_t(0));
        QCOMPARE(readAll("\n\n\r\n").size(), std::size_t(0));
    }

    void recordsAcrossChunkBoundaries()
    {
        // About 5 MB: records, some quoted with line breaks, fall across every 1 MB read.
        std::string text;
        const int rows = 150000;
        for (int i = 0; i < rows; ++i) {
            if (i % 7 == 3)
                text += "\"q," + std::to_string(i) + "\nx\"\"y\",plain" + std::to_string(i) + ",tail\n";
            else
                text += "row" + std::to_string(i) + ",some-longer-padding-text,tail\n";
        }
        QVERIFY(text.size() > 4 * ByteSource::kChunk);
        const auto records = readAll(text);
        QCOMPARE(records.size(), std::size_t(rows));
        std::uint64_t line = 1;
        for (int i = 0; i < rows; ++i) {
            const auto& r = records[static_cast<std::size_t>(i)];
            QCOMPARE(r.line, line);
            QCOMPARE(r.fields.size(), std::size_t(3));
            if (i % 7 == 3) {
                QCOMPARE(r.fields[0], "q," + std::to_string(i) + "\nx\"y");
                QCOMPARE(r.fields[1], "plain" + std::to_string(i));
                line += 2;
            } else {
                QCOMPARE(r.fields[0], "row" + std::to_string(i));
                line += 1;
            }
            QCOMPARE(r.fields[2], std::string("tail"));
        }
    }

    // The reader splits 16 bytes at a time where it can: separators, line ends and quotes at every
    // offset of a block, fields longer than a block, CRLF and blank lines, against the fields the
    // text was built from.
    void randomRecordsAtEveryOffset()
    {
        std::uint64_t state = 12345;
        const auto next = [&](std::uint64_t bound) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return (state >> 33) % bound;
        };
        const std::string plainBytes = "abcXYZ019 .-_\t';";
        std::string text;
        std::vector<Record> expected;
        std::uint64_t line = 1;
        for (int i = 0; i < 20000; ++i) {
            if (next(20) == 0) {  // a blank line
                text += next(2) ? "\r\n" : "\n";
                ++line;
                continue;
            }
            Record record{line, {}};
            const std::uint64_t fields = 1 + next(8);
            std::uint64_t breaks = 0;
            for (std::uint64_t f = 0; f < fields; ++f) {
                std::string value;
                const std::uint64_t size = next(4) == 0 ? next(40) : next(9);
                const bool quoted = next(12) == 0;
                for (std::uint64_t b = 0; b < size; ++b)
                    value += quoted && next(6) == 0 ? ",\"\n"[next(3)] : plainBytes[next(plainBytes.size())];
                if (f > 0)
                    text += ',';
                if (quoted) {
                    text += '"';
                    for (char c : value) {
                        text += c == '"' ? std::string("\"\"") : std::string(1, c);
                        breaks += c == '\n';
                    }
                    text += '"';
                } else {
                    text += value;
                }
                record.fields.push_back(value);
            }
            if (record.fields.size() == 1 && record.fields[0].empty()) {
                record.fields[0] = "x";  // an empty single field would be a blank line
                text += 'x';
            }
            text += next(3) == 0 ? "\r\n" : "\n";
            expected.push_back(record);
            line += 1 + breaks;
        }
        const auto records = readAll(text);
        QCOMPARE(records.size(), expected.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].line, expected[i].line);
            QCOMPARE(records[i].fields, expected[i].fields);
        }
    }

    // A quoted field as long as the record limit allows, starting late in the first chunk so that
    // it spans two; six chunks of it are over the limit.
    void longQuotedFieldSpansChunksUpToTheLimit()
    {
        const std::string head = "h\n" + std::string(ByteSource::kChunk - 100, 'p') + "\n";
        const std::string big(kMaxRecordBytes - 6, 'x');
        const auto records = readAll(head + "a,\"" + big + "\",b\nc,d,e\n");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[2].fields[1].size(), big.size());
        QVERIFY(records[3].fields == Fields({"c", "d", "e"}));
        QCOMPARE(records[3].line, std::uint64_t(4));
        QVERIFY_THROWS_EXCEPTION(ImportError, readAll("a,\"" + std::string(6 * ByteSource::kChunk, 'x') + "\",b\n"));
    }

    void nulByteIsBinaryData()
    {
        try {
            readAll(std::string("a,b\n1,2\n3,\0\n", 12));
            QFAIL("a NUL byte was accepted");
        } catch (const ImportError& e) {
            QCOMPARE(e.issue().reason, IssueReason::BinaryData);
            QCOMPARE(e.issue().line, std::uint64_t(3));
        }
    }

    // A record with no end (a file of commas, one endless quoted field) is refused once it passes
    // the limit, having read a bounded number of bytes, wherever it starts.
    void overLongRecordIsRefusedAtTheLimit_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<char>("fill");
        QTest::addColumn<quint64>("line");
        QTest::newRow("commas") << QString("a,b,c\n1,2,3\n") << ',' << quint64(3);
        QTest::newRow("one unquoted field") << QString("a,b,c\n") << 'x' << quint64(2);
        QTest::newRow("quoted field") << QString("a,b,c\n\"") << 'x' << quint64(2);
        QTest::newRow("quoted line breaks") << QString("a\n\n\"") << '\n' << quint64(3);
    }

    void overLongRecordIsRefusedAtTheLimit()
    {
        QFETCH(QString, head);
        QFETCH(char, fill);
        QFETCH(quint64, line);
        EndlessRecord endless(head.toStdString(), fill);
        std::istream in(&endless);
        const auto issue = readUntilError(in, "endless.csv");
        QVERIFY(issue);
        QCOMPARE(issue->reason, IssueReason::RecordTooLong);
        QCOMPARE(issue->line, line);
        QVERIFY2(endless.bytesRead() <= kMaxRecordBytes + 4 * ByteSource::kChunk,
                 qPrintable(QString::number(endless.bytesRead())));
    }

    void recordAtTheLimitIsRead()
    {
        const std::string record = std::string(kMaxRecordBytes - 2, 'x') + ",y";
        const auto records = readAll("a,b\n" + record + "\n1,2\n");
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1].fields[0].size(), kMaxRecordBytes - 2);
        QCOMPARE(records[2].line, std::uint64_t(3));
        QVERIFY_THROWS_EXCEPTION(ImportError, readAll("a,b\n" + record + "y\n1,2\n"));
    }

    // The import a user runs: a 50 MB record of commas is an error naming the file, the line and
    // the limit, in a few MB (it took 1.1 GB before the limit).
    void importOfAFiftyMegabyteRecordStaysSmall()
    {
        EndlessRecord endless("submit_time,duration,num_gpus\n0,100,2\n", ',', 50'000'000);
        std::istream in(&endless);
        const long before = peakRssKb();
        try {
            importTrace(in, "commas.csv");
            QFAIL("the import accepted a 50 MB record");
        } catch (const ImportError& error) {
            const std::string message = error.what();
            QCOMPARE(error.issue().reason, IssueReason::RecordTooLong);
            QVERIFY2(message.find("commas.csv:3") != std::string::npos, message.c_str());
            QVERIFY2(message.find(std::to_string(kMaxRecordBytes) + " bytes") != std::string::npos,
                     message.c_str());
        }
        QVERIFY2(endless.bytesRead() < 10'000'000, qPrintable(QString::number(endless.bytesRead())));
        const long grownKb = peakRssKb() - before;
        QVERIFY2(grownKb < 200 * 1024, qPrintable(QString("peak RSS grew by %1 KB").arg(grownKb)));
    }
};

QTEST_APPLESS_MAIN(CsvReaderTest)
#include "csvreadertest.moc"

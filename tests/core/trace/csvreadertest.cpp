// CsvReader: RFC 4180 quoting, line endings, BOM, blank lines and records cut by chunk boundaries.
#include "trace/csvreader.h"
#include "trace/bytesource.h"
#include "trace/importissue.h"

#include <QtTest>

#include <sstream>
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

    void hugeQuotedFieldGrowsTheBuffer()
    {
        const std::string big(6 * ByteSource::kChunk, 'x');
        const auto records = readAll("a,\"" + big + "\",b\nc,d,e\n");
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[0].fields[1].size(), big.size());
        QVERIFY(records[1].fields == Fields({"c", "d", "e"}));
        QCOMPARE(records[1].line, std::uint64_t(2));
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
};

QTEST_APPLESS_MAIN(CsvReaderTest)
#include "csvreadertest.moc"

// FieldParser: numbers, GPU shares, date-times with and without zones, calendar validation.
#include "trace/fieldparser.h"

#include <QtTest>

#include <charconv>
#include <random>

using namespace debrief::trace;

namespace {

FieldError timeOf(std::string_view text, std::int64_t& value, std::int64_t offset = 0)
{
    bool isDate = false;
    return FieldParser::time(text, offset, value, isDate);
}

}  // namespace

class FieldParserTest : public QObject {
    Q_OBJECT

private slots:
    void daysFromCivil()
    {
        QCOMPARE(FieldParser::daysFromCivil(1970, 1, 1), std::int64_t(0));
        QCOMPARE(FieldParser::daysFromCivil(1969, 12, 31), std::int64_t(-1));
        QCOMPARE(FieldParser::daysFromCivil(2000, 3, 1), std::int64_t(11017));
        QCOMPARE(FieldParser::daysFromCivil(2017, 10, 3), std::int64_t(17442));  // 1506988800 / 86400
        QCOMPARE(FieldParser::daysFromCivil(2024, 2, 29), std::int64_t(19782));
    }

    void leapYears()
    {
        QVERIFY(FieldParser::validDate(2016, 2, 29));
        QVERIFY(FieldParser::validDate(2000, 2, 29));
        QVERIFY(!FieldParser::validDate(1900, 2, 29));
        QVERIFY(!FieldParser::validDate(2017, 2, 29));
        QVERIFY(!FieldParser::validDate(2017, 2, 30));
        QVERIFY(!FieldParser::validDate(2017, 4, 31));
        QVERIFY(FieldParser::validDate(2017, 12, 31));
        QVERIFY(!FieldParser::validDate(2017, 13, 1));
        QVERIFY(!FieldParser::validDate(2017, 0, 1));
        QVERIFY(!FieldParser::validDate(2017, 1, 0));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << "3600" << int(FieldError::None) << qint64(3600);
        QTest::newRow("integral decimal") << "66.0" << int(FieldError::None) << qint64(66);
        QTest::newRow("trailing zeros") << "66.000" << int(FieldError::None) << qint64(66);
        QTest::newRow("plus") << "+7" << int(FieldError::None) << qint64(7);
        QTest::newRow("spaces") << " 12 " << int(FieldError::None) << qint64(12);
        QTest::newRow("minus zero") << "-0" << int(FieldError::None) << qint64(0);
        QTest::newRow("fraction") << "66.5" << int(FieldError::NotWhole) << qint64(0);
        QTest::newRow("negative") << "-5" << int(FieldError::Negative) << qint64(0);
        QTest::newRow("word") << "abc" << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("digits then word") << "12ab" << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("empty") << "" << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("dot") << "." << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("int64 max") << "9223372036854775807" << int(FieldError::None) << qint64(INT64_MAX);
        QTest::newRow("beyond int64") << "9223372036854775808" << int(FieldError::Overflow) << qint64(0);
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(qint64, value);
        const std::string utf8 = text.toStdString();
        std::int64_t parsed = 0;
        QCOMPARE(int(FieldParser::count(utf8, parsed)), error);
        if (error == int(FieldError::None))
            QCOMPARE(qint64(parsed), value);
    }

    // Every length of plain digits reads the same number as from_chars (4 to 8 digits take a
    // word-at-a-time path), and any other byte at any position of such a field is not a plain count.
    void countsOfEveryLength()
    {
        std::string digits;
        for (int length = 1; length <= 18; ++length) {
            digits += char('0' + (length * 7) % 10);
            std::int64_t parsed = -1, expected = -2;
            std::from_chars(digits.data(), digits.data() + digits.size(), expected);
            QCOMPARE(int(FieldParser::count(digits, parsed)), int(FieldError::None));
            QCOMPARE(parsed, expected);
            for (std::size_t at = 0; at < digits.size(); ++at) {
                for (const char other : {'/', ':', 'a', ' ', '\xff', '\x80', '.', '-'}) {
                    std::string text = digits;
                    text[at] = other;
                    std::int64_t value = 0;
                    std::int64_t whole = 0;
                    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
                    if (FieldParser::count(text, value) == FieldError::None)
                        QVERIFY2(end == text.data() + text.size() || other == '.' || other == ' ',
                                 text.c_str());  // "12.0" and " 12" still read whole; nothing else does
                }
            }
        }
        std::int64_t parsed = 0;
        QCOMPARE(int(FieldParser::count("00000042", parsed)), int(FieldError::None));
        QCOMPARE(parsed, std::int64_t(42));
        QCOMPARE(int(FieldParser::count("99999999", parsed)), int(FieldError::None));
        QCOMPARE(parsed, std::int64_t(99999999));
    }

    void sharesRoundUp()
    {
        std::uint32_t gpus = 0;
        QCOMPARE(FieldParser::shareRoundedUp("460", 1000, gpus), FieldError::None);
        QCOMPARE(gpus, 1u);
        QCOMPARE(FieldParser::shareRoundedUp("1000", 1000, gpus), FieldError::None);
        QCOMPARE(gpus, 1u);
        QCOMPARE(FieldParser::shareRoundedUp("0", 1000, gpus), FieldError::None);
        QCOMPARE(gpus, 0u);
        QCOMPARE(FieldParser::shareRoundedUp("150.0", 100, gpus), FieldError::None);
        QCOMPARE(gpus, 2u);
        QCOMPARE(FieldParser::shareRoundedUp("100.5", 100, gpus), FieldError::None);
        QCOMPARE(gpus, 2u);
        QCOMPARE(FieldParser::shareRoundedUp("2.5", 1, gpus), FieldError::None);
        QCOMPARE(gpus, 3u);
        QCOMPARE(FieldParser::shareRoundedUp("0.25", 1, gpus), FieldError::None);
        QCOMPARE(gpus, 1u);
        QCOMPARE(FieldParser::shareRoundedUp("4294967295", 1, gpus), FieldError::None);
        QCOMPARE(gpus, 4294967295u);
        QCOMPARE(FieldParser::shareRoundedUp("4294967296", 1, gpus), FieldError::Overflow);
        QCOMPARE(FieldParser::shareRoundedUp("-1", 1, gpus), FieldError::Negative);
        QCOMPARE(FieldParser::shareRoundedUp("two", 1, gpus), FieldError::NotANumber);
    }

    void priorities()
    {
        std::int32_t p = 0;
        QCOMPARE(FieldParser::priority("-2", p), FieldError::None);
        QCOMPARE(p, -2);
        QCOMPARE(FieldParser::priority("2147483647", p), FieldError::None);
        QCOMPARE(p, 2147483647);
        QCOMPARE(FieldParser::priority("2147483648", p), FieldError::Overflow);
        QCOMPARE(FieldParser::priority("1.5", p), FieldError::NotWhole);
    }

    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("value");
        QTest::newRow("utc") << "2017-10-03 00:59:00" << qint64(0) << int(FieldError::None) << qint64(1506992340);
        QTest::newRow("T") << "2017-10-03T00:59:00" << qint64(0) << int(FieldError::None) << qint64(1506992340);
        QTest::newRow("Z") << "2017-10-03T00:59:00Z" << qint64(0) << int(FieldError::None) << qint64(1506992340);
        QTest::newRow("+08:00") << "2023-03-01T08:00:00+08:00" << qint64(0) << int(FieldError::None)
                                << qint64(1677628800);
        QTest::newRow("-0500") << "2023-02-28T19:00:00-0500" << qint64(0) << int(FieldError::None)
                               << qint64(1677628800);
        QTest::newRow("+08") << "2023-03-01 08:00:00+08" << qint64(0) << int(FieldError::None) << qint64(1677628800);
        QTest::newRow("zone option") << "2023-03-01 08:00:00" << qint64(8 * 3600) << int(FieldError::None)
                                     << qint64(1677628800);
        QTest::newRow("explicit zone wins")
            << "2023-03-01 00:00:00Z" << qint64(8 * 3600) << int(FieldError::None) << qint64(1677628800);
        QTest::newRow("zero fraction") << "2023-03-01 00:00:00.000" << qint64(0) << int(FieldError::None)
                                       << qint64(1677628800);
        QTest::newRow("no seconds") << "2023-03-01 00:01" << qint64(0) << int(FieldError::None) << qint64(1677628860);
        QTest::newRow("date only") << "2023-03-01" << qint64(0) << int(FieldError::None) << qint64(1677628800);
        QTest::newRow("leap day") << "2016-02-29 12:00:00" << qint64(0) << int(FieldError::None) << qint64(1456747200);
        QTest::newRow("seconds") << "1587279955.0" << qint64(8 * 3600) << int(FieldError::None) << qint64(1587279955);
        QTest::newRow("feb 30") << "2017-02-30 00:00:00" << qint64(0) << int(FieldError::ImpossibleDate) << qint64(0);
        QTest::newRow("feb 29 no leap") << "2017-02-29 00:00:00" << qint64(0) << int(FieldError::ImpossibleDate)
                                        << qint64(0);
        QTest::newRow("month 13") << "2017-13-01 00:00:00" << qint64(0) << int(FieldError::ImpossibleDate) << qint64(0);
        QTest::newRow("hour 25") << "2017-01-01 25:00:00" << qint64(0) << int(FieldError::ImpossibleDate) << qint64(0);
        QTest::newRow("minute 60") << "2017-01-01 10:60:00" << qint64(0) << int(FieldError::ImpossibleDate)
                                   << qint64(0);
        QTest::newRow("half second") << "2017-01-01 10:00:00.5" << qint64(0) << int(FieldError::NotWhole) << qint64(0);
        QTest::newRow("bad zone") << "2017-01-01 10:00:00 PST" << qint64(0) << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("garbage") << "2017-01-0x" << qint64(0) << int(FieldError::NotANumber) << qint64(0);
        QTest::newRow("half seconds") << "66.5" << qint64(0) << int(FieldError::NotWhole) << qint64(0);
    }

    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, offset);
        QFETCH(int, error);
        QFETCH(qint64, value);
        std::int64_t parsed = 0;
        QCOMPARE(int(timeOf(text.toStdString(), parsed, offset)), error);
        if (error == int(FieldError::None))
            QCOMPARE(qint64(parsed), value);
    }

    void plainDigitsHandCases()
    {
        std::int64_t value = -1;
        QVERIFY(FieldParser::plainDigits("0", value));
        QCOMPARE(value, std::int64_t(0));
        QVERIFY(FieldParser::plainDigits("7", value));
        QCOMPARE(value, std::int64_t(7));
        QVERIFY(FieldParser::plainDigits("042", value));
        QCOMPARE(value, std::int64_t(42));
        QVERIFY(FieldParser::plainDigits("1234", value));
        QCOMPARE(value, std::int64_t(1234));
        QVERIFY(FieldParser::plainDigits("23680883", value));
        QCOMPARE(value, std::int64_t(23680883));
        QVERIFY(FieldParser::plainDigits("123456789", value));
        QCOMPARE(value, std::int64_t(123456789));
        QVERIFY(FieldParser::plainDigits("999999999999999999", value));  // 18 digits
        QCOMPARE(value, std::int64_t(999999999999999999));
        value = -1;
        for (const char* text : {"", " 5", "5 ", "+5", "-5", "5.0", "1e3", "12:0", "1234567/", "9999999999999999999",
                                 "0000000000000000000", "12a4", "abcd", "\xef\xbb\xbf" "1"}) {
            QVERIFY2(!FieldParser::plainDigits(text, value), text);
            QCOMPARE(value, std::int64_t(-1));  // untouched
        }
    }

    void plainDigitsAgreeWithASimpleLoop()
    {
        // Random texts of 0 to 20 bytes, mostly digits, some bytes just outside '0'..'9' (the word
        // tests' edges): accepted exactly when every byte is a digit and there are 1 to 18 of them,
        // with the value a digit loop gives, and then count() and time() read the same value.
        std::mt19937_64 random(14);
        const std::string alphabet = std::string("0123456789/:+- .a") + '\0' + '\xb0';
        for (int round = 0; round < 200000; ++round) {
            const std::size_t size = random() % 21;
            std::string text;
            const bool digitsOnly = random() % 4 != 0;
            for (std::size_t i = 0; i < size; ++i)
                text += digitsOnly ? char('0' + random() % 10) : alphabet[random() % alphabet.size()];
            bool plain = !text.empty() && text.size() <= 18;
            std::int64_t expected = 0;
            for (char c : text) {
                plain = plain && c >= '0' && c <= '9';
                expected = plain ? expected * 10 + (c - '0') : 0;
            }
            std::int64_t value = -1;
            const bool got = FieldParser::plainDigits(text, value);
            QCOMPARE(got, plain);
            if (!plain) {
                QCOMPARE(value, std::int64_t(-1));
                continue;
            }
            QCOMPARE(value, expected);
            std::int64_t counted = -1;
            QCOMPARE(int(FieldParser::count(text, counted)), int(FieldError::None));
            QCOMPARE(counted, expected);
            std::int64_t timed = -1;
            QCOMPARE(int(timeOf(text, timed)), int(FieldError::None));
            QCOMPARE(timed, expected);
        }
    }

    void statuses()
    {
        QCOMPARE(FieldParser::status("Pass"), JobStatus::Completed);
        QCOMPARE(FieldParser::status("Succeeded"), JobStatus::Completed);
        QCOMPARE(FieldParser::status("COMPLETED"), JobStatus::Completed);
        QCOMPARE(FieldParser::status("Terminated"), JobStatus::Completed);
        QCOMPARE(FieldParser::status("Running"), JobStatus::Running);
        QCOMPARE(FieldParser::status("Failed"), JobStatus::Failed);
        QCOMPARE(FieldParser::status("NODE_FAIL"), JobStatus::Failed);
        QCOMPARE(FieldParser::status("TIMEOUT"), JobStatus::Failed);
        QCOMPARE(FieldParser::status("Killed"), JobStatus::Killed);
        QCOMPARE(FieldParser::status("CANCELLED"), JobStatus::Killed);
        QCOMPARE(FieldParser::status("CANCELLED by 1042"), JobStatus::Killed);
        QCOMPARE(FieldParser::status("Pending"), JobStatus::Pending);
        QCOMPARE(FieldParser::status("Waiting"), JobStatus::Pending);
        QCOMPARE(FieldParser::status(""), JobStatus::Unknown);
        QCOMPARE(FieldParser::status("weird"), JobStatus::Unknown);
    }
};

QTEST_APPLESS_MAIN(FieldParserTest)
#include "fieldparsertest.moc"

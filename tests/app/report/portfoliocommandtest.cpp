// debrief-cli portfolio pdf: the one-page candidate summary from the demo database, in-process.
#include "clirun.h"
#include "pdfprobe.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

class PortfolioCommandTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = path("demo.sqlite");
        QCOMPARE(cli({"--db", m_db, "demo"}).code, 0);
    }

    // The demo portfolio: 3 teams x 15.0 % = 45.0, 2 x 26.67 % = 53.3, 3 x 69.57 % = 208.7; total
    // 307.0; 7 + 4 + 5 = 16 cross-team months, so Orchestration Ready.
    void writesTheDemoCandidatesSummaryOnOnePage()
    {
        const QString pdf = path("priya.pdf");
        const CliRun run =
            cli({"--db", m_db, "portfolio", "pdf", "Priya Raman", "--out", pdf, "--paper", "a4", "--lang", "en"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("wrote %1: 3 projects, Orchestration Impact Score 307.0, Orchestration "
                                         "Ready, 1 page, A4, en\n")
                              .arg(pdf));
        QCOMPARE(PdfProbe::pages(pdf), 1);
        QCOMPARE(PdfProbe::pageSize(pdf), QStringLiteral("595 x 842 pts (A4)"));
        QVERIFY(PdfProbe::images(pdf).isEmpty());
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (const QString& phrase :
             {QStringLiteral("Candidate summary: Priya Raman"), QStringLiteral("Topology-aware gang scheduling"),
              QStringLiteral("Cross-team latency budget"), QStringLiteral("Pre-emptive failure reduction"),
              QStringLiteral("Latency"), QStringLiteral("Reliability"), QStringLiteral("45.0"), QStringLiteral("53.3"),
              QStringLiteral("208.7"), QStringLiteral("Total: 307.0"),
              QStringLiteral("H2: topology-aware placement on by default"),
              QStringLiteral("Q4: pre-flight checks for every job over 64 GPUs")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));

        const CliRun letter =
            cli({"--db", m_db, "portfolio", "pdf", "Priya Raman", "--out", pdf, "--paper=letter", "--lang=en"});
        QCOMPARE(letter.code, 0);
        QCOMPARE(PdfProbe::pageSize(pdf), QStringLiteral("612 x 792 pts (letter)"));
    }

    // --lang de writes the summary in German with German numbers; the next PDF is English again.
    void writesInTheChosenLanguage()
    {
        const QString pdf = path("priya-de.pdf");
        const CliRun run = cli({"--db", m_db, "portfolio", "pdf", "Priya Raman", "--out", pdf, "--lang", "de"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.endsWith(QStringLiteral(", de\n")), qPrintable(run.out));
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (const QString& phrase :
             {QStringLiteral("Kandidatenübersicht: Priya Raman"), QStringLiteral("Summe: 307,0"),
              QStringLiteral("Wirkungskarte"), QStringLiteral("Zuverlässigkeit")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));

        const QString english = path("priya-en.pdf");
        QCOMPARE(cli({"--db", m_db, "portfolio", "pdf", "Priya Raman", "--out", english, "--lang", "en"}).code, 0);
        QVERIFY(PdfProbe::simplified(PdfProbe::text(english)).contains(QStringLiteral("Total: 307.0")));
    }

    void badCallsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        QTest::newRow("unknown candidate") << QStringList{"portfolio", "pdf", "Nobody", "--out", out}
                                           << QStringLiteral("there is no portfolio for `Nobody`");
        QTest::newRow("no --out") << QStringList{"portfolio", "pdf", "Priya Raman"}
                                  << QStringLiteral("portfolio pdf needs --out FILE.pdf");
        QTest::newRow("no candidate") << QStringList{"portfolio", "pdf", "--out", out}
                                      << QStringLiteral("portfolio pdf needs one candidate name");
        QTest::newRow("no subcommand") << QStringList{"portfolio"}
                                       << QStringLiteral("portfolio needs `pdf CANDIDATE --out FILE.pdf`");
        QTest::newRow("bad paper") << QStringList{"portfolio", "pdf", "Priya Raman", "--out", out, "--paper", "a3"}
                                   << QStringLiteral("--paper must be a4 or letter, not `a3`");
        QTest::newRow("bad language") << QStringList{"portfolio", "pdf", "Priya Raman", "--out", out, "--lang", "fr"}
                                      << QStringLiteral("--lang must be one of en, de, zh_CN, not `fr`");
    }
    void badCallsAreRefusedWithTheReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = cli(QStringList{"--db", m_db} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void aFileThatCannotBeWrittenFailsWithItsName()
    {
        const QString pdf = path("missing-folder/priya.pdf");
        // --lang en: the message is the report's own (translated), whatever the machine's locale.
        const CliRun run = cli({"--db", m_db, "portfolio", "pdf", "Priya Raman", "--out", pdf, "--lang", "en"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("debrief-cli: error: Cannot write ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(pdf), qPrintable(run.err));
    }
};

QTEST_MAIN(PortfolioCommandTest)
#include "portfoliocommandtest.moc"

// `debrief-cli scorecard pdf` in-process: a PDF on the chosen paper in the chosen language, and clear
// errors (exit 2 for a wrong call or an unknown session, 1 for a file that cannot be written).
#include "clirun.h"
#include "pdfprobe.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class ScorecardCliTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("demo")}).code, 0);
    }

    void germanLetterPdf()
    {
        const QString file = m_dir.filePath(QStringLiteral("s3-de.pdf"));
        const CliRun run = cli({QStringLiteral("--db"), m_db, QStringLiteral("scorecard"), QStringLiteral("pdf"),
                                QStringLiteral("3"), QStringLiteral("--out"), file, QStringLiteral("--paper"),
                                QStringLiteral("letter"), QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("wrote %1: session 3, 6 pages, Letter, de\n").arg(file));
        QCOMPARE(PdfProbe::pageSize(file), QStringLiteral("612 x 792 pts (letter)"));
        QCOMPARE(PdfProbe::pages(file), 6);
        const QString text = PdfProbe::simplified(PdfProbe::text(file));
        QVERIFY2(text.contains(QStringLiteral("Zusammenfassung")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nächste Schritte")));
        QVERIFY(text.contains(QStringLiteral("Priya Raman")));
        // The content's texts too (the shipped de/matrix.json): the matrix dimensions are named in German.
        QFile matrix(QStringLiteral(":/content/de/matrix.json"));
        QVERIFY(matrix.open(QIODevice::ReadOnly));
        const QString german = QJsonDocument::fromJson(matrix.readAll())
                                   .object()
                                   .value(QStringLiteral("dimensions"))
                                   .toObject()
                                   .value(QStringLiteral("resource-abstraction"))
                                   .toObject()
                                   .value(QStringLiteral("name"))
                                   .toString();
        QCOMPARE(german, QStringLiteral("Ressourcenabstraktion"));
        QVERIFY2(text.contains(german), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Resource abstraction")));
        QCOMPARE(PdfProbe::images(file), QStringList());
    }

    // After a German PDF, an English one is English again: the CLI takes its translator away.
    void englishA4PdfAfterTheGermanOne()
    {
        const QString file = m_dir.filePath(QStringLiteral("s1-en.pdf"));
        const CliRun run = cli({QStringLiteral("--db"), m_db, QStringLiteral("scorecard"), QStringLiteral("pdf"),
                                QStringLiteral("1"), QStringLiteral("--out=") + file, QStringLiteral("--paper=A4"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.endsWith(QStringLiteral(", A4, en\n")));
        QCOMPARE(PdfProbe::pageSize(file), QStringLiteral("595 x 842 pts (A4)"));
        const QString text = PdfProbe::simplified(PdfProbe::text(file));
        QVERIFY2(text.contains(QStringLiteral("Next steps")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Self (the candidate): No")));
        QVERIFY(!text.contains(QStringLiteral("Zusammenfassung")));
        QVERIFY(text.contains(QStringLiteral("Resource abstraction")));
        QVERIFY(!text.contains(QStringLiteral("Ressourcenabstraktion")));
    }

    // `scorecard committee ID --pdf`: the demo's newest mock has both interviewers' scorecards imported.
    void committeePdfInGerman()
    {
        const QString file = m_dir.filePath(QStringLiteral("committee-de.pdf"));
        const CliRun run = cli({QStringLiteral("--db"), m_db, QStringLiteral("scorecard"), QStringLiteral("committee"),
                                QStringLiteral("3"), QStringLiteral("--pdf"), file, QStringLiteral("--lang"),
                                QStringLiteral("de"), QStringLiteral("--paper"), QStringLiteral("a4")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.endsWith(QStringLiteral("wrote %1: the committee of session 3, 2 scorecards\n").arg(file)),
                 qPrintable(run.out));
        QCOMPARE(PdfProbe::pageSize(file), QStringLiteral("595 x 842 pts (A4)"));
        const QString text = PdfProbe::simplified(PdfProbe::text(file));
        QVERIFY2(text.contains(QStringLiteral("Gremiums-Debrief: Priya Raman")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Dana Okafor")));
        QVERIFY(text.contains(QStringLiteral("Lukas Brandt")));
        QCOMPARE(PdfProbe::images(file), QStringList());

        const CliRun misplaced =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("scorecard"), QStringLiteral("committee"),
                 QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(misplaced.code, 2);
        QVERIFY2(misplaced.err.contains(QStringLiteral("--paper and --lang go with --pdf FILE.pdf")),
                 qPrintable(misplaced.err));
    }

    void errorsAreClearAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("x.pdf");
        QTest::newRow("unknown session") << QStringList{QStringLiteral("pdf"), QStringLiteral("99"),
                                                        QStringLiteral("--out"), out}
                                         << 2
                                         << QStringLiteral("debrief-cli scorecard: there is no session 99 (see "
                                                           "debrief-cli sessions list) (try debrief-cli --help)\n");
        QTest::newRow("no --out") << QStringList{QStringLiteral("pdf"), QStringLiteral("3")} << 2
                                  << QStringLiteral("debrief-cli scorecard: scorecard pdf needs --out FILE.pdf (try "
                                                    "debrief-cli --help)\n");
        QTest::newRow("paper") << QStringList{QStringLiteral("pdf"),     QStringLiteral("3"),
                                              QStringLiteral("--out"),   out,
                                              QStringLiteral("--paper"), QStringLiteral("a3")}
                               << 2
                               << QStringLiteral("debrief-cli scorecard: --paper must be a4 or letter, not `a3` (try "
                                                 "debrief-cli --help)\n");
        QTest::newRow("language") << QStringList{QStringLiteral("pdf"),    QStringLiteral("3"),
                                                 QStringLiteral("--out"),  out,
                                                 QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << 2
                                  << QStringLiteral("debrief-cli scorecard: --lang must be one of en, de, zh_CN, not "
                                                    "`fr` (try debrief-cli --help)\n");
        QTest::newRow("lang on export") << QStringList{QStringLiteral("export"), QStringLiteral("3"),
                                                       QStringLiteral("--out"),  out,
                                                       QStringLiteral("--lang"), QStringLiteral("de")}
                                        << 2
                                        << QStringLiteral("debrief-cli scorecard: --paper and --lang are for "
                                                          "`scorecard pdf` (try debrief-cli --help)\n");
    }
    void errorsAreClearAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QDir here(m_dir.path());
        QDir::setCurrent(m_dir.path());
        const CliRun run = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("scorecard")} + arguments);
        QCOMPARE(run.code, code);
        QCOMPARE(run.err, message);
        QCOMPARE(run.out, QString());
        QVERIFY(!here.exists(QStringLiteral("x.pdf")));
    }

    // A folder that does not exist: exit 1, the path and the reason in the message.
    void unwritablePathFails()
    {
        const QString file = m_dir.filePath(QStringLiteral("missing-folder/s3.pdf"));
        const CliRun run =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("scorecard"), QStringLiteral("pdf"), QStringLiteral("3"),
                 QStringLiteral("--out"), file, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("debrief-cli: error: Cannot write %1: No such file or directory\n").arg(file));
        QVERIFY(!QFile::exists(file));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The CLI's own QCoreApplication (made for the database) would have no fonts; this one has.
    QGuiApplication app(argc, argv);
    ScorecardCliTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "scorecardclitest.moc"

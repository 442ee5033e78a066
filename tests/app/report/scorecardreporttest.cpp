// The scorecard PDF of the demo candidate's sessions, read back with poppler-utils: what a candidate or
// a committee reads in it, on which page, in English and German, with vector charts only.
#include "scorecardreport.h"
#include "pdfprobe.h"
#include "reporterror.h"
#include "uilanguage.h"

#include "interview/contentlibrary.h"
#include "storage/analysisstore.h"
#include "storage/database.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace debrief;
using namespace debrief::report;

namespace {

// Demo sessions as DemoCandidate::fill stores them in an empty database.
constexpr std::int64_t kSoloPractice = 1;
constexpr std::int64_t kDesignMock = 3;

}  // namespace

class ScorecardReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(m_database->open());
        storage::DemoCandidate::fill(*m_database);
        QVERIFY2(m_content.loadShipped(), qPrintable(m_content.errors().value(0).text()));
    }

    // Session 3 (product design + leadership, Dana Okafor and Lukas Brandt). The sections flow one after
    // the other, a heading or chart moving on only when it does not fit: the grid and the matrix share
    // page 2, the notes and next steps follow the answers on page 5; page 6 is the rest of the next steps.
    void designMockHasEverySectionOnItsPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("design.pdf"));
        const int pages = ScorecardReport(*m_database, m_content).write(kDesignMock, path, PaperSize::A4, now());
        QCOMPARE(PdfProbe::pages(path), pages);
        QCOMPARE(PdfProbe::pageSize(path), QStringLiteral("595 x 842 pts (A4)"));
        const QStringList titles = ScorecardReport::sectionTitles();
        QCOMPARE(titles.size(), ScorecardReport::kSections);
        QList<int> pageOf;
        for (const QString& title : titles) {
            int found = 0;
            for (int page = pageOf.isEmpty() ? 1 : pageOf.last(); page <= pages && found == 0; ++page)
                found = PdfProbe::text(path, page).contains(title) ? page : 0;
            pageOf << found;
        }
        const QList<int> expectedPages{1, 2, 2, 3, 4, 5, 5};
        QVERIFY2(pageOf == expectedPages && pages == 6,
                 qPrintable(QStringLiteral("pages %1, sections on %2").arg(pages).arg([&] {
                     QStringList t;
                     for (int p : pageOf)
                         t << QString::number(p);
                     return t.join(QLatin1Char(','));
                 }())));
        QCOMPARE(PdfProbe::images(path), QStringList());  // the charts are paths and text

        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        const QStringList expected{
            QStringLiteral("Interview scorecard"), QStringLiteral("Priya Raman"), QStringLiteral("Live mock interview"),
            QStringLiteral("Product Design, Leadership"), QStringLiteral("Dana Okafor, Lukas Brandt"),
            // Final recommendation and its reason.
            QStringLiteral("Final recommendation Yes"), QStringLiteral("Metric-to-roadmap story end to end"),
            // Verdicts: Dana's Depth 3,3,3 -> 3 and Vision 4,3,3 -> 3.33 -> 3; Lukas's Depth 4,3,3 -> 3
            // and Vision 4,4,3 -> 3.67 -> 4 (half down only at .5). Both cells say Yes.
            QStringLiteral("Dana Okafor: Yes"), QStringLiteral("Depth 3 x Vision 3 gives Yes"),
            QStringLiteral("Lukas Brandt: Yes"), QStringLiteral("Depth 3 x Vision 4 gives Yes"),
            QStringLiteral("Metric Translation 3 / 4"),
            // The grid's legend and the answers' rows.
            QStringLiteral("Vision capped: evidence missing"), QStringLiteral("Strong Yes"),
            QStringLiteral("budget split argued from impact x confidence"),
            // Matrix: Roadmap impact self 4 against interviewer 3 is the only gap (mean 1/4).
            QStringLiteral("Level 3: the bar"), QStringLiteral("Mean gap 0.25 level(s)"),
            QStringLiteral("Largest over-estimate: Roadmap impact (self 4, interviewer 3)"),
            // Design round: 40/25/35 % of $2 M; roadmap score 12x0.7x0.4 + 30x0.6x0.25 + 8x0.4x0.35 = 8.98.
            QStringLiteral("Shares sum to 100 %: balanced"), QStringLiteral("$800 k"), QStringLiteral("$500 k"),
            QStringLiteral("$700 k"), QStringLiteral("expected impact × confidence × share): 8.98"),
            QStringLiteral("Observability"), QStringLiteral("the candidate's own words"),
            // Answer 1: quantified 30 + KPI 20 + teams 20 + no mistake 10, no proposal = 80.
            QStringLiteral("Coach score: 80 / 100"), QStringLiteral("Team or stakeholder named: networking"),
            QStringLiteral("To improve: No proposal"),
            // Notes with their clock marks, oldest first.
            QStringLiteral("5:30 Lukas Brandt Maps requests to KPIs"), QStringLiteral("44:00 Dana Okafor"),
            // Drills due by 'now' (today 12:00 UTC): the prioritisation question and Failure isolation.
            QStringLiteral("Drills due"), QStringLiteral("guaranteed priority lane"),
            QStringLiteral("Failure isolation Dimension"), QStringLiteral("Failure isolation: level 3 (interviewer)")};
        for (const QString& phrase : expected)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\n  not in: ") + text));
        QVERIFY(text.indexOf(QStringLiteral("5:30 Lukas")) < text.indexOf(QStringLiteral("12:10 Dana")));
        // Not due yet: the fabric question (tomorrow) and Roadmap impact (in 3 days).
        QVERIFY(!text.contains(QStringLiteral("Roadmap impact Dimension")));
    }

    // Session 1 (solo practice, self-scored): one verdict, the self-score's; no design round; Letter.
    void soloPracticeOnLetter()
    {
        const QString path = m_dir.filePath(QStringLiteral("solo.pdf"));
        ScorecardReport(*m_database, m_content).write(kSoloPractice, path, PaperSize::Letter, now());
        QCOMPARE(PdfProbe::pageSize(path), QStringLiteral("612 x 792 pts (letter)"));
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        for (const QString& title : ScorecardReport::sectionTitles())
            QVERIFY2(text.contains(title), qPrintable(title));
        // Depth 3,2,3 -> 2.67 -> 3; Vision 2,1,2 -> 1.67 -> 2: the Depth 3 x Vision 2 cell says No.
        QVERIFY2(text.contains(QStringLiteral("Self (the candidate): No")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Depth 3 x Vision 2 gives No")));
        QVERIFY(text.contains(QStringLiteral("Solo practice")));
        QVERIFY(text.contains(QStringLiteral("This session had no product design round.")));
        QVERIFY(!text.contains(QStringLiteral("Dana Okafor")));
        QCOMPARE(PdfProbe::images(path), QStringList());
    }

    // The same scorecard in German: the section titles and the rubric's words are translated.
    void germanTitlesWhenTheLanguageIsGerman()
    {
        QVERIFY(studio::UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")));
        const QString path = m_dir.filePath(QStringLiteral("de.pdf"));
        ScorecardReport(*m_database, m_content).write(kDesignMock, path, PaperSize::A4, now());
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        for (const QString& title :
             {QStringLiteral("Zusammenfassung"), QStringLiteral("Raster Tiefe × Vision"),
              QStringLiteral("Reifegradmatrix"), QStringLiteral("Produktdesign-Runde"),
              QStringLiteral("Antworten und Coach-Befunde"), QStringLiteral("Notizen der Interviewer"),
              QStringLiteral("Nächste Schritte"), QStringLiteral("Dana Okafor: Ja"), QStringLiteral("Seite 6")})
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Next steps")));
        QCOMPARE(PdfProbe::images(path), QStringList());
    }

    // An allocation that cites a saved Trace Lab statement shows the analysis and its source.
    void traceLabEvidenceNamesItsSource()
    {
        storage::SavedAnalysis analysis;
        analysis.name = QStringLiteral("Backfill against FIFO");
        analysis.traceName = QStringLiteral("philly-10k.csv");
        analysis.jobCount = 10000;
        storage::EvidenceStatement statement;
        statement.policy = QStringLiteral("easy-backfill");
        statement.baseline = QStringLiteral("fifo");
        statement.statement = QStringLiteral("replay of 10k recent jobs: utilisation 71 % -> 79.5 %");
        statement.numbers.insert(QStringLiteral("clusterCostPerMonthUsd"), 4200000.0);
        statement.source = QStringLiteral("Trace Lab replay of philly-10k.csv (10,000 jobs) on 2,400 GPUs");
        analysis.evidence = {statement};
        const storage::AnalysisStore store(*m_database);
        store.save(analysis);

        const QString path = m_dir.filePath(QStringLiteral("evidence.pdf"));
        ScorecardReport(*m_database, m_content).write(kDesignMock, path, PaperSize::A4, now());
        store.remove(analysis.id);
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        QVERIFY2(text.contains(QStringLiteral("Trace Lab analysis \"Backfill against FIFO\": Trace Lab replay of "
                                              "philly-10k.csv (10,000 jobs) on 2,400 GPUs")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Cluster cost a month: $4.2 M")));
        // The two other requests cite free text.
        QCOMPARE(text.count(QStringLiteral("the candidate's own words")), 2);
    }

    // Scores not yet submitted stay out (the panel's view), and the scorecard says whose.
    void unsubmittedScoresAreLeftOut()
    {
        const storage::SessionStore sessions(*m_database);
        interview::Session session = sessions.load(kDesignMock);
        interview::AnswerScore draft = session.questions[0].scores[1];  // Lukas Brandt, Q1: Depth 4, Vision 4
        QCOMPARE(draft.interviewer, QStringLiteral("Lukas Brandt"));
        draft.submitted = false;
        sessions.setScore(kDesignMock, 0, draft);
        const QString path = m_dir.filePath(QStringLiteral("draft.pdf"));
        ScorecardReport(*m_database, m_content).write(kDesignMock, path, PaperSize::A4, now());
        draft.submitted = true;
        sessions.setScore(kDesignMock, 0, draft);
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        QVERIFY(text.contains(QStringLiteral("left out of this scorecard: Lukas Brandt.")));
        // Lukas's two remaining answers: Depth 3,3 -> 3; Vision 4,3 -> 3.5 -> 3 (half down).
        QVERIFY2(text.contains(QStringLiteral(
                     "Over 2 scored answer(s): mean Depth 3, mean Vision 3.5 -> 3 (a mean halfway between "
                     "two scores rounds down)")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Depth 3 x Vision 4 gives Yes")));
    }

    // A 2,500-word interviewer note (what `scorecard import` of a long scorecard stores) is in the PDF
    // to its last word: the notes table carries the row over as many pages as it needs.
    void aLongNoteIsPrintedToItsLastWord()
    {
        storage::Database database(m_dir.filePath(QStringLiteral("long-note.sqlite")));
        QVERIFY(database.open());
        storage::DemoCandidate::fill(database);
        QStringList words;
        for (int i = 1; i <= 2500; ++i)
            words << QStringLiteral("note%1").arg(i);
        words << QStringLiteral("LASTNOTEWORD");
        const storage::SessionStore sessions(database);
        sessions.addNote(kDesignMock, {QStringLiteral("Dana Okafor"), 50 * 60 * 1000, words.join(QLatin1Char(' '))});

        const QString path = m_dir.filePath(QStringLiteral("long-note.pdf"));
        const int pages = ScorecardReport(database, m_content).write(kDesignMock, path, PaperSize::A4, now());
        QVERIFY2(pages > 6, qPrintable(QString::number(pages)));  // the demo's 6 pages and the note's
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        QCOMPARE(text.count(QStringLiteral("LASTNOTEWORD")), 1);
        QVERIFY(text.contains(QStringLiteral("note1250 note1251")));
        QVERIFY(text.contains(QStringLiteral("note2500 LASTNOTEWORD")));
        // Next steps, after the notes, are still there.
        QVERIFY(text.indexOf(QStringLiteral("LASTNOTEWORD")) < text.lastIndexOf(QStringLiteral("Drills due")));
    }

    // An unknown session and a cancelled export write nothing.
    void unknownSessionAndCancelWriteNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
        try {
            ScorecardReport(*m_database, m_content).write(999, path, PaperSize::A4, now());
            QFAIL("session 999 was exported");
        } catch (const ReportError& error) {
            QCOMPARE(error.message(), QStringLiteral("There is no session 999."));
        }
        QVERIFY(!QFile::exists(path));

        QList<int> calls;
        try {
            ScorecardReport(*m_database, m_content)
                .write(kDesignMock, path, PaperSize::A4, now(), [&calls](int done, int total) {
                    calls << done;
                    return !(done == 3 && total == ScorecardReport::kSections);
                });
            QFAIL("the export went on after it was cancelled");
        } catch (const ReportError& error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("Export cancelled")), qPrintable(error.message()));
        }
        QCOMPARE(calls, (QList<int>{0, 1, 2, 3}));
        QVERIFY(!QFile::exists(path));
    }

private:
    // Noon UTC today: the demo's drills are due at 06:00 UTC today (two), tomorrow and in three days.
    static QDateTime now() { return QDateTime(QDate::currentDate(), QTime(12, 0), Qt::UTC); }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    interview::ContentLibrary m_content;
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ScorecardReportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "scorecardreporttest.moc"

// The one-page candidate summary (app/report/candidatesummaryreport.h): read back with pdftotext,
// pdfinfo and pdfimages. Scores are worked out by hand from the projects below.
#include "candidatesummaryreport.h"
#include "pdfprobe.h"
#include "reporterror.h"

#include "storage/database.h"
#include "storage/democandidate.h"
#include "storage/portfoliostore.h"
#include "uilanguage.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace debrief;
using namespace debrief::report;
using interview::Kpi;
using interview::PortfolioProject;

namespace {

PortfolioProject project(const QString& title, const QStringList& teams, double before, double after,
                         bool lowerIsBetter, Kpi kpi, const QString& roadmap, int months)
{
    PortfolioProject p;
    p.title = title;
    p.teams = teams;
    p.role = QStringLiteral("co-owner of the roll-out");
    p.metric = QStringLiteral("queue time p95 (h)");
    p.before = before;
    p.after = after;
    p.lowerIsBetter = lowerIsBetter;
    p.kpi = kpi;
    p.roadmapItem = roadmap;
    p.months = months;
    return p;
}

// Gang: 3 teams x (6 - 5.1) / 6 = 15.0 % -> 45.0. Jobs/day: 2 teams x (460 - 400) / 400 = 15.0 % -> 30.0.
// Failures: 3 teams x (2.3 - 0.7) / 2.3 = 69.565 % -> 208.696. Kernel fusion: solo, 20 % gain -> 0.0.
// Total 283.696 -> "283.7"; cross-team months 7 + 4 + 5 = 16 (the solo project's 3 do not count).
QList<PortfolioProject> fourProjects()
{
    return {project(QStringLiteral("Gang scheduling"),
                    {QStringLiteral("storage"), QStringLiteral("networking"), QStringLiteral("SRE")}, 6.0, 5.1, true,
                    Kpi::Latency, QStringLiteral("H2 topology-aware placement"), 7),
            project(QStringLiteral("Fabric budget"), {QStringLiteral("networking"), QStringLiteral("research")}, 400.0,
                    460.0, false, Kpi::Throughput, QStringLiteral("Q3 fabric review"), 4),
            project(QStringLiteral("Failure prevention"),
                    {QStringLiteral("SRE"), QStringLiteral("hardware"), QStringLiteral("storage")}, 2.3, 0.7, true,
                    Kpi::Reliability, QStringLiteral("Q4 pre-flight checks"), 5),
            project(QStringLiteral("Kernel fusion"), {}, 100.0, 80.0, true, Kpi::Cost, QString(), 3)};
}

// `count` projects "Project 01".. with one other team each and a gain of i % (score i), each with a
// long role so the rows are tall.
QList<PortfolioProject> numberedProjects(int count)
{
    QList<PortfolioProject> projects;
    for (int i = 1; i <= count; ++i) {
        PortfolioProject p = project(QStringLiteral("Project %1").arg(i, 2, 10, QLatin1Char('0')),
                                     {QStringLiteral("team %1").arg(i)}, 100.0, 100.0 - i, true, Kpi::Throughput,
                                     QStringLiteral("Roadmap item %1").arg(i, 2, 10, QLatin1Char('0')), 1);
        p.role = QStringLiteral("coordinated the scheduler, storage and networking owners through the roll-out "
                                "and wrote the review that made it the default");
        projects << p;
    }
    return projects;
}

}  // namespace

class CandidateSummaryTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        // DEBRIEF_KEEP_TEST_OUTPUT=1 keeps the PDFs to look at.
        if (!qEnvironmentVariableIsEmpty("DEBRIEF_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");  // the dates printed are local: 09:00 UTC is still the 23rd in Honolulu
    }

    void onePageNamesEveryProjectKpiRoadmapItemAndScore()
    {
        const QString pdf = path(QStringLiteral("four.pdf"));
        const CandidateSummaryResult result =
            CandidateSummaryReport::write(QStringLiteral("Priya Raman"), fourProjects(), pdf, PaperSize::A4,
                                          QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.projects, 4);
        QCOMPARE(result.projectsShown, 4);
        QCOMPARE(result.scale, 1.0);
        QCOMPARE(qRound(result.total * 1000.0), 283696);
        QVERIFY(result.orchestrationReady);
        QCOMPARE(PdfProbe::pages(pdf), 1);
        QCOMPARE(PdfProbe::pageSize(pdf), QStringLiteral("595 x 842 pts (A4)"));
        QVERIFY2(PdfProbe::images(pdf).isEmpty(), qPrintable(PdfProbe::images(pdf).join(QLatin1Char('\n'))));
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        const QStringList expected{
            // Title, the sections, the project titles, KPIs and roadmap items.
            QStringLiteral("Candidate summary: Priya Raman"), QStringLiteral("November 24, 2026"),
            QStringLiteral("4 project(s)"), QStringLiteral("Orchestration Impact Score"),
            QStringLiteral("Orchestration Ready"), QStringLiteral("Impact map: project → KPI → roadmap item"),
            QStringLiteral("Gang scheduling"), QStringLiteral("Fabric budget"), QStringLiteral("Failure prevention"),
            QStringLiteral("Kernel fusion"), QStringLiteral("Latency"), QStringLiteral("Throughput"),
            QStringLiteral("Reliability"), QStringLiteral("Cost"), QStringLiteral("H2 topology-aware placement"),
            QStringLiteral("Q3 fabric review"), QStringLiteral("Q4 pre-flight checks"),
            QStringLiteral("No roadmap item yet"),
            // Each project's score with how it came about, and the total.
            QStringLiteral("45.0"), QStringLiteral("3 team(s) × 15.0 %"), QStringLiteral("30.0"),
            QStringLiteral("2 team(s) × 15.0 %"), QStringLiteral("208.7"), QStringLiteral("3 team(s) × 69.6 %"),
            QStringLiteral("0 team(s) × 20.0 %"), QStringLiteral("Total: 283.7"), QStringLiteral("283.7"),
            // The details: before -> after with the gain, the teams and months, the solo project.
            QStringLiteral("6 → 5.1 (15.0 % better)"), QStringLiteral("400 → 460 (15.0 % better)"),
            QStringLiteral("With storage, networking, and SRE · 7 month(s)"),
            QStringLiteral("Solo project, 3 month(s)"),
            // The flag and why.
            QStringLiteral("Ready"),
            QStringLiteral("Orchestration Ready: 16 month(s) of cross-team orchestration work (at least 6 needed)")};
        for (const QString& phrase : expected)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Not ready yet")));
        // The text is selectable and the fonts embedded: pdffonts lists each font as embedded.
        const QString fonts = PdfProbe::run(QStringLiteral("pdffonts"), {pdf});
        const QStringList fontRows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!fontRows.isEmpty(), qPrintable(fonts));
        // Columns from the right: object id (two numbers), uni, sub, emb.
        for (const QString& row : fontRows) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(fonts));
        }
    }

    // Twelve tall rows do not fit at full size: the text shrinks, every project stays on the one page.
    void manyProjectsShrinkOntoOnePage()
    {
        const QString pdf = path(QStringLiteral("twelve.pdf"));
        const CandidateSummaryResult result =
            CandidateSummaryReport::write(QStringLiteral("Sam"), numberedProjects(12), pdf, PaperSize::Letter);
        QCOMPARE(result.pages, 1);
        QCOMPARE(PdfProbe::pages(pdf), 1);
        QCOMPARE(result.projectsShown, 12);
        QVERIFY2(result.scale < 1.0, qPrintable(QString::number(result.scale)));
        QVERIFY(result.scale >= 0.55);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (int i = 1; i <= 12; ++i) {
            QVERIFY(text.contains(QStringLiteral("Project %1").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(text.contains(QStringLiteral("Roadmap item %1").arg(i, 2, 10, QLatin1Char('0'))));
        }
        // Scores 1 + 2 + ... + 12 = 78; 12 cross-team months.
        QVERIFY(text.contains(QStringLiteral("Total: 78.0")));
        QVERIFY(text.contains(QStringLiteral("more project(s)")) == false);
    }

    // Forty projects do not fit even small: the highest scores are drawn, the rest summed in one line.
    void tooManyProjectsAreSummarised()
    {
        const QString pdf = path(QStringLiteral("forty.pdf"));
        const CandidateSummaryResult result =
            CandidateSummaryReport::write(QStringLiteral("Sam"), numberedProjects(40), pdf, PaperSize::A4);
        QCOMPARE(result.pages, 1);
        QCOMPARE(PdfProbe::pages(pdf), 1);
        QCOMPARE(result.scale, 0.55);
        QVERIFY2(result.projectsShown >= 10 && result.projectsShown < 40,
                 qPrintable(QString::number(result.projectsShown)));
        const int omitted = int(40 - result.projectsShown);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        // Projects 40, 39, ... are shown (score i), projects 1..omitted are not; these sum to n(n+1)/2.
        for (int i = 1; i <= 40; ++i) {
            const QString title = QStringLiteral("Project %1").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(text.contains(title), i > omitted);
        }
        const QString line = QStringLiteral("%1 more project(s) with lower scores not shown here (%2 together); the "
                                            "total includes them.")
                                 .arg(omitted)
                                 .arg(QLocale().toString(omitted * (omitted + 1) / 2.0, 'f', 1));
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" missing in: ") + text));
        QVERIFY(text.contains(QStringLiteral("Total: 820.0")));  // 1 + ... + 40
        QVERIFY(text.contains(QStringLiteral("Orchestration Ready: 40 month(s)")));
    }

    void emptyPortfolioSaysSoAndIsNotReady()
    {
        const QString pdf = path(QStringLiteral("empty.pdf"));
        const CandidateSummaryResult result =
            CandidateSummaryReport::write(QStringLiteral("Nobody Yet"), {}, pdf, PaperSize::A4);
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.total, 0.0);
        QVERIFY(!result.orchestrationReady);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (const QString& phrase :
             {QStringLiteral("No projects in the portfolio yet"), QStringLiteral("Not ready yet"),
              QStringLiteral("Not Orchestration Ready: 0 month(s) of cross-team orchestration work, 6 needed"),
              QStringLiteral("0.0")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));
    }

    // From the database, as the studio and the CLI call it; a target that cannot be written is named
    // in the error and an existing file there is left alone.
    void writesFromTheDatabaseAndReportsFailures()
    {
        storage::Database database(path(QStringLiteral("demo.sqlite")));
        QVERIFY(database.open());
        storage::DemoCandidate::fill(database);
        const QString pdf = path(QStringLiteral("demo.pdf"));
        QString error;
        CandidateSummaryResult result;
        QVERIFY2(
            writeCandidateSummaryPdf(database, storage::DemoCandidate::name(), pdf, PaperSize::A4, &error, &result),
            qPrintable(error));
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.projects, 3);
        QCOMPARE(PdfProbe::pages(pdf), 1);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (const PortfolioProject& p : storage::PortfolioStore(database).list(storage::DemoCandidate::name())) {
            for (const QString& word : p.title.split(QLatin1Char(' ')))
                QVERIFY2(text.contains(word), qPrintable(word));
        }

        const QString missing = path(QStringLiteral("no-such-folder/summary.pdf"));
        QVERIFY(!writeCandidateSummaryPdf(database, storage::DemoCandidate::name(), missing, PaperSize::A4, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    }

    // In German the titles, the flag and the numbers follow the language.
    void followsTheStudioLanguage()
    {
        QVERIFY(studio::UiLanguage::install(*qApp, QStringLiteral("de")));
        const QString pdf = path(QStringLiteral("de.pdf"));
        CandidateSummaryReport::write(QStringLiteral("Priya Raman"), fourProjects(), pdf, PaperSize::A4);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        for (const QString& title : CandidateSummaryReport::sectionTitles())
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" missing in: ") + text));
        QVERIFY(CandidateSummaryReport::sectionTitles().at(2) !=
                QStringLiteral("Impact map: project → KPI → roadmap item"));
        QVERIFY(text.contains(QStringLiteral("208,7")));
        QVERIFY(text.contains(QStringLiteral("283,7")));
        for (QTranslator* translator : qApp->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(CandidateSummaryTest)
#include "candidatesummarytest.moc"

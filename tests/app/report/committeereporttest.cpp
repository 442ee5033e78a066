// The committee debrief PDF (app/report/committeereport.h) from a CommitteeReview built here by hand:
// two scorers 2 points apart on one answer's Depth, one veto, a capped Vision, a missing
// justification. Read back with pdftotext, pdfinfo and pdfimages, in English and in German.
#include "committeereport.h"
#include "pdfprobe.h"

#include "interview/contentlibrary.h"
#include "uilanguage.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace debrief;
using namespace debrief::report;
using interview::CommitteeFlag;
using interview::CommitteeFlagKind;
using interview::CommitteeMark;
using interview::Recommendation;

namespace {

const QString kDana = QStringLiteral("Dana Whitfield");
const QString kLukas = QStringLiteral("Lukas Becker");

interview::CommitteeMark mark(int depth, int vision, int effective, std::uint8_t evidence, const QString& why)
{
    return CommitteeMark{depth, vision, effective, evidence, why};
}

interview::CommitteeReview review()
{
    interview::CommitteeReview r;
    r.sessionId = 42;
    r.candidate = QStringLiteral("Priya Raman");
    r.startedAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
    r.mode = interview::SessionMode::LiveMock;
    r.rounds = {interview::RoundKind::Technical, interview::RoundKind::ProductDesign};

    interview::CommitteeScorecard dana;
    dana.interviewer = kDana;
    dana.sourceFile = QStringLiteral("/home/dana/dana-scorecard.json");
    dana.importedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    dana.recommendation = Recommendation::Yes;
    dana.recommendationReason = QStringLiteral("Clear metric story from queue time to the roadmap.");
    interview::CommitteeScorecard lukas;
    lukas.interviewer = kLukas;
    lukas.sourceFile = QStringLiteral("lukas.json");
    lukas.importedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    lukas.recommendation = Recommendation::StrongNo;
    lukas.recommendationReason = QStringLiteral("No metric translation in the design round.");
    r.scorecards = {dana, lukas};

    const auto policyAndGain = std::uint8_t(std::uint8_t(interview::VisionEvidence::ProposedPolicy) |
                                            std::uint8_t(interview::VisionEvidence::QuantifiedGain));
    interview::CommitteeAnswer first;
    first.round = interview::RoundKind::Technical;
    first.questionId = QStringLiteral("technical-queue-time");
    first.questionText = QStringLiteral("How would you cut GPU queue time for 128-GPU jobs?");
    first.marks.insert(kDana, mark(3, 3, 3, policyAndGain, QStringLiteral("Gang scheduling with a 15 % cut")));
    first.marks.insert(kLukas, mark(1, 2, 2, 0, QString()));
    interview::CommitteeAnswer second;
    second.round = interview::RoundKind::ProductDesign;
    second.questionId = QStringLiteral("design-budget");
    second.questionText = QStringLiteral("Split the quarter's budget across three asks.");
    second.marks.insert(kDana, mark(3, 4, 2, 0, QStringLiteral("Bold plan, but no evidence ticked")));
    second.marks.insert(kLukas, mark(3, 3, 3, std::uint8_t(interview::VisionEvidence::TiedToKpi),
                                     QStringLiteral("Tied the ask to throughput")));
    r.answers = {first, second};

    interview::Verdict danaVerdict;
    danaVerdict.recommendation = Recommendation::Yes;
    danaVerdict.depth = 3;
    danaVerdict.vision = 2;
    danaVerdict.reasons = {QStringLiteral("Depth 3 and Vision 2 land on Yes.")};
    interview::Verdict lukasVerdict;
    lukasVerdict.recommendation = Recommendation::StrongNo;
    lukasVerdict.depth = 2;
    lukasVerdict.vision = 2;
    lukasVerdict.vetoed = true;
    lukasVerdict.reasons = {QStringLiteral("Metric Translation 0 vetoes the verdict: Strong No.")};
    r.verdicts = {{kDana, danaVerdict}, {kLukas, lukasVerdict}};

    interview::CommitteeSessionMark failure{QStringLiteral("matrix:failure-isolation"),
                                            QStringLiteral("Failure Isolation"),
                                            1,
                                            5,
                                            {{kDana, 3}, {kLukas, 3}}};
    interview::CommitteeSessionMark metric{
        QStringLiteral("metric-translation"), QStringLiteral("Metric Translation"), 0, 4, {{kDana, 3}, {kLukas, 0}}};
    interview::CommitteeSessionMark fit{
        QStringLiteral("strategic-fit"), QStringLiteral("Strategic Fit"), 1, 4, {{kDana, 3}}};
    r.sessionMarks = {failure, metric, fit};

    CommitteeFlag veto;
    veto.kind = CommitteeFlagKind::Veto;
    veto.mark = QStringLiteral("metric-translation");
    veto.subject = QStringLiteral("Metric Translation");
    veto.interviewers = {kLukas};
    veto.explanation = QStringLiteral("Lukas Becker gave Metric Translation 0: a veto.");
    CommitteeFlag depth;
    depth.kind = CommitteeFlagKind::Split;
    depth.mark = QStringLiteral("depth");
    depth.subject = QStringLiteral("Depth, question 1");
    depth.interviewers = {kLukas, kDana};
    depth.low = 1;
    depth.high = 3;
    depth.answerIndex = 0;
    depth.explanation =
        QStringLiteral("Question 1: Lukas Becker gave Depth 1, Dana Whitfield gave 3 (2 points apart).");
    r.flags = {veto, depth};

    r.decision.decision = Recommendation::No;
    r.decision.reason = QStringLiteral("The veto stands; revisit after another design round.");
    r.decision.decidedAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    return r;
}

}  // namespace

class CommitteeReportTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    interview::ContentLibrary m_content;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString written(const interview::CommitteeReview& r, const QString& name, int* pages = nullptr)
    {
        const QString pdf = path(name);
        const int count = CommitteeReport::write(r, m_content, pdf, PaperSize::A4);
        if (pages)
            *pages = count;
        return pdf;
    }

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("DEBRIEF_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY(m_content.loadShipped());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showsEveryScorerTheFlagsAndTheDecision()
    {
        int pages = 0;
        const QString pdf = written(review(), QStringLiteral("committee.pdf"), &pages);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QCOMPARE(PdfProbe::pages(pdf), pages);
        QVERIFY2(PdfProbe::images(pdf).isEmpty(), qPrintable(PdfProbe::images(pdf).join(QLatin1Char('\n'))));
        // Every font is embedded (pdffonts' "emb" column).
        const QString fonts = PdfProbe::run(QStringLiteral("pdffonts"), {pdf});
        const QStringList fontRows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!fontRows.isEmpty(), qPrintable(fonts));
        // Columns from the right: object id (two numbers), uni, sub, emb.
        for (const QString& row : fontRows) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(fonts));
        }
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        QStringList expected = CommitteeReport::sectionTitles();
        expected << QStringLiteral("Committee debrief: Priya Raman") << kDana << kLukas
                 << QStringLiteral("Live mock interview") << QStringLiteral("Technical, Product Design")
                 << QStringLiteral("imported from dana-scorecard.json")
                 << QStringLiteral("1 split(s), 1 veto(es)")
                 // The marks side by side, the cap shown, the flags and their explanations.
                 << QStringLiteral("Depth / Vision") << QStringLiteral("Veto") << QStringLiteral("Split")
                 << QStringLiteral("Question 1: Lukas Becker gave Depth 1, Dana Whitfield gave 3 (2 points apart).")
                 << QStringLiteral("Lukas Becker gave Metric Translation 0: a veto.")
                 // The justifications per answer, the evidence by its name in the content, a missing one.
                 << QStringLiteral("Gang scheduling with a 15 % cut") << QStringLiteral("No justification given")
                 << QStringLiteral("Tied the ask to throughput")
                 << m_content.scales().evidence.at(0).label
                 // Each scorer's verdict with its reasons and own recommendation.
                 << QStringLiteral("Yes (Depth 3, Vision 2)") << QStringLiteral("Strong No (Depth 2, Vision 2)")
                 << QStringLiteral("Metric Translation 0 vetoes the verdict: Strong No.")
                 << QStringLiteral("Strong No: No metric translation in the design round.")
                 << QStringLiteral("Yes: Clear metric story from queue time to the roadmap.")
                 // The session-level marks and the decision with its reason and time.
                 << QStringLiteral("Failure Isolation") << QStringLiteral("Strategic Fit")
                 << QStringLiteral("The veto stands; revisit after another design round.")
                 << QStringLiteral("Sunday, November 22, 2026, 12:00 PM");
        for (const QString& phrase : expected)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Not decided yet")));
        // Depth / Vision per scorer and answer; pdftotext drops some spaces around the slash.
        const QString compact = QString(text).remove(QLatin1Char(' '));
        for (const QString& marks : {QStringLiteral("3/3"), QStringLiteral("1/2"), QStringLiteral("3/2(entered4)")})
            QVERIFY2(compact.contains(marks), qPrintable(marks + QStringLiteral(" missing in: ") + compact));
    }

    void anOpenDecisionSaysNotDecidedYet()
    {
        interview::CommitteeReview r = review();
        r.decision = {};
        const QString text = PdfProbe::simplified(PdfProbe::text(written(r, QStringLiteral("open.pdf"))));
        // In the summary and in the decision section.
        QCOMPARE(text.count(QStringLiteral("Not decided yet")), 2);
        QVERIFY(!text.contains(QStringLiteral("The veto stands")));
    }

    // Scores an interviewer had not submitted are left out of the review; the summary says how many.
    void draftsLeftOutAreCounted()
    {
        interview::CommitteeReview r = review();
        r.scorecards[1].draftsLeftOut = 2;
        const QString text = PdfProbe::simplified(PdfProbe::text(written(r, QStringLiteral("drafts.pdf"))));
        QVERIFY2(text.contains(QStringLiteral("(imported from lukas.json, ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("; 2 draft score(s) left out")));
        QCOMPARE(text.count(QStringLiteral("draft score")), 1);  // Dana had none
    }

    void agreeingScorersHaveNoFlags()
    {
        interview::CommitteeReview r = review();
        r.flags.clear();
        const QString text = PdfProbe::simplified(PdfProbe::text(written(r, QStringLiteral("calm.pdf"))));
        QVERIFY(text.contains(QStringLiteral("No splits of two points or more and no vetoes: the scorers agree.")));
        QVERIFY(text.contains(QStringLiteral("0 split(s), 0 veto(es)")));
        QVERIFY(!text.contains(QStringLiteral("2 points apart")));
    }

    // Sixty answers run the marks table over pages: every answer arrives once, in order, with the
    // table's header on each page it spans, and the flagged answer is still explained.
    void longReviewsFlowOverPages()
    {
        interview::CommitteeReview r = review();
        const interview::CommitteeAnswer model = r.answers.at(1);
        for (int i = 3; i <= 60; ++i) {
            interview::CommitteeAnswer answer = model;
            answer.questionText = QStringLiteral("Question text %1").arg(i, 2, 10, QLatin1Char('0'));
            r.answers << answer;
        }
        r.answers[1].questionText = QStringLiteral("Question text 02");
        int pages = 0;
        const QString pdf = written(r, QStringLiteral("long.pdf"), &pages);
        QCOMPARE(PdfProbe::pages(pdf), pages);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        qsizetype from = 0;
        for (int i = 2; i <= 60; ++i) {
            // Each question's text is in the marks table and again over its justifications.
            const QString question = QStringLiteral("Question text %1").arg(i, 2, 10, QLatin1Char('0'));
            const qsizetype at = text.indexOf(question, from);
            QVERIFY2(at >= 0, qPrintable(question));
            from = at;
            QCOMPARE(text.count(question), 2);
        }
        // The marks table starts on page 1 and continues on page 2 with its header again.
        const QString page2 = PdfProbe::simplified(PdfProbe::text(pdf, 2));
        QVERIFY2(page2.contains(QStringLiteral("Flag")) && page2.contains(QStringLiteral("Depth / Vision")),
                 qPrintable(page2));
        QVERIFY(text.contains(QStringLiteral("Question 1: Lukas Becker gave Depth 1, Dana Whitfield gave 3")));
    }

    // A 2,500-word Vision justification runs over pages in the justifications table, to its last word,
    // and the sections after it follow.
    void aLongJustificationIsPrintedToItsLastWord()
    {
        interview::CommitteeReview r = review();
        QStringList words;
        for (int i = 1; i <= 2500; ++i)
            words << QStringLiteral("why%1").arg(i);
        words << QStringLiteral("LASTJUSTIFICATIONWORD");
        r.answers[0].marks[kDana].justification = words.join(QLatin1Char(' '));
        int pages = 0;
        const QString pdf = written(r, QStringLiteral("long-justification.pdf"), &pages);
        QCOMPARE(PdfProbe::pages(pdf), pages);
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        QCOMPARE(text.count(QStringLiteral("LASTJUSTIFICATIONWORD")), 1);
        QCOMPARE(text.count(QStringLiteral("why1250 why1251")), 1);
        QVERIFY(text.contains(QStringLiteral("why2500 LASTJUSTIFICATIONWORD")));
        QVERIFY(text.indexOf(QStringLiteral("LASTJUSTIFICATIONWORD")) <
                text.lastIndexOf(QStringLiteral("The veto stands; revisit after another design round.")));
        QVERIFY(PdfProbe::images(pdf).isEmpty());
    }

    // The flags stand out on paper: rendered, the flagged review has the split's amber and the veto's
    // red tint (committeereport.cpp's splitMark() and vetoMark()); the same review without flags has
    // neither.
    void flagsAreHighlightedOnThePage()
    {
        const auto pixels = [this](const QString& pdf, QRgb color) {
            const QString prefix = path(QFileInfo(pdf).baseName() + QStringLiteral("-page"));
            PdfProbe::run(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf, prefix});
            int count = 0;
            for (const QFileInfo& page : QDir(m_dir.path()).entryInfoList({QFileInfo(prefix).fileName() + "*.png"})) {
                const QImage image(page.filePath());
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x)
                        count += (image.pixel(x, y) & 0xffffff) == (color & 0xffffff) ? 1 : 0;
            }
            return count;
        };
        const QRgb amber = qRgb(0xfd, 0xe7, 0xb8);
        const QRgb red = qRgb(0xf8, 0xd0, 0xcc);
        const QString flagged = written(review(), QStringLiteral("flagged.pdf"));
        interview::CommitteeReview calmReview = review();
        calmReview.flags.clear();
        const QString calm = written(calmReview, QStringLiteral("calm-render.pdf"));
        QVERIFY2(pixels(flagged, amber) > 200, qPrintable(QString::number(pixels(flagged, amber))));
        QVERIFY2(pixels(flagged, red) > 200, qPrintable(QString::number(pixels(flagged, red))));
        QCOMPARE(pixels(calm, amber), 0);
        QCOMPARE(pixels(calm, red), 0);
    }

    void aFileThatCannotBeWrittenIsNamed()
    {
        const QString missing = path(QStringLiteral("no-such-folder/committee.pdf"));
        QString error;
        QVERIFY(!writeCommitteePdf(review(), m_content, missing, PaperSize::A4, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
        QVERIFY(writeCommitteePdf(review(), m_content, path(QStringLiteral("ok.pdf")), PaperSize::Letter, &error));
        QCOMPARE(PdfProbe::pageSize(path(QStringLiteral("ok.pdf"))), QStringLiteral("612 x 792 pts (letter)"));
    }

    // In German every section title, the flag kinds and the decision are German.
    void followsTheStudioLanguage()
    {
        const QStringList english = CommitteeReport::sectionTitles();
        QVERIFY(studio::UiLanguage::install(*qApp, QStringLiteral("de")));
        const QStringList german = CommitteeReport::sectionTitles();
        const QString text = PdfProbe::simplified(PdfProbe::text(written(review(), QStringLiteral("de.pdf"))));
        for (qsizetype i = 0; i < german.size(); ++i) {
            QVERIFY2(german[i] != english[i], qPrintable(german[i]));
            QVERIFY2(text.contains(german[i]), qPrintable(german[i] + QStringLiteral(" missing in: ") + text));
        }
        for (const QString& phrase : {CommitteeReport::tr("Veto"), interview::title(Recommendation::No),
                                      QStringLiteral("Sonntag, 22. November 2026")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Marks per answer")));
        for (QTranslator* translator : qApp->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(CommitteeReportTest)
#include "committeereporttest.moc"

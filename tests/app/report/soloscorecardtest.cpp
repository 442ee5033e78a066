// The scorecard of a solo practice on a fresh account (no design round, no panel, one scorer "self"):
// at most three A4 pages, none but the last under half full, and a duration that says its unit.
#include "pdfprobe.h"
#include "reportdocument.h"
#include "reporterror.h"
#include "scorecardreport.h"

#include "interview/calibrationgap.h"
#include "interview/contentlibrary.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace debrief;
using namespace debrief::report;

class SoloScorecardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(m_database->open());
        QVERIFY2(m_content.loadShipped(), qPrintable(m_content.errors().value(0).text()));
        m_sessionId = storeSoloSession();
    }

    void fitsOnThreePagesWithNoneHalfEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("solo.pdf"));
        const int pages = ScorecardReport(*m_database, m_content).write(m_sessionId, path, PaperSize::A4, now());
        QCOMPARE(PdfProbe::pages(path), pages);
        QStringList fills;  // how full each page is, for the message when a check fails
        for (int page = 1; page <= pages; ++page)
            fills << QString::number(pageFill(path, page), 'f', 2);
        const QString layout = QStringLiteral("%1 page(s), filled %2").arg(pages).arg(fills.join(QStringLiteral(", ")));
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(layout));
        for (int page = 1; page < pages; ++page)
            QVERIFY2(pageFill(path, page) >= 0.5, qPrintable(layout));
        // Every section is there, in order; the design round as one line in the summary.
        const QString text = PdfProbe::simplified(PdfProbe::text(path));
        QStringList titles = ScorecardReport::sectionTitles();
        titles.removeAt(3);  // the design round: one line in the summary, checked below
        qsizetype at = 0;
        for (const QString& title : titles) {
            const qsizetype found = text.indexOf(title, at);
            QVERIFY2(found >= 0, qPrintable(title + QStringLiteral(" missing or out of order")));
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("Product design round This session had no product design round.")));
        // 28 min 10 s of session clock: the unit is printed, not "28:10".
        QVERIFY2(text.contains(QStringLiteral("Duration 28 min 10 s")), qPrintable(text));
        // Depth 3, 2, 3 -> 2.67 -> 3; Vision 3, 2 (capped: no evidence), 2 -> 2.33 -> 2: Depth 3 x Vision 2.
        QVERIFY2(text.contains(QStringLiteral("Over 3 scored answer(s): mean Depth 2.67 -> 3, mean Vision 2.33 -> 2")),
                 qPrintable(text));
    }

    // A fresh account has no Documents folder yet: the default folder is made; a name taken by a file
    // is an error that names the path.
    void theDefaultFolderIsMadeWhenMissing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("home/Documents"));
        QVERIFY(!QFileInfo::exists(folder));
        ReportDocument::makeFolder(folder);
        QVERIFY(QFileInfo(folder).isDir());
        ReportDocument::makeFolder(folder);  // there already: nothing to do
        const QString path = QDir(folder).filePath(QStringLiteral("solo.pdf"));
        QVERIFY(ScorecardReport(*m_database, m_content).write(m_sessionId, path, PaperSize::A4, now()) >= 1);

        const QString taken = m_dir.filePath(QStringLiteral("taken"));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        try {
            ReportDocument::makeFolder(taken);
            QFAIL("a file in the way was not reported");
        } catch (const ReportError& error) {
            QCOMPARE(error.message(), QStringLiteral("Cannot create the folder %1: a file has that name.")
                                          .arg(QDir::toNativeSeparators(taken)));
        }
    }

private:
    static QDateTime now() { return QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC); }

    // How far down the page the content reaches, as a share of the room above the footer (the footer is
    // the lowest line on every page: the document title and the page number).
    static double pageFill(const QString& pdf, int page)
    {
        const QList<PdfProbe::Word> words = PdfProbe::words(pdf, page);
        qreal footerTop = 0.0;
        for (const PdfProbe::Word& word : words)
            footerTop = std::max(footerTop, word.box.top());
        qreal bottom = 0.0;
        for (const PdfProbe::Word& word : words)
            if (word.box.bottom() < footerTop - 1.0)
                bottom = std::max(bottom, word.box.bottom());
        return footerTop > 0.0 ? bottom / footerTop : 0.0;
    }

    static interview::AnswerScore self(int depth, int vision, std::uint8_t evidence, const QString& why)
    {
        interview::AnswerScore score;
        score.interviewer = QString::fromLatin1(interview::CalibrationGap::kSelf);
        score.depth = depth;
        score.vision = vision;
        score.evidence = evidence;
        score.justification = why;
        score.submitted = true;
        return score;
    }

    // Three answers from the shipped bank, self-scored, self-assessed matrix levels, no notes.
    std::int64_t storeSoloSession()
    {
        interview::Session session;
        session.mode = interview::SessionMode::SoloPractice;
        session.status = interview::SessionStatus::Completed;
        session.candidate = QStringLiteral("Sam Field");
        session.interviewers = {QString::fromLatin1(interview::CalibrationGap::kSelf)};
        session.rounds = {interview::RoundKind::Technical, interview::RoundKind::Pm};
        session.startedAt = now().addDays(-1);
        session.updatedAt = session.startedAt;
        session.elapsedMs = (28 * 60 + 10) * 1000;
        const QList<interview::Question> technical = m_content.questions(interview::RoundKind::Technical);
        const QList<interview::Question> pm = m_content.questions(interview::RoundKind::Pm);
        const auto ask = [&](interview::RoundKind round, const interview::Question& question, const QString& answer,
                             const interview::AnswerScore& score) {
            interview::AskedQuestion asked;
            asked.round = round;
            asked.questionId = question.id;
            asked.answer = answer;
            asked.scores = {score};
            session.questions << asked;
        };
        const std::uint8_t policy = std::uint8_t(interview::VisionEvidence::ProposedPolicy);
        ask(interview::RoundKind::Technical, technical.value(0),
            QStringLiteral("The scheduler admits the job, places it by topology, and I would add a priority "
                           "queue to cut p95 queueing delay by about 5 %, agreed with the networking team."),
            self(3, 3, policy, QStringLiteral("proposed a priority queue")));
        ask(interview::RoundKind::Technical, technical.value(1),
            QStringLiteral("I would retry failed nodes and page the on-call."), self(2, 3, 0, QString()));
        ask(interview::RoundKind::Pm, pm.value(0),
            QStringLiteral("Throughput is the KPI; the fleet team and the product team both sign off."),
            self(3, 2, policy, QStringLiteral("tied to throughput")));
        for (interview::MatrixDimension dimension : interview::kAllDimensions)
            session.matrix.self.insert(dimension, 3);
        session.recommendation = interview::Recommendation::No;
        session.recommendationReason = QStringLiteral("Vision needs evidence");
        return storage::SessionStore(*m_database).create(session);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    interview::ContentLibrary m_content;
    std::int64_t m_sessionId = 0;
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    SoloScorecardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "soloscorecardtest.moc"

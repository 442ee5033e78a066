// The studio's two page-level PDF exports, read back with pdftotext: the Committee page's committee PDF
// (every interviewer, the flags) and the Portfolio page's one-page candidate summary.
#include "committee/committeepage.h"
#include "interviewrecords.h"
#include "pdfprobe.h"
#include "portfolio/portfoliopage.h"

#include "storage/democandidate.h"
#include "storage/scorecardexchange.h"

#include <QAction>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace debrief;
using namespace debrief::studio;

class StudioPdfExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!PdfProbe::available())
            QSKIP("pdftotext is not installed (poppler-utils; scripts/test installs it)");
    }

    void committeePageWritesEveryInterviewerAndTheFlags()
    {
        InterviewRecords records(m_dir.filePath(QStringLiteral("committee.sqlite")));
        QVERIFY(records.isOpen());
        const QString data = QStringLiteral(DEBRIEF_TEST_DATA "/studio/committee/");
        const std::int64_t id =
            storage::ScorecardExchange(records.database()).importFile(data + QStringLiteral("alex.json"), records.content()).sessionId;
        CommitteePage page(records);
        page.showSession(id);
        QVERIFY(!page.exportAction()->isEnabled());  // nothing imported into the committee yet
        QCOMPARE(page.importFiles({data + QStringLiteral("alex.json"), data + QStringLiteral("sam-split.json")}), 2);
        QVERIFY(page.exportAction()->isEnabled());

        const QString pdf = m_dir.filePath(QStringLiteral("committee.pdf"));
        QString error;
        QVERIFY2(page.exportPdf(pdf, report::PaperSize::A4, &error), qPrintable(error));
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        QVERIFY2(text.contains(QStringLiteral("Alex Moreno")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Sam Okafor")));
        QVERIFY(text.contains(QStringLiteral("Sam Okafor gave Depth 1, Alex Moreno gave 3 (2 points apart)")));
        QVERIFY(PdfProbe::images(pdf).isEmpty());

        QVERIFY(!page.exportPdf(m_dir.filePath(QStringLiteral("no-such-folder/committee.pdf")), report::PaperSize::A4,
                                &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
    }

    void portfolioPageWritesTheOnePageSummary()
    {
        InterviewRecords records(m_dir.filePath(QStringLiteral("portfolio.sqlite")));
        QVERIFY(records.isOpen());
        storage::DemoCandidate::fill(records.database());
        PortfolioPage page(records);
        QCOMPARE(page.candidate(), storage::DemoCandidate::name());
        QVERIFY(page.exportSummaryAction()->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(page.exportSummaryPdf(pdf, report::PaperSize::Letter, &error), qPrintable(error));
        QCOMPARE(PdfProbe::pages(pdf), 1);
        QVERIFY(PdfProbe::pageSize(pdf).startsWith(QStringLiteral("612 x 792")));
        const QString text = PdfProbe::simplified(PdfProbe::text(pdf));
        QVERIFY2(text.contains(QStringLiteral("Priya Raman")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Cross-team latency budget for the training fabric")));
        QVERIFY(text.contains(QStringLiteral("307.0")));  // the demo portfolio's total score
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(StudioPdfExportTest)
#include "studiopdfexporttest.moc"

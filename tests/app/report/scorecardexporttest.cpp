// File > Export scorecard... in the main window, on a temporary database with the demo candidate: the
// shortcut opens the dialog, the session on the Debrief page is the one exported, the chosen paper and
// file are used, a failure shows its reason and keeps the dialog open.
#include "pdfprobe.h"

#include "../markingtranslator.h"
#include "debrief/debriefpage.h"
#include "interviewrecords.h"
#include "mainwindow.h"
#include "scorecard/scorecardexportdialog.h"
#include "shell/languageswitch.h"

#include "storage/democandidate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace debrief::studio;

namespace {

QAction* exportAction(const QMainWindow& window)
{
    for (QAction* action : window.menuBar()->findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(QKeySequence::Print))
            return action;
    return nullptr;
}

QPushButton* button(const QWidget& parent, const QString& text)
{
    for (QPushButton* candidate : parent.findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

// Runs `work` on the modal dialog the next event loop shows.
void onDialog(const std::function<void(ScorecardExportDialog&)>& work)
{
    QTimer::singleShot(0, [work] {
        auto* dialog = qobject_cast<ScorecardExportDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        work(*dialog);
    });
}

}  // namespace

class ScorecardExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfProbe::available())
            QSKIP("pdftotext is not on PATH (install poppler-utils): the PDFs cannot be read back");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Debrief shows session 2 (the technical + PM mock); Ctrl+P, type a path, choose Letter,
    // click Export: that session's PDF on Letter, and the status bar says where it went.
    void exportsTheSessionOnTheDebriefPage()
    {
        MainWindow window(nullptr, m_dir.filePath(QStringLiteral("window.sqlite")));
        debrief::storage::DemoCandidate::fill(window.interviewRecords()->database());
        auto* debrief = qobject_cast<DebriefPage*>(window.page(QStringLiteral("debrief")));
        QVERIFY(debrief);
        debrief->showSession(2);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = exportAction(window);
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Export scorecard PDF..."));

        const QString file = m_dir.filePath(QStringLiteral("mock-2.pdf"));
        bool ran = false;
        onDialog([&](ScorecardExportDialog& dialog) {
            ran = true;
            QCOMPARE(dialog.sessionId(), 2);
            auto* path = dialog.findChild<QLineEdit*>();
            QVERIFY(path->text().endsWith(QStringLiteral(".pdf")));
            path->selectAll();
            QTest::keyClick(path, Qt::Key_Delete);
            QTest::keyClicks(path, file);
            auto* paper = dialog.findChild<QComboBox*>();
            paper->setFocus();
            QTest::keyClick(paper, Qt::Key_Home);
            QTest::keyClick(paper, Qt::Key_Down);
            QCOMPARE(paper->currentText(), QStringLiteral("Letter"));
            QTest::mouseClick(button(dialog, QStringLiteral("&Export")), Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(ran);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Scorecard saved to %1 (5 page(s))").arg(QDir::toNativeSeparators(file)));
        QCOMPARE(PdfProbe::pageSize(file), QStringLiteral("612 x 792 pts (letter)"));
        const QString text = PdfProbe::simplified(PdfProbe::text(file));
        QVERIFY2(text.contains(QStringLiteral("Technical, PM")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Prioritisation answer has no KPI and no budget reasoning.")));
        QVERIFY(text.contains(QStringLiteral("This session had no product design round.")));
    }

    // A folder that does not exist: an error box with the reason, the dialog still open to try again.
    void aFailureShowsItsReasonAndKeepsTheDialog()
    {
        MainWindow window(nullptr, m_dir.filePath(QStringLiteral("failure.sqlite")));
        debrief::storage::DemoCandidate::fill(window.interviewRecords()->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = m_dir.filePath(QStringLiteral("no-folder/x.pdf"));
        QString error;
        bool stillOpen = false;
        onDialog([&](ScorecardExportDialog& dialog) {
            QCOMPARE(dialog.sessionId(), 3);  // nothing on the Debrief page chosen: the latest session
            dialog.setFileName(file);
            QTest::mouseClick(button(dialog, QStringLiteral("&Export")), Qt::LeftButton);
            auto* box = dialog.findChild<QMessageBox*>();
            QVERIFY(box);
            error = box->text();
            stillOpen = dialog.isVisible();
            box->accept();
            dialog.reject();
        });
        exportAction(window)->trigger();
        QCOMPARE(error,
                 QStringLiteral("Cannot write %1: No such file or directory").arg(QDir::toNativeSeparators(file)));
        QVERIFY(stillOpen);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Scorecard not exported: ") + error);
        QVERIFY(!QFile::exists(file));
    }

    // An empty database: nothing to export, the Export button is off.
    void nothingToExport()
    {
        InterviewRecords records(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(records.isOpen());
        ScorecardExportDialog dialog(records, 0);
        QCOMPARE(dialog.sessionId(), 0);
        QVERIFY(!button(dialog, QStringLiteral("&Export"))->isEnabled());
        bool said = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            said = said || label->text() == QStringLiteral("There is no session to export yet.");
        QVERIFY(said);
        QVERIFY(!dialog.exportScorecard());
    }

    // A language switch while the dialog is open rewords it; the chosen paper and the typed file stay.
    void languageSwitchRetranslatesTheDialog()
    {
        InterviewRecords records(m_dir.filePath(QStringLiteral("switch.sqlite")));
        QVERIFY(records.isOpen());
        debrief::storage::DemoCandidate::fill(records.database());
        ScorecardExportDialog dialog(records, 0);
        dialog.show();
        QVERIFY(dialog.sessionId() > 0);
        dialog.setPaper(debrief::report::PaperSize::Letter);
        const QString file = m_dir.filePath(QStringLiteral("typed by hand.pdf"));
        dialog.setFileName(file);
        QLabel* session = nullptr;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().startsWith(QStringLiteral("Priya Raman, ")))
                session = label;
        }
        QVERIFY(session);
        const QString sessionText = session->text();
        QVERIFY(sessionText.endsWith(QStringLiteral(" (session %1)").arg(dialog.sessionId())));
        auto* paper = dialog.findChild<QComboBox*>();
        QCOMPARE(paper->currentText(), QStringLiteral("Letter"));
        QPushButton* exportButton = button(dialog, QStringLiteral("&Export"));
        QPushButton* browse = button(dialog, QStringLiteral("&Browse..."));
        QVERIFY(exportButton && browse);

        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString x = QStringLiteral("[x] ");
        QTRY_COMPARE(dialog.windowTitle(), x + QStringLiteral("Export scorecard"));
        QCOMPARE(exportButton->text(), x + QStringLiteral("&Export"));
        QCOMPARE(browse->text(), x + QStringLiteral("&Browse..."));
        QCOMPARE(session->text(), x + sessionText);
        QCOMPARE(paper->currentText(), x + QStringLiteral("Letter"));
        QCOMPARE(paper->accessibleName(), x + QStringLiteral("Paper size"));
        bool caption = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            caption = caption || label->text() == x + QStringLiteral("&Paper size:");
        QVERIFY(caption);
        QCOMPARE(dialog.paper(), debrief::report::PaperSize::Letter);
        QCOMPARE(dialog.fileName(), file);

        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Export scorecard"));
        QCOMPARE(session->text(), sessionText);
        QCOMPARE(paper->currentText(), QStringLiteral("Letter"));

        QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
        QTRY_COMPARE(exportButton->text(), QStringLiteral("&Exportieren"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Bewertungsbogen exportieren"));
        QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
        QTRY_COMPARE(exportButton->text(), QStringLiteral("&Export"));
        QCOMPARE(dialog.fileName(), file);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(ScorecardExportTest)
#include "scorecardexporttest.moc"

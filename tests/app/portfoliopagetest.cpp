// The Portfolio page on the demo candidate: the Orchestration Impact Score per project and in total,
// the score following each typed edit (saved at once, undoable), adding and removing projects, the
// Orchestration Ready flag, and the mistake catalogue's warnings.
#include "portfolio/portfoliopage.h"
#include "interviewrecords.h"
#include "markingtranslator.h"
#include "portfolio/portfoliotablemodel.h"
#include "portfolio/projectwarnings.h"
#include "shell/languageswitch.h"
#include "widgets/pdftargetdialog.h"

#include "storage/democandidate.h"
#include "storage/portfoliostore.h"
#include "storage/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::PortfolioStore;

class PortfolioPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoPortfolioWithItsScores();
    void thePortfolioScoreUpdatesOnEdit();
    void teamsAreCountedAsCollaborations();
    void addRemoveAndUndoKeepTheReadyFlagRight();
    void warningsComeFromTheMistakeCatalogue();
    void followsTheLatestCandidate();
    void theUndoButtonTakesBackTheTypingInProgress();
    void languageSwitchRetranslatesThePage();
    void languageSwitchRetranslatesTheSummaryDialog();
    void closingThePageSavesUnfinishedTyping();

private:
    std::unique_ptr<PortfolioPage> openPage();
    QString cell(const PortfolioPage& page, int row, int column) const;
    void clickRow(PortfolioPage& page, int row);
    void retype(QWidget* field, const QString& text);
    QList<PortfolioProject> stored() const;

    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
};

void PortfolioPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void PortfolioPageTest::init()
{
    static int run = 0;
    m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("portfolio-%1.sqlite").arg(++run)));
    QVERIFY(m_records->isOpen());
    debrief::storage::DemoCandidate::fill(m_records->database());
}

void PortfolioPageTest::cleanup()
{
    m_records.reset();
}

std::unique_ptr<PortfolioPage> PortfolioPageTest::openPage()
{
    auto page = std::make_unique<PortfolioPage>(*m_records);
    page->resize(1270, 800);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    return page;
}

QString PortfolioPageTest::cell(const PortfolioPage& page, int row, int column) const
{
    return page.table()->model()->index(row, column).data().toString();
}

void PortfolioPageTest::clickRow(PortfolioPage& page, int row)
{
    const QRect rect = page.table()->visualRect(page.table()->model()->index(row, PortfolioTableModel::TitleColumn));
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
}

// Selects what the field holds and types over it, then Return: one finished edit, as a person makes it.
void PortfolioPageTest::retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QList<PortfolioProject> PortfolioPageTest::stored() const
{
    return PortfolioStore(m_records->database()).list(debrief::storage::DemoCandidate::name());
}

void PortfolioPageTest::showsTheDemoPortfolioWithItsScores()
{
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->candidate(), QStringLiteral("Priya Raman"));
    QCOMPARE(page->table()->model()->rowCount(), 3);
    // Teams x gain: 3 x (6 - 5.1) / 6 = 3 x 15 % = 45; 2 x 32 / 120 = 2 x 26.67 % = 53.33;
    // 3 x 1.6 / 2.3 = 3 x 69.57 % = 208.70; total 307.03.
    QCOMPARE(cell(*page, 0, PortfolioTableModel::GainColumn), QStringLiteral("15.0 %"));
    QCOMPARE(cell(*page, 0, PortfolioTableModel::ScoreColumn), QStringLiteral("45.0"));
    QCOMPARE(cell(*page, 1, PortfolioTableModel::GainColumn), QStringLiteral("26.7 %"));
    QCOMPARE(cell(*page, 1, PortfolioTableModel::ScoreColumn), QStringLiteral("53.3"));
    QCOMPARE(cell(*page, 2, PortfolioTableModel::GainColumn), QStringLiteral("69.6 %"));
    QCOMPARE(cell(*page, 2, PortfolioTableModel::ScoreColumn), QStringLiteral("208.7"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 307.0"));
    // 7 + 4 + 5 = 16 months of cross-team work, at least 6 needed.
    QVERIFY(page->impact().orchestrationReady);
    QCOMPARE(page->readyLabel()->text(),
             QStringLiteral("Orchestration Ready: 16 month(s) of cross-team orchestration work (at least 6 needed)"));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(cell(*page, row, PortfolioTableModel::WarningsColumn), QStringLiteral("–"));
    // The first project is in the form.
    QCOMPARE(page->titleEdit()->text(), QStringLiteral("Topology-aware gang scheduling for 128+ GPU jobs"));
    QCOMPARE(page->teamsEdit()->text(), QStringLiteral("storage, networking, SRE"));
    QCOMPARE(page->afterBox()->value(), 5.1);
    QCOMPARE(page->projectScoreLabel()->text(), QStringLiteral("3 other team(s) × 15.0 % gain = 45.0"));
    QVERIFY2(page->minimumSizeHint().width() <= 820, qPrintable(QString::number(page->minimumSizeHint().width())));
}

void PortfolioPageTest::thePortfolioScoreUpdatesOnEdit()
{
    auto page = openPage();
    QVERIFY(page);
    // After 5.1 -> 4.2: gain (6 - 4.2) / 6 = 30 %, score 3 x 30 = 90; total 90 + 53.33 + 208.70 = 352.03.
    retype(page->afterBox(), QStringLiteral("4.2"));
    QCOMPARE(cell(*page, 0, PortfolioTableModel::ScoreColumn), QStringLiteral("90.0"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 352.0"));
    QCOMPARE(page->projectScoreLabel()->text(), QStringLiteral("3 other team(s) × 30.0 % gain = 90.0"));
    QCOMPARE(stored().at(0).after, 4.2);  // saved at once
    QCOMPARE(page->undoStack()->count(), 1);

    // Higher is better now: the same numbers are a 30 % regression, which counts as no gain.
    // A click on the check box's indicator (the row is wider than the box's text).
    QTest::mouseClick(page->lowerIsBetterBox(), Qt::LeftButton, {}, QPoint(8, page->lowerIsBetterBox()->height() / 2));
    QCOMPARE(cell(*page, 0, PortfolioTableModel::GainColumn), QStringLiteral("-30.0 %"));
    QCOMPARE(cell(*page, 0, PortfolioTableModel::ScoreColumn), QStringLiteral("0.0"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 262.0"));
    QCOMPARE(stored().at(0).lowerIsBetter, false);

    // Ctrl+Z from the table (in a text field it undoes typing in that field first).
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().at(0).lowerIsBetter, true);
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 352.0"));
    page->undoStack()->undo();
    QCOMPARE(stored().at(0).after, 5.1);
    QCOMPARE(page->afterBox()->value(), 5.1);
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 307.0"));
    page->undoStack()->redo();
    QCOMPARE(stored().at(0).after, 4.2);
    QCOMPARE(cell(*page, 0, PortfolioTableModel::ScoreColumn), QStringLiteral("90.0"));
}

void PortfolioPageTest::teamsAreCountedAsCollaborations()
{
    auto page = openPage();
    QVERIFY(page);
    clickRow(*page, 1);
    QCOMPARE(page->titleEdit()->text(), QStringLiteral("Cross-team latency budget for the training fabric"));
    // One other team instead of two: 1 x 26.67 = 26.67; total 45 + 26.67 + 208.70 = 280.36.
    retype(page->teamsEdit(), QStringLiteral("networking, , Networking "));
    QCOMPARE(stored().at(1).teams, (QStringList{QStringLiteral("networking"), QStringLiteral("Networking")}));
    QCOMPARE(cell(*page, 1, PortfolioTableModel::ScoreColumn), QStringLiteral("26.7"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 280.4"));
    // Returning without a change is no edit.
    QTest::keyClick(page->teamsEdit(), Qt::Key_Return);
    QCOMPARE(page->undoStack()->count(), 1);
    // An empty title is refused and put back.
    retype(page->titleEdit(), QString());
    QCOMPARE(page->titleEdit()->text(), QStringLiteral("Cross-team latency budget for the training fabric"));
    QCOMPARE(page->undoStack()->count(), 1);
}

void PortfolioPageTest::addRemoveAndUndoKeepTheReadyFlagRight()
{
    auto page = openPage();
    QVERIFY(page);
    page->addProjectAction()->trigger();
    QCOMPARE(stored().size(), 4);
    QCOMPARE(page->table()->model()->rowCount(), 4);
    QCOMPARE(page->titleEdit()->text(), QStringLiteral("New project"));
    QCOMPARE(page->currentProjectId(), stored().at(3).id);
    QCOMPARE(cell(*page, 3, PortfolioTableModel::ScoreColumn), QStringLiteral("0.0"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 307.0"));
    QTest::keyClicks(page->titleEdit(), QStringLiteral("Checkpoint cadence"));  // the new title is selected
    QTest::keyClick(page->titleEdit(), Qt::Key_Return);
    QCOMPARE(stored().at(3).title, QStringLiteral("Checkpoint cadence"));

    // Remove the failures project (5 months) and then the placement one (7): 4 months are left, not ready.
    clickRow(*page, 2);
    const std::int64_t failuresId = stored().at(2).id;
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(stored().size(), 3);
    QVERIFY(page->impact().orchestrationReady);  // 7 + 4 = 11 months
    clickRow(*page, 0);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(stored().size(), 2);
    QVERIFY(!page->impact().orchestrationReady);
    QCOMPARE(page->readyLabel()->text(),
             QStringLiteral("Not Orchestration Ready: 4 month(s) of cross-team orchestration work, 6 needed"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 53.3"));

    page->undoStack()->undo();
    page->undoStack()->undo();
    QCOMPARE(stored().size(), 4);
    QCOMPARE(stored().at(2).id, failuresId);  // back under its own id
    QCOMPARE(stored().at(2).months, 5);
    QVERIFY(page->impact().orchestrationReady);
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 307.0"));
    // Undo the title and the add; redo both: the project comes back under the same id with its title.
    const std::int64_t addedId = stored().at(3).id;
    page->undoStack()->undo();
    page->undoStack()->undo();
    QCOMPARE(stored().size(), 3);
    page->undoStack()->redo();
    page->undoStack()->redo();
    QCOMPARE(stored().size(), 4);
    QCOMPARE(stored().at(3).id, addedId);
    QCOMPARE(stored().at(3).title, QStringLiteral("Checkpoint cadence"));
}

void PortfolioPageTest::warningsComeFromTheMistakeCatalogue()
{
    auto page = openPage();
    QVERIFY(page);
    page->addProjectAction()->trigger();
    retype(page->titleEdit(), QStringLiteral("Attention kernel rewrite"));
    retype(page->roleEdit(), QStringLiteral("led the rewrite"));
    retype(page->metricEdit(), QStringLiteral("attention kernel time (ms)"));
    const std::int64_t id = page->currentProjectId();
    QCOMPARE(ProjectWarnings::spokenText(stored().at(3)),
             QStringLiteral("I led the rewrite. Attention kernel rewrite. attention kernel time (ms)"));
    QStringList ids;
    for (const Mistake& mistake : page->warnings(id))
        ids << mistake.id;
    // By where each is found: "I led" first, then "kernel".
    QCOMPARE(ids, (QStringList{QStringLiteral("led-without-scope"), QStringLiteral("kernel-without-kpi")}));
    QCOMPARE(cell(*page, 3, PortfolioTableModel::WarningsColumn), QStringLiteral("2"));
    QCOMPARE(page->warningList()->count(), 2);
    QVERIFY(page->warningList()->item(0)->text().startsWith(QStringLiteral("Claiming to lead when you contributed: ")));

    // A system number and the real scope clear both.
    retype(page->metricEdit(), QStringLiteral("job completion time of the largest jobs (hours)"));
    retype(page->roleEdit(), QStringLiteral("co-owned the rewrite with the frameworks team"));
    QVERIFY(page->warnings(id).isEmpty());
    QCOMPARE(cell(*page, 3, PortfolioTableModel::WarningsColumn), QStringLiteral("–"));
    QCOMPARE(page->warningList()->count(), 1);
    QCOMPARE(page->warningList()->item(0)->text(),
             QStringLiteral("No mistake from the catalogue in this project's description."));
}

void PortfolioPageTest::followsTheLatestCandidate()
{
    auto page = openPage();
    QVERIFY(page);
    Session session;
    session.candidate = QStringLiteral("Sam Lee");
    session.interviewers = {QStringLiteral("self")};
    session.rounds = {RoundKind::Screen};
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.updatedAt = session.startedAt;
    debrief::storage::SessionStore(m_records->database()).create(session);
    m_records->announceSessionsChanged();
    QCOMPARE(page->candidate(), QStringLiteral("Sam Lee"));
    QCOMPARE(page->table()->model()->rowCount(), 0);
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 0.0"));
    QCOMPARE(page->readyLabel()->text(),
             QStringLiteral("Not Orchestration Ready: 0 month(s) of cross-team orchestration work, 6 needed"));
    QVERIFY(!page->removeProjectAction()->isEnabled());
    page->addProjectAction()->trigger();
    QCOMPARE(PortfolioStore(m_records->database()).list(QStringLiteral("Sam Lee")).size(), 1);
    QCOMPARE(stored().size(), 3);  // Priya's projects are untouched
}

void PortfolioPageTest::languageSwitchRetranslatesThePage()
{
    auto page = openPage();
    QVERIFY(page);
    clickRow(*page, 1);
    QCOMPARE(page->table()->currentIndex().row(), 1);
    const QString secondTitle = stored().at(1).title;
    QCOMPARE(page->titleEdit()->text(), secondTitle);
    // Typing not yet finished (no Return, focus stays) must survive the switch.
    page->titleEdit()->setFocus();
    page->titleEdit()->end(false);
    QTest::keyClicks(page->titleEdit(), QStringLiteral(" v2"));
    const int kpiIndex = page->kpiBox()->currentIndex();
    const QString kpiText = page->kpiBox()->currentText();
    auto* form = qobject_cast<QGroupBox*>(page->titleEdit()->parentWidget());
    QVERIFY(form);
    QCOMPARE(form->title(), QStringLiteral("Selected project"));
    QGroupBox* warningsBox = nullptr;
    for (QGroupBox* box : page->findChildren<QGroupBox*>()) {
        if (box->title() == QStringLiteral("Warnings from the mistake catalogue"))
            warningsBox = box;
    }
    QVERIFY(warningsBox);
    const auto header = [&](int column) {
        return page->table()->model()->headerData(column, Qt::Horizontal).toString();
    };
    const QString scoreTip =
        page->table()->model()->index(1, PortfolioTableModel::ScoreColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(scoreTip, QStringLiteral("2 other team(s) × 26.7 % gain"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString x = QStringLiteral("[x] ");
    QTRY_COMPARE(form->title(), x + QStringLiteral("Selected project"));
    QCOMPARE(warningsBox->title(), x + QStringLiteral("Warnings from the mistake catalogue"));
    QCOMPARE(page->lowerIsBetterBox()->text(), x + QStringLiteral("&Lower is better"));
    QCOMPARE(page->addProjectAction()->text(), x + QStringLiteral("&Add project"));
    QCOMPARE(page->removeProjectAction()->text(), x + QStringLiteral("Re&move project"));
    QCOMPARE(page->exportSummaryAction()->text(), x + QStringLiteral("Export &summary PDF..."));
    QCOMPARE(header(PortfolioTableModel::TitleColumn), x + QStringLiteral("Project"));
    QCOMPARE(header(PortfolioTableModel::ScoreColumn), x + QStringLiteral("Impact score"));
    QCOMPARE(page->table()->horizontalHeader()->model()->headerData(PortfolioTableModel::TeamsColumn, Qt::Horizontal),
             QVariant(x + QStringLiteral("Other teams")));
    QCOMPARE(page->table()->model()->index(1, PortfolioTableModel::ScoreColumn).data(Qt::ToolTipRole).toString(),
             x + scoreTip);
    QCOMPARE(page->totalLabel()->text(), x + QStringLiteral("Orchestration Impact Score: 307.0"));
    QCOMPARE(
        page->readyLabel()->text(),
        x + QStringLiteral("Orchestration Ready: 16 month(s) of cross-team orchestration work (at least 6 needed)"));
    QCOMPARE(page->projectScoreLabel()->text(), x + QStringLiteral("2 other team(s) × 26.7 % gain = 53.3"));
    QCOMPARE(page->warningList()->item(0)->text(),
             x + QStringLiteral("No mistake from the catalogue in this project's description."));
    QCOMPARE(page->teamsEdit()->placeholderText(), x + QStringLiteral("other teams, separated by commas"));
    QCOMPARE(page->monthsBox()->suffix(), x + QStringLiteral(" months"));
    QCOMPARE(page->kpiBox()->currentIndex(), kpiIndex);
    QCOMPARE(page->kpiBox()->currentText(), x + kpiText);
    bool titleCaption = false;
    for (QLabel* label : form->findChildren<QLabel*>())
        titleCaption = titleCaption || label->text() == x + QStringLiteral("&Title:");
    QVERIFY(titleCaption);
    // The state is kept: the selected row, the typed title, nothing saved or pushed.
    QCOMPARE(page->table()->currentIndex().row(), 1);
    QCOMPARE(page->titleEdit()->text(), secondTitle + QStringLiteral(" v2"));
    QCOMPARE(page->undoStack()->count(), 0);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(form->title(), QStringLiteral("Selected project"));
    QCOMPARE(header(PortfolioTableModel::TitleColumn), QStringLiteral("Project"));
    QCOMPARE(page->totalLabel()->text(), QStringLiteral("Orchestration Impact Score: 307.0"));
    QCOMPARE(page->projectScoreLabel()->text(), QStringLiteral("2 other team(s) × 26.7 % gain = 53.3"));
    QCOMPARE(page->kpiBox()->currentText(), kpiText);

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(form->title(), QStringLiteral("Ausgewähltes Projekt"));
    QCOMPARE(header(PortfolioTableModel::TeamsColumn), QStringLiteral("Andere Teams"));
    // Numbers follow the German locale: the table's gain and the form's spin boxes.
    QCOMPARE(cell(*page, 1, PortfolioTableModel::GainColumn), QStringLiteral("26,7 %"));
    QCOMPARE(page->beforeBox()->text(),
             QLocale(QLocale::German, QLocale::Germany).toString(stored().at(1).before, 'f', 2));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(form->title(), QStringLiteral("Selected project"));
    QCOMPARE(page->titleEdit()->text(), secondTitle + QStringLiteral(" v2"));
    // Leaving the field saves the typing, once.
    page->titleEdit()->clearFocus();
    QCOMPARE(page->undoStack()->count(), 1);
    QCOMPARE(stored().at(1).title, secondTitle + QStringLiteral(" v2"));
}

void PortfolioPageTest::languageSwitchRetranslatesTheSummaryDialog()
{
    auto page = openPage();
    QVERIFY(page);
    bool checked = false;
    // The export asks where in a modal dialog; the language changes while it is open.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PdfTargetDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export candidate summary"));
        QPushButton* ok = nullptr;
        for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("E&xport"))
                ok = button;
        }
        QVERIFY(ok);
        QVERIFY(ok->isDefault());
        dialog->setPaper(debrief::report::PaperSize::Letter);
        auto* paper = dialog->findChild<QComboBox*>();
        const QString file = dialog->fileName();
        QVERIFY(file.endsWith(QStringLiteral("Priya Raman summary.pdf")));

        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString x = QStringLiteral("[x] ");
        QTRY_COMPARE(dialog->windowTitle(), x + QStringLiteral("Export candidate summary"));
        QCOMPARE(ok->text(), x + QStringLiteral("E&xport"));
        QCOMPARE(paper->currentText(), x + QStringLiteral("Letter"));
        bool caption = false;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            caption = caption || label->text() == x + QStringLiteral("&File:");
        QVERIFY(caption);
        QCOMPARE(dialog->fileName(), file);
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Export candidate summary"));
        QCOMPARE(paper->currentText(), QStringLiteral("Letter"));
        QCOMPARE(dialog->paper(), debrief::report::PaperSize::Letter);
        checked = true;
        dialog->reject();
    });
    page->exportSummaryAction()->trigger();
    QVERIFY(checked);
}

void PortfolioPageTest::closingThePageSavesUnfinishedTyping()
{
    {
        auto page = openPage();
        QVERIFY(page);
        page->titleEdit()->setFocus();
        page->titleEdit()->end(false);
        QTest::keyClicks(page->titleEdit(), QStringLiteral(" (draft)"));
    }  // closed with the focus still in the title
    QCOMPARE(stored().at(0).title, QStringLiteral("Topology-aware gang scheduling for 128+ GPU jobs (draft)"));
}

// The Undo tool button takes no focus, so the field being typed in never finishes: the typing must
// become its own step first, and the click undoes exactly that (not the step before, over the typing).
void PortfolioPageTest::theUndoButtonTakesBackTheTypingInProgress()
{
    auto page = openPage();
    QVERIFY(page);
    const QString before = page->roleEdit()->text();
    retype(page->afterBox(), QStringLiteral("4.2"));  // one earlier step
    QCOMPARE(page->undoStack()->count(), 1);
    page->roleEdit()->setFocus();
    page->roleEdit()->selectAll();
    QTest::keyClicks(page->roleEdit(), QStringLiteral("owner of the placement roll-out"));
    QToolButton* undoButton = nullptr;
    for (QToolButton* button : page->findChildren<QToolButton*>()) {
        if (button->defaultAction() && button->defaultAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            undoButton = button;
    }
    QVERIFY(undoButton);
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QCOMPARE(stored().at(0).role, before);  // the typing was saved as a step, then undone
    QCOMPARE(page->roleEdit()->text(), before);
    QCOMPARE(stored().at(0).after, 4.2);  // the earlier step stands
    page->undoStack()->redo();
    QCOMPARE(stored().at(0).role, QStringLiteral("owner of the placement roll-out"));
}

QTEST_MAIN(PortfolioPageTest)
#include "portfoliopagetest.moc"

// The History page on the demo candidate: the session model under QAbstractItemModelTester, sorting
// and filtering, the trend lines, two sessions side by side, delete and undo with nothing lost.
#include "history/historypage.h"
#include "debrief/debriefpage.h"
#include "history/sessiontablemodel.h"
#include "interviewrecords.h"
#include "mainwindow.h"
#include "widgets/sessionpicker.h"
#include "widgets/timeserieschartview.h"

#include "shell/languageswitch.h"

#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include "markingtranslator.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::SessionStore;

namespace {

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

}  // namespace

class HistoryPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void showsMeanScoresWorkedByHand();
    void sortsByEachColumn();
    void filtersByText();
    void trendHasALinePerScore();
    void comparesTwoSessions();
    void deleteAndUndoLoseNothing();
    void doubleClickOpensTheDebrief();
    void languageSwitchRetranslatesThePage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
};

void HistoryPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void HistoryPageTest::init()
{
    static int run = 0;
    m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++run)));
    QVERIFY(m_records->isOpen());
    debrief::storage::DemoCandidate::fill(m_records->database());
}

void HistoryPageTest::cleanup()
{
    m_records.reset();
}

void HistoryPageTest::modelPassesTheTester()
{
    HistoryPage page(*m_records);
    QAbstractItemModelTester sourceTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->columnCount(), int(SessionTableModel::ColumnCount));
    // The main window must still fit 1000 px wide beside its 170 px page list.
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
    m_records->announceSessionsChanged();  // a reset under the testers
    page.filter()->setText(QStringLiteral("solo"));
    page.table()->sortByColumn(SessionTableModel::Vision, Qt::AscendingOrder);
    page.filter()->clear();
    QCOMPARE(page.proxy()->rowCount(), 3);
}

void HistoryPageTest::showsMeanScoresWorkedByHand()
{
    HistoryPage page(*m_records);
    const QAbstractItemModel* proxy = page.proxy();
    // Newest first. Week 3 mock: Depth (3+3+3+4+3+3)/6 = 3.17, Vision (4+3+3+4+4+3)/6 = 3.5.
    QCOMPARE(cell(proxy, 0, SessionTableModel::Depth), QStringLiteral("3.2"));
    QCOMPARE(cell(proxy, 0, SessionTableModel::Vision), QStringLiteral("3.5"));
    QCOMPARE(cell(proxy, 0, SessionTableModel::Recommendation), QStringLiteral("Yes"));
    QCOMPARE(cell(proxy, 0, SessionTableModel::Interviewers), QStringLiteral("Dana Okafor, Lukas Brandt"));
    // Week 2 mock: Depth (3+3+2+2+3+3+3+2)/8 = 2.625; Vision after the cap (3+3+3+2+2+3+3+1)/8 = 2.5.
    QCOMPARE(page.model()->entries().at(1).depth, 2.625);
    QCOMPARE(page.model()->entries().at(1).vision, 2.5);
    // Week 1 solo practice, self-scored: Depth (3+2+3)/3 = 2.67, Vision (2+1+2)/3 = 1.67.
    QCOMPARE(cell(proxy, 2, SessionTableModel::Depth), QStringLiteral("2.7"));
    QCOMPARE(cell(proxy, 2, SessionTableModel::Vision), QStringLiteral("1.7"));
    QCOMPARE(cell(proxy, 2, SessionTableModel::Mode), QStringLiteral("Solo practice"));
    QCOMPARE(cell(proxy, 2, SessionTableModel::Questions), QStringLiteral("3"));
}

void HistoryPageTest::sortsByEachColumn()
{
    HistoryPage page(*m_records);
    const QAbstractItemModel* proxy = page.proxy();
    // Depth ascending: week 2 (2.625), week 1 (2.67), week 3 (3.17).
    page.table()->sortByColumn(SessionTableModel::Depth, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, SessionTableModel::Questions), QStringLiteral("4"));
    QCOMPARE(cell(proxy, 1, SessionTableModel::Mode), QStringLiteral("Solo practice"));
    QCOMPARE(cell(proxy, 2, SessionTableModel::Recommendation), QStringLiteral("Yes"));
    // Vision ascending: week 1 (1.67) first.
    page.table()->sortByColumn(SessionTableModel::Vision, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, SessionTableModel::Mode), QStringLiteral("Solo practice"));
    // Started ascending: the oldest first, by date and time rather than by the text.
    page.table()->sortByColumn(SessionTableModel::Started, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, SessionTableModel::Mode), QStringLiteral("Solo practice"));
    QCOMPARE(cell(proxy, 2, SessionTableModel::Recommendation), QStringLiteral("Yes"));
}

void HistoryPageTest::filtersByText()
{
    HistoryPage page(*m_records);
    const QAbstractItemModel* proxy = page.proxy();
    page.filter()->setText(QStringLiteral("SOLO"));
    QCOMPARE(proxy->rowCount(), 1);
    page.filter()->setText(QStringLiteral("live mock"));
    QCOMPARE(proxy->rowCount(), 2);
    page.filter()->setText(QStringLiteral("yes"));
    QCOMPARE(proxy->rowCount(), 1);
    page.filter()->setText(QStringLiteral("Lukas"));
    QCOMPARE(proxy->rowCount(), 2);
    page.filter()->setText(QStringLiteral("priya"));
    QCOMPARE(proxy->rowCount(), 3);
    page.filter()->setText(QStringLiteral("nobody"));
    QCOMPARE(proxy->rowCount(), 0);
}

void HistoryPageTest::trendHasALinePerScore()
{
    HistoryPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.trend()->lineCount(), 6);  // Depth, Vision, four matrix dimensions
    const QList<QPointF> depth = page.trend()->shownPoints(0);
    QCOMPARE(depth.size(), 3);
    QCOMPARE(depth.at(0).x(), 0.0);
    QCOMPARE(depth.at(0).y(), 8.0 / 3.0);
    QCOMPARE(depth.at(1).y(), 2.625);
    QCOMPARE(depth.at(2).y(), 19.0 / 6.0);
    // Day 0 18:30 to day 13 16:00: 12 days and 21.5 hours.
    QCOMPARE(depth.at(2).x(), (13 * 24 - 2.5) / 24.0);
    // Roadmap impact: self 1 in the solo week, then the interviewer's 2 and 3.
    const QList<QPointF> roadmap = page.trend()->shownPoints(5);
    QCOMPARE(roadmap.size(), 3);
    QCOMPARE(roadmap.at(0).y(), 1.0);
    QCOMPARE(roadmap.at(1).y(), 2.0);
    QCOMPARE(roadmap.at(2).y(), 3.0);
}

void HistoryPageTest::comparesTwoSessions()
{
    HistoryPage page(*m_records);
    const QTableWidget* table = page.comparison();
    const auto row = [table](const QString& name) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == name)
                return r;
        }
        return -1;
    };
    // By default the two latest sessions, the older first.
    QCOMPARE(table->item(row(QStringLiteral("Recommendation")), 1)->text(), QStringLiteral("No"));
    QCOMPARE(table->item(row(QStringLiteral("Recommendation")), 2)->text(), QStringLiteral("Yes"));
    QCOMPARE(table->item(row(QStringLiteral("Roadmap impact")), 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(row(QStringLiteral("Roadmap impact")), 2)->text(), QStringLiteral("3"));
    QVERIFY(table->item(row(QStringLiteral("Roadmap impact")), 2)->font().bold());
    QVERIFY(!table->item(row(QStringLiteral("Cross-team communication")), 2)->font().bold() ||
            table->item(row(QStringLiteral("Cross-team communication")), 1)->text() !=
                table->item(row(QStringLiteral("Cross-team communication")), 2)->text());

    const QList<SessionHistoryEntry>& entries = page.model()->entries();
    page.compare(entries.at(2).summary.id, entries.at(0).summary.id);  // solo week 1 against week 3
    QCOMPARE(table->item(row(QStringLiteral("Mode")), 1)->text(), QStringLiteral("Solo practice"));
    QCOMPARE(table->item(row(QStringLiteral("Strategic Fit")), 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(row(QStringLiteral("Strategic Fit")), 2)->text(), QStringLiteral("4"));
}

void HistoryPageTest::deleteAndUndoLoseNothing()
{
    HistoryPage page(*m_records);
    const SessionStore store(m_records->database());
    const std::int64_t soloId = store.list().last().id;
    const Session before = store.load(soloId);

    QVERIFY(!page.deleteSelected());  // nothing selected
    page.filter()->setText(QStringLiteral("solo"));
    page.table()->selectRow(0);
    QVERIFY(page.deleteSelected());
    QCOMPARE(store.list().size(), 3 - 1);
    QVERIFY(!store.find(soloId));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.proxy()->rowCount(), 0);

    page.undoStack()->undo();
    const QList<debrief::storage::SessionSummary> sessions = store.list();
    QCOMPARE(sessions.size(), 3);
    QCOMPARE(page.proxy()->rowCount(), 1);
    const Session after = store.load(sessions.last().id);
    QCOMPARE(after.candidate, before.candidate);
    QCOMPARE(after.mode, before.mode);
    QCOMPARE(after.startedAt, before.startedAt);
    QCOMPARE(after.recommendation, before.recommendation);
    QCOMPARE(after.recommendationReason, before.recommendationReason);
    QCOMPARE(after.questions.size(), before.questions.size());
    for (int q = 0; q < before.questions.size(); ++q) {
        QCOMPARE(after.questions.at(q).answer, before.questions.at(q).answer);
        QCOMPARE(after.questions.at(q).scores.size(), before.questions.at(q).scores.size());
        QCOMPARE(after.questions.at(q).scores.first().justification,
                 before.questions.at(q).scores.first().justification);
    }
    QCOMPARE(after.notes.size(), before.notes.size());
    QCOMPARE(after.matrix.self, before.matrix.self);
    QCOMPARE(after.strategicFit, before.strategicFit);

    page.undoStack()->redo();
    QCOMPARE(store.list().size(), 2);
    page.undoStack()->undo();
    QCOMPARE(store.list().size(), 3);
}

void HistoryPageTest::doubleClickOpensTheDebrief()
{
    const QString path = m_records->database().path();
    m_records.reset();
    MainWindow window(nullptr, path);
    auto* history = qobject_cast<HistoryPage*>(window.page(QStringLiteral("history")));
    auto* debrief = qobject_cast<DebriefPage*>(window.page(QStringLiteral("debrief")));
    QVERIFY(history);
    QVERIFY(debrief);
    const QModelIndex oldest = history->proxy()->index(2, SessionTableModel::Candidate);  // newest first
    emit history->table()->doubleClicked(oldest);
    QCOMPARE(window.currentPage(), debrief);
    QCOMPARE(debrief->sessionId(), history->model()->entries().at(2).summary.id);
}

void HistoryPageTest::languageSwitchRetranslatesThePage()
{
    HistoryPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // State that must survive: the typed filter, the selected row, the compared pair.
    QTest::keyClicks(page.filter(), QStringLiteral("priya"));
    QCOMPARE(page.proxy()->rowCount(), 3);
    page.table()->selectRow(1);
    const QModelIndex selected = page.table()->selectionModel()->selectedRows().value(0);
    QVERIFY(selected.isValid());
    const QList<SessionHistoryEntry>& entries = page.model()->entries();
    page.compare(entries.at(2).summary.id, entries.at(0).summary.id);
    const QTableWidget* comparison = page.comparison();
    QCOMPARE(comparison->item(1, 0)->text(), QStringLiteral("Mode"));
    QCOMPARE(comparison->item(1, 1)->text(), QStringLiteral("Solo practice"));

    QAction* remove = nullptr;
    for (QAction* action : page.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Delete session"))
            remove = action;
    }
    QGroupBox* sideBySide = page.findChild<QGroupBox*>();
    QVERIFY(remove && sideBySide);
    QCOMPARE(sideBySide->title(), QStringLiteral("Side by side"));
    QLabel* firstLabel = nullptr;
    for (QLabel* label : sideBySide->findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("First:"))
            firstLabel = label;
    }
    QVERIFY(firstLabel);
    QChart* chart = page.trend()->chart();
    const auto xTitle = [chart] { return chart->axes(Qt::Horizontal).value(0)->titleText(); };
    QCOMPARE(xTitle(), QStringLiteral("Days since the first session"));
    const QAbstractItemModel* proxy = page.proxy();
    const int modeColumn = SessionTableModel::Mode;

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(sideBySide->title(), QStringLiteral("[x] Side by side"));
    QCOMPARE(firstLabel->text(), QStringLiteral("[x] First:"));
    QCOMPARE(remove->text(), QStringLiteral("[x] &Delete session"));
    QCOMPARE(page.filter()->placeholderText(),
             QStringLiteral("[x] Filter by candidate, mode, interviewer or recommendation"));
    QCOMPARE(proxy->headerData(SessionTableModel::Started, Qt::Horizontal).toString(), QStringLiteral("[x] Started"));
    QCOMPARE(proxy->headerData(SessionTableModel::Recommendation, Qt::Horizontal).toString(),
             QStringLiteral("[x] Recommendation"));
    QCOMPARE(page.table()->horizontalHeader()->model()->headerData(modeColumn, Qt::Horizontal).toString(),
             QStringLiteral("[x] Mode"));
    // Newest first: the week 3 live mock with its Yes.
    QCOMPARE(cell(proxy, 0, modeColumn), QStringLiteral("[x] Live mock"));
    QCOMPARE(cell(proxy, 0, SessionTableModel::Recommendation), QStringLiteral("[x] Yes"));
    QCOMPARE(chart->title(), QStringLiteral("[x] Scores over time"));
    QCOMPARE(xTitle(), QStringLiteral("[x] Days since the first session"));
    QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), QStringLiteral("[x] Score"));
    const auto seriesNames = [chart] {
        QStringList names;
        for (const QAbstractSeries* series : chart->series())
            names << series->name();
        return names;
    };
    QVERIFY2(seriesNames().contains(QStringLiteral("[x] Depth")), qPrintable(seriesNames().join(u',')));
    QVERIFY(!seriesNames().contains(QStringLiteral("Depth")));
    QCOMPARE(page.trend()->lineCount(), 6);
    QCOMPARE(page.trend()->shownPoints(0).size(), 3);
    QCOMPARE(comparison->item(1, 0)->text(), QStringLiteral("[x] Mode"));
    QCOMPARE(comparison->item(1, 1)->text(), QStringLiteral("[x] Solo practice"));
    QCOMPARE(comparison->horizontalHeaderItem(1)->text(), QStringLiteral("[x] First"));
    // Nothing the user did is lost.
    QCOMPARE(page.filter()->text(), QStringLiteral("priya"));
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(page.table()->selectionModel()->selectedRows().value(0), selected);
    QCOMPARE(comparison->item(0, 1)->text(), SessionPicker::startedText(entries.at(2).summary.startedAt));

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(sideBySide->title(), QStringLiteral("Side by side"));
    QCOMPARE(proxy->headerData(SessionTableModel::Started, Qt::Horizontal).toString(), QStringLiteral("Started"));
    QCOMPARE(cell(proxy, 0, modeColumn), QStringLiteral("Live mock"));
    QCOMPARE(xTitle(), QStringLiteral("Days since the first session"));
    QVERIFY(seriesNames().contains(QStringLiteral("Depth")));
    QVERIFY(!seriesNames().contains(QStringLiteral("[x] Depth")));
    QCOMPARE(comparison->item(1, 1)->text(), QStringLiteral("Solo practice"));
    QCOMPARE(page.table()->selectionModel()->selectedRows().value(0), selected);

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(sideBySide->title(), QStringLiteral("Nebeneinander"));
    QCOMPARE(chart->title(), QStringLiteral("Bewertungen im Zeitverlauf"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(sideBySide->title(), QStringLiteral("Side by side"));
    QCOMPARE(chart->title(), QStringLiteral("Scores over time"));
}

QTEST_MAIN(HistoryPageTest)
#include "historypagetest.moc"

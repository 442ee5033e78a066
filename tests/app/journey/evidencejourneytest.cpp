// Journey 3, evidence from a replay, from an empty database to a PDF scorecard whose Trace Lab evidence
// table names the trace, its jobs, the cluster and the policies: a Trace Lab comparison kept with
// "Use as evidence", a product design round whose expected impact is filled from it, and the
// scorecard. Driven only through the main window: once by mouse, once by keyboard alone.

#include "journeydriver.h"

#include "design/designroundpage.h"
#include "design/evidencedialog.h"
#include "mainwindow.h"
#include "studiopage.h"
#include "tracelab/analysesview.h"
#include "tracelab/clustereditor.h"
#include "tracelab/comparisonmodel.h"
#include "widgets/timeserieschartview.h"
#include "tracelab/tracelabpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace debrief::studio;
using namespace journey;

namespace {

constexpr int kReplayWaitMs = 60000;
const QString kAnalysisName = QStringLiteral("Tiresias 60 jobs, every policy");

}  // namespace

class EvidenceJourneyTest : public QObject {
    Q_OBJECT

    bool m_keyboard = false;

    void showPage(MainWindow& window, const QString& id, const QString& title)
    {
        auto* pages = window.findChild<QListWidget*>();
        QVERIFY(pages);
        if (m_keyboard) {
            pages->setFocus();  // where a keyboard user starts: the page list
            // Typing starts a new search only after a pause; a person pauses longer than a test does.
            QTest::qWait(QApplication::keyboardInputInterval() + 100);
            QTest::keyClicks(pages, title);
        } else {
            clickPage(pages, id);
        }
        QTRY_COMPARE(window.currentPage()->pageId(), id);
    }

    // A File menu item by its text (submenus searched too).
    static QAction* fileAction(MainWindow& window, const QString& text)
    {
        QList<QAction*> actions = window.menuBar()->actions().first()->menu()->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions[i]->text().remove(QLatin1Char('&')) == text)
                return actions[i];
            if (QMenu* sub = actions[i]->menu())
                actions << sub->actions();
        }
        return nullptr;
    }

    // A mouse pick in a combo box: open its list, then click the item.
    static void pickByMouse(QComboBox* box, int index)
    {
        click(box);
        QAbstractItemView* view = box->view();
        QTRY_VERIFY(view->isVisible());
        // The list ignores a release that follows its opening press too closely (a double click).
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        const QRect item = view->visualRect(box->model()->index(index, box->modelColumn()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_VERIFY(!view->isVisible());
    }

    // The Source column of the PDF's Trace Lab evidence table as a reader reads it: the text under its
    // "Source" header (pdftotext keeps the columns apart), the wrapped lines joined again.
    static QString sourceColumn(const QString& pdf)
    {
        const QStringList lines = pdf.mid(pdf.indexOf(QStringLiteral("Trace Lab evidence"))).split(QLatin1Char('\n'));
        qsizetype column = -1;
        QStringList cells;
        for (const QString& line : lines) {
            if (column < 0) {
                if (line.contains(QStringLiteral("Request")) && line.contains(QStringLiteral("Source")))
                    column = line.indexOf(QStringLiteral("Source"));
                continue;
            }
            if (line.trimmed().isEmpty())
                break;  // the table's end
            cells << line.mid(column - 1).trimmed();
        }
        // "first-" at a line's end and "fit" on the next are one word.
        return cells.join(QLatin1Char(' '))
            .replace(QRegularExpression(QStringLiteral("(\\w)- (\\w)")), QStringLiteral("\\1-\\2"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefJourney"));
        QCoreApplication::setApplicationName(QStringLiteral("test_journey_evidence"));
    }
    void init() { QSettings().clear(); }

    void replayEvidenceToScorecard_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }

    void replayEvidenceToScorecard()
    {
        QFETCH(bool, keyboard);
        m_keyboard = keyboard;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(nullptr, dir.filePath(QStringLiteral("studio.sqlite")));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* lab = qobject_cast<TraceLabPage*>(window.page(QStringLiteral("tracelab")));
        QVERIFY(lab);
        QSignalSpy loaded(lab, &TraceLabPage::traceLoaded);
        QSignalSpy replayed(lab, &TraceLabPage::replayFinished);

        // --- Trace Lab: the 60-job trace, replayed under every policy on 8 GPUs. ------------------------
        // On the trace's own cluster nothing queues and every policy looks alike: a smaller one is
        // where they part ways, and a comparison is worth keeping as evidence.
        ClusterEditor* cluster = lab->clusterEditor();
        if (m_keyboard) {
            // Ctrl+O and Qt's file dialog; a trace opened from a file waits for Ctrl+R.
            const QString trace = QStringLiteral(DEBRIEF_TEST_DATA "/../../resources/demo/60_job.csv");
            QVERIFY(QFile::exists(trace));
            ModalHandler open([&](QWidget* modal) { answerFileDialog(modal, trace); });
            QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
            QTRY_VERIFY(open.handled());
            backTo(window);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kReplayWaitMs);
            QCOMPARE(window.currentPage(), lab);
            QVERIFY(replayed.isEmpty() && !lab->isReplaying());
            // A pool of 8 GPUs (the editor starts pooled).
            QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);  // GP&Us
            QTRY_VERIFY(cluster->gpusBox()->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(QStringLiteral("8"));
            QVERIFY(lab->replayButton()->isEnabled());
            QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        } else {
            // File > Open demo trace > the 60-job demo: its cluster (32 nodes x 4 GPUs) is set and it
            // replays when it is in.
            QAction* demo = fileAction(window, QStringLiteral("Tiresias 60 jobs on 32 nodes x 4 GPUs"));
            QVERIFY(demo);
            demo->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kReplayWaitMs);
            QCOMPARE(window.currentPage(), lab);
            QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, kReplayWaitMs);
            // Two nodes of 4 GPUs, then Replay.
            click(cluster->nodesBox());
            QTRY_VERIFY(cluster->nodesBox()->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(QStringLiteral("2"));
            click(lab->replayButton());
        }
        QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), m_keyboard ? 1 : 2, kReplayWaitMs);
        QCOMPARE(lab->currentTraceName(), QStringLiteral("60_job.csv"));
        QCOMPARE(qsizetype(lab->currentTrace()->jobs.size()), qsizetype(60));
        const int gpus = int(cluster->cluster().totalGpus());
        QCOMPARE(gpus, 8);

        // Every policy was replayed; the comparison sets each one against the baseline.
        const std::vector<debrief::replay::PolicyKind> checked = lab->checkedPolicies();
        QCOMPARE(checked.size(), std::size(debrief::replay::kAllPolicies));
        const ComparisonModel& comparison = *lab->comparisonModel();
        QCOMPARE(comparison.rowCount(), int(checked.size()) - 1);
        const QString baseline = lab->baselineBox()->currentText();
        QStringList policies{baseline};
        for (int row = 0; row < comparison.rowCount(); ++row)
            policies << comparison.index(row, ComparisonModel::Policy).data().toString();
        for (debrief::replay::PolicyKind policy : checked)
            QVERIFY2(policies.contains(QString::fromUtf8(debrief::replay::policyName(policy))),
                     qPrintable(policies.join(QLatin1Char(' '))));

        // "Use as evidence", on the Comparison tab: the comparison is saved under a name first.
        QTabWidget* results = nullptr;
        for (QTabWidget* tabWidget : lab->findChildren<QTabWidget*>()) {
            if (tabWidget->isAncestorOf(lab->evidenceButton()))
                results = tabWidget;
        }
        QVERIFY(results);
        QTabBar* tabs = results->tabBar();
        const auto tabNamed = [&](const QString& text) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(QLatin1Char('&')) == text)
                    return i;
            }
            return -1;
        };
        // Opens a results tab the way the user does: arrows on the focused tab bar, or a click.
        const auto openTab = [&](int tab) {
            if (m_keyboard) {
                // Tab from the page list into the page, on to the results' tabs; the arrows pick the tab.
                window.findChild<QListWidget*>()->setFocus();
                for (int i = 0; i < 60 && QApplication::focusWidget() != tabs; ++i)
                    keyHere(Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), tabs);
                for (int i = 0; i < tabs->count() && tabs->currentIndex() != tab; ++i)
                    keyHere(tabs->currentIndex() < tab ? Qt::Key_Right : Qt::Key_Left);
            } else {
                QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
            }
            QTRY_COMPARE(tabs->currentIndex(), tab);
        };

        // The Analyses tab: every replayed policy's CDF lines and its row of waiting and fairness.
        const int analysesTab = tabNamed(QStringLiteral("Analyses"));
        QVERIFY(analysesTab >= 0);
        openTab(analysesTab);
        QCOMPARE(results->currentWidget(), lab->analysesView());
        QCOMPARE(lab->analysesView()->jctChart()->lineCount(), int(checked.size()));
        QCOMPARE(lab->analysesView()->summaryView()->model()->rowCount(), int(checked.size()));

        const int comparisonTab = tabNamed(QStringLiteral("Comparison"));
        QVERIFY(comparisonTab >= 0);
        openTab(comparisonTab);
        QTRY_VERIFY(lab->evidenceButton()->isVisible());
        QVERIFY(lab->evidenceButton()->isEnabled());

        ModalHandler name([&](QWidget* modal) {
            auto* field = modal->findChild<QLineEdit*>();
            QVERIFY(field);
            if (m_keyboard)
                QTRY_VERIFY(field->hasFocus());
            else
                click(field);
            QCOMPARE(field->text(), QStringLiteral("60_job.csv"));  // the trace's name is suggested
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(kAnalysisName);
            if (m_keyboard)
                keyHere(Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(modal, QStringLiteral("OK")), Qt::LeftButton);
        });
        if (m_keyboard)
            QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);  // Use as &evidence
        else
            click(lab->evidenceButton());
        QTRY_VERIFY(name.handled());
        backTo(window);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(
                         QStringLiteral("%1 metric statement").arg(comparison.rowCount())) &&
                         window.statusBar()->currentMessage().contains(QStringLiteral("kept as evidence")),
                     qPrintable(window.statusBar()->currentMessage()));

        // --- A solo practice with the product design round. --------------------------------------------
        showPage(window, QStringLiteral("home"), QStringLiteral("Home"));
        if (m_keyboard)
            QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);  // Start a &solo practice
        else
            click(buttonByText(window.currentPage(), QStringLiteral("Start a solo practice")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("setup"));
        auto* candidate = window.currentPage()->findChild<QLineEdit*>(QStringLiteral("candidate"));
        QVERIFY(candidate);
        if (m_keyboard)
            QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);  // &Candidate
        else
            click(candidate);
        QTRY_VERIFY(candidate->hasFocus());
        keyHere(Qt::Key_A, Qt::ControlModifier);
        typeHere(QStringLiteral("Alex Kim"));
        auto* designRound = window.currentPage()->findChild<QCheckBox*>(QStringLiteral("round-product-design"));
        QVERIFY(designRound);
        QVERIFY(!designRound->isChecked());
        if (m_keyboard) {
            for (int i = 0; i < 20 && QApplication::focusWidget() != designRound; ++i)
                keyHere(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), designRound);
            keyHere(Qt::Key_Space);
        } else {
            click(designRound);
        }
        QVERIFY(designRound->isChecked());
        if (m_keyboard)
            QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);  // &Start session
        else
            click(buttonByText(window.currentPage(), QStringLiteral("Start session")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("live-session"));

        // --- Product Design Round: the scenario, then the replay attached to the first request. ----------
        showPage(window, QStringLiteral("design-round"), QStringLiteral("Product Design Round"));
        auto* design = qobject_cast<DesignRoundPage*>(window.currentPage());
        QVERIFY(design);
        QTRY_VERIFY(design->session().id > 0);
        QCOMPARE(design->session().candidate, QStringLiteral("Alex Kim"));
        QVERIFY(design->designQuestion() >= 0);
        QVERIFY(!design->scenario());
        if (m_keyboard) {
            QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);  // S&cenario
            QTRY_VERIFY(design->scenarioBox()->hasFocus());
            keyHere(Qt::Key_Down);
        } else {
            pickByMouse(design->scenarioBox(), 0);
        }
        QTRY_VERIFY(design->scenario());
        QCOMPARE(design->scenario()->id, design->scenarioBox()->itemData(0).toString());
        QVERIFY(design->requestTable()->rowCount() > 0);
        const QString request = design->scenario()->requests.first().title;
        QCOMPARE(design->impactBox(0)->value(), 0.0);

        std::optional<ReplayEvidence> attached;
        ReplayEvidence::Measure measure = ReplayEvidence::Measure::Throughput;
        ModalHandler evidence([&](QWidget* modal) {
            auto* dialog = qobject_cast<EvidenceDialog*>(modal);
            QVERIFY(dialog);
            QVERIFY2(dialog->windowTitle().contains(request), qPrintable(dialog->windowTitle()));
            // The comparisons kept from the replay, one per policy against the baseline.
            QCOMPARE(dialog->comparisons().size(), comparison.rowCount());
            measure = dialog->measure();
            // The comparison that moves the request's measure most.
            int best = -1;
            for (int i = 0; i < dialog->comparisons().size(); ++i) {
                const auto impact = dialog->comparisons().at(i).impactPercent(measure);
                const auto bestImpact = best < 0 ? std::nullopt : dialog->comparisons().at(best).impactPercent(measure);
                if (impact && (!bestImpact || std::abs(*impact) > std::abs(*bestImpact)))
                    best = i;
            }
            QVERIFY2(best >= 0, "no comparison measures the request's KPI");
            QListWidget* list = dialog->list();
            int row = -1;
            for (int r = 0; r < list->count(); ++r) {
                if (list->item(r)->data(Qt::UserRole).toInt() == best)
                    row = r;
            }
            QVERIFY(row >= 0);
            if (m_keyboard) {
                QApplication::setActiveWindow(dialog);
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);  // &Comparison
                QTRY_VERIFY(list->hasFocus());
                for (int i = 0; i < list->count() && list->currentRow() != row; ++i)
                    keyHere(list->currentRow() < row ? Qt::Key_Down : Qt::Key_Up);
            } else {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            }
            QCOMPARE(list->currentRow(), row);
            attached = dialog->chosen();
            QVERIFY(dialog->attachButton()->isEnabled());
            if (m_keyboard)
                QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);  // &Attach
            else
                QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
        });
        if (m_keyboard)
            QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        else
            click(design->evidenceButton(0));
        QTRY_VERIFY(evidence.handled());
        backTo(window);
        QVERIFY(attached.has_value());

        // The expected impact is the replay's number, and the page names where it comes from.
        const double impact = std::round(*attached->impactPercent(measure) * 10.0) / 10.0;
        QTRY_COMPARE(design->impactBox(0)->value(), impact);
        QCOMPARE(design->allocations().first().expectedImpactPercent, impact);
        const QString cited = design->evidenceEdit(0)->text();
        for (const QString& part : {kAnalysisName, QStringLiteral("60_job.csv"), QStringLiteral("(60 jobs)"),
                                    attached->policy(), attached->baseline()})
            QVERIFY2(cited.contains(part), qPrintable(part + QStringLiteral(" not in: ") + cited));
        QCOMPARE(design->allocations().first().evidence, cited);

        // --- The scorecard PDF (Ctrl+P, or File > Export scorecard PDF...). -----------------------------
        const QString pdf = dir.filePath(QStringLiteral("alex-evidence.pdf"));
        ModalHandler exportDialog([&](QWidget* modal) {
            auto* path = modal->findChild<QLineEdit*>();
            QVERIFY(path);
            if (m_keyboard)
                QTest::keyClick(modal, Qt::Key_F, Qt::AltModifier);  // &File:
            else
                click(path);
            QTRY_VERIFY(path->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(pdf);
            if (m_keyboard)
                keyHere(Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(modal, QStringLiteral("Export")), Qt::LeftButton);
        });
        if (m_keyboard) {
            QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        } else {
            QAction* action = fileAction(window, QStringLiteral("Export scorecard PDF..."));
            QVERIFY(action);
            action->trigger();
        }
        QTRY_VERIFY(exportDialog.handled());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 15000);
        QTest::qWait(200);

        // The Trace Lab evidence table: the request's row cites the replay, and its source names the
        // analysis, the trace and its jobs, the cluster and every policy replayed.
        const QString text = pdfText(pdf);
        const QString source = sourceColumn(text);
        QVERIFY2(!source.isEmpty(), qPrintable(text));
        QVERIFY2(!source.contains(QStringLiteral("no saved Trace Lab analysis")), qPrintable(source));
        QStringList names;
        for (debrief::replay::PolicyKind policy : checked)
            names << QString::fromUtf8(debrief::replay::policyName(policy));
        for (const QString& part : {QStringLiteral("Trace Lab analysis \"%1\"").arg(kAnalysisName),
                                    QStringLiteral("Trace Lab replay of 60_job.csv (60 jobs) on 8 GPUs"),
                                    QStringLiteral("policies %1").arg(names.join(QStringLiteral(", ")))})
            QVERIFY2(source.contains(part), qPrintable(part + QStringLiteral("\n  not in: ") + source));
        // The expected impact in the KPI table is the replay's number.
        QVERIFY2(text.contains(QStringLiteral("%1 %").arg(impact, 0, 'f', 1)), qPrintable(text));
    }
};

QTEST_MAIN(EvidenceJourneyTest)
#include "evidencejourneytest.moc"

// Journey 4, GPU sharing as evidence, from an empty database through the main window only: the
// bundled openb demo trace opened from the File menu, the Trace Lab's Sharing tab, the study run on
// the bundled openb node list (two placements, one seed, for speed), the rounded-up against shared
// replay, and "Use as evidence"; the statements are then in the database the design round and the
// scorecard read, and the design round's "Attach evidence" dialog offers the cost comparison like any
// other Trace Lab comparison: attached, it sets the request's impact and cites the analysis.

#include "journeydriver.h"

#include "design/designroundpage.h"
#include "design/evidencedialog.h"
#include "interviewrecords.h"
#include "mainwindow.h"
#include "studiopage.h"
#include "tracelab/sharingcostmodel.h"
#include "tracelab/sharingcurvemodel.h"
#include "tracelab/sharingpanel.h"
#include "tracelab/tracelabpage.h"

#include <storage/analysisstore.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using namespace debrief::studio;
using namespace journey;
using sharing::PlacementPolicy;

namespace {

constexpr int kWaitMs = 120'000;

QAction* fileAction(MainWindow& window, const QString& text)
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

}  // namespace

class SharingJourneyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefJourney"));
        QCoreApplication::setApplicationName(QStringLiteral("test_journey_sharing"));
        QSettings().clear();
    }

    void openbSharingToEvidence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(QStringLiteral("studio.sqlite"));
        {
            MainWindow window(nullptr, database);
            window.resize(1500, 1100);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto* lab = qobject_cast<TraceLabPage*>(window.page(QStringLiteral("tracelab")));
            QVERIFY(lab);
            QSignalSpy loaded(lab, &TraceLabPage::traceLoaded);

            // File > Open demo trace > the openb pods.
            QAction* demo = fileAction(window, QStringLiteral("Alibaba openb pods (8,152 jobs) on 48 pooled GPUs"));
            QVERIFY(demo);
            demo->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
            QCOMPARE(window.currentPage(), lab);
            QTRY_VERIFY_WITH_TIMEOUT(lab->isSettled(), kWaitMs);

            // The Sharing tab.
            SharingPanel* panel = lab->sharingPanel();
            QTabWidget* tabs = nullptr;
            for (QTabWidget* t : lab->findChildren<QTabWidget*>()) {
                if (t->isAncestorOf(panel))
                    tabs = t;
            }
            QVERIFY(tabs);
            QTabBar* bar = tabs->tabBar();
            int sharingTab = -1;
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Sharing"))
                    sharingTab = i;
            }
            QVERIFY(sharingTab >= 0);
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(sharingTab).center());
            QTRY_VERIFY(panel->isVisible());
            QVERIFY2(
                panel->nodeListLabel()->text().contains(QStringLiteral("openb_node_list_gpu_node.csv: 1,213 nodes, "
                                                                       "6,212 GPUs")),
                qPrintable(panel->nodeListLabel()->text()));
            QVERIFY2(panel->stateLabel()->text().contains(QStringLiteral("8,152 jobs")),
                     qPrintable(panel->stateLabel()->text()));

            // best-fit and fgd, one seed.
            for (const PlacementPolicy p : {PlacementPolicy::Random, PlacementPolicy::DotProduct,
                                            PlacementPolicy::GpuClustering, PlacementPolicy::GpuPacking})
                click(panel->placementBox(p));
            click(panel->seedCountBox());
            QTRY_VERIFY(panel->seedCountBox()->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(QStringLiteral("1"));
            QCOMPARE(panel->seedsLabel()->text(), QStringLiteral("seed 42"));
            click(panel->runButton());
            QTRY_VERIFY_WITH_TIMEOUT(panel->curveModel()->rowCount() == 2 && panel->runButton()->isEnabled(), kWaitMs);
            QTRY_COMPARE(panel->stateLabel()->text(), QStringLiteral("2 of 2 runs (placements x seeds) done"));
            const SharingCurveModel& table = *panel->curveModel();
            QCOMPARE(table.index(0, SharingCurveModel::Placement).data().toString(), QStringLiteral("best-fit"));
            QCOMPARE(table.index(1, SharingCurveModel::Placement).data().toString(), QStringLiteral("fgd"));
            const auto allocated = [&](int row, int column) {
                return table.index(row, column).data(SharingCurveModel::kValueRole).toDouble();
            };
            // The study's order at 130 % arrived (published means: best-fit 93.0 %, fgd 95.3 %).
            QVERIFY2(allocated(1, SharingCurveModel::AllocatedEnd) >
                         allocated(0, SharingCurveModel::AllocatedEnd) + 1.0,
                     qPrintable(QStringLiteral("%1 %2")
                                    .arg(allocated(1, SharingCurveModel::AllocatedEnd))
                                    .arg(allocated(0, SharingCurveModel::AllocatedEnd))));
            for (int row = 0; row < 2; ++row)
                QVERIFY(allocated(row, SharingCurveModel::AllocatedFull) > 80.0);

            // Rounded up against shared, then Use as evidence under a name.
            click(panel->compareButton());
            QTRY_VERIFY_WITH_TIMEOUT(panel->costModel()->rowCount() == SharingCostModel::RowCount &&
                                         panel->evidenceButton()->isEnabled(),
                                     kWaitMs);
            const SharingCostModel& costs = *panel->costModel();
            const double roundedUp = costs.index(SharingCostModel::UsedGpuHours, SharingCostModel::RoundedUp)
                                         .data(SharingCostModel::kValueRole)
                                         .toDouble();
            const double shared = costs.index(SharingCostModel::UsedGpuHours, SharingCostModel::Shared)
                                      .data(SharingCostModel::kValueRole)
                                      .toDouble();
            QVERIFY2(shared < roundedUp, qPrintable(QStringLiteral("%1 %2").arg(shared).arg(roundedUp)));

            // DEBRIEF_SHARING_SHOT=tab.png: a picture of the tab with real results, to look at.
            if (!qEnvironmentVariableIsEmpty("DEBRIEF_SHARING_SHOT"))
                panel->grab().save(qEnvironmentVariable("DEBRIEF_SHARING_SHOT"));

            ModalHandler name([&](QWidget* modal) {
                auto* field = modal->findChild<QLineEdit*>();
                QVERIFY(field);
                QCOMPARE(field->text(), QStringLiteral("GPU sharing: openb_pod_list_default.csv on "
                                                       "openb_node_list_gpu_node.csv"));
                click(field);
                keyHere(Qt::Key_A, Qt::ControlModifier);
                typeHere(QStringLiteral("openb sharing"));
                QTest::mouseClick(buttonByText(modal, QStringLiteral("OK")), Qt::LeftButton);
            });
            click(panel->evidenceButton());
            QTRY_VERIFY(name.handled());
            backTo(window);
            QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("3 metric statement")) &&
                             window.statusBar()->currentMessage().contains(QStringLiteral("kept as evidence")),
                         qPrintable(window.statusBar()->currentMessage()));

            // A solo practice with the product design round; its first request's "Attach evidence".
            auto* pages = window.findChild<QListWidget*>();
            QVERIFY(pages);
            clickPage(pages, QStringLiteral("home"));
            click(buttonByText(window.currentPage(), QStringLiteral("Start a solo practice")));
            QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("setup"));
            auto* candidate = window.currentPage()->findChild<QLineEdit*>(QStringLiteral("candidate"));
            QVERIFY(candidate);
            click(candidate);
            QTRY_VERIFY(candidate->hasFocus());
            typeHere(QStringLiteral("Sam Lee"));
            auto* designRound = window.currentPage()->findChild<QCheckBox*>(QStringLiteral("round-product-design"));
            QVERIFY(designRound);
            click(designRound);
            QVERIFY(designRound->isChecked());
            click(buttonByText(window.currentPage(), QStringLiteral("Start session")));
            QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("live-session"));
            clickPage(pages, QStringLiteral("design-round"));
            QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("design-round"));
            auto* design = qobject_cast<DesignRoundPage*>(window.currentPage());
            QVERIFY(design);
            QTRY_VERIFY(design->session().id > 0);
            QComboBox* scenarios = design->scenarioBox();
            click(scenarios);
            QTRY_VERIFY(scenarios->view()->isVisible());
            QTest::qWait(QApplication::doubleClickInterval() +
                         100);  // a release right after the press is a double click
            QTest::mouseClick(scenarios->view()->viewport(), Qt::LeftButton, {},
                              scenarios->view()->visualRect(scenarios->model()->index(0, 0)).center());
            QTRY_VERIFY(design->scenario());

            std::optional<ReplayEvidence> attached;
            ModalHandler evidence([&](QWidget* modal) {
                auto* dialog = qobject_cast<EvidenceDialog*>(modal);
                QVERIFY(dialog);
                // The Sharing tab's cost comparison, listed like a policy comparison.
                QListWidget* list = dialog->list();
                int row = -1;
                for (int r = 0; r < list->count(); ++r) {
                    if (list->item(r)->text().startsWith(QStringLiteral("openb sharing: shared GPUs (best-fit) against "
                                                                        "rounded up to whole GPUs")))
                        row = r;
                }
                QVERIFY2(row >= 0, qPrintable(list->count() ? list->item(0)->text() : QStringLiteral("empty list")));
                QCOMPARE(list->count(), 1);  // the study's placement statements are not comparisons
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
                QCOMPARE(list->currentRow(), row);
                dialog->setMeasure(ReplayEvidence::Measure::GpuTime);
                attached = dialog->chosen();
                QVERIFY(attached);
                QVERIFY(dialog->attachButton()->isEnabled());
                QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
            });
            click(design->evidenceButton(0));
            QTRY_VERIFY(evidence.handled());
            backTo(window);
            QVERIFY(attached);
            // GPU time saved = 1 - shared / rounded-up GPU-hours, the Sharing tab's own numbers.
            const double saved = std::round((1.0 - shared / roundedUp) * 1000.0) / 10.0;
            QCOMPARE(*attached->impactPercent(ReplayEvidence::Measure::GpuTime), (1.0 - shared / roundedUp) * 100.0);
            QTRY_COMPARE(design->impactBox(0)->value(), saved);
            const QString cited = design->evidenceEdit(0)->text();
            for (const QString& part :
                 {QStringLiteral("Trace Lab analysis \"openb sharing\""), QStringLiteral("openb_pod_list_default.csv"),
                  QStringLiteral("shared GPUs (best-fit) against rounded up to whole GPUs"),
                  QStringLiteral("GPU-hours used ")})
                QVERIFY2(cited.contains(part), qPrintable(part + QStringLiteral(" not in: ") + cited));
        }

        // What the design round and the scorecard will offer: the statements in the database.
        InterviewRecords records(database);
        QVERIFY(records.isOpen());
        const QList<storage::EvidenceStatement> kept = storage::AnalysisStore(records.database()).evidenceStatements();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().analysisName, QStringLiteral("openb sharing"));
        QCOMPARE(kept.first().baseline, QStringLiteral("rounded up to whole GPUs"));
        QVERIFY2(kept.first().source.contains(QStringLiteral("openb_pod_list_default.csv (8,152 jobs)")),
                 qPrintable(kept.first().source));
        QCOMPARE(kept.at(2).policy, QStringLiteral("fgd"));
    }
};

QTEST_MAIN(SharingJourneyTest)
#include "sharingjourneytest.moc"

// The Product Design Round page on the demo candidate's week 3 session (scenario "accelerator-roadmap-q3",
// shares 35 / 40 / 25 in the scenario's order, scores 3 / 3 / 4): share edits keep the sum or turn it red,
// a Metric Translation of 0 vetoes at once, the calculator's sentence goes into the answer, and a saved
// Trace Lab comparison fills a request's expected impact. Every edit is checked in the database too.
#include "debrief/debriefpage.h"
#include "design/designroundpage.h"
#include "design/evidencedialog.h"
#include "design/impactcostchartview.h"
#include "design/metrictranslationpanel.h"
#include "design/replayevidence.h"
#include "interviewrecords.h"
#include "markingtranslator.h"
#include "shell/languageswitch.h"
#include "tracelab/tracelabanalysis.h"
#include "widgets/barchartview.h"
#include "widgets/sessionpicker.h"

#include "storage/analysisstore.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"
#include "widgets/statuscolors.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace debrief;
using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::SessionStore;

namespace {

QList<double> shares(const QList<DesignAllocation>& allocations)
{
    QList<double> out;
    for (const DesignAllocation& allocation : allocations)
        out << allocation.sharePercent;
    return out;
}

// The stored shares keyed by request, whatever order the store keeps them in.
QMap<QString, double> storedShares(const Session& session)
{
    QMap<QString, double> out;
    for (const DesignAllocation& allocation : session.design->allocations)
        out.insert(allocation.requestId, allocation.sharePercent);
    return out;
}

// The stored evidence of one request, whatever order the store keeps the allocations in.
QString storedEvidence(const Session& session, const QString& requestId)
{
    for (const DesignAllocation& allocation : session.design->allocations) {
        if (allocation.requestId == requestId)
            return allocation.evidence;
    }
    return QStringLiteral("(no allocation)");
}

// The page's Undo button (its action has Ctrl+Z).
QToolButton* undoButton(const QWidget& page)
{
    for (QToolButton* button : page.findChildren<QToolButton*>()) {
        if (button->defaultAction() &&
            button->defaultAction()->shortcut() == QKeySequence::keyBindings(QKeySequence::Undo).value(0))
            return button;
    }
    return nullptr;
}

void typeInto(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

replay::ReplayResult result(replay::PolicyKind policy, double jobsPerHour, std::int64_t p95Seconds, double utilisation)
{
    replay::ReplayResult r;
    r.policy = policy;
    r.cluster = replay::Cluster::pooled(64, 2.33);
    r.jobs = 8152;
    replay::Metrics metrics;
    metrics.makespan = 30 * 24 * 3600;
    metrics.throughputJobsPerHour = jobsPerHour;
    metrics.queueingDelay.p95 = p95Seconds;
    metrics.utilization = utilisation;
    r.metrics = metrics;
    return r;
}

}  // namespace

class DesignRoundTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoRound();
    void editingAShareRebalancesTheOthers();
    void manualSharesTurnTheSumRedAndBlockSubmitting();
    void choosingAScenarioStartsAnEvenRoundThatCanBeSubmitted();
    void metricTranslationZeroShowsTheVetoAtOnce();
    void insertingTheCalculatorSentencePutsItIntoTheAnswer();
    void attachingReplayEvidenceFillsTheImpact();
    void evidenceShortcutOpensTheDialogForTheFocusedRequest();
    void typingIsSavedAndCtrlZTakesItBack();
    void debriefFollowsTheVetoAndThePageFollowsOtherEdits();
    void languageSwitchRetranslatesThePage();
    void clickingAndTypingEditsTheRoundAndUndoTakesItBack();

private:
    Session stored() const { return SessionStore(m_records->database()).load(m_sessionId); }

    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
    std::int64_t m_sessionId = 0;
};

void DesignRoundTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_designround"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void DesignRoundTest::init()
{
    static int run = 0;
    m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("design-%1.sqlite").arg(++run)));
    QVERIFY(m_records->isOpen());
    storage::DemoCandidate::fill(m_records->database());
    QSettings().remove(QStringLiteral("designRound/shareMode"));
    // The newest demo session is the week 3 mock with the design round.
    m_sessionId = SessionStore(m_records->database()).list().first().id;
}

void DesignRoundTest::cleanup()
{
    m_records.reset();
}

void DesignRoundTest::showsTheDemoRound()
{
    DesignRoundPage page(*m_records);
    QCOMPARE(page.session().id, m_sessionId);
    QCOMPARE(page.scenarioBox()->currentData().toString(), QStringLiteral("accelerator-roadmap-q3"));
    QCOMPARE(page.requestTable()->rowCount(), 3);
    QCOMPARE(page.requestTable()->item(0, 0)->text(), QStringLiteral("Support the new tensor core generation"));
    QCOMPARE(page.shareBox(0)->value(), 35.0);
    QCOMPARE(page.shareSlider(1)->value(), 400);
    QCOMPARE(page.shareBox(2)->value(), 25.0);
    QCOMPARE(page.kpiBox(2)->currentText(), QStringLiteral("Observability"));
    QCOMPARE(page.impactBox(1)->value(), 12.0);
    QCOMPARE(page.confidenceBox(1)->value(), 70);
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 100 %: balanced"));
    // 8 x 0.4 x 0.35 + 12 x 0.7 x 0.40 + 30 x 0.6 x 0.25 = 1.12 + 3.36 + 4.5
    QCOMPARE(page.roadmapScoreLabel()->text(), QStringLiteral("Weighted roadmap score: 8.98"));
    QCOMPARE(page.allocationChart()->values(), QList<qreal>({35, 40, 25}));
    QCOMPARE(page.impactChart()->points(), QList<QPointF>({{1100, 8}, {800, 12}, {350, 30}}));
    QCOMPARE(page.metricTranslationBox()->value(), 3);
    QVERIFY(!page.vetoLabel()->isVisibleTo(&page));
    // Dana: Depth 9/3 = 3, Vision 10/3 -> 3: Yes. Lukas: Depth 10/3 -> 3, Vision 11/3 -> 4: Yes.
    QVERIFY2(page.verdictLabel()->text().contains(QStringLiteral("Dana Okafor: <b>Yes</b>")),
             qPrintable(page.verdictLabel()->text()));
    QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Lukas Brandt: <b>Yes</b>")));
    QVERIFY(page.answerEditor()->toPlainText().startsWith(QStringLiteral("I'd map each request to a KPI first.")));
    // The main window must still fit 1000 px wide beside its 170 px page list.
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
}

void DesignRoundTest::editingAShareRebalancesTheOthers()
{
    DesignRoundPage page(*m_records);
    QCOMPARE(page.shareMode(), DesignRoundPage::ShareMode::Rebalance);
    QVERIFY(page.rebalanceButton()->isChecked());

    // Tensor core to 50 %: the other 50 % go 40 : 25, i.e. 30.77 and 19.23, in 0.1 % steps with the
    // left-over tenth to the larger remainder (scheduler): 30.8 and 19.2.
    typeInto(page.shareBox(0), QStringLiteral("50"));
    QCOMPARE(shares(page.allocations()), QList<double>({50.0, 30.8, 19.2}));
    QCOMPARE(page.shareBox(1)->value(), 30.8);
    QCOMPARE(page.shareSlider(2)->value(), 192);
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 100 %: balanced"));
    // 8 x 0.4 x 0.5 + 12 x 0.7 x 0.308 + 30 x 0.6 x 0.192 = 1.6 + 2.5872 + 3.456
    QCOMPARE(page.roadmapScoreLabel()->text(), QStringLiteral("Weighted roadmap score: 7.64"));
    QCOMPARE(page.allocationChart()->values(), QList<qreal>({50, 30.8, 19.2}));
    const QMap<QString, double> saved = storedShares(stored());
    QCOMPARE(saved.value(QStringLiteral("tensor-core")), 50.0);
    QCOMPARE(saved.value(QStringLiteral("scheduler-redesign")), 30.8);
    QCOMPARE(saved.value(QStringLiteral("monitoring-dashboard")), 19.2);

    // Undo puts the demo's split back, in the page and in the database.
    page.undoStack()->undo();
    QCOMPARE(shares(page.allocations()), QList<double>({35.0, 40.0, 25.0}));
    QCOMPARE(storedShares(stored()).value(QStringLiteral("tensor-core")), 35.0);

    // The slider: Page Up on the scheduler adds 5 % (45 %); the other 55 % go 35 : 25, 32.08 and 22.92,
    // the left-over tenth to the tensor core's larger remainder: 32.1 and 22.9.
    page.shareSlider(1)->setFocus();
    QTest::keyClick(page.shareSlider(1), Qt::Key_PageUp);
    QCOMPARE(shares(page.allocations()), QList<double>({32.1, 45.0, 22.9}));
    QCOMPARE(storedShares(stored()).value(QStringLiteral("monitoring-dashboard")), 22.9);
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 100 %: balanced"));
}

void DesignRoundTest::manualSharesTurnTheSumRedAndBlockSubmitting()
{
    DesignRoundPage page(*m_records);
    page.show();
    QTest::mouseClick(page.manualButton(), Qt::LeftButton);
    QCOMPARE(page.shareMode(), DesignRoundPage::ShareMode::Manual);
    QCOMPARE(QSettings().value(QStringLiteral("designRound/shareMode")).toString(), QStringLiteral("manual"));

    typeInto(page.shareBox(0), QStringLiteral("50"));
    QCOMPARE(shares(page.allocations()), QList<double>({50.0, 40.0, 25.0}));
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 115 %: 15 % over"));
    QCOMPARE(page.sumLabel()->palette().color(QPalette::WindowText), StatusColors::bad(page.sumLabel()->palette()));
    QVERIFY(page.sumLabel()->font().bold());
    QVERIFY(!page.canSubmit());
    QVERIFY(page.submitButton()->toolTip().startsWith(QStringLiteral("Cannot submit: Shares sum to 115 %")));
    QCOMPARE(storedShares(stored()).value(QStringLiteral("tensor-core")), 50.0);
    QCOMPARE(storedShares(stored()).value(QStringLiteral("scheduler-redesign")), 40.0);

    typeInto(page.shareBox(0), QStringLiteral("10"));
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 75 %: 25 % left to allocate"));
    QVERIFY(!page.canSubmit());

    typeInto(page.shareBox(0), QStringLiteral("35"));
    QCOMPARE(page.sumLabel()->text(), QStringLiteral("Shares sum to 100 %: balanced"));
    QCOMPARE(StatusColors::shown(page.sumLabel()), StatusColors::Status::Normal);
    QCOMPARE(page.sumLabel()->palette().color(QPalette::WindowText), page.palette().color(QPalette::WindowText));
    QVERIFY(!page.sumLabel()->font().bold());
    QVERIFY(page.canSubmit());
    // Three edits, three undo steps.
    QCOMPARE(page.undoStack()->count(), 3);
}

void DesignRoundTest::choosingAScenarioStartsAnEvenRoundThatCanBeSubmitted()
{
    // The oldest demo session has no design round.
    const std::int64_t oldest = SessionStore(m_records->database()).list().last().id;
    QVERIFY(!SessionStore(m_records->database()).load(oldest).design);
    DesignRoundPage page(*m_records);
    page.showSession(oldest);
    QCOMPARE(page.scenarioBox()->currentIndex(), -1);
    QCOMPARE(page.requestTable()->rowCount(), 0);
    QVERIFY(!page.submitButton()->isEnabled());

    QSignalSpy changed(m_records.get(), &InterviewRecords::sessionChanged);
    page.scenarioBox()->setFocus();
    QTest::keyClick(page.scenarioBox(), Qt::Key_Down);  // the first scenario
    QCOMPARE(page.scenarioBox()->currentData().toString(), QStringLiteral("accelerator-roadmap-q3"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), oldest);
    // 100 / 3 in 0.1 % steps: the first request is set to 33.3 and the rest split evenly, the left-over
    // tenth to the lower index.
    QCOMPARE(shares(page.allocations()), QList<double>({33.3, 33.4, 33.3}));
    QCOMPARE(page.kpiBox(2)->currentText(), QStringLiteral("Observability"));
    QCOMPARE(page.confidenceBox(0)->value(), 50);
    Session session = SessionStore(m_records->database()).load(oldest);
    QCOMPARE(session.design->scenarioId, QStringLiteral("accelerator-roadmap-q3"));
    QCOMPARE(session.design->allocations.size(), 3);
    QCOMPARE(session.design->metricTranslation, -1);

    // Submitting marks the design question answered; the session had none, so it gets one.
    QVERIFY(page.submitButton()->isEnabled());
    const int questionsBefore = int(session.questions.size());
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);
    session = SessionStore(m_records->database()).load(oldest);
    QCOMPARE(session.questions.size(), questionsBefore + 1);
    QCOMPARE(session.questions.last().round, RoundKind::ProductDesign);
    QCOMPARE(session.questions.last().answeredAtMs, session.elapsedMs);
    QVERIFY(!page.submitButton()->isEnabled());

    // Undo the submission, then the scenario: the session has no design round again (as before the
    // pick: nothing for the scorecard or an exchange file to carry); redo brings the pick back.
    page.undoStack()->undo();
    QCOMPARE(SessionStore(m_records->database()).load(oldest).questions.last().answeredAtMs, -1);
    page.undoStack()->undo();
    QCOMPARE(page.requestTable()->rowCount(), 0);
    QCOMPARE(page.scenarioBox()->currentIndex(), -1);
    QVERIFY(!SessionStore(m_records->database()).load(oldest).design.has_value());
    page.undoStack()->redo();
    session = SessionStore(m_records->database()).load(oldest);
    QCOMPARE(session.design->scenarioId, QStringLiteral("accelerator-roadmap-q3"));
    QCOMPARE(shares(session.design->allocations), QList<double>({33.3, 33.4, 33.3}));
}

void DesignRoundTest::metricTranslationZeroShowsTheVetoAtOnce()
{
    DesignRoundPage page(*m_records);
    QVERIFY(!page.vetoLabel()->isVisibleTo(&page));

    typeInto(page.metricTranslationBox(), QStringLiteral("0"));
    QCOMPARE(page.metricTranslationBox()->value(), 0);
    QVERIFY(page.vetoLabel()->isVisibleTo(&page));
    QCOMPARE(page.vetoLabel()->text(),
             QStringLiteral("Veto: Metric Translation is 0 in the product design round: Strong No whatever else "
                            "scored"));
    const QString verdict = page.verdictLabel()->text();
    QVERIFY2(verdict.contains(QStringLiteral("Dana Okafor: <b>Strong No</b> (vetoed)")), qPrintable(verdict));
    QVERIFY(verdict.contains(QStringLiteral("Lukas Brandt: <b>Strong No</b> (vetoed)")));
    QCOMPARE(stored().design->metricTranslation, 0);
    QCOMPARE(stored().design->designScore, 3);
    QCOMPARE(stored().design->roadmapAlignment, 4);

    // A 1 lifts the veto: the grid's Yes is back.
    typeInto(page.metricTranslationBox(), QStringLiteral("1"));
    QVERIFY(!page.vetoLabel()->isVisibleTo(&page));
    QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Dana Okafor: <b>Yes</b>")));
    QCOMPARE(stored().design->metricTranslation, 1);
    QCOMPARE(page.undoStack()->count(), 2);

    page.undoStack()->undo();
    QCOMPARE(stored().design->metricTranslation, 0);
    QVERIFY(page.vetoLabel()->isVisibleTo(&page));
    page.undoStack()->undo();
    QCOMPARE(stored().design->metricTranslation, 3);
    QCOMPARE(page.metricTranslationBox()->value(), 3);
    QVERIFY(!page.vetoLabel()->isVisibleTo(&page));
}

void DesignRoundTest::insertingTheCalculatorSentencePutsItIntoTheAnswer()
{
    DesignRoundPage page(*m_records);
    MetricTranslationPanel* calculator = page.calculator();
    // 1.8 M h x $2.33 = $4,194,000; 14 % of it = $587,160.
    typeInto(calculator->findChild<QDoubleSpinBox*>(QStringLiteral("gpuHoursPerMonth")), QStringLiteral("1800000"));
    typeInto(calculator->findChild<QDoubleSpinBox*>(QStringLiteral("pricePerGpuHour")), QStringLiteral("2.33"));
    typeInto(calculator->findChild<QDoubleSpinBox*>(QStringLiteral("cutPercent")), QStringLiteral("14"));
    const QString sentence = QStringLiteral("1.8 M GPU-hours a month at $2.33 is $4.2 M; a 14 % cut saves $587 k");
    QCOMPARE(calculator->sentence(), sentence);
    QCOMPARE(calculator->sentenceLabel()->text(), sentence);

    const QString before = page.answerEditor()->toPlainText();
    QVERIFY(before.endsWith(QStringLiteral("before committing.")));
    page.answerEditor()->moveCursor(QTextCursor::End);
    QToolButton* insert = nullptr;
    for (QToolButton* button : calculator->findChildren<QToolButton*>()) {
        if (button->defaultAction() == calculator->insertAction())
            insert = button;
    }
    QVERIFY(insert);
    QTest::mouseClick(insert, Qt::LeftButton);
    const QString after = before + QStringLiteral(" ") + sentence + QStringLiteral(".");
    QCOMPARE(page.answerEditor()->toPlainText(), after);
    QCOMPARE(stored().questions.at(page.designQuestion()).answer, after);

    // A utilisation change: 60 % -> 72 % needs 60/72 of the hours, 1/6 saved: 300 k h x $2.33 = $699 k.
    QComboBox* change = calculator->findChild<QComboBox*>(QStringLiteral("changeKind"));
    change->setFocus();
    QTest::keyClick(change, Qt::Key_Down);
    calculator->setUtilisation(60, 72);
    QCOMPARE(calculator->sentence(),
             QStringLiteral("1.8 M GPU-hours a month at $2.33 is $4.2 M; a 16.7 % cut saves $699 k"));

    page.undoStack()->undo();
    QCOMPARE(page.answerEditor()->toPlainText(), before);
    QCOMPARE(stored().questions.at(page.designQuestion()).answer, before);
}

void DesignRoundTest::attachingReplayEvidenceFillsTheImpact()
{
    // A saved comparison: easy-backfill against fifo, throughput 100 -> 112 jobs/h, p95 queueing
    // 3,600 s -> 1,800 s, utilisation 71 % -> 79.5 %.
    TraceLabAnalysis analysis;
    analysis.name = QStringLiteral("Backfill on the demo fleet");
    analysis.traceName = QStringLiteral("openb_pod_list_default.csv");
    analysis.jobCount = 8152;
    analysis.cluster = replay::Cluster::pooled(64, 2.33);
    analysis.baseline = replay::PolicyKind::Fifo;
    analysis.results.push_back(result(replay::PolicyKind::Fifo, 100.0, 3600, 0.71));
    analysis.results.push_back(result(replay::PolicyKind::EasyBackfill, 112.0, 1800, 0.795));
    analysis.histories.resize(2, SnapshotHistory(16));
    analysis.delayCdfs = {{}, {}};
    storage::SavedAnalysis saved = analysis.toSaved();
    storage::AnalysisStore(m_records->database()).save(saved);

    DesignRoundPage page(*m_records);
    page.show();
    QCOMPARE(page.impactBox(0)->value(), 8.0);
    QTest::mouseClick(page.evidenceButton(0), Qt::LeftButton);
    EvidenceDialog* dialog = page.evidenceDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 1);
    QCOMPARE(dialog->list()->item(0)->text(),
             QStringLiteral("Backfill on the demo fleet: easy-backfill against fifo (openb_pod_list_default.csv, "
                            "8,152 jobs)"));
    QCOMPARE(dialog->measure(), ReplayEvidence::Measure::Throughput);  // the tensor core request's KPI
    QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);

    const QString evidence = QStringLiteral(
        "Trace Lab analysis \"Backfill on the demo fleet\": replay of openb_pod_list_default.csv (8,152 jobs), "
        "easy-backfill against fifo: throughput up 12 %");
    QCOMPARE(page.impactBox(0)->value(), 12.0);
    QCOMPARE(page.evidenceEdit(0)->text(), evidence);
    QCOMPARE(page.impactChart()->points().first(), QPointF(1100, 12));
    const DesignAllocation* tensor = nullptr;
    const Session session = stored();
    for (const DesignAllocation& allocation : session.design->allocations) {
        if (allocation.requestId == QLatin1String("tensor-core"))
            tensor = &allocation;
    }
    QVERIFY(tensor);
    QCOMPARE(tensor->expectedImpactPercent, 12.0);
    QCOMPARE(tensor->evidence, evidence);
    // 12 x 0.4 x 0.35 = 1.68 instead of 1.12.
    QCOMPARE(page.roadmapScoreLabel()->text(), QStringLiteral("Weighted roadmap score: 9.54"));

    // A latency KPI reads the p95 queueing cut (3,600 s -> 1,800 s: 50 %); cost reads the GPU time the
    // same work needs at 79.5 % instead of 71 %: 1 - 71 / 79.5 = 10.7 %.
    page.kpiBox(1)->setFocus();
    QTest::keyClick(page.kpiBox(1), Qt::Key_Down);                   // Throughput -> Latency
    QCOMPARE(stored().design->allocations.at(0).kpi, Kpi::Latency);  // scheduler-redesign is stored first
    QTest::mouseClick(page.evidenceButton(1), Qt::LeftButton);
    QCOMPARE(page.evidenceDialog()->measure(), ReplayEvidence::Measure::QueueingDelay);
    page.evidenceDialog()->setMeasure(ReplayEvidence::Measure::GpuTime);
    QTest::mouseClick(page.evidenceDialog()->attachButton(), Qt::LeftButton);
    QCOMPARE(page.impactBox(1)->value(), 10.7);
    QVERIFY(page.evidenceEdit(1)->text().endsWith(
        QStringLiteral("easy-backfill against fifo: utilisation 71.0 % -> 79.5 %, 10.7 % less GPU time")));

    // Undo takes the evidence and the impact back together.
    page.undoStack()->undo();
    QCOMPARE(page.impactBox(1)->value(), 12.0);
    QCOMPARE(page.evidenceEdit(1)->text(), QStringLiteral("replay of 10k recent jobs: utilisation 71 % -> 79.5 %"));
}

void DesignRoundTest::evidenceShortcutOpensTheDialogForTheFocusedRequest()
{
    DesignRoundPage page(*m_records);
    page.resize(1300, 850);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.confidenceBox(2)->setFocus();
    QTest::keyClick(page.confidenceBox(2), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(page.evidenceDialog());
    QCOMPARE(page.evidenceDialog()->windowTitle(), QStringLiteral("Attach evidence to \"Monitoring dashboard\""));
    // Observability is not something a replay measures: the impact is read from throughput by default.
    QCOMPARE(page.evidenceDialog()->measure(), ReplayEvidence::Measure::Throughput);
    // No saved analysis in the demo database: nothing to attach, and the dialog says why.
    QCOMPARE(page.evidenceDialog()->list()->count(), 0);
    QVERIFY(!page.evidenceDialog()->attachButton()->isEnabled());
    QVERIFY(page.evidenceDialog()->problem().startsWith(QStringLiteral("No saved Trace Lab analysis")));
}

void DesignRoundTest::typingIsSavedAndCtrlZTakesItBack()
{
    DesignRoundPage page(*m_records);
    page.resize(1300, 850);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QPlainTextEdit* editor = page.answerEditor();
    const QString before = editor->toPlainText();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Done."));
    const QString after = before + QStringLiteral(" Done.");
    // Saved when typing pauses.
    QTRY_COMPARE(stored().questions.at(page.designQuestion()).answer, after);
    QCOMPARE(page.undoStack()->count(), 1);

    // More typing, then Ctrl+Z at once: the new words are saved first, and the typing since the last
    // other edit is one step, so Ctrl+Z takes all of it back; Ctrl+Shift+Z puts it back.
    QTest::keyClicks(editor, QStringLiteral(" Twice."));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), before);
    QCOMPARE(stored().questions.at(page.designQuestion()).answer, before);
    QCOMPARE(page.undoStack()->count(), 1);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->toPlainText(), after + QStringLiteral(" Twice."));
    QCOMPARE(stored().questions.at(page.designQuestion()).answer, after + QStringLiteral(" Twice."));

    // Impact and confidence typed into the table are saved and move the roadmap score:
    // monitoring 20 % at 50 %: 1.12 + 3.36 + 20 x 0.5 x 0.25 = 6.98.
    typeInto(page.impactBox(2), QStringLiteral("20"));
    typeInto(page.confidenceBox(2), QStringLiteral("50"));
    QCOMPARE(page.roadmapScoreLabel()->text(), QStringLiteral("Weighted roadmap score: 6.98"));
    const Session session = stored();
    bool found = false;
    for (const DesignAllocation& allocation : session.design->allocations) {
        if (allocation.requestId == QLatin1String("monitoring-dashboard")) {
            found = true;
            QCOMPARE(allocation.expectedImpactPercent, 20.0);
            QCOMPARE(allocation.confidence, 0.5);
        }
    }
    QVERIFY(found);
}

void DesignRoundTest::debriefFollowsTheVetoAndThePageFollowsOtherEdits()
{
    DesignRoundPage page(*m_records);
    DebriefPage debrief(*m_records);
    debrief.showSession(m_sessionId);
    QVERIFY(!debrief.verdictText().contains(QStringLiteral("vetoed")));

    // An edit here is announced: the Debrief page shows the veto without being told anything else.
    typeInto(page.metricTranslationBox(), QStringLiteral("0"));
    QVERIFY2(debrief.verdictText().contains(QStringLiteral("Strong No (vetoed)")), qPrintable(debrief.verdictText()));

    // An edit made elsewhere and announced shows here: Metric Translation back to 2, the veto gone.
    SessionStore(m_records->database()).setDesignScores(m_sessionId, 3, 2, 4);
    m_records->announceSessionChanged(m_sessionId);
    QCOMPARE(page.metricTranslationBox()->value(), 2);
    QVERIFY(!page.vetoLabel()->isVisibleTo(&page));
    QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Dana Okafor: <b>Yes</b>")));
}

void DesignRoundTest::languageSwitchRetranslatesThePage()
{
    DesignRoundPage page(*m_records);
    page.resize(1300, 850);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    // The evidence dialog follows too (not shown here: it would take the focus from the typing below).
    auto* dialog =
        new EvidenceDialog(m_records->database(), QStringLiteral("Monitoring dashboard"), Kpi::Observability, &page);
    // Typing still in the evidence field (not finished) and the answer must survive.
    page.evidenceEdit(0)->setFocus();
    page.evidenceEdit(0)->end(false);
    QTest::keyClicks(page.evidenceEdit(0), QStringLiteral(" (draft)"));
    const QString typedEvidence = page.evidenceEdit(0)->text();
    const QString answer = page.answerEditor()->toPlainText();
    const int kpiIndex = page.kpiBox(2)->currentIndex();
    const auto box = [&](const QString& title) -> QGroupBox* {
        for (QGroupBox* b : page.findChildren<QGroupBox*>()) {
            if (b->title() == title)
                return b;
        }
        return nullptr;
    };
    QGroupBox* allocation = box(QStringLiteral("Allocation"));
    QGroupBox* scores = box(QStringLiteral("Interviewer scores"));
    QGroupBox* calculator = box(QStringLiteral("Metric translation"));
    QVERIFY(allocation && scores && calculator);
    const auto valueAxisTitle = [&] {
        const QList<QAbstractAxis*> axes = page.allocationChart()->chart()->axes(Qt::Vertical);
        return axes.isEmpty() ? QString() : axes.first()->titleText();
    };
    QCOMPARE(valueAxisTitle(), QStringLiteral("Share of the budget (%)"));
    QCOMPARE(page.impactChart()->xTitle(), QStringLiteral("Estimated cost ($ k)"));
    const QString sentence = page.calculator()->sentenceLabel()->text();
    QVERIFY(sentence.contains(QStringLiteral(" GPU-hours a month at ")));
    const QString verdict = page.verdictLabel()->text();

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString x = QStringLiteral("[x] ");
    QTRY_COMPARE(allocation->title(), x + QStringLiteral("Allocation"));
    QCOMPARE(scores->title(), x + QStringLiteral("Interviewer scores"));
    QCOMPARE(calculator->title(), x + QStringLiteral("Metric translation"));
    QCOMPARE(page.requestTable()->horizontalHeaderItem(0)->text(), x + QStringLiteral("Request"));
    QCOMPARE(page.requestTable()->horizontalHeaderItem(5)->text(), x + QStringLiteral("Budget share"));
    QCOMPARE(page.submitButton()->text(), x + QStringLiteral("&Submit the round"));
    QCOMPARE(page.rebalanceButton()->text(), x + QStringLiteral("The &others rebalance"));
    QCOMPARE(page.sumLabel()->text(), x + x + QStringLiteral("Shares sum to 100 %: balanced"));  // two tr() in the core
    QCOMPARE(page.roadmapScoreLabel()->text(), x + QStringLiteral("Weighted roadmap score: 8.98"));
    QCOMPARE(valueAxisTitle(), x + QStringLiteral("Share of the budget (%)"));
    QCOMPARE(page.impactChart()->xTitle(), x + QStringLiteral("Estimated cost ($ k)"));
    QCOMPARE(page.impactChart()->yTitle(), x + QStringLiteral("Expected impact (%)"));
    QCOMPARE(page.kpiBox(2)->currentIndex(), kpiIndex);
    QCOMPARE(page.kpiBox(2)->currentText(), x + QStringLiteral("Observability"));
    QCOMPARE(page.evidenceButton(1)->text(), x + QStringLiteral("Replay…"));
    QCOMPARE(page.shareBox(1)->suffix(), x + QStringLiteral(" %"));
    QVERIFY(page.verdictLabel()->text().startsWith(x + QStringLiteral("<b>Verdict</b>")));
    QCOMPARE(page.calculator()->insertAction()->text(), x + QStringLiteral("&Insert into answer"));
    QVERIFY2(page.calculator()->sentenceLabel()->text().startsWith(x),
             qPrintable(page.calculator()->sentenceLabel()->text()));
    bool designCaption = false;
    for (QLabel* label : scores->findChildren<QLabel*>())
        designCaption = designCaption || label->text() == x + QStringLiteral("&Design (0-4):");
    QVERIFY(designCaption);
    QCOMPARE(dialog->windowTitle(), x + QStringLiteral("Attach evidence to \"Monitoring dashboard\""));
    QVERIFY(dialog->problem().startsWith(x + QStringLiteral("No saved Trace Lab analysis")));
    QCOMPARE(dialog->attachButton()->text(), x + QStringLiteral("&Attach"));
    // State: the typing, the answer, the undo stack.
    QCOMPARE(page.evidenceEdit(0)->text(), typedEvidence);
    QCOMPARE(page.answerEditor()->toPlainText(), answer);
    QCOMPARE(page.undoStack()->count(), 0);
    // The session picker's label is filled again, on the same session.
    auto* picker = page.findChild<SessionPicker*>();
    QVERIFY(picker->currentText().startsWith(x));
    QCOMPARE(picker->currentSessionId(), m_sessionId);
    QCOMPARE(page.session().id, m_sessionId);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(allocation->title(), QStringLiteral("Allocation"));
    QCOMPARE(page.requestTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Request"));
    QCOMPARE(page.roadmapScoreLabel()->text(), QStringLiteral("Weighted roadmap score: 8.98"));
    QCOMPARE(page.calculator()->sentenceLabel()->text(), sentence);
    QCOMPARE(page.verdictLabel()->text(), verdict);
    QCOMPARE(valueAxisTitle(), QStringLiteral("Share of the budget (%)"));
    QCOMPARE(page.kpiBox(2)->currentText(), QStringLiteral("Observability"));
    QCOMPARE(dialog->attachButton()->text(), QStringLiteral("&Attach"));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(page.submitButton()->text(), QStringLiteral("Runde &einreichen"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(page.submitButton()->text(), QStringLiteral("&Submit the round"));
    QCOMPARE(page.evidenceEdit(0)->text(), typedEvidence);
    // Leaving the field saves the typing as one step.
    page.evidenceEdit(0)->clearFocus();
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.evidenceEdit(0)->text(), typedEvidence);
}

void DesignRoundTest::clickingAndTypingEditsTheRoundAndUndoTakesItBack()
{
    // The demo session is finished: the design round is still written up and scored (ScoringRules::
    // designRoundRefusal). Each edit goes through the page's SessionController, one step on its undo
    // stack, and is read back here through a SessionStore of the test's own.
    QCOMPARE(stored().status, SessionStatus::Completed);
    const QString monitoring = QStringLiteral("monitoring-dashboard");  // row 2
    const QString demoEvidence = storedEvidence(stored(), monitoring);
    DesignRoundPage page(*m_records);
    page.resize(1300, 850);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy said(&page, &StudioPage::statusMessage);

    // Click into the monitoring dashboard's evidence, type over it, Return: one "Evidence" step.
    QLineEdit* evidence = page.evidenceEdit(2);
    QTest::mouseClick(evidence, Qt::LeftButton);
    QTRY_VERIFY(evidence->hasFocus());
    evidence->selectAll();
    QTest::keyClicks(evidence, QStringLiteral("Dashboards cut triage by 30 %"));
    QTest::keyClick(evidence, Qt::Key_Return);
    QCOMPARE(storedEvidence(stored(), monitoring), QStringLiteral("Dashboards cut triage by 30 %"));
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Evidence"));

    // Click the Design score and step it up from the demo's 3 to 4: one "Interviewer scores" step.
    QTest::mouseClick(page.designScoreBox(), Qt::LeftButton);
    QTRY_VERIFY(page.designScoreBox()->hasFocus());
    QTest::keyClick(page.designScoreBox(), Qt::Key_Up);
    QCOMPARE(page.designScoreBox()->value(), 4);
    QCOMPARE(stored().design->designScore, 4);
    QCOMPARE(stored().design->metricTranslation, 3);  // the other two scores as they were
    QCOMPARE(stored().design->roadmapAlignment, 4);
    QCOMPARE(page.undoStack()->count(), 2);
    QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Interviewer scores"));

    // The Undo button takes back the score, then the evidence, in the page and in the database.
    QToolButton* undo = undoButton(page);
    QVERIFY(undo);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(stored().design->designScore, 3);
    QCOMPARE(page.designScoreBox()->value(), 3);
    QCOMPARE(storedEvidence(stored(), monitoring), QStringLiteral("Dashboards cut triage by 30 %"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(storedEvidence(stored(), monitoring), demoEvidence);
    QCOMPARE(page.evidenceEdit(2)->text(), demoEvidence);
    QVERIFY(!page.undoStack()->canUndo());
    QVERIFY(!undo->isEnabled());
    // Nothing refused, nothing failed to save.
    QCOMPARE(said.count(), 0);
}

QTEST_MAIN(DesignRoundTest)
#include "designroundtest.moc"

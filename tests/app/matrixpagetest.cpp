// The Maturity Matrix page on the demo candidate: a click sets a level in the database through the page's
// SessionController, the radar follows, undo puts the old level back, and a gap below the bar proposes a
// drill.
#include "matrix/matrixpage.h"
#include "interviewrecords.h"
#include "matrix/matrixcellbutton.h"
#include "matrix/matrixradar.h"
#include "matrix/maturitymatrixgrid.h"
#include "session/sessioncontroller.h"
#include "widgets/radarchartview.h"

#include "shell/languageswitch.h"
#include "shell/studioappearance.h"
#include "matrix/matrixcolors.h"
#include "widgets/statuscolors.h"
#include "widgets/sessionpicker.h"

#include "storage/democandidate.h"
#include "storage/drillstore.h"
#include "storage/sessionstore.h"

#include "markingtranslator.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::SessionStore;

class MatrixPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheLatestSessionOnTheRadar();
    void clickSetsTheInterviewerLevelAndTheRadarFollows();
    void clickSetsTheSelfLevelAndUndoRestoresIt();
    void gapBelowTheBarProposesADrill();
    void soloPracticeClicksSetTheSelfLevel();
    void arrowKeysMoveBetweenCellsAndEnterSets();
    void languageSwitchRetranslatesThePage();
    void undoActionsFollowTheStackAndTheLanguage();
    void clickOnAFinishedSessionIsOneControllerStep();
    void levelSetElsewhereShowsWithoutTouchingTheSteps();
    void storageErrorIsReportedAndLeavesNoStep();
    void ratersReadOnEitherTheme_data();
    void ratersReadOnEitherTheme();
    void germanCellsWrapBetweenWords();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
};

void MatrixPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void MatrixPageTest::init()
{
    static int run = 0;
    const QString path = m_dir.filePath(QStringLiteral("matrix-%1.sqlite").arg(++run));
    m_records = std::make_unique<InterviewRecords>(path);
    QVERIFY(m_records->isOpen());
    debrief::storage::DemoCandidate::fill(m_records->database());
}

void MatrixPageTest::cleanup()
{
    m_records.reset();
}

// German at the default window size: "Zuverlässigkeitsrichtlinien", "Plattformmodell",
// "Fehlerdomänen" broke inside the word ("Plattformm" / "odell"). Columns now make room for the
// longest word (up to a cap), a word past it takes a slightly smaller font, and the two longest
// compounds may break at a soft hyphen, so every line ends between words or at a joint.
void MatrixPageTest::germanCellsWrapBetweenWords()
{
    m_records.reset();
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    init();
    QCOMPARE(m_records->content().language(), QStringLiteral("de"));
    {
        MatrixPage page(*m_records);
        page.resize(1220, 830);  // the page in the default 1440x900 window
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::processEvents();
        const auto letter = [](QChar c) { return c.isLetterOrNumber(); };
        int cells = 0;
        for (MatrixCellButton* cell : page.grid()->findChildren<MatrixCellButton*>()) {
            ++cells;
            for (const QStringList& lines : {cell->titleLines(), cell->descriptorLines()}) {
                for (int i = 0; i + 1 < lines.size(); ++i) {
                    QVERIFY2(!(letter(lines[i].back()) && letter(lines[i + 1].front())),
                             qPrintable(QStringLiteral("\"%1\" / \"%2\" in a cell %3 px wide")
                                            .arg(lines[i], lines[i + 1]).arg(cell->width())));
                }
            }
        }
        QCOMPARE(cells, 20);
        // The longest compounds carry a soft hyphen at their joint: a line may end "Zuverlässigkeits-".
        QVERIFY(page.grid()->cell(MatrixDimension::FailureIsolation, 5)->title().contains(
            QStringLiteral("Zuverlässigkeits\u00adrichtlinien")));
    }
    m_records.reset();
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    init();
}

void MatrixPageTest::ratersReadOnEitherTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(StudioAppearance::Theme::Light);
    QTest::newRow("dark") << int(StudioAppearance::Theme::Dark);
}

// The raters' colours (the "A click sets" choice, the cells, the radar) stand out at 3:1 or more from
// the window and the base of either theme, and the page's choice switches with the theme.
void MatrixPageTest::ratersReadOnEitherTheme()
{
    QFETCH(int, theme);
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudioAppearance appearance;
    appearance.theme = StudioAppearance::Theme::Light;
    appearance.apply();
    appearance.theme = StudioAppearance::Theme(theme);
    appearance.apply();
    QApplication::processEvents();
    const QPalette palette = QApplication::palette();
    QCOMPARE(ChartStyle::isDark(palette), appearance.theme == StudioAppearance::Theme::Dark);
    const QColor self = MatrixColors::self(palette);
    const QColor interviewer = MatrixColors::interviewer(palette);
    for (const QColor& colour : {self, interviewer, MatrixColors::bar(palette)}) {
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double contrast = StatusColors::contrast(colour, palette.color(role));
            QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3")
                                                     .arg(colour.name(), palette.color(role).name())
                                                     .arg(contrast)));
        }
    }
    // The radio buttons say "Self" and "Interviewer" in those colours.
    QStringList shown;
    static const QRegularExpression colourIn(QStringLiteral("color: (#[0-9a-f]{6});"));
    for (const QRadioButton* rater : page.findChildren<QRadioButton*>())
        shown << colourIn.match(rater->styleSheet()).captured(1);
    QCOMPARE(shown, QStringList({self.name(), interviewer.name()}));
    appearance.theme = StudioAppearance::Theme::Light;
    appearance.apply();
}

void MatrixPageTest::showsTheLatestSessionOnTheRadar()
{
    MatrixPage page(*m_records);
    // Newest demo session (product design + leadership): self 4/3/4/4, interviewer 4/3/4/3.
    QCOMPARE(page.session().rounds, QList<RoundKind>({RoundKind::ProductDesign, RoundKind::Leadership}));
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 4}));
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 3}));
    QCOMPARE(page.radar()->values(MatrixRadar::barName()), QList<qreal>({3, 3, 3, 3}));
    QCOMPARE(page.radar()->axes().first(), QStringLiteral("Resource abstraction"));
    QVERIFY(page.grid()->cell(MatrixDimension::RoadmapImpact, 3)->interviewerMarked());
    QVERIFY(!page.grid()->cell(MatrixDimension::RoadmapImpact, 3)->selfMarked());
    QVERIFY(page.grid()->cell(MatrixDimension::RoadmapImpact, 4)->selfMarked());
    // The main window must still fit 1000 px wide beside its 170 px page list.
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
}

void MatrixPageTest::clickSetsTheInterviewerLevelAndTheRadarFollows()
{
    MatrixPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setClickSets(SessionStore::Rater::Interviewer);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::FailureIsolation, 4), Qt::LeftButton);

    const Session stored = SessionStore(m_records->database()).load(page.sessionId());
    QCOMPARE(stored.matrix.interviewer.value(MatrixDimension::FailureIsolation), 4);
    QCOMPARE(stored.matrix.self.value(MatrixDimension::FailureIsolation), 3);  // the other rater untouched
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 4, 4, 3}));
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 4}));
    QVERIFY(page.grid()->cell(MatrixDimension::FailureIsolation, 4)->interviewerMarked());
    QVERIFY(!page.grid()->cell(MatrixDimension::FailureIsolation, 3)->interviewerMarked());
}

void MatrixPageTest::clickSetsTheSelfLevelAndUndoRestoresIt()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setClickSets(SessionStore::Rater::Self);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::RoadmapImpact, 5), Qt::LeftButton);
    QCOMPARE(
        SessionStore(m_records->database()).load(page.sessionId()).matrix.self.value(MatrixDimension::RoadmapImpact),
        5);
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 5}));

    page.undoStack()->undo();
    QCOMPARE(
        SessionStore(m_records->database()).load(page.sessionId()).matrix.self.value(MatrixDimension::RoadmapImpact),
        4);
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 4}));

    // A second click on the level already set clears it.
    page.undoStack()->redo();
    QTest::mouseClick(page.grid()->cell(MatrixDimension::RoadmapImpact, 5), Qt::LeftButton);
    QVERIFY(!SessionStore(m_records->database())
                 .load(page.sessionId())
                 .matrix.self.contains(MatrixDimension::RoadmapImpact));
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 0}));
}

void MatrixPageTest::gapBelowTheBarProposesADrill()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.proposedDrills().isEmpty());  // nothing below the bar in the latest session
    page.setClickSets(SessionStore::Rater::Interviewer);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::ResourceAbstraction, 2), Qt::LeftButton);
    QCOMPARE(page.proposedDrills().size(), 1);
    QCOMPARE(page.proposedDrills().first().ref, QStringLiteral("resource-abstraction"));
    // Failure isolation below the bar too: the demo candidate already has that drill, so no second card.
    QTest::mouseClick(page.grid()->cell(MatrixDimension::FailureIsolation, 1), Qt::LeftButton);
    QCOMPARE(page.proposedDrills().size(), 1);

    auto* add = page.findChild<QPushButton*>(QStringLiteral("addDrills"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    const debrief::storage::DrillStore drills(m_records->database());
    QVERIFY(drills.find(debrief::storage::DemoCandidate::name(), DrillSubject::Dimension,
                        QStringLiteral("resource-abstraction")));
    QVERIFY(page.proposedDrills().isEmpty());
    QVERIFY(!add->isEnabled());
}

void MatrixPageTest::soloPracticeClicksSetTheSelfLevel()
{
    MatrixPage page(*m_records);
    QCOMPARE(page.clickSets(), SessionStore::Rater::Interviewer);
    const std::int64_t solo = SessionStore(m_records->database()).list().last().id;  // the oldest: week 1 solo
    page.showSession(solo);
    QCOMPARE(page.clickSets(), SessionStore::Rater::Self);
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({3, 2, 2, 1}));
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({0, 0, 0, 0}));
    // Below the bar on failure isolation, cross-team communication and roadmap impact; the demo already
    // drills failure isolation and roadmap impact, so one new card.
    QCOMPARE(page.proposedDrills().size(), 1);
    QCOMPARE(page.proposedDrills().first().ref, QStringLiteral("cross-team-communication"));
}

// Keyboard only: from (Resource abstraction, 1) Right, Right, Down lands on (Failure isolation, 3);
// Enter sets it for the interviewer; the edges hold (Up from the first row stays put).
void MatrixPageTest::arrowKeysMoveBetweenCellsAndEnterSets()
{
    MatrixPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    page.setClickSets(SessionStore::Rater::Interviewer);
    MaturityMatrixGrid* grid = page.grid();
    grid->cell(MatrixDimension::ResourceAbstraction, 1)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), grid->cell(MatrixDimension::ResourceAbstraction, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), grid->cell(MatrixDimension::FailureIsolation, 3));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(SessionStore(m_records->database())
                 .load(page.sessionId())
                 .matrix.interviewer.value(MatrixDimension::FailureIsolation),
             4);
    QVERIFY(grid->cell(MatrixDimension::FailureIsolation, 4)->interviewerMarked());
}

void MatrixPageTest::languageSwitchRetranslatesThePage()
{
    MatrixPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // State that must survive: a level set (one undo step), the rater, the chosen session.
    QTest::mouseClick(page.grid()->cell(MatrixDimension::RoadmapImpact, 2), Qt::LeftButton);
    page.setClickSets(SessionStore::Rater::Self);
    const std::int64_t session = page.sessionId();
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.proposedDrills().size(), 0);  // roadmap impact is drilled already: "Already scheduled"

    const auto findLabel = [&page](const QString& text) {
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->text() == text)
                return label;
        }
        return static_cast<QLabel*>(nullptr);
    };
    QLabel* clickLabel = findLabel(QStringLiteral("A click sets the level of:"));
    QLabel* barHeader = findLabel(QStringLiteral("Level 3 (the bar)"));
    QVERIFY(clickLabel && barHeader);
    QGroupBox* radarBox = nullptr;
    for (QGroupBox* box : page.findChildren<QGroupBox*>()) {
        if (box->title() == QStringLiteral("Against the Level 3 bar"))
            radarBox = box;
    }
    QVERIFY(radarBox);
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addDrills"));
    auto* gaps = page.findChild<QTableWidget*>();
    auto* drills = page.findChild<QListWidget*>();
    auto* self = page.findChildren<QRadioButton*>().value(0);
    QVERIFY(add && gaps && drills && self);
    QCOMPARE(self->text(), QStringLiteral("&Self"));
    const QString drillLine = drills->item(0)->text();
    QVERIFY2(drillLine.startsWith(QStringLiteral("Already scheduled: ")), qPrintable(drillLine));
    MatrixCellButton* cell = page.grid()->cell(MatrixDimension::RoadmapImpact, 2);
    QVERIFY(cell->accessibleName().startsWith(QStringLiteral("Level 2: ")));
    QCOMPARE(cell->accessibleDescription(), QStringLiteral("Interviewer"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(clickLabel->text(), QStringLiteral("[x] A click sets the level of:"));
    QCOMPARE(self->text(), QStringLiteral("[x] &Self"));
    QCOMPARE(add->text(), QStringLiteral("[x] Add these &drills"));
    QCOMPARE(radarBox->title(), QStringLiteral("[x] Against the Level 3 bar"));
    QCOMPARE(barHeader->text(), QStringLiteral("[x] Level 3 (the bar)"));
    QCOMPARE(gaps->horizontalHeaderItem(0)->text(), QStringLiteral("[x] Dimension"));
    QCOMPARE(gaps->horizontalHeaderItem(3)->text(), QStringLiteral("[x] Below bar"));
    QCOMPARE(drills->item(0)->text(), QStringLiteral("[x] ") + drillLine);
    QVERIFY(cell->accessibleName().startsWith(QStringLiteral("[x] Level 2: ")));
    QCOMPARE(cell->accessibleDescription(), QStringLiteral("[x] Interviewer"));
    // The radar's legend: the series names are the marked ones, with the same values.
    QCOMPARE(page.radar()->values(QStringLiteral("[x] Interviewer")), QList<qreal>({4, 3, 4, 2}));
    QCOMPARE(page.radar()->values(QStringLiteral("[x] Level 3 bar")), QList<qreal>({3, 3, 3, 3}));
    // The picker's entry: the mode is translated, the session is the same.
    auto* picker = page.findChild<SessionPicker*>();
    QVERIFY(picker->currentText().contains(QStringLiteral(" · [x] Live mock · ")));
    QCOMPARE(picker->currentSessionId(), session);
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.clickSets(), SessionStore::Rater::Self);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(clickLabel->text(), QStringLiteral("A click sets the level of:"));
    QCOMPARE(barHeader->text(), QStringLiteral("Level 3 (the bar)"));
    QCOMPARE(gaps->horizontalHeaderItem(0)->text(), QStringLiteral("Dimension"));
    QCOMPARE(drills->item(0)->text(), drillLine);
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 2}));
    QVERIFY(!picker->currentText().contains(QStringLiteral("[x]")));
    QCOMPARE(page.sessionId(), session);
    page.undoStack()->undo();  // the step still works after the switch
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 3}));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(add->text(), QStringLiteral("Diese Ü&bungen hinzufügen"));
    QCOMPARE(radarBox->title(), QStringLiteral("Gegenüber der Messlatte Stufe 3"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(add->text(), QStringLiteral("Add these &drills"));
}

// The page's Undo/Redo actions name the step they would undo or redo, in the current language.
void MatrixPageTest::undoActionsFollowTheStackAndTheLanguage()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* action : page.actions()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            undo = action;
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            redo = action;
    }
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QVERIFY(!undo->isEnabled());
    page.setClickSets(SessionStore::Rater::Interviewer);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::FailureIsolation, 4), Qt::LeftButton);
    QVERIFY(undo->isEnabled());
    const QString step = page.undoStack()->undoText();
    QVERIFY(!step.isEmpty());
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + step);

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(undo->text(), QStringLiteral("[x] &Undo ") + step);
    undo->trigger();
    QCOMPARE(undo->text(), QStringLiteral("[x] &Undo"));
    QCOMPARE(redo->text(), QStringLiteral("[x] &Redo ") + step);
    QVERIFY(redo->isEnabled());
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(redo->text(), QStringLiteral("&Redo ") + step);
}

// The demo's newest session is finished: the debrief still takes levels. One click is one step on the
// controller's stack, named for the rater, undone and redone in the database.
void MatrixPageTest::clickOnAFinishedSessionIsOneControllerStep()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.controller()->isFinished());
    QCOMPARE(page.undoStack(), page.controller()->undoStack());
    const auto interviewerLevel = [this, &page] {
        return SessionStore(m_records->database())
            .load(page.sessionId())
            .matrix.interviewer.value(MatrixDimension::CrossTeamCommunication, 0);
    };
    QCOMPARE(interviewerLevel(), 4);  // demo: interviewer 4/3/4/3

    page.setClickSets(SessionStore::Rater::Interviewer);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::CrossTeamCommunication, 5), Qt::LeftButton);
    QCOMPARE(interviewerLevel(), 5);
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Set interviewer level to 5"));
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 5, 3}));

    page.undoStack()->undo();
    QCOMPARE(interviewerLevel(), 4);
    QVERIFY(page.grid()->cell(MatrixDimension::CrossTeamCommunication, 4)->interviewerMarked());
    page.undoStack()->redo();
    QCOMPARE(interviewerLevel(), 5);

    // Clicking the level already set clears it: level 0 through the controller.
    QTest::mouseClick(page.grid()->cell(MatrixDimension::CrossTeamCommunication, 5), Qt::LeftButton);
    QCOMPARE(interviewerLevel(), 0);
    QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Clear interviewer level"));
    page.undoStack()->undo();
    QCOMPARE(interviewerLevel(), 5);
}

// A level set by another controller on the same session (the Debrief's, another window's) shows here,
// and this page's own steps stay.
void MatrixPageTest::levelSetElsewhereShowsWithoutTouchingTheSteps()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setClickSets(SessionStore::Rater::Self);
    QTest::mouseClick(page.grid()->cell(MatrixDimension::ResourceAbstraction, 5), Qt::LeftButton);
    QCOMPARE(page.undoStack()->count(), 1);

    SessionController elsewhere(*m_records);
    QVERIFY(elsewhere.load(page.sessionId()));
    QVERIFY(elsewhere.setMatrixLevel(SessionStore::Rater::Interviewer, MatrixDimension::RoadmapImpact, 1));
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 1}));
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({5, 3, 4, 4}));
    QCOMPARE(page.undoStack()->count(), 1);
}

// The session went away under the page: the store refuses, the page says so, no step is left to undo.
void MatrixPageTest::storageErrorIsReportedAndLeavesNoStep()
{
    MatrixPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy messages(&page, &StudioPage::statusMessage);
    SessionStore(m_records->database()).remove(page.sessionId());
    QTest::mouseClick(page.grid()->cell(MatrixDimension::FailureIsolation, 5), Qt::LeftButton);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QStringLiteral("Not saved: ")),
             qPrintable(messages.first().first().toString()));
    QCOMPARE(page.undoStack()->count(), 0);
    QVERIFY(!page.grid()->cell(MatrixDimension::FailureIsolation, 5)->interviewerMarked());
}

QTEST_MAIN(MatrixPageTest)
#include "matrixpagetest.moc"

// The Debrief page: the Metric Translation veto with its reason, scores hidden until submitted, the
// panel's agreement and splits, and the final recommendation saved at once through the page's
// SessionController (its undo stack, its storage errors).
#include "debrief/debriefpage.h"
#include "interviewrecords.h"
#include "session/sessioncontroller.h"
#include "shell/studioappearance.h"
#include "shell/languageswitch.h"
#include "widgets/depthvisiongridview.h"
#include "widgets/sessionpicker.h"
#include "widgets/chartstyle.h"
#include "widgets/statuscolors.h"

#include "interview/calibrationgap.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include "markingtranslator.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::SessionStore;

namespace {

const QString kAna = QStringLiteral("Ana Silva");
const QString kBen = QStringLiteral("Ben Carter");
const QString kVeto =
    QStringLiteral("Metric Translation is 0 in the product design round: Strong No whatever else scored");

constexpr std::uint8_t kPolicy = std::uint8_t(VisionEvidence::ProposedPolicy);

// One product design answer: Ana 3/3 with evidence (submitted), Ben 4/4 with evidence (not submitted yet).
// Metric Translation 0: the veto.
Session vetoedSession()
{
    Session s;
    s.mode = SessionMode::LiveMock;
    s.status = SessionStatus::Completed;
    s.candidate = QStringLiteral("Test Candidate");
    s.interviewers = {kAna, kBen};
    s.rounds = {RoundKind::ProductDesign};
    s.startedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    AskedQuestion q;
    q.round = RoundKind::ProductDesign;
    q.questionId = QStringLiteral("product-design-three-requests");
    q.answer = QStringLiteral("Scheduler redesign first.");
    q.scores << AnswerScore{kAna, 3, 3, kPolicy, QStringLiteral("proposed a policy"), true}
             << AnswerScore{kBen, 4, 4, kPolicy, QStringLiteral("strong"), false};
    s.questions << q;
    DesignRound design;
    design.scenarioId = QStringLiteral("accelerator-roadmap-q3");
    design.designScore = 3;
    design.metricTranslation = 0;
    design.roadmapAlignment = 3;
    s.design = design;
    s.strategicFit = 3;
    return s;
}

// WCAG 2: relative luminance from the linearised sRGB channels, contrast (L1 + 0.05) / (L2 + 0.05).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void applyTheme(StudioAppearance::Theme theme)
{
    StudioAppearance appearance;
    appearance.theme = theme;
    appearance.apply();
    QApplication::processEvents();
}

// How many of `widget`'s pixels, as drawn, are within `tolerance` of `color` in each channel.
int pixelsNear(QWidget* widget, const QColor& color, int tolerance = 24)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel(image.pixel(x, y));
            count += std::abs(pixel.red() - color.red()) <= tolerance && std::abs(pixel.green() - color.green()) <= tolerance &&
                             std::abs(pixel.blue() - color.blue()) <= tolerance
                         ? 1
                         : 0;
        }
    }
    return count;
}

QStringList pointOwners(const DepthVisionGridView* grid)
{
    QStringList owners;
    for (const DepthVisionGridView::Point& p : grid->points())
        owners << p.interviewer;
    return owners;
}

}  // namespace

class DebriefPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheVetoReason();
    void hidesUnsubmittedScoresFromTheOtherInterviewer();
    void showsAgreementOnceBothSubmitted();
    void flagsASplitOfTwoPoints();
    void recommendationIsSavedAtOnce();
    void demoSessionShowsPortfolioImpact();
    void languageSwitchRetranslatesThePage();
    void clickedRecommendationAndReasonAreUndoneStepByStep();
    void recommendationMadeElsewhereShowsWithoutTouchingTheSteps();
    void storageErrorIsReportedAndLeavesNoStep();
    void statusColoursFollowTheTheme();
    void interviewersReadOnEitherTheme_data();
    void interviewersReadOnEitherTheme();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
    std::int64_t m_id = 0;
};

void DebriefPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void DebriefPageTest::init()
{
    static int run = 0;
    m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("debrief-%1.sqlite").arg(++run)));
    QVERIFY(m_records->isOpen());
    Session session = vetoedSession();
    m_id = SessionStore(m_records->database()).create(session);
}

void DebriefPageTest::cleanup()
{
    m_records.reset();
}

void DebriefPageTest::showsTheVetoReason()
{
    DebriefPage page(*m_records);
    QCOMPARE(page.sessionId(), m_id);
    page.setViewer(kAna);
    // Ana: Depth 3 x Vision 3 is Yes on the grid, then the veto makes it Strong No.
    QVERIFY2(page.verdictText().contains(kAna + QStringLiteral(": Strong No (vetoed)")),
             qPrintable(page.verdictText()));
    QVERIFY(page.verdictText().contains(QStringLiteral("Depth 3 x Vision 3 gives Yes")));
    QVERIFY(page.verdictText().contains(kVeto));
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
}

void DebriefPageTest::hidesUnsubmittedScoresFromTheOtherInterviewer()
{
    DebriefPage page(*m_records);
    page.setViewer(kAna);
    QCOMPARE(pointOwners(page.grid()), QStringList{kAna});
    QVERIFY(!page.verdictText().contains(kBen));
    QCOMPARE(page.hiddenScoresText(), kBen + QStringLiteral("'s scores are hidden until you both have submitted."));

    // Ben has not submitted: he sees his own scores only, Ana's stay hidden from him too.
    page.setViewer(kBen);
    QCOMPARE(pointOwners(page.grid()), QStringList{kBen});
    QVERIFY(page.verdictText().contains(kBen + QStringLiteral(": Strong No (vetoed)")));
    QVERIFY(!page.verdictText().contains(kAna));

    // The panel sees submitted scores only.
    page.setViewer(QString());
    QCOMPARE(pointOwners(page.grid()), QStringList{kAna});
    QCOMPARE(page.hiddenScoresText(), kBen + QStringLiteral("'s scores are hidden until they submit them."));
}

void DebriefPageTest::showsAgreementOnceBothSubmitted()
{
    DebriefPage page(*m_records);
    page.setViewer(kAna);
    QCOMPARE(page.agreementText(), QStringLiteral("No answer that two interviewers scored is visible yet."));

    SessionStore(m_records->database())
        .setScore(m_id, 0, AnswerScore{kBen, 4, 4, kPolicy, QStringLiteral("strong"), true});
    m_records->announceSessionChanged(m_id);
    QCOMPARE(pointOwners(page.grid()), QStringList({kAna, kBen}));
    QVERIFY(page.hiddenScoresText().isEmpty());
    // Ana 3/3 (Yes), Ben 4/4 (Strong Yes): one point apart on each tag, not a split, different cells.
    QCOMPARE(page.agreementText(), QStringLiteral("Same verdict on 0 of 1 answers; 0 split(s) of 2 or more points."));
}

void DebriefPageTest::flagsASplitOfTwoPoints()
{
    SessionStore(m_records->database())
        .setScore(m_id, 0, AnswerScore{kBen, 1, 3, kPolicy, QStringLiteral("kernel talk"), true});
    DebriefPage page(*m_records);
    page.setViewer(kAna);
    // Depth 3 against 1: a split of two points.
    QCOMPARE(page.agreementText(), QStringLiteral("Same verdict on 0 of 1 answers; 1 split(s) of 2 or more points."));
}

void DebriefPageTest::recommendationIsSavedAtOnce()
{
    DebriefPage page(*m_records);
    QCOMPARE(page.recommendation(), Recommendation::None);
    page.setRecommendation(Recommendation::StrongNo);
    QCOMPARE(SessionStore(m_records->database()).load(m_id).recommendation, Recommendation::StrongNo);
    page.setRecommendation(Recommendation::Yes);
    QCOMPARE(SessionStore(m_records->database()).load(m_id).recommendation, Recommendation::Yes);
    QCOMPARE(page.recommendation(), Recommendation::Yes);

    page.undoStack()->undo();
    QCOMPARE(SessionStore(m_records->database()).load(m_id).recommendation, Recommendation::StrongNo);
    QCOMPARE(page.recommendation(), Recommendation::StrongNo);
    page.undoStack()->undo();
    QCOMPARE(SessionStore(m_records->database()).load(m_id).recommendation, Recommendation::None);
    QCOMPARE(page.recommendation(), Recommendation::None);
    page.undoStack()->redo();
    QCOMPARE(SessionStore(m_records->database()).load(m_id).recommendation, Recommendation::StrongNo);
}

void DebriefPageTest::demoSessionShowsPortfolioImpact()
{
    debrief::storage::DemoCandidate::fill(m_records->database());
    m_records->announceSessionsChanged();
    DebriefPage page(*m_records);
    // The newest session is the demo's third (yesterday); the panel sees both interviewers.
    page.setViewer(QString());
    QCOMPARE(pointOwners(page.grid()).size(), 6);
    // Dana: Depth (3+3+3)/3 = 3, Vision (4+3+3)/3 = 3.33 -> 3: Yes. Lukas: Depth 10/3 -> 3, Vision 11/3 -> 4: Yes.
    QVERIFY2(page.verdictText().contains(QStringLiteral("Dana Okafor: Yes")), qPrintable(page.verdictText()));
    QVERIFY(page.verdictText().contains(QStringLiteral("Lukas Brandt: Yes")));
    // Q1 Dana D3 V4 (Yes) / Lukas D4 V4 (Strong Yes); Q2 D3 V3 / D3 V4 (both Yes); Q3 both D3 V3 (Yes).
    QCOMPARE(page.agreementText(), QStringLiteral("Same verdict on 2 of 3 answers; 0 split(s) of 2 or more points."));
    // Matrix self 4/3/4/4 against interviewer 4/3/4/3: gaps 0, 0, 0, +1; mean +0.25.
    QVERIFY2(page.calibrationText().contains(QStringLiteral("mean gap +0.25 level(s)")),
             qPrintable(page.calibrationText()));
    QVERIFY(page.calibrationText().contains(
        QStringLiteral("Largest over-estimate: Roadmap impact (self 4, interviewer 3)")));
    // Portfolio: 3 teams x (6 - 5.1) / 6 = 15 % -> 45; 2 x (120 - 88) / 120 = 26.7 % -> 53.3;
    // 3 x (2.3 - 0.7) / 2.3 = 69.6 % -> 208.7; total 307.0.
    const QString impact = page.impactText();
    QVERIFY2(impact.startsWith(QStringLiteral("307.0 over 3 project(s)")), qPrintable(impact));
    QVERIFY(impact.contains(QStringLiteral("3 team(s) × 15.0 % = 45.0")));
    QVERIFY(impact.contains(QStringLiteral("2 team(s) × 26.7 % = 53.3")));
    QVERIFY(impact.contains(QStringLiteral("3 team(s) × 69.6 % = 208.7")));
}

void DebriefPageTest::languageSwitchRetranslatesThePage()
{
    DebriefPage page(*m_records);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setViewer(kAna);
    page.setRecommendation(Recommendation::StrongNo);
    // A reason being typed (not yet confirmed with Enter or by leaving the field) must survive.
    auto* reason = page.findChild<QLineEdit*>();
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Veto stands"));
    QVERIFY(reason->isModified());
    QCOMPARE(page.undoStack()->count(), 1);

    QGroupBox* verdictBox = nullptr;
    for (QGroupBox* box : page.findChildren<QGroupBox*>()) {
        if (box->title() == QStringLiteral("Verdict"))
            verdictBox = box;
    }
    QVERIFY(verdictBox);
    QComboBox* viewer = nullptr;
    for (QComboBox* combo : page.findChildren<QComboBox*>()) {
        if (!qobject_cast<SessionPicker*>(combo))
            viewer = combo;
    }
    QVERIFY(viewer);
    QCOMPARE(viewer->itemText(0), QStringLiteral("Panel (submitted scores only)"));
    QRadioButton* strongNo = nullptr;
    for (QRadioButton* button : page.findChildren<QRadioButton*>()) {
        if (button->text() == QStringLiteral("Strong No"))
            strongNo = button;
    }
    QVERIFY(strongNo && strongNo->isChecked());
    QTableWidget* rounds = page.findChildren<QTableWidget*>().value(0);
    QVERIFY(rounds);
    QCOMPARE(rounds->horizontalHeaderItem(0)->text(), QStringLiteral("Round"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(verdictBox->title(), QStringLiteral("[x] Verdict"));
    QCOMPARE(viewer->itemText(0), QStringLiteral("[x] Panel (submitted scores only)"));
    QCOMPARE(strongNo->text(), QStringLiteral("[x] Strong No"));
    QCOMPARE(rounds->horizontalHeaderItem(0)->text(), QStringLiteral("[x] Round"));
    QCOMPARE(rounds->item(0, 0)->text(), QStringLiteral("[x] Product Design"));
    QCOMPARE(reason->placeholderText(), QStringLiteral("[x] Why, in one sentence"));
    QCOMPARE(page.grid()->accessibleName(), QStringLiteral("[x] Depth by Vision grid"));
    // The computed sentences: the verdict with its reasons (from the rules), the hidden-scores notice,
    // the agreement.
    QVERIFY2(page.verdictText().contains(kAna + QStringLiteral(": [x] Strong No[x] ")), qPrintable(page.verdictText()));
    QVERIFY(page.verdictText().contains(QStringLiteral("[x] ") + kVeto));
    QCOMPARE(page.hiddenScoresText(),
             QStringLiteral("[x] %1's scores are hidden until you both have submitted.").arg(kBen));
    QCOMPARE(page.agreementText(), QStringLiteral("[x] No answer that two interviewers scored is visible yet."));
    QVERIFY(page.calibrationText().startsWith(QStringLiteral("[x] ")));
    // Nothing the user did is lost.
    QCOMPARE(page.viewer(), kAna);
    QCOMPARE(reason->text(), QStringLiteral("Veto stands"));
    QVERIFY(reason->isModified());
    QVERIFY(strongNo->isChecked());
    QCOMPARE(page.undoStack()->count(), 1);
    QCOMPARE(page.sessionId(), m_id);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(verdictBox->title(), QStringLiteral("Verdict"));
    QCOMPARE(viewer->itemText(0), QStringLiteral("Panel (submitted scores only)"));
    QCOMPARE(strongNo->text(), QStringLiteral("Strong No"));
    QVERIFY(page.verdictText().contains(kAna + QStringLiteral(": Strong No (vetoed)")));
    QCOMPARE(page.hiddenScoresText(), kBen + QStringLiteral("'s scores are hidden until you both have submitted."));
    QCOMPARE(reason->text(), QStringLiteral("Veto stands"));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(verdictBox->title(), QStringLiteral("Urteil"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(verdictBox->title(), QStringLiteral("Verdict"));
    QCOMPARE(page.viewer(), kAna);
}

// A click on an option, then a reason confirmed with Enter: two steps on the controller's stack, each
// in the database at once, each undone in turn. The session is finished (Completed): the debrief goes on.
void DebriefPageTest::clickedRecommendationAndReasonAreUndoneStepByStep()
{
    DebriefPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.controller()->isFinished());
    QCOMPARE(page.undoStack(), page.controller()->undoStack());
    QRadioButton* strongYes = nullptr;
    for (QRadioButton* button : page.findChildren<QRadioButton*>()) {
        if (button->text() == QStringLiteral("Strong Yes"))
            strongYes = button;
    }
    QVERIFY(strongYes);
    const auto stored = [this] { return SessionStore(m_records->database()).load(m_id); };

    QTest::mouseClick(strongYes, Qt::LeftButton);
    QCOMPARE(stored().recommendation, Recommendation::StrongYes);
    QCOMPARE(stored().recommendationReason, QString());
    QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Recommendation Strong Yes"));

    auto* reason = page.findChild<QLineEdit*>();
    QVERIFY(reason);
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("  Veto aside, the design holds  "));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(stored().recommendationReason, QStringLiteral("Veto aside, the design holds"));  // trimmed
    QCOMPARE(reason->text(), QStringLiteral("Veto aside, the design holds"));
    QCOMPARE(page.undoStack()->count(), 2);

    page.undoStack()->undo();
    QCOMPARE(stored().recommendation, Recommendation::StrongYes);
    QCOMPARE(stored().recommendationReason, QString());
    QCOMPARE(reason->text(), QString());  // the field follows the undo
    page.undoStack()->undo();
    QCOMPARE(stored().recommendation, Recommendation::None);
    QVERIFY(!strongYes->isChecked());
    QCOMPARE(page.recommendation(), Recommendation::None);
    page.undoStack()->redo();
    page.undoStack()->redo();
    QCOMPARE(stored().recommendation, Recommendation::StrongYes);
    QCOMPARE(stored().recommendationReason, QStringLiteral("Veto aside, the design holds"));
    QVERIFY(strongYes->isChecked());
}

// Another writer (here a second controller, as the Committee or an import would be) changes the
// recommendation: the page shows it, and its own steps stay.
void DebriefPageTest::recommendationMadeElsewhereShowsWithoutTouchingTheSteps()
{
    DebriefPage page(*m_records);
    page.setRecommendation(Recommendation::StrongNo);
    QCOMPARE(page.undoStack()->count(), 1);

    SessionController elsewhere(*m_records);
    QVERIFY(elsewhere.load(m_id));
    QVERIFY(elsewhere.setRecommendation(Recommendation::No, QStringLiteral("Metric Translation 0")));
    QCOMPARE(page.recommendation(), Recommendation::No);
    QCOMPARE(page.controller()->session().recommendationReason, QStringLiteral("Metric Translation 0"));
    QCOMPARE(page.findChild<QLineEdit*>()->text(), QStringLiteral("Metric Translation 0"));
    QCOMPARE(page.undoStack()->count(), 1);
}

// The session went away under the page: the store refuses, the page says so, and no step is left to undo.
void DebriefPageTest::storageErrorIsReportedAndLeavesNoStep()
{
    DebriefPage page(*m_records);
    QSignalSpy messages(&page, &StudioPage::statusMessage);
    SessionStore(m_records->database()).remove(m_id);
    page.setRecommendation(Recommendation::Yes);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QStringLiteral("Not saved: ")),
             qPrintable(messages.first().first().toString()));
    QCOMPARE(page.undoStack()->count(), 0);
    QCOMPARE(page.controller()->session().recommendation, Recommendation::None);
    QCOMPARE(page.recommendation(), Recommendation::None);  // the options show what is stored
}

// The hidden-scores warning (a label) and a split's flag (a table item) in the dark theme, then in
// the light one after a switch: each in its status colour of the theme on now, readable (WCAG 4.5:1)
// on the window or the table's base, and drawn so.
void DebriefPageTest::statusColoursFollowTheTheme()
{
    applyTheme(StudioAppearance::Theme::Dark);
    DebriefPage hiddenPage(*m_records);  // Ben has not submitted: Ana's view hides his scores
    hiddenPage.setViewer(kAna);
    SessionStore(m_records->database())
        .setScore(m_id, 0, AnswerScore{kBen, 1, 3, kPolicy, QStringLiteral("kernel talk"), true});
    DebriefPage splitPage(*m_records);  // now both submitted, 3 against 1: a split
    splitPage.setViewer(kAna);
    for (DebriefPage* page : {&hiddenPage, &splitPage}) {
        page->resize(900, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }
    QLabel* hidden = nullptr;
    for (QLabel* label : hiddenPage.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("are hidden until")))
            hidden = label;
    }
    QVERIFY(hidden);
    QTableWidget* splits = nullptr;
    for (QTableWidget* table : splitPage.findChildren<QTableWidget*>()) {
        if (table->accessibleName() == QStringLiteral("Agreement per answer"))
            splits = table;
    }
    QVERIFY(splits);
    QTableWidgetItem* flag = splits->item(0, splits->columnCount() - 1);
    QVERIFY(flag);
    QVERIFY2(flag->text().startsWith(QStringLiteral("Split")), qPrintable(flag->text()));

    struct Seen {
        QColor warning, split;
    };
    const auto check = [&](const char* theme, Seen& seen) {
        const QPalette palette = QApplication::palette();
        const QColor warning = hidden->palette().color(QPalette::WindowText);
        const QColor split = flag->foreground().color();
        const QString what = QStringLiteral("%1: warning %2, split %3").arg(QLatin1String(theme), warning.name(), split.name());
        // The warning stays amber (more red than blue), the split red; neither is the plain text colour.
        QVERIFY2(warning.red() > warning.blue() + 60 && warning.green() > warning.blue(), qPrintable(what));
        QVERIFY2(split.red() > split.green() + 60 && split.red() > split.blue() + 60, qPrintable(what));
        QVERIFY2(contrast(warning, hidden->palette().color(QPalette::Window)) >= 4.5, qPrintable(what));
        QVERIFY2(contrast(split, splits->palette().color(QPalette::Base)) >= 4.5, qPrintable(what));
        QCOMPARE(warning, StatusColors::warning(palette));
        QCOMPARE(split, StatusColors::bad(palette));
        // As drawn: the glyphs of the warning carry its colour.
        QVERIFY2(pixelsNear(hidden, warning) > 20, qPrintable(what));
        seen = {warning, split};
    };
    Seen dark, light;
    check("dark", dark);
    QVERIFY(!QTest::currentTestFailed());

    applyTheme(StudioAppearance::Theme::Light);
    check("light", light);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(light.warning != dark.warning);
    QVERIFY(light.split != dark.split);
    // Dark text on the light window now, light on the dark one before.
    QVERIFY(light.warning.lightness() < dark.warning.lightness());
    QVERIFY(light.split.lightness() < dark.split.lightness());
    // The dark theme's warning was drawn no more.
    QCOMPARE(pixelsNear(hidden, dark.warning, 8), 0);
    applyTheme(StudioAppearance::Theme::System);
}

void DebriefPageTest::interviewersReadOnEitherTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(StudioAppearance::Theme::Light);
    QTest::newRow("dark") << int(StudioAppearance::Theme::Dark);
}

// Each interviewer's colour (and the self-assessment's) stands out at 3:1 or more from the window and
// the base of either theme, the two interviewers differ, and the grid draws its points in the
// variant of the theme now on, after a switch from the other one.
void DebriefPageTest::interviewersReadOnEitherTheme()
{
    QFETCH(int, theme);
    SessionStore(m_records->database())
        .setScore(m_id, 0, AnswerScore{kBen, 2, 2, kPolicy, QStringLiteral("kernel talk"), true});
    applyTheme(theme == int(StudioAppearance::Theme::Dark) ? StudioAppearance::Theme::Light
                                                           : StudioAppearance::Theme::Dark);
    DebriefPage page(*m_records);
    page.setViewer(QString());  // the panel: both submitted, both shown
    page.resize(900, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(pointOwners(page.grid()), QStringList({kAna, kBen}));
    applyTheme(StudioAppearance::Theme(theme));
    const QPalette palette = QApplication::palette();
    QCOMPARE(ChartStyle::isDark(palette), theme == int(StudioAppearance::Theme::Dark));

    const Session session = vetoedSession();
    const QColor ana = DebriefPage::interviewerColor(session, kAna, palette);
    const QColor ben = DebriefPage::interviewerColor(session, kBen, palette);
    const QColor self =
        DebriefPage::interviewerColor(session, QString::fromLatin1(CalibrationGap::kSelf), palette);
    QVERIFY(ana != ben && ana != self && ben != self);
    for (const QColor& colour : {ana, ben, self}) {
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = StatusColors::contrast(colour, palette.color(role));
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3")
                                                  .arg(colour.name(), palette.color(role).name())
                                                  .arg(ratio)));
        }
    }
    // As drawn: Ana's point and legend swatch in this theme's variant, never in the other theme's.
    QVERIFY(pixelsNear(page.grid(), ana, 8) > 40);
    if (theme == int(StudioAppearance::Theme::Dark))
        QCOMPARE(pixelsNear(page.grid(), DebriefPage::interviewerColor(session, kAna), 8), 0);
    applyTheme(StudioAppearance::Theme::System);
}

QTEST_MAIN(DebriefPageTest)
#include "debriefpagetest.moc"

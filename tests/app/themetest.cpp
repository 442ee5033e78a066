// Every page of the main window in the light and the dark theme: the charts' backgrounds and text,
// the painted views' backgrounds follow the palette; a switch from dark back to light leaves no
// widget dark (the Depth and Vision buttons, style-sheeted, included).
#include "interviewrecords.h"
#include "mainwindow.h"
#include "matrix/matrixcellbutton.h"
#include "session/demolivesession.h"
#include "session/livesessionpage.h"
#include "shell/studioappearance.h"
#include "storage/democandidate.h"
#include "studiopage.h"
#include "tracelab/demotrace.h"
#include "tracelab/tracelabpage.h"
#include "widgets/chartstyle.h"
#include "widgets/depthvisiongridview.h"
#include "widgets/radarchartview.h"
#include "widgets/statuscolors.h"

#include <storage/database.h>

#include <QLabel>
#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QVBoxLayout>
#include <QIcon>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace debrief::studio;
using Theme = StudioAppearance::Theme;

namespace {

void applyTheme(Theme theme)
{
    StudioAppearance appearance;
    appearance.theme = theme;
    appearance.apply();
}

QColor pixelAt(QWidget* widget, QPoint at)
{
    const QImage image = widget->grab().toImage();
    // grab() is in device pixels; `at` in logical ones.
    return QColor(image.pixel(QPointF(at * image.devicePixelRatio()).toPoint()));
}

bool near(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// WCAG 2.x: relative luminance of the linearised sRGB channels; contrast (L1 + 0.05) / (L2 + 0.05).
double wcagContrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString where(const QWidget* widget, const StudioPage* page)
{
    return QStringLiteral("%1 (%2) on %3")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()), page->pageId());
}

}  // namespace

class ThemeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyPageFollowsTheTheme_data();
    void everyPageFollowsTheTheme();
    void darkToLightLeavesNothingDark();
    void focusRingAndCheckBoxesAreVisible_data();
    void focusRingAndCheckBoxesAreVisible();
    void systemFollowsTheSystemPalette();
    void statusColoursReadOnWindowAndBase_data();
    void statusColoursReadOnWindowAndBase();
    void normalStatusRestoresOnlyTheTextColours();

private:
    // A window on a database with the demo candidate, a live session at its demo state and the
    // small demo trace replayed (its charts drawn).
    std::unique_ptr<MainWindow> demoWindow();
    // Shows every page and checks its charts and painted views against the application palette.
    void checkEveryPage(MainWindow& window);

    QTemporaryDir m_dir;
    int m_databases = 0;
};

void ThemeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_theme"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void ThemeTest::cleanup()
{
    applyTheme(Theme::Light);
}

std::unique_ptr<MainWindow> ThemeTest::demoWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("theme%1.sqlite").arg(++m_databases));
    {
        debrief::storage::Database demo(path);
        if (!demo.open())
            return nullptr;
        debrief::storage::DemoCandidate::fill(demo);
    }
    auto window = std::make_unique<MainWindow>(nullptr, path);
    window->resize(1440, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    auto* live = qobject_cast<LiveSessionPage*>(window->page(QStringLiteral("live-session")));
    const InterviewRecords& records = *window->interviewRecords();
    if (!live || !live->openSession(DemoLiveSession::create(records.database(), records.content())))
        return nullptr;
    QSignalSpy settled(window.get(), &MainWindow::allPagesSettledChanged);
    if (!window->traceLab()->loadDemo(DemoTrace::tiresias()))
        return nullptr;
    if (!window->allPagesSettled() && !settled.wait(60'000))
        return nullptr;
    return window;
}

void ThemeTest::checkEveryPage(MainWindow& window)
{
    const QPalette palette = QApplication::palette();
    const QColor background = ChartStyle::background(palette);
    const QColor text = ChartStyle::text(palette);
    int charts = 0, painted = 0, cells = 0;
    for (StudioPage* page : window.pages()) {
        QVERIFY(window.showPage(page->pageId()));
        QApplication::processEvents();
        for (QChartView* view : page->findChildren<QChartView*>()) {
            if (!view->isVisible())
                continue;
            ++charts;
            const QChart* chart = view->chart();
            QVERIFY2(chart->backgroundBrush().color() == background, qPrintable(where(view, page)));
            QVERIFY2(chart->titleBrush().color() == text, qPrintable(where(view, page)));
            for (QAbstractAxis* axis : chart->axes()) {
                QVERIFY2(axis->labelsColor() == text, qPrintable(where(view, page)));
                QVERIFY2(axis->titleBrush().color() == text, qPrintable(where(view, page)));
                QVERIFY2(axis->gridLineColor() == ChartStyle::gridColor(palette), qPrintable(where(view, page)));
            }
            // As drawn: the corner of the chart is its background.
            QVERIFY2(pixelAt(view, {2, 2}) == background, qPrintable(where(view, page)));
        }
        QList<QWidget*> views;
        for (auto* radar : page->findChildren<RadarChartView*>())
            views << radar;
        for (auto* grid : page->findChildren<DepthVisionGridView*>())
            views << grid;
        for (QWidget* view : views) {
            if (!view->isVisible())
                continue;
            ++painted;
            QVERIFY2(pixelAt(view, {1, 1}) == background, qPrintable(where(view, page)));
        }
        // The Maturity Matrix cells: their boxes are the background, tinted lightly where rated.
        for (MatrixCellButton* cell : page->findChildren<MatrixCellButton*>()) {
            if (!cell->isVisible())
                continue;
            ++cells;
            const QColor inside = pixelAt(cell, {4, cell->height() - 4});
            QVERIFY2(std::abs(inside.lightness() - background.lightness()) < 50,
                     qPrintable(where(cell, page) + QStringLiteral(" ") + inside.name()));
        }
    }
    // The page list's icons stand out from the list (Fusion's black play glyph turns light on dark).
    const auto* list = window.findChild<QListWidget*>();
    QVERIFY(list);
    int icons = 0;
    for (int row = 0; row < list->count(); ++row) {
        const QIcon icon = list->item(row)->icon();
        if (icon.isNull())
            continue;
        ++icons;
        const QImage image = icon.pixmap(16).toImage().convertToFormat(QImage::Format_ARGB32);
        int strongest = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() > 200)
                    strongest = std::max(strongest, std::abs(pixel.lightness() - list->palette().color(QPalette::Base).lightness()));
            }
        }
        QVERIFY2(strongest > 80, qPrintable(list->item(row)->text()));
    }
    QCOMPARE(icons, int(window.pages().size()));
    // What was checked: the Trace Lab's, Debrief's and the other pages' charts, the radars and grids.
    QVERIFY2(charts >= 8, qPrintable(QString::number(charts)));
    QVERIFY2(painted >= 2, qPrintable(QString::number(painted)));
    QVERIFY2(cells >= 10, qPrintable(QString::number(cells)));
}

void ThemeTest::everyPageFollowsTheTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(Theme::Light);
    QTest::newRow("dark") << int(Theme::Dark);
}

void ThemeTest::everyPageFollowsTheTheme()
{
    QFETCH(int, theme);
    applyTheme(Theme(theme));
    QCOMPARE(ChartStyle::isDark(QApplication::palette()), Theme(theme) == Theme::Dark);
    const auto window = demoWindow();
    QVERIFY(window);
    checkEveryPage(*window);
}

void ThemeTest::darkToLightLeavesNothingDark()
{
    applyTheme(Theme::Dark);
    const auto window = demoWindow();
    QVERIFY(window);
    auto* live = qobject_cast<LiveSessionPage*>(window->page(QStringLiteral("live-session")));
    QVERIFY(live);
    // A Depth score chosen: its button is checked (drawn by its style sheet) while the theme changes.
    auto* depth3 = live->findChild<QPushButton*>(QStringLiteral("depthButton3"));
    QVERIFY(depth3);
    window->showPage(live->pageId());
    if (!depth3->isChecked())
        depth3->click();
    QVERIFY(depth3->isChecked());
    for (StudioPage* page : window->pages()) {
        window->showPage(page->pageId());
        QApplication::processEvents();
    }

    applyTheme(Theme::Light);
    QVERIFY(!ChartStyle::isDark(QApplication::palette()));
    checkEveryPage(*window);  // the charts went back to light
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        const QPalette& p = widget->palette();
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
            QVERIFY2(p.color(role).lightness() > 160, qPrintable(QStringLiteral("%1 of %2 %3").arg(int(role)).arg(
                                                           QString::fromLatin1(widget->metaObject()->className()),
                                                           widget->objectName())));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            QVERIFY2(p.color(role) != QColor(0xe8, 0xe8, 0xea), qPrintable(QStringLiteral("%1 of %2 %3").arg(int(role)).arg(
                                                                    QString::fromLatin1(widget->metaObject()->className()),
                                                                    widget->objectName())));
    }
    // As drawn: the Depth and Vision buttons not chosen are light again, the chosen one keeps its blue.
    window->showPage(live->pageId());
    QApplication::processEvents();
    for (const char* prefix : {"depth", "vision"}) {
        for (int score = 1; score <= 4; ++score) {
            auto* button = live->findChild<QPushButton*>(QStringLiteral("%1Button%2").arg(QLatin1String(prefix)).arg(score));
            QVERIFY(button);
            const QColor face = pixelAt(button, {6, button->height() / 2});
            if (button->isChecked())
                QVERIFY2(near(face, QColor(0x15, 0x65, 0xc0), 8), qPrintable(button->objectName() + face.name()));
            else
                QVERIFY2(face.lightness() > 180, qPrintable(button->objectName() + QStringLiteral(" ") + face.name()));
        }
    }
}

void ThemeTest::focusRingAndCheckBoxesAreVisible_data()
{
    everyPageFollowsTheTheme_data();
}

// Keyboard focus shows a ring in the Highlight colour, and an unticked check box's frame stands out
// from the window in both themes (Fusion's own frame is the window colour darkened: invisible on dark).
void ThemeTest::focusRingAndCheckBoxesAreVisible()
{
    QFETCH(int, theme);
    applyTheme(Theme(theme));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* button = new QPushButton(QStringLiteral("Submit"), &window);
    auto* box = new QCheckBox(QStringLiteral("Quantified the expected gain"), &window);
    auto* other = new QCheckBox(QStringLiteral("Named the teams"), &window);
    layout->addWidget(button);
    layout->addWidget(box);
    layout->addWidget(other);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    const auto highlighted = [&](QWidget* widget) {
        const QImage image = widget->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += near(QColor(image.pixel(x, y)), highlight, 12) ? 1 : 0;
        }
        return count;
    };
    button->setFocus();  // as a click would: no ring yet
    QCOMPARE(highlighted(button), 0);
    // Tab moves on to the check box, Shift+Tab back: keyboard focus, which draws the ring.
    QTest::keyClick(button, Qt::Key_Tab);
    QVERIFY(box->hasFocus());
    QVERIFY2(highlighted(box) > 40, qPrintable(QString::number(highlighted(box))));
    QTest::keyClick(box, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(button->hasFocus());
    // A ring: at least the length of the button's sides, twice over.
    QVERIFY2(highlighted(button) > button->width() + button->height(), qPrintable(QString::number(highlighted(button))));

    // The unticked box without focus: its indicator's frame differs clearly from the window behind it.
    QStyleOptionButton option;
    option.initFrom(other);
    const QRect indicator = other->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, other);
    const QImage image = other->grab().toImage();
    const QColor window_ = QApplication::palette().color(QPalette::Window);
    int strongest = 0;
    for (int x = indicator.left(); x <= indicator.right(); ++x)
        strongest = std::max(strongest, std::abs(QColor(image.pixel(x, indicator.center().y())).lightness() -
                                                 window_.lightness()));
    QVERIFY2(strongest > 60, qPrintable(QString::number(strongest)));
}

// "Follow the system" sets no colour of its own: the palette is the platform's (here the style's
// standard one) and is not marked as set, so a later change of the system's palette reaches the studio.
void ThemeTest::systemFollowsTheSystemPalette()
{
    applyTheme(Theme::Dark);
    QVERIFY(QCoreApplication::testAttribute(Qt::AA_SetPalette));
    applyTheme(Theme::System);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             QApplication::style()->standardPalette().color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text),
             QApplication::style()->standardPalette().color(QPalette::Text));
}

void ThemeTest::statusColoursReadOnWindowAndBase_data()
{
    QTest::addColumn<QPalette>("palette");
    applyTheme(Theme::Light);
    QTest::newRow("light") << QApplication::palette();
    applyTheme(Theme::Dark);
    QTest::newRow("dark") << QApplication::palette();
    // System themes the studio does not choose: a mid-grey dark one and a cream light one, where the
    // fixed variants fall short and are moved toward white or black until they read.
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x5a, 0x5a, 0x5e));
    grey.setColor(QPalette::Base, QColor(0x4a, 0x4a, 0x4e));
    QTest::newRow("system grey") << grey;
    QPalette cream;
    cream.setColor(QPalette::Window, QColor(0xe6, 0xdf, 0xc8));
    cream.setColor(QPalette::Base, QColor(0xf2, 0xec, 0xd8));
    QTest::newRow("system cream") << cream;
}

// Each status colour reads at WCAG AA (4.5:1) on both the window and the fields of the palette, and
// they stay three different colours.
void ThemeTest::statusColoursReadOnWindowAndBase()
{
    QFETCH(QPalette, palette);
    using Status = StatusColors::Status;
    QList<QColor> seen;
    for (Status status : {Status::Good, Status::Warning, Status::Bad}) {
        const QColor colour = StatusColors::color(status, palette);
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = wcagContrast(colour, palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(colour.name(), palette.color(role).name()).arg(ratio)));
            QVERIFY(std::abs(StatusColors::contrast(colour, palette.color(role)) - ratio) < 1e-6);
        }
        QVERIFY2(!seen.contains(colour), qPrintable(colour.name()));
        seen << colour;
    }
    // Known values: white on black is 21:1, a colour on itself 1:1, #767676 on white the AA limit.
    QVERIFY(std::abs(StatusColors::contrast(Qt::white, Qt::black) - 21.0) < 1e-9);
    QVERIFY(std::abs(StatusColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QCOMPARE(StatusColors::contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
}

// Marking a label and setting it back to Normal gives back the text colours it had and nothing else:
// a background its page gave it stays, and a label never marked keeps its own text colour.
void ThemeTest::normalStatusRestoresOnlyTheTextColours()
{
    applyTheme(Theme::Light);
    QWidget parent;
    auto* label = new QLabel(QStringLiteral("Ready"), &parent);
    QPalette own = label->palette();
    own.setColor(QPalette::Window, QColor(0xff, 0xee, 0xcc));
    label->setPalette(own);
    const QColor inheritedText = parent.palette().color(QPalette::WindowText);

    StatusColors::show(label, StatusColors::Status::Bad);
    QCOMPARE(label->palette().color(QPalette::WindowText), StatusColors::bad(label->palette()));
    StatusColors::show(label, StatusColors::Status::Normal);
    QCOMPARE(label->palette().color(QPalette::Window), QColor(0xff, 0xee, 0xcc));
    QVERIFY(label->palette().isBrushSet(QPalette::Active, QPalette::Window));
    QCOMPARE(label->palette().color(QPalette::WindowText), inheritedText);
    QVERIFY(!label->palette().isBrushSet(QPalette::Active, QPalette::WindowText));
    // Inherited again: it follows its parent's text colour when that changes.
    QPalette green = parent.palette();
    green.setColor(QPalette::WindowText, Qt::darkGreen);
    parent.setPalette(green);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::darkGreen));

    auto* custom = new QLabel(QStringLiteral("Custom"), &parent);
    QPalette blue = custom->palette();
    blue.setColor(QPalette::WindowText, Qt::blue);
    custom->setPalette(blue);
    StatusColors::show(custom, StatusColors::Status::Normal);  // never marked: nothing to give back
    QCOMPARE(custom->palette().color(QPalette::WindowText), QColor(Qt::blue));
    StatusColors::show(custom, StatusColors::Status::Good);
    StatusColors::show(custom, StatusColors::Status::Normal);  // its own blue again
    QCOMPARE(custom->palette().color(QPalette::WindowText), QColor(Qt::blue));
}

QTEST_MAIN(ThemeTest)
#include "themetest.moc"

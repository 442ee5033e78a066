// The accessibility walk: every page of the main window, reached through the page list as a person
// does, and the dialogs a screen reader user meets first (the command palette, Settings), have no
// focusable, visible control without an accessible name. The names are read from the accessibility
// tree (QAccessible::queryAccessibleInterface, so Qt's fallbacks count: a button's text, a buddy
// label), walked from the window down; every focusable widget is also checked directly, so a widget
// the tree does not reach (a table's cell widget) cannot slip through.
// Qt 6.4.2 under the offscreen platform: queryAccessibleInterface answers without
// QAccessible::setActive(true) (only the update events need an active bridge), so the tree is read
// directly. A11Y_DUMP=1 prints every checked control with its name.
#include "mainwindow.h"
#include "shell/commandpalette.h"
#include "shell/settingsdialog.h"
#include "studiopage.h"

#include "journey/journeydriver.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief::studio;

namespace {

// "MainWindow/QStackedWidget/HomePage/QPushButton#start": where a widget sits, for the failure text.
QString pathOf(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className()).section(QStringLiteral("::"), -1);
        if (!w->objectName().isEmpty())
            part += QLatin1Char('#') + w->objectName();
        parts.prepend(part);
        if (w->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

// Qt names a combo box by its current choice on Linux: a reader then hears "Auto" with no idea of
// what is auto. A combo box needs a name of its own or a label that is its buddy.
bool namedByItsChoiceOnly(const QWidget* widget, const QString& name)
{
    const auto* combo = qobject_cast<const QComboBox*>(widget);
    if (!combo || !combo->accessibleName().isEmpty())
        return false;
    for (const QLabel* label : combo->window()->findChildren<QLabel*>()) {
        if (label->buddy() == combo)
            return false;
    }
    return name == combo->currentText() || name.isEmpty();
}

bool needsName(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled() && widget->focusPolicy() != Qt::NoFocus
        && !widget->focusProxy();  // the proxy (a spin box's line edit's owner) is the control
}

// Every focusable, visible control under `root` whose accessible name is empty, as "path (Role)".
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    QSet<const QObject*> seen;
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* iface, int depth) {
        if (!iface || !iface->isValid() || depth > 60)
            return;
        auto* widget = qobject_cast<QWidget*>(iface->object());
        if (widget) {
            if (seen.contains(widget))
                return;
            seen.insert(widget);
            const QAccessible::State state = iface->state();
            if (qEnvironmentVariableIsSet("A11Y_DUMP") && state.focusable && !state.invisible && needsName(widget))
                qInfo("%s | %s", qPrintable(pathOf(widget)), qPrintable(iface->text(QAccessible::Name)));
            const QString name = iface->text(QAccessible::Name).trimmed();
            if (state.focusable && !state.invisible && needsName(widget)
                && (name.isEmpty() || namedByItsChoiceOnly(widget, name)))
                unnamed << QStringLiteral("%1 (role %2)").arg(pathOf(widget)).arg(int(iface->role()));
            // An item view's cells are its model's data, named by it; their widgets are checked below.
            if (qobject_cast<QAbstractItemView*>(widget))
                return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);

    // The painted views are tables, charts or lists with a name their page gave them (not the
    // generic "Chart" a view falls back to).
    static const QStringList painted{"DepthVisionGridView", "MaturityMatrixGrid", "RadarChartView", "TimeSeriesChartView",
                                     "BarChartView", "ImpactCostChartView", "TradeoffChartView", "LoopTimelineView"};
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const QString className = QString::fromLatin1(widget->metaObject()->className()).section(QStringLiteral("::"), -1);
        if (!widget->isVisible() || !painted.contains(className))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        const QAccessible::Role role = iface->role();
        if (role != QAccessible::Table && role != QAccessible::Chart && role != QAccessible::List)
            unnamed << QStringLiteral("%1 (painted, role %2)").arg(pathOf(widget)).arg(int(role));
        const QString name = iface->text(QAccessible::Name);
        if (name.isEmpty() || name == QStringLiteral("Chart") || name == QStringLiteral("Radar chart"))
            unnamed << QStringLiteral("%1 (painted, named \"%2\" by default)").arg(pathOf(widget), name);
    }

    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (seen.contains(widget) || !needsName(widget))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface)
            continue;
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty() || namedByItsChoiceOnly(widget, name))
            unnamed << QStringLiteral("%1 (role %2, not reached by the walk)").arg(pathOf(widget)).arg(int(iface->role()));
    }
    return unnamed;
}

// Visits every page through the page list and walks the whole window on each.
QStringList tour(MainWindow& window, const QString& when)
{
    QStringList failures;
    auto* pages = window.findChild<QListWidget*>();
    if (!pages)
        return {QStringLiteral("no page list")};
    for (StudioPage* page : window.pages()) {
        journey::clickPage(pages, page->pageId());
        if (!QTest::qWaitFor([&] { return window.currentPage() == page && window.allPagesSettled(); }, 30000))
            failures << QStringLiteral("%1: page %2 was not shown").arg(when, page->pageId());
        for (const QString& control : unnamedControls(&window))
            failures << QStringLiteral("%1, page %2: %3").arg(when, page->pageId(), control);
        // Every tab of the page's tab widgets, each shown once (as a click on its tab does).
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || i == shown)
                    continue;
                tabs->setCurrentIndex(i);
                for (const QString& control : unnamedControls(&window))
                    failures << QStringLiteral("%1, page %2, tab %3: %4").arg(when, page->pageId(), tabs->tabText(i), control);
            }
            tabs->setCurrentIndex(shown);
        }
    }
    return failures;
}

}  // namespace

class AccessibilityWalkTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_app_accessibilitywalk"));
        QSettings().clear();
    }

    // An empty database, then the demo candidate (sessions, portfolio, plan), then a session
    // started from Home (the Live page with its answer editor and score buttons).
    void everyPageNamesEveryControl()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(nullptr, dir.filePath(QStringLiteral("studio.sqlite")));
        window.resize(1440, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* pages = window.findChild<QListWidget*>();
        QVERIFY(pages);

        QStringList failures = tour(window, QStringLiteral("empty"));

        journey::clickPage(pages, QStringLiteral("home"));
        journey::click(window.currentPage()->findChild<QPushButton*>(QStringLiteral("welcomeDemo")));
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Demo candidate")));
        failures << tour(window, QStringLiteral("demo candidate"));

        journey::clickPage(pages, QStringLiteral("home"));
        journey::click(window.currentPage()->findChild<QPushButton*>(QStringLiteral("startSolo")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("setup"));
        journey::click(journey::buttonByText(window.currentPage(), QStringLiteral("Start session")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("live-session"));
        for (const QString& control : unnamedControls(&window))
            failures << QStringLiteral("session started, page live-session: %1").arg(control);

        failures.removeDuplicates();
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    }

    void dialogsNameEveryControl()
    {
        QStringList failures;
        CommandPalette palette(CommandPalette::entriesOf({}, {{QStringLiteral("home"), QStringLiteral("Home")}}));
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        for (const QString& control : unnamedControls(&palette))
            failures << QStringLiteral("command palette: %1").arg(control);
        palette.close();

        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        for (const QString& control : unnamedControls(&settings))
            failures << QStringLiteral("settings: %1").arg(control);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(AccessibilityWalkTest)
#include "accessibilitywalktest.moc"

// The accessibility walk: every page of the main window, reached through the page list as a person
// does, and the dialogs a screen reader user meets first (the command palette, Settings), have no
// focusable, visible control without an accessible name. The names are read from the accessibility
// tree (QAccessible::queryAccessibleInterface, so Qt's fallbacks count: a button's text, a buddy
// label), walked from the window down; every focusable widget is also checked directly, so a widget
// the tree does not reach (a table's cell widget) cannot slip through.
#include "mainwindow.h"
#include "shell/commandpalette.h"
#include "shell/settingsdialog.h"
#include "studiopage.h"

#include "journey/journeydriver.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QSet>
#include <QSettings>
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
            if (state.focusable && !state.invisible && needsName(widget)
                && iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (role %2)").arg(pathOf(widget)).arg(int(iface->role()));
            // An item view's cells are its model's data, named by it; their widgets are checked below.
            if (qobject_cast<QAbstractItemView*>(widget))
                return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);

    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (seen.contains(widget) || !needsName(widget))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface)
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (role %2, not reached by the walk)").arg(pathOf(widget)).arg(int(iface->role()));
    }
    return unnamed;
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

        QStringList failures;
        for (StudioPage* page : window.pages()) {
            journey::clickPage(pages, page->pageId());
            QTRY_COMPARE(window.currentPage(), page);
            QTRY_VERIFY_WITH_TIMEOUT(window.allPagesSettled(), 30000);
            for (const QString& control : unnamedControls(&window))
                failures << QStringLiteral("page %1: %2").arg(page->pageId(), control);
        }
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

#include "shortcutcheatsheet.h"

#include "studiopage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief::studio {

ShortcutCheatSheet::ShortcutCheatSheet(QWidget* root, QWidget* parent)
    : QDialog(parent), m_root(root), m_intro(new QLabel(this)), m_table(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setRootIsDecorated(false);
    m_table->setColumnCount(3);
    m_table->setSortingEnabled(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 620);
    fill();
}

QList<ShortcutEntry> ShortcutCheatSheet::collect(const QWidget* root)
{
    QList<ShortcutEntry> entries;
    if (!root)
        return entries;
    for (const QAction* action : root->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QString area = tr("Window");
        for (const QObject* owner = action->parent(); owner; owner = owner->parent()) {
            if (const auto* page = qobject_cast<const StudioPage*>(owner)) {
                area = page->title();
                break;
            }
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1String("...")))
            text.chop(3);
        entries.append({area, text, keys.join(QStringLiteral("  /  "))});
    }
    // Pages that use a bare QShortcut (Escape to cancel, ...) are listed too, by their What's This text.
    for (const QShortcut* shortcut : root->findChildren<QShortcut*>()) {
        if (shortcut->key().isEmpty())
            continue;
        QString area = tr("Window");
        for (const QObject* owner = shortcut->parent(); owner; owner = owner->parent()) {
            if (const auto* page = qobject_cast<const StudioPage*>(owner)) {
                area = page->title();
                break;
            }
        }
        QString text = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        if (text.isEmpty())
            text = tr("(a key of this page without a description)");
        entries.append({area, text, shortcut->key().toString(QKeySequence::NativeText)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ShortcutEntry& a, const ShortcutEntry& b) { return a.area < b.area; });
    return entries;
}

void ShortcutCheatSheet::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every shortcut of the studio, read from its actions."));
    m_table->setHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->clear();
    for (const ShortcutEntry& entry : collect(m_root))
        new QTreeWidgetItem(m_table, {entry.area, entry.action, entry.shortcut});
}

void ShortcutCheatSheet::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

}  // namespace debrief::studio

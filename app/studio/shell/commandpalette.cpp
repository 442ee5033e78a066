#include "commandpalette.h"

#include <algorithm>

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace debrief::studio {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));  // mnemonics, not a literal "&&"
    return text.replace(QLatin1String("&&"), QLatin1String("&"));
}

void collect(const QString& path, QMenu* menu, QList<CommandPalette::Entry>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = path + QStringLiteral(" > ") + plain(action->text());
        if (QMenu* sub = action->menu()) {
            collect(text, sub, out);
            continue;
        }
        if (!action->isEnabled())
            continue;
        out << CommandPalette::Entry{text, action->shortcut().toString(QKeySequence::NativeText), action, {}};
    }
}

}  // namespace

QList<CommandPalette::Entry> CommandPalette::entriesOf(const QList<QAction*>& menus,
                                                       const QList<QPair<QString, QString>>& pages)
{
    QList<Entry> entries;
    for (const auto& [id, title] : pages)
        entries << Entry{tr("Go to %1").arg(title), {}, nullptr, id};
    for (QAction* menuAction : menus) {
        if (QMenu* menu = menuAction->menu())
            collect(plain(menuAction->text()), menu, entries);
    }
    return entries;
}

CommandPalette::CommandPalette(QList<Entry> entries, QWidget* parent)
    : QDialog(parent), m_entries(std::move(entries)), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Find a page or command"));
    auto* layout = new QVBoxLayout(this);
    m_filter->setPlaceholderText(tr("Type part of a page or command name"));
    m_filter->setAccessibleName(tr("Filter"));
    m_list->setAccessibleName(tr("Pages and commands"));
    m_list->setUniformItemSizes(true);
    auto* hint = new QLabel(tr("Enter runs the highlighted entry; Up and Down move; Esc closes."), this);
    hint->setWordWrap(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    resize(560, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    // Up and Down in the filter move through the list, so the hands stay on the keyboard's letters.
    m_filter->installEventFilter(this);
    refilter();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::refilter()
{
    const QStringList words = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        const bool match = std::all_of(words.cbegin(), words.cend(), [&entry](const QString& word) {
            return entry.text.contains(word, Qt::CaseInsensitive);
        });
        if (!match)
            continue;
        auto* item = new QListWidgetItem(entry.shortcut.isEmpty() ? entry.text
                                                                  : entry.text + QStringLiteral("    ") + entry.shortcut,
                                         m_list);
        item->setData(Qt::UserRole, int(i));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const Entry& entry = m_entries[item->data(Qt::UserRole).toInt()];
    m_chosenPage = entry.pageId;
    QAction* action = entry.action;
    accept();
    if (action)
        action->trigger();  // after the palette is closed: a command may open its own dialog
}

}  // namespace debrief::studio

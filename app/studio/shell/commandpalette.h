#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace debrief::studio {

// Ctrl+K: every page and every command of the window's menus in one list, each with its shortcut,
// filtered as the user types (every word must appear, in any order); Enter runs the chosen one.
// Commands that are disabled right now are not listed.
class CommandPalette : public QDialog {
    Q_OBJECT

public:
    struct Entry {
        QString text;      // as shown: "Go to Trace Lab", "File > Export scorecard PDF..."
        QString shortcut;  // native text, empty when none
        QAction* action = nullptr;  // a command, or null for a page
        QString pageId;             // a page, or empty for a command
    };

    CommandPalette(QList<Entry> entries, QWidget* parent = nullptr);

    // The page list and every enabled menu command (submenus walked) of `menus`.
    static QList<Entry> entriesOf(const QList<QAction*>& menus, const QList<QPair<QString, QString>>& pages);

    QLineEdit* filterField() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    QString chosenPageId() const { return m_chosenPage; }  // after accept(): the page to show, if a page

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();
    void runCurrent();

    QList<Entry> m_entries;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QString m_chosenPage;
};

}  // namespace debrief::studio

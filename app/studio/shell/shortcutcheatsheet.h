#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTreeWidget;

namespace debrief::studio {

struct ShortcutEntry {
    QString area;      // the page (or "Window") the action belongs to
    QString action;    // its text, without mnemonics
    QString shortcut;  // every key sequence, in the platform's words
};

// The F1 cheat sheet: every action with a shortcut under the window, read from the actions themselves
// (menus and pages), so it cannot drift from what the keys do.
class ShortcutCheatSheet : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutCheatSheet(QWidget* root, QWidget* parent = nullptr);

    static QList<ShortcutEntry> collect(const QWidget* root);
    QTreeWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QWidget* m_root;
    QLabel* m_intro;
    QTreeWidget* m_table;
};

}  // namespace debrief::studio

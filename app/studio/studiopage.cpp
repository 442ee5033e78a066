#include "studiopage.h"

#include <QAction>
#include <QBoxLayout>
#include <QToolButton>
#include <QUndoStack>

namespace debrief::studio {

bool StudioPage::openFile(const QString& path)
{
    Q_UNUSED(path);
    return false;
}

std::pair<QAction*, QAction*> StudioPage::addUndoActions(QUndoStack* stack)
{
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's default.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    return {undo, redo};
}

void StudioPage::addActionButtons(QBoxLayout* layout, std::initializer_list<QAction*> actions)
{
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
}

QString StudioPage::fileDialogFilter() const
{
    return {};
}

}  // namespace debrief::studio

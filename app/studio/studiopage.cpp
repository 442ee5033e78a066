#include "studiopage.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QToolButton>
#include <QUndoStack>

namespace debrief::studio {

StudioPage::~StudioPage()
{
    // ~QWidget closes the page's window and moves the focus after the subclass is already gone: a
    // field's focus-out (editingFinished) or event must not reach a slot, lambda or event filter of
    // the dead page. One place for every page (UBSan found it in the Live session and Debrief pages).
    for (QObject* child : findChildren<QObject*>()) {
        child->removeEventFilter(this);
        QObject::disconnect(child, nullptr, this, nullptr);
    }
}

bool StudioPage::openFile(const QString& path)
{
    Q_UNUSED(path);
    return false;
}

namespace {

// Keeps a page's undo and redo actions in step with its stack and in the current language: the
// "Undo"/"Redo" prefix is translated each time (QUndoStack::createUndoAction would fix it for good
// when the action is made), on the stack's changes and on the page's LanguageChange.
class UndoActionTexts : public QObject {
public:
    UndoActionTexts(StudioPage* page, QUndoStack* stack, QAction* undo, QAction* redo)
        : QObject(page), m_stack(stack), m_undo(undo), m_redo(redo)
    {
        page->installEventFilter(this);
        // Typing not yet saved (a tool button takes no focus, so the field never finishes) becomes its
        // own step first: undo then takes back that typing, not the step before it over the top of it.
        connect(undo, &QAction::triggered, stack, [page, stack] {
            page->saveEdits();
            stack->undo();
        });
        connect(redo, &QAction::triggered, stack, [page, stack] {
            page->saveEdits();
            stack->redo();
        });
        for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
            connect(stack, signal, this, &UndoActionTexts::refresh);
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
            connect(stack, signal, this, &UndoActionTexts::refresh);
        refresh();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            refresh();
        return QObject::eventFilter(watched, event);
    }

private:
    void refresh()
    {
        const QString undone = m_stack->undoText();
        const QString redone = m_stack->redoText();
        m_undo->setText(undone.isEmpty() ? StudioPage::tr("&Undo") : StudioPage::tr("&Undo %1").arg(undone));
        m_redo->setText(redone.isEmpty() ? StudioPage::tr("&Redo") : StudioPage::tr("&Redo %1").arg(redone));
        m_undo->setEnabled(m_stack->canUndo());
        m_redo->setEnabled(m_stack->canRedo());
    }

    QUndoStack* m_stack;
    QAction* m_undo;
    QAction* m_redo;
};

}  // namespace

std::pair<QAction*, QAction*> StudioPage::addUndoActions(QUndoStack* stack)
{
    auto* undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    auto* redo = new QAction(this);
    // Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's default.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    new UndoActionTexts(this, stack, undo, redo);
    return {undo, redo};
}

void StudioPage::addActionButtons(QLayout* layout, std::initializer_list<QAction*> actions)
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

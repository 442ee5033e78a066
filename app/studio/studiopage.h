#pragma once

#include <QWidget>

#include <functional>
#include <initializer_list>
#include <utility>

class QAction;
class QBoxLayout;
class QUndoStack;

namespace debrief::studio {

// One page of the main window's page list. A new page subclasses this and is added with
// MainWindow::addPage(); the window needs nothing else to list it, route files to it, or grab it.
class StudioPage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    ~StudioPage() override;

    virtual QString pageId() const = 0;  // stable, untranslated: settings keys and screenshot names
    virtual QString title() const = 0;   // translated, shown in the page list
    virtual QString screenshotName() const { return pageId(); }  // --screenshot writes <this>.png
    virtual bool acceptsFiles() const { return false; }
    virtual bool openFile(const QString& path);  // File > Open and command-line files land here
    virtual QString fileDialogFilter() const;
    virtual bool isSettled() const { return true; }  // no work of its own still running
    virtual void cancelWork() {}
    // Saves what is still being typed (a save timer not yet fired, a field not yet left). The window
    // calls it when it closes, while the database is still open; pages with delayed saves override it.
    virtual void saveEdits() {}

protected:
    // Undo and redo actions for a page's own stack, active while the page has focus, added to the
    // page so their shortcuts work and the F1 cheat sheet lists them. Returns {undo, redo}.
    std::pair<QAction*, QAction*> addUndoActions(QUndoStack* stack);
    // A text-only tool button per action, appended to `layout` (a page's top bar).
    void addActionButtons(QLayout* layout, std::initializer_list<QAction*> actions);

signals:
    void statusMessage(const QString& text);
    // A status bar message that the window builds again after a language switch (statusMessage's
    // text stays as it was sent).
    void statusSentence(const std::function<QString()>& sentence);
    void settled();  // the work the page started on its own is done (screenshots wait for it)
};

}  // namespace debrief::studio

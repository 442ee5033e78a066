#pragma once

// Drives the studio's main window as a person does, for the journey tests: pages chosen in the page
// list by click or by typing, buttons clicked, keys pressed where the focus is, and modal dialogs
// (Qt's own, non-native) answered when they appear. Nothing here calls a store or a rule.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace journey {

// Runs `handler` on the next modal dialog, from the event loop that dialog's exec() runs. Call it
// before the click or key that opens the dialog; then wait with done().
class ModalHandler {
public:
    // Generous: under the sanitizers on a loaded 2-core machine activation has taken seconds.
    static constexpr int kActivationTimeoutMs = 20000;

    explicit ModalHandler(std::function<void(QWidget*)> handler) : m_handler(std::move(handler))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || m_handled)
                return;
            m_handled = true;
            m_timer.stop();
            // A desktop's window manager activates a dialog when it opens; the offscreen platform
            // does not always, and then its mnemonics and keys would go to the window behind it.
            if (QApplication::activeWindow() != modal) {
                QApplication::setActiveWindow(modal);
                QVERIFY(QTest::qWaitForWindowActive(modal, kActivationTimeoutMs));
            }
            QPointer<QWidget> guard(modal);
            // Keys go to the active window: a slow build (the sanitizer stage) shows the modal a
            // moment before the window system activates it.
            if (!QTest::qWaitForWindowActive(modal, kActivationTimeoutMs))
                qWarning("the modal \"%s\" did not become active", qPrintable(modal->windowTitle()));
            m_handler(modal);
            // A handler that failed must not leave the test hanging in the dialog's exec().
            QTimer::singleShot(5000, modal, [guard] {
                if (guard && guard->isVisible()) {
                    qWarning("the modal \"%s\" was still open 5 s after its handler: closed", qPrintable(guard->windowTitle()));
                    if (auto* dialog = qobject_cast<QDialog*>(guard.data()))
                        dialog->reject();
                    else
                        guard->close();
                }
            });
        });
        m_timer.start();
    }
    ~ModalHandler() { m_timer.stop(); }
    bool handled() const { return m_handled; }

private:
    std::function<void(QWidget*)> m_handler;
    QTimer m_timer;
    bool m_handled = false;
};

// After a modal closes, its window is the active one again, as on a desktop (the offscreen platform
// does not hand activation back by itself).
inline void backTo(QWidget& window)
{
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// Clicks a page's row in the window's page list (the rows are grouped under headings, so a page's
// row is found by its id, not by its place among the pages).
inline void clickPage(QListWidget* pages, const QString& pageId)
{
    QVERIFY(pages);
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < pages->count() && !item; ++row) {
        if (pages->item(row)->data(Qt::UserRole).toString() == pageId)
            item = pages->item(row);
    }
    QVERIFY2(item, qPrintable(QStringLiteral("no page %1 in the list").arg(pageId)));
    QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(item).center());
}

// Types into whatever has the keyboard focus, as a person types.
inline void typeHere(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

inline void keyHere(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

inline void click(QWidget* widget)
{
    QVERIFY2(widget, "no such widget");
    QVERIFY2(widget->isVisible(), qPrintable(QStringLiteral("%1 is not visible").arg(widget->objectName())));
    QVERIFY2(widget->isEnabled(), qPrintable(QStringLiteral("%1 %2 is disabled")
                                                  .arg(QString::fromLatin1(widget->metaObject()->className()),
                                                       widget->objectName())));
    // A radio button or check box takes clicks on its mark and label only, not on the stretched
    // space after them: a person clicks near the left.
    const bool markFirst = widget->inherits("QRadioButton") || widget->inherits("QCheckBox");
    QTest::mouseClick(widget, Qt::LeftButton, {},
                      markFirst ? QPoint(8, widget->height() / 2) : widget->rect().center());
}

// The button of `parent` whose text (without the mnemonic's &) is `text`.
inline QAbstractButton* buttonByText(QWidget* parent, const QString& text)
{
    QStringList seen;
    for (QAbstractButton* b : parent->findChildren<QAbstractButton*>()) {
        if (b->text().remove(QLatin1Char('&')) == text && b->isVisible())
            return b;
        seen << b->text() + (b->isVisible() ? QString() : QStringLiteral(" (hidden)"));
    }
    qWarning("no visible button \"%s\" among: %s", qPrintable(text), qPrintable(seen.join(QStringLiteral(" | "))));
    return nullptr;
}

// A file dialog (Qt's own): Alt+N ("File &name:") puts the focus in the file name field, where the
// path is typed and Enter pressed, as a keyboard user does.
inline void answerFileDialog(QWidget* dialog, const QString& path)
{
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(field);
    if (!field->hasFocus())
        QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, path);
    QTest::keyClick(field, Qt::Key_Return);
}

// The PDF's text as a reader gets it (poppler's pdftotext, layout kept).
inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000))
        return -1;
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

}  // namespace journey

// Every page laid out at 1024x700 and 1920x1080 logical pixels, in English, German and Chinese, at the
// scale factor ctest gives (QT_SCALE_FACTOR 1, 1.25, 1.5, 2): no label, button or header needs more
// width than it has, no number in a table cell is cut or wrapped, no child lies outside its parent
// where no scroll area shows the rest, and the window fits the size asked for.
// DEBRIEF_SIZE_SHOTS=DIR also writes each page as DIR/<language>-<W>x<H>/<page>.png to look at.
#include "interviewrecords.h"
#include "mainwindow.h"
#include "session/demolivesession.h"
#include "session/livesessionpage.h"
#include "shell/languageswitch.h"
#include "shell/settingsdialog.h"
#include "storage/database.h"
#include "storage/democandidate.h"
#include "studiopage.h"
#include "tracelab/demotrace.h"
#include "tracelab/tracelabpage.h"
#include "tradeoffs/tradeoffpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeView>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace debrief::studio;

namespace {

const QSize kSmall(1024, 700);
const QSize kLarge(1920, 1080);

// How a failure names a widget: its class, object name, text where it has one, and the object names
// of the widgets it lies in.
QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    text = text.simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    QStringList path;
    for (const QWidget* up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(up->objectName());
    }
    return QStringLiteral("%1 %2 \"%3\" in [%4]")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text,
             path.join(QLatin1Char('/')));
}

// Inside a scroll area's viewport a child may be larger than what is shown: the scroll bars reach it.
bool isScrollViewport(const QWidget* widget)
{
    const auto* area = widget ? qobject_cast<const QAbstractScrollArea*>(widget->parentWidget()) : nullptr;
    return area && area->viewport() == widget;
}

// Qt's own parts (a tab bar's scroll arrows, a menu bar's extension) are placed by Qt.
bool isQtInternal(const QWidget* widget)
{
    return widget->objectName().startsWith(QLatin1String("qt_"));
}

// A cell that holds a number: digits with separators, a sign, a percent sign or a short unit.
bool looksLikeNumber(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^[+\\-\\x{2212}~<>≈]?[\\d.,'\\s\\x{00a0}\\x{202f}]*\\d[\\d.,'\\s\\x{00a0}\\x{202f}%×x:/\\-]*"
                       "(\\s?[\\p{L}%]{1,4})?$"));
    return !text.isEmpty() && number.match(text.trimmed()).hasMatch();
}

// Whether a list, tree or table wraps its items' text (each class has its own property).
bool wrapsText(const QAbstractItemView* view)
{
    if (const auto* list = qobject_cast<const QListView*>(view))
        return list->wordWrap();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->wordWrap();
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->wordWrap();
    return false;
}

// How the style lays out the text of `index` in `cell`: the option a QStyledItemDelegate paints it with.
QStyleOptionViewItem itemOption(const QAbstractItemView* view, const QModelIndex& index, const QRect& cell)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.rect = cell;
    const QVariant font = index.data(Qt::FontRole);
    option.font = font.isValid() ? font.value<QFont>() : view->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.text = index.data(Qt::DisplayRole).toString();
    option.features |= QStyleOptionViewItem::HasDisplay;
    if (wrapsText(view))
        option.features |= QStyleOptionViewItem::WrapText;
    if (index.data(Qt::CheckStateRole).isValid())
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const int side = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(side, side);
    option.decorationPosition = QStyleOptionViewItem::Left;
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.isValid()) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        const QIcon icon = decoration.value<QIcon>();
        if (!icon.isNull())
            option.decorationSize = icon.actualSize(option.decorationSize);
    }
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    option.displayAlignment = alignment.isValid() ? Qt::Alignment(alignment.toInt()) : Qt::AlignLeft | Qt::AlignVCenter;
    return option;
}

// The rows of a list or a tree on screen whose text the style would elide: laid out as QCommonStyle
// draws item text (wrapped at the text rect's width where the view wraps), a line wider than the text
// rect or lines taller than it are cut. A row that reaches past the viewport's right edge is cut too.
QStringList elidedItems(const QAbstractItemView* view)
{
    QStringList problems;
    const QAbstractItemModel* model = view->model();
    const QRect shown = view->viewport()->rect();
    const auto* tree = qobject_cast<const QTreeView*>(view);
    const auto* list = qobject_cast<const QListView*>(view);
    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent) && row < 200; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                if ((tree && tree->isColumnHidden(column)) || (list && list->isRowHidden(row)))
                    continue;
                const QModelIndex index = model->index(row, column, parent);
                const QRect cell = view->visualRect(index);
                if (!cell.isValid() || !shown.intersects(cell) ||
                    (tree && tree->isRowHidden(row, parent)))
                    continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                // A list paints a row no wider than its contents less the spacing on both sides, even
                // where it laid the row out wider (QListView::paintEvent).
                QRect painted = cell;
                if (list) {
                    const int contents = view->viewport()->width() + std::max(0, view->horizontalScrollBar()->maximum());
                    painted.setWidth(std::min(cell.width(), contents - 2 * list->spacing()));
                }
                const QStyleOptionViewItem option = itemOption(view, index, painted);
                const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
                const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
                const int width = textRect.width() - 2 * margin;
                QTextLayout layout(text, option.font);
                QTextOption textOption;
                textOption.setWrapMode(wrapsText(view) ? QTextOption::WordWrap : QTextOption::ManualWrap);
                layout.setTextOption(textOption);
                layout.beginLayout();
                qreal height = 0;
                qreal widest = 0;
                for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                    line.setLineWidth(width);
                    line.setPosition(QPointF(0, height));
                    height += line.height();
                    widest = std::max(widest, line.naturalTextWidth());
                }
                layout.endLayout();
                const QString name = text.simplified().left(50);
                if (std::ceil(widest) > width || height > textRect.height())
                    problems << QStringLiteral("row \"%1\" of %2 is elided: needs %3x%4 px, has %5x%6")
                                    .arg(name, describe(view))
                                    .arg(std::ceil(widest))
                                    .arg(std::ceil(height))
                                    .arg(width)
                                    .arg(textRect.height());
                else if (const int reach = textRect.left() + margin + int(std::ceil(widest));
                         !tree && reach > shown.right() + 1)
                    problems << QStringLiteral("row \"%1\" of %2 reaches %3 px in a view of %4")
                                    .arg(name, describe(view))
                                    .arg(reach)
                                    .arg(shown.width());
            }
            if (tree && tree->isExpanded(model->index(row, 0, parent)))
                visit(model->index(row, 0, parent));
        }
    };
    visit(QModelIndex());
    return problems;
}

QStringList tableProblems(const QAbstractItemView* view)
{
    QStringList problems;
    const QAbstractItemModel* model = view->model();
    if (!model)
        return problems;
    // A table's and a tree's column headers: each section at least as wide as its text needs.
    const QHeaderView* header = nullptr;
    if (const auto* table = qobject_cast<const QTableView*>(view))
        header = table->horizontalHeader();
    else if (const auto* tree = qobject_cast<const QTreeView*>(view))
        header = tree->header();
    if (header && header->isVisible()) {
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int needs = header->sectionSizeHint(column);
            if (needs > header->sectionSize(column))
                problems << QStringLiteral("header \"%1\" of %2 needs %3 px, has %4")
                                .arg(model->headerData(column, Qt::Horizontal).toString(), describe(view))
                                .arg(needs)
                                .arg(header->sectionSize(column));
        }
    }
    // The page list's rows each whole in the list's width, on one line.
    if (qobject_cast<const QListView*>(view) && view->objectName() == QLatin1String("pageList")) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const int needs = view->sizeHintForIndex(index).width();
            const int has = view->viewport()->width() - view->visualRect(index).left();
            if (needs > has)
                problems << QStringLiteral("row \"%1\" of %2 needs %3 px, has %4")
                                .arg(index.data(Qt::DisplayRole).toString(), describe(view))
                                .arg(needs)
                                .arg(has);
        }
        return problems;
    }
    // The text of a list's or a tree's rows on screen whole: wrapped where the view wraps, elided nowhere.
    if (qobject_cast<const QListView*>(view) || qobject_cast<const QTreeView*>(view)) {
        problems << elidedItems(view);
        if (qobject_cast<const QListView*>(view))
            return problems;
    }
    // The numbers in the rows on screen, each whole on one line: the delegate's unwrapped width fits the cell.
    const QRect shown = view->viewport()->rect();
    for (int row = 0; row < model->rowCount() && row < 200; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect cell = view->visualRect(index);
            if (!cell.isValid() || !shown.intersects(cell))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (!looksLikeNumber(text))
                continue;
            const int needs = view->sizeHintForIndex(index).width();
            if (needs > cell.width())
                problems << QStringLiteral("cell \"%1\" (row %2, column \"%3\") of %4 needs %5 px, has %6")
                                .arg(text)
                                .arg(row)
                                .arg(model->headerData(column, Qt::Horizontal).toString(), describe(view))
                                .arg(needs)
                                .arg(cell.width());
        }
    }
    return problems;
}

// What is cut or hidden in `root` as it is laid out now.
QStringList layoutProblems(const QWidget* root)
{
    QStringList problems;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || isQtInternal(widget))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (label->wordWrap() && rich) {
                // A table in the text does not wrap: laid out at the label's width, its widest row fits.
                QTextDocument document;
                document.setDefaultFont(label->font());
                document.setHtml(label->text());
                const int width = label->contentsRect().width() - 2 * label->margin();
                document.setTextWidth(width);
                const int needs = int(std::ceil(document.idealWidth()));
                if (needs > width)
                    problems << QStringLiteral("%1 needs %2 px, has %3").arg(describe(label)).arg(needs).arg(width);
            }
            if (label->wordWrap()) {
                const int needs = label->heightForWidth(label->width());
                if (needs > label->height())
                    problems << QStringLiteral("%1 needs %2 px of height at its width %3, has %4")
                                    .arg(describe(label))
                                    .arg(needs)
                                    .arg(label->width())
                                    .arg(label->height());
            } else if (label->sizeHint().width() > label->width()) {
                problems << QStringLiteral("%1 needs %2 px, has %3")
                                .arg(describe(label))
                                .arg(label->sizeHint().width())
                                .arg(label->width());
            }
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (button->hasHeightForWidth() && button->heightForWidth(button->width()) > button->height())
                problems << QStringLiteral("%1 needs %2 px of height at its width %3, has %4")
                                .arg(describe(button))
                                .arg(button->heightForWidth(button->width()))
                                .arg(button->width())
                                .arg(button->height());
            if (button->sizeHint().width() > button->width())
                problems << QStringLiteral("%1 needs %2 px, has %3")
                                .arg(describe(button))
                                .arg(button->sizeHint().width())
                                .arg(button->width());
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            // An empty field's hint whole (a combo box's own field is judged by its chosen entry).
            QStyleOptionFrame option;
            option.initFrom(edit);
            const QRect field = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
            const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            if (edit->text().isEmpty() && !qobject_cast<const QComboBox*>(edit->parentWidget()) &&
                needs > field.width() - 2 * 2)
                problems << QStringLiteral("%1 hint \"%2\" needs %3 px, has %4")
                                .arg(describe(edit), edit->placeholderText())
                                .arg(needs)
                                .arg(field.width() - 2 * 2);
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            // The chosen entry whole in the field the style draws it in (the list may hold longer ones:
            // it opens as wide as they need).
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            int needs = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (!combo->itemIcon(combo->currentIndex()).isNull())
                needs += combo->iconSize().width() + 4;
            if (!combo->isEditable() && needs > field.width() - 2)
                problems << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                                .arg(describe(combo), combo->currentText())
                                .arg(needs)
                                .arg(field.width() - 2);
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            problems << tableProblems(view);
        }
        const QWidget* parent = widget->parentWidget();
        // A scroll area that never scrolls sideways cuts what is wider than its view.
        if (isScrollViewport(parent)) {
            const auto* area = static_cast<const QAbstractScrollArea*>(parent->parentWidget());
            if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && widget->geometry().right() >= parent->width())
            {
                // Name what holds it open: the visible descendant that needs the most width.
                const QWidget* widest = nullptr;
                for (const QWidget* child : widget->findChildren<QWidget*>()) {
                    if (child->isVisible() && (!widest || child->minimumSizeHint().width() > widest->minimumSizeHint().width()))
                        widest = child;
                }
                problems << QStringLiteral("%1 is %2 px wide in a view of %3 px that does not scroll sideways%4")
                                .arg(describe(widget))
                                .arg(widget->geometry().right() + 1)
                                .arg(parent->width())
                                .arg(widest ? QStringLiteral(" (widest inside: %1, at least %2 px)")
                                                  .arg(describe(widest))
                                                  .arg(widest->minimumSizeHint().width())
                                            : QString());
            }
        }
        if (parent && !isScrollViewport(parent) && !parent->rect().contains(widget->geometry()))
            problems << QStringLiteral("%1 at %2,%3 %4x%5 lies outside its parent %6 (%7x%8)")
                            .arg(describe(widget))
                            .arg(widget->x())
                            .arg(widget->y())
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(describe(parent))
                            .arg(parent->width())
                            .arg(parent->height());
    }
    return problems;
}

QString sizeName(const QSize& size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

void settle()
{
    // A list that re-lays its rows out on resize (QListView::Adjust) does so on a 100 ms timer.
    QTest::qWait(120);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

}  // namespace

class AppSizesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesFit_data();
    void pagesFit();
    void settingsDialogFits_data();
    void settingsDialogFits();

private:
    QString m_scale;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void AppSizesTest::initTestCase()
{
    m_scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    // One settings file per scale: ctest may run the scales side by side.
    QCoreApplication::setApplicationName(QStringLiteral("test_app_sizes_") + m_scale);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The pages as a user sees them with data: the demo candidate, a live session at its second
    // question, a replay paused half-way and a finished sweep (as --screenshot shows them).
    const QString path = m_dir.filePath(QStringLiteral("sizes.sqlite"));
    {
        debrief::storage::Database database(path);
        QVERIFY(database.open());
        debrief::storage::DemoCandidate::fill(database);
    }
    m_window = std::make_unique<MainWindow>(nullptr, path);
    auto* live = qobject_cast<LiveSessionPage*>(m_window->page(QStringLiteral("live-session")));
    QVERIFY(live);
    const InterviewRecords& records = *m_window->interviewRecords();
    QVERIFY(live->openSession(DemoLiveSession::create(records.database(), records.content())));
    live->togglePause();
    m_window->resize(kLarge);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The scale ctest asked for is the one the window paints at: sizes below are logical pixels.
    QCOMPARE(m_window->devicePixelRatio(), m_scale.toDouble());
    m_window->traceLab()->pauseNextReplayForScreenshot(0.5);
    m_window->tradeoffs()->setSweepWhenTraceLoads(true);
    QVERIFY(m_window->traceLab()->loadDemo(DemoTrace::openb()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->allPagesSettled(), 120'000);
}

void AppSizesTest::cleanupTestCase()
{
    m_window.reset();
    LanguageSwitch::switchTo(QStringLiteral("en"));
}

void AppSizesTest::pagesFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char* language : {"en", "de", "zh_CN"}) {
        for (const QSize& size : {kSmall, kLarge})
            QTest::addRow("%s %s", language, qPrintable(sizeName(size))) << QString::fromLatin1(language) << size;
    }
}

void AppSizesTest::pagesFit()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(LanguageSwitch::switchTo(language));
    MainWindow& window = *m_window;
    window.resize(size);
    settle();
    QStringList problems;
    const QString where = QStringLiteral("%1 at %2, scale %3").arg(language, sizeName(size), m_scale);
    if (window.minimumSizeHint().width() > size.width() || window.minimumSizeHint().height() > size.height())
        problems << QStringLiteral("window needs at least %1").arg(sizeName(window.minimumSizeHint()));
    if (window.size() != size)
        problems << QStringLiteral("window is %1").arg(sizeName(window.size()));
    const QString shots = qEnvironmentVariable("DEBRIEF_SIZE_SHOTS");
    for (StudioPage* page : window.pages()) {
        QVERIFY(window.showPage(page->pageId()));
        window.resize(size);
        settle();
        if (window.size() != size)
            problems << QStringLiteral("%1: the window grew to %2").arg(page->pageId(), sizeName(window.size()));
        // The page lies in a scroll area: what it would show in a window of the size asked for. A page
        // may scroll down, never sideways.
        const auto* frame = qobject_cast<const QAbstractScrollArea*>(page->parentWidget()->parentWidget());
        QVERIFY(frame);
        const QSize budget = frame->viewport()->size() - (window.size() - size);
        const QSize pageNeeds = page->minimumSizeHint();
        if (pageNeeds.width() > budget.width())
            problems << QStringLiteral("%1: the page needs at least %2, has %3")
                            .arg(page->pageId(), sizeName(pageNeeds), sizeName(budget));
        // A session is scored live: its page never scrolls its Next and Finish out of view.
        if (page->pageId() == QLatin1String("live-session") && pageNeeds.height() > budget.height())
            problems << QStringLiteral("%1: the page needs %2 px of height, has %3")
                            .arg(page->pageId())
                            .arg(pageNeeds.height())
                            .arg(budget.height());
        for (const QString& problem : layoutProblems(&window))
            problems << page->pageId() + QStringLiteral(": ") + problem;
        if (!shots.isEmpty()) {
            const QString dir = QStringLiteral("%1/%2-%3").arg(shots, language, sizeName(size));
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(window.grab().save(QDir(dir).filePath(page->screenshotName() + QStringLiteral(".png"))));
        }
    }
    problems.removeDuplicates();
    for (const QString& problem : std::as_const(problems))
        qInfo().noquote() << where << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problems, listed above").arg(where).arg(problems.size())));
}

void AppSizesTest::settingsDialogFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");  // Qt's own word on the dialog's Cancel button
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
}

// File > Settings in each language: Qt's own buttons speak it too, and nothing is cut at its size.
void AppSizesTest::settingsDialogFits()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QVERIFY(LanguageSwitch::switchTo(language));
    SettingsDialog dialog(m_window.get(), m_window->interviewRecords());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    settle();
    const auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    QVERIFY2(dialog.width() <= kSmall.width() && dialog.height() <= kSmall.height(), qPrintable(sizeName(dialog.size())));
    const QStringList problems = layoutProblems(&dialog);
    for (const QString& problem : problems)
        qInfo().noquote() << "Settings in" << language << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Settings in %1, scale %2: %3 problems, listed above")
                                                .arg(language, m_scale)
                                                .arg(problems.size())));
    const QString shots = qEnvironmentVariable("DEBRIEF_SIZE_SHOTS");
    if (!shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("settings-%1.png").arg(language))));
    }
}

QTEST_MAIN(AppSizesTest)
#include "appsizestest.moc"

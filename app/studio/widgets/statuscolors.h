#pragma once

#include <QColor>
#include <QPalette>
#include <QVariant>

class QAbstractItemView;
class QWidget;

namespace debrief::studio {

// The colours that say how something stands (a veto, a warning, a ready plan, an overrun clock),
// one place for every page. Each has a light and a dark variant (picked as ChartStyle::isDark()
// picks) and is made darker or lighter where a palette needs it, so it reads at WCAG AA (contrast
// 4.5:1 or more) on both the palette's Window and Base colours, whatever the theme, the system's
// included. A page marks a label, or a list or table item, with a status; the label and the view
// keep their marks' colours right through theme switches (QEvent::PaletteChange) by themselves.
// A rich-text label that embeds a colour is rendered again by its page on PaletteChange.
class StatusColors {
public:
    enum class Status {
        Normal,   // the palette's own text colour
        Good,     // ready, done, balanced
        Warning,  // worth a look: a hidden answer, a mistake from the catalogue, a load past its target
        Bad,      // an error, a veto, an overrun time box, a split verdict, a gap below the bar
    };

    // The colour of `status` on `palette` (by default the application's at the time of the call).
    static QColor color(Status status, const QPalette& palette = QPalette());
    static QColor good(const QPalette& palette = QPalette()) { return color(Status::Good, palette); }
    static QColor warning(const QPalette& palette = QPalette()) { return color(Status::Warning, palette); }
    static QColor bad(const QPalette& palette = QPalette()) { return color(Status::Bad, palette); }

    // WCAG 2 contrast ratio of two colours (1 to 21), from their relative luminances.
    static double contrast(const QColor& a, const QColor& b);
    static double luminance(const QColor& color);  // WCAG relative luminance, 0 (black) to 1 (white)

    // Shows `widget`'s text (its WindowText and Text) in the colour of `status` and keeps it so when
    // the theme changes; Normal gives the text colours back as they were before the first mark (the
    // widget's own, or inherited from the theme now on) and leaves every other colour the widget has.
    static void show(QWidget* widget, Status status);
    static Status shown(const QWidget* widget);

    // Items of item views: the role that holds an item's Status (an int), and the item's foreground
    // in its colour. Works for QListWidgetItem, QTableWidgetItem and QStandardItem. Call follow() once
    // on the view so a theme switch recolours its marked items.
    static constexpr int StatusRole = Qt::UserRole + 0x5c0;
    template <class Item>
    static void mark(Item* item, Status status)
    {
        item->setData(StatusRole, int(status));
        item->setData(Qt::ForegroundRole, status == Status::Normal ? QVariant() : QVariant(color(status)));
    }
    static void follow(QAbstractItemView* view);
};

}  // namespace debrief::studio

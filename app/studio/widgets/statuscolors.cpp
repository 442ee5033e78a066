#include "statuscolors.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace debrief::studio {

namespace {

constexpr double kMinimumContrast = 4.5;  // WCAG 2 AA for body text
constexpr const char* kStatusProperty = "_debrief_status";
constexpr const char* kFollowedProperty = "_debrief_status_followed";
// The widget's own palette before this class first coloured it (absent while it has not).
constexpr const char* kOwnPaletteProperty = "_debrief_status_own_palette";

// The palette slots a status colours: text on the window and in fields, active and inactive.
bool isStatusSlot(QPalette::ColorGroup group, QPalette::ColorRole role)
{
    return (group == QPalette::Active || group == QPalette::Inactive) &&
           (role == QPalette::WindowText || role == QPalette::Text);
}

// On white and Fusion's light grey window, and on the dark theme's window and base: each at least
// 5:1, so a system palette near these needs no adjustment.
QColor lightVariant(StatusColors::Status status)
{
    switch (status) {
    case StatusColors::Status::Good: return QColor(0x15, 0x6b, 0x2e);
    case StatusColors::Status::Warning: return QColor(0x8a, 0x5a, 0x00);
    case StatusColors::Status::Bad: return QColor(0xb3, 0x26, 0x1e);
    case StatusColors::Status::Normal: break;
    }
    return {};
}

QColor darkVariant(StatusColors::Status status)
{
    switch (status) {
    case StatusColors::Status::Good: return QColor(0x4f, 0xc0, 0x7a);
    case StatusColors::Status::Warning: return QColor(0xe3, 0xa3, 0x3a);
    case StatusColors::Status::Bad: return QColor(0xff, 0x7b, 0x72);
    case StatusColors::Status::Normal: break;
    }
    return {};
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Recolours what it watches when its palette changes: a marked widget's text, or a view's marked items.
class StatusFollower : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::PaletteChange)
            return false;
        if (auto* view = qobject_cast<QAbstractItemView*>(watched))
            recolour(view->model(), QModelIndex());
        else if (auto* widget = qobject_cast<QWidget*>(watched))
            StatusColors::show(widget, StatusColors::shown(widget));
        return false;
    }

private:
    void recolour(QAbstractItemModel* model, const QModelIndex& parent)
    {
        if (!model)
            return;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QVariant status = index.data(StatusColors::StatusRole);
                if (status.isValid() && status.toInt() != int(StatusColors::Status::Normal))
                    model->setData(index, StatusColors::color(StatusColors::Status(status.toInt())),
                                   Qt::ForegroundRole);
                if (column == 0 && model->hasChildren(index))
                    recolour(model, index);
            }
        }
    }
};

void watch(QObject* object)
{
    // Once per object (a property: the follower has no meta-object of its own to find it by).
    if (object->property(kFollowedProperty).toBool())
        return;
    object->setProperty(kFollowedProperty, true);
    object->installEventFilter(new StatusFollower(object));
}

}  // namespace

double StatusColors::luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double StatusColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::color(Status status, const QPalette& palette)
{
    if (status == Status::Normal)
        return palette.color(QPalette::WindowText);
    const bool dark = ChartStyle::isDark(palette);
    QColor colour = dark ? darkVariant(status) : lightVariant(status);
    // A system palette may be neither: move toward white on a dark window, black on a light one,
    // until the colour reads on both the window and the fields.
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    const QColor start = colour;
    for (int step = 1; step <= 20 && std::min(contrast(colour, window), contrast(colour, base)) < kMinimumContrast;
         ++step) {
        const double share = step / 20.0;
        colour = QColor::fromRgbF(float(start.redF() + (target.redF() - start.redF()) * share),
                                  float(start.greenF() + (target.greenF() - start.greenF()) * share),
                                  float(start.blueF() + (target.blueF() - start.blueF()) * share));
    }
    return colour;
}

void StatusColors::show(QWidget* widget, Status status)
{
    widget->setProperty(kStatusProperty, int(status));
    watch(widget);
    const QVariant own = widget->property(kOwnPaletteProperty);
    if (status == Status::Normal) {
        if (!own.isValid())
            return;  // never coloured here: whatever palette it has is its owner's
        // Only the slots a status coloured go back to what they were (set as before, or inherited
        // again in whatever theme is on now); every other colour the widget's owner set stays.
        const QPalette before = own.value<QPalette>(), now = widget->palette();
        QPalette restored;
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto group = QPalette::ColorGroup(g);
                const auto role = QPalette::ColorRole(r);
                const QPalette& from = isStatusSlot(group, role) ? before : now;
                if (from.isBrushSet(group, role))
                    restored.setBrush(group, role, from.brush(group, role));
            }
        }
        widget->setProperty(kOwnPaletteProperty, QVariant());
        widget->setPalette(restored);
        return;
    }
    QPalette palette = widget->palette();
    const QColor colour = color(status, palette);
    if (palette.color(QPalette::WindowText) == colour && palette.color(QPalette::Text) == colour)
        return;  // already so (this is called again on the PaletteChange its own setPalette() sends)
    if (!own.isValid())
        widget->setProperty(kOwnPaletteProperty, QVariant::fromValue(palette));
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::WindowText, colour);
        palette.setColor(group, QPalette::Text, colour);
    }
    widget->setPalette(palette);
}

StatusColors::Status StatusColors::shown(const QWidget* widget)
{
    const QVariant status = widget->property(kStatusProperty);
    return status.isValid() ? Status(status.toInt()) : Status::Normal;
}

void StatusColors::follow(QAbstractItemView* view)
{
    watch(view);
}

}  // namespace debrief::studio

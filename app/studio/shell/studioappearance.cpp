#include "studioappearance.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace debrief::studio {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1f, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x96));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x84));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x84));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x84));
    return p;
}

QColor mix(const QColor& from, const QColor& to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

// The application's style (Fusion or the system's) with what a theme needs on top: check boxes and
// radio buttons framed in a colour between Base and Text (Fusion darkens the window colour, which
// vanishes on a dark window), entry fields and spin boxes framed so on a dark window, and a 2 px
// focus ring in the Highlight colour for keyboard focus.
class StudioStyle : public QProxyStyle {
public:
    explicit StudioStyle(QStyle* base) : QProxyStyle(base) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool keyboardFocus = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
        switch (element) {
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton: {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            const QColor frame = keyboardFocus ? option->palette.color(QPalette::Highlight)
                                               : mix(option->palette.color(QPalette::Base),
                                                     option->palette.color(QPalette::Text), 0.5);
            painter->setPen(QPen(frame, keyboardFocus ? 2.0 : 1.2));
            painter->setBrush(Qt::NoBrush);
            const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
            if (element == PE_IndicatorCheckBox)
                painter->drawRoundedRect(box, 2.0, 2.0);
            else
                painter->drawEllipse(box);
            painter->restore();
            break;
        }
        case PE_FrameLineEdit:
            if (isDark(option->palette) && !keyboardFocus)
                drawFrame(option->rect, option->palette, painter);
            break;
        case PE_FrameFocusRect:
        case PE_PanelButtonCommand:
            if (keyboardFocus || (element == PE_FrameFocusRect && (option->state & State_KeyboardFocusChange)))
                drawFocusRing(option, painter);
            break;
        default: break;
        }
    }

    // A glyph drawn in black on a transparent ground (Fusion's media icons) vanishes on a dark
    // window: there it is drawn in the text colour. Coloured icons stay as they are.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        const QIcon original = QProxyStyle::standardIcon(icon, option, widget);
        const QPalette palette = option ? option->palette : widget ? widget->palette() : QApplication::palette();
        if (!isDark(palette) || original.isNull())
            return original;
        QIcon light;
        for (const QSize& size : original.availableSizes()) {
            QImage image = original.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() > 0 && (pixel.lightness() > 90 || pixel.hslSaturation() > 60))
                        return original;  // not a dark monochrome glyph
                }
            }
            const QColor text = palette.color(QPalette::Text);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    QColor pixel = text;
                    pixel.setAlpha(image.pixelColor(x, y).alpha());
                    image.setPixelColor(x, y, pixel);
                }
            }
            light.addPixmap(QPixmap::fromImage(image));
        }
        return light.isNull() ? original : light;
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        // Fusion frames a spin box in the window colour darkened, which a dark window swallows.
        if (control == CC_SpinBox && isDark(option->palette) && !(option->state & State_HasFocus)) {
            const auto* spin = qstyleoption_cast<const QStyleOptionSpinBox*>(option);
            if (spin && spin->frame)
                drawFrame(option->rect, option->palette, painter);
        }
    }

private:
    static bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

    // The frame of an entry field on a dark window: between Base and Text, where Fusion's vanishes.
    static void drawFrame(const QRect& rect, const QPalette& palette, QPainter* painter)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.3), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0);
        painter->restore();
    }

    static void drawFocusRing(const QStyleOption* option, QPainter* painter)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0), 2.0, 2.0);
        painter->restore();
    }
};

}  // namespace

QString StudioAppearance::key(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

StudioAppearance StudioAppearance::load()
{
    const QSettings settings;
    StudioAppearance appearance;
    const QString theme = settings.value(QStringLiteral("appearance/theme")).toString();
    appearance.theme = theme == QLatin1String("light")  ? Theme::Light
                       : theme == QLatin1String("dark") ? Theme::Dark
                                                        : Theme::System;
    appearance.fontPointSize = settings.value(QStringLiteral("appearance/fontPointSize"), 0).toInt();
    return appearance;
}

void StudioAppearance::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("appearance/theme"), key(theme));
    settings.setValue(QStringLiteral("appearance/fontPointSize"), fontPointSize);
}

void StudioAppearance::apply() const
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    // The system's font and style are remembered before the first change, so "0" and System can go
    // back to them.
    static const QFont systemFont = QApplication::font();
    static const QString systemStyle = QApplication::style()->name();
    QStyle* base = QStyleFactory::create(theme == Theme::System ? systemStyle : QStringLiteral("Fusion"));
    if (!base)
        base = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(new StudioStyle(base));
    // A palette with no roles set follows the system's (and its later changes); Light and Dark set
    // every role.
    QApplication::setPalette(theme == Theme::System ? QPalette()
                             : theme == Theme::Dark ? darkPalette()
                                                    : QApplication::style()->standardPalette());
    // A widget with a style sheet had the palette of its last polish fixed on it (QStyleSheetStyle
    // sets it): it gets the application's again and is polished anew, or it would keep the old
    // theme's colours (the Depth and Vision buttons stayed dark after a switch back to Light).
    for (QWidget* widget : QApplication::allWidgets()) {
        if (widget->styleSheet().isEmpty())
            continue;
        widget->setPalette(QPalette());
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
    QFont font = systemFont;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    QApplication::setFont(font);
}

}  // namespace debrief::studio

#include "studioappearance.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

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
    // The system font is remembered before the first change, so "0" can go back to it.
    static const QFont systemFont = QApplication::font();
    if (theme == Theme::System) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    QFont font = systemFont;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    QApplication::setFont(font);
}

}  // namespace debrief::studio

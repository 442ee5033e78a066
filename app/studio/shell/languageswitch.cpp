#include "languageswitch.h"

#include "uilanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace debrief::studio {

namespace {
QString& currentLanguage()
{
    static QString language;
    return language;
}
}  // namespace

QString LanguageSwitch::current()
{
    return currentLanguage().isEmpty() ? saved() : currentLanguage();
}

QString LanguageSwitch::saved()
{
    return QSettings().value(QLatin1String(UiLanguage::kSettingsKey)).toString();
}

void LanguageSwitch::save(const QString& language)
{
    QSettings().setValue(QLatin1String(UiLanguage::kSettingsKey), language);
}

bool LanguageSwitch::switchTo(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || !UiLanguage::available().contains(language))
        return false;
    // UiLanguage parents its translators to the application; the earlier ones go first.
    for (QTranslator* old : app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        old->deleteLater();
    }
    const bool installed = UiLanguage::install(*app, language);
    if (installed)
        currentLanguage() = language;
    if (language == QLatin1String("en")) {
        // Nothing is installed for English, so nothing sends LanguageChange on its own.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(app, &change);
    }
    return installed;
}

}  // namespace debrief::studio

#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace debrief::studio {

namespace {
QString& installedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
}  // namespace

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString UiLanguage::choose(const QString& requested)
{
    if (available().contains(requested))
        return requested;
    for (QString language : QLocale::system().uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (language.startsWith(QLatin1String("de")))
            return QStringLiteral("de");
        // Simplified Chinese is written zh_CN, zh_Hans or zh_Hans_CN; Traditional stays English for now.
        if (language == QLatin1String("zh") || language.startsWith(QLatin1String("zh_CN")) ||
            language.startsWith(QLatin1String("zh_Hans")))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString UiLanguage::studioLanguage()
{
    return choose(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

bool UiLanguage::install(QCoreApplication& app, const QString& language)
{
    if (!available().contains(language))
        return false;
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                        : QLocale(language));
    if (language == QLatin1String("en")) {
        installedLanguage() = language;
        return true;
    }
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/debrief_%1.qm").arg(language))) {
        delete translator;
        // Nothing of that language went in, so the words stay English; the content must follow them.
        installedLanguage() = QStringLiteral("en");
        return false;
    }
    // Set before a translator goes in: installing one sends LanguageChange, and whoever follows the
    // language (InterviewRecords) reads installed() then.
    installedLanguage() = language;
    // Qt's own words (a dialog's Cancel, a file dialog, a context menu's Copy) come from Qt's
    // translations, installed beside Qt (Debian: qt6-translations-l10n); without them they stay English.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return QCoreApplication::installTranslator(translator);
}

QString UiLanguage::installed()
{
    return installedLanguage();
}

void UiLanguage::restoreInstalled(const QString& language)
{
    installedLanguage() = language;
}

}  // namespace debrief::studio

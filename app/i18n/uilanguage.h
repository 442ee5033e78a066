#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace debrief::studio {

// The language of the UI: "en" (the source strings), "de" or "zh_CN", from --lang or the system
// locale. The translations are compiled into debrief_translations as :/i18n/debrief_<lang>.qm, so the
// studio and debrief-cli (its PDF scorecards) speak the same languages.
class UiLanguage {
public:
    // Where the Settings dialog's choice is kept (QSettings of the studio's organisation/application).
    static constexpr const char* kSettingsKey = "appearance/language";

    static QStringList available();  // "en", "de", "zh_CN"
    // The requested language if available, else the best match of the system's UI languages, else "en".
    static QString choose(const QString& requested);
    // The language the studio shows: its saved setting when there is one, else as choose("") picks.
    static QString studioLanguage();
    // Installs the translator (nothing to install for "en") and makes the locale match, so numbers
    // read "93,3 %" in German. False when the language is unknown or its .qm is missing.
    static bool install(QCoreApplication& app, const QString& language);
    // The language install() was last asked for and found ("en" before any): the interview content
    // (ContentLibrary::setLanguage) follows it, so questions and descriptors read like the UI.
    static QString installed();
    // Says `language` is installed again after whoever installed another took its translators and
    // locale back out (the CLI's ScopedLanguage): installed() tells the truth once more.
    static void restoreInstalled(const QString& language);
};

}  // namespace debrief::studio

#pragma once

#include <QString>

namespace debrief::studio {

// Changes the UI language while the studio runs: removes the translators installed before, installs
// the new one (UiLanguage) and remembers it. Qt then sends LanguageChange to every widget, and each
// page retranslates itself in changeEvent().
class LanguageSwitch {
public:
    static QString current();  // as last switched to, else the saved setting, else empty
    static QString saved();    // the Settings dialog's choice, empty = follow the system
    static void save(const QString& language);
    static bool switchTo(const QString& language);
};

}  // namespace debrief::studio

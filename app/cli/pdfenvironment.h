#pragma once

#include "reportdocument.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;
class QGuiApplication;
class QTranslator;

// What a command that writes a PDF needs around it: a QGuiApplication for fonts, and the language the
// PDF is written in. Shared by `scorecard pdf` and `portfolio pdf`.
namespace debrief::cli {

class CommandLine;

// --paper a4|letter and --lang en|de|zh_CN, checked (UsageError on a bad value) before any work.
struct PdfOptions {
    std::optional<report::PaperSize> paper;  // absent: from the system locale (paper())
    std::optional<QString> language;         // absent: the studio's setting (language())
    static PdfOptions from(const CommandLine& line);
    // After guiApplication() (the settings and the locale need it). Paper follows where the user lives
    // (the system locale), not the language the PDF is written in.
    report::PaperSize resolvedPaper() const;
    QString resolvedLanguage() const;
};

// Fonts need a QGuiApplication. debrief-cli's main() makes none (the replay commands run without Qt),
// so the first PDF makes one, on the offscreen platform unless QT_QPA_PLATFORM names another: a
// terminal has no display, and `minimal` has no fonts. Throws std::runtime_error when the process
// already runs a QCoreApplication without fonts.
QGuiApplication& guiApplication();

// The language for one PDF, installed for as long as it is written and taken away after, so a process
// that writes several (the tests) starts each one from English and the default locale. Throws
// std::runtime_error when the translation cannot be loaded.
class ScopedLanguage {
public:
    ScopedLanguage(QCoreApplication& app, const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_locale;
    QString m_language;  // UiLanguage::installed() before, given back after
    QList<QTranslator*> m_installed;
};

}  // namespace debrief::cli

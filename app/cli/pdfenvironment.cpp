#include "pdfenvironment.h"

#include "commands.h"

#include "storage/database.h"
#include "uilanguage.h"

#include <QGuiApplication>
#include <QTranslator>

#include <stdexcept>

namespace debrief::cli {

PdfOptions PdfOptions::from(const CommandLine& line)
{
    PdfOptions options;
    if (const auto key = line.value("paper")) {
        report::PaperSize paper = report::PaperSize::A4;
        if (!report::ReportDocument::paperFromKey(QString::fromStdString(*key), paper))
            throw UsageError("--paper must be a4 or letter, not `" + *key + "`");
        options.paper = paper;
    }
    const auto language = line.value("lang");
    if (language && !studio::UiLanguage::available().contains(QString::fromStdString(*language)))
        throw UsageError("--lang must be one of en, de, zh_CN, not `" + *language + "`");
    if (language)
        options.language = QString::fromStdString(*language);
    return options;
}

report::PaperSize PdfOptions::resolvedPaper() const
{
    return paper ? *paper : report::ReportDocument::paperFor(QLocale::system());
}

QString PdfOptions::resolvedLanguage() const
{
    return language ? *language : studio::UiLanguage::studioLanguage();
}

QGuiApplication& guiApplication()
{
    if (auto* existing = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return *existing;
    if (QCoreApplication::instance())
        throw std::runtime_error("writing a PDF needs fonts, but this process already started Qt without them; "
                                 "run it as its own debrief-cli command");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "debrief-cli";
    static char* argv[] = {name, nullptr};
    static QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(storage::Database::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(storage::Database::kApplicationName));
    return application;
}

ScopedLanguage::ScopedLanguage(QCoreApplication& app, const QString& language)
    : m_locale(QLocale()), m_language(studio::UiLanguage::installed())
{
    const auto before = app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    if (!studio::UiLanguage::install(app, language)) {
        QLocale::setDefault(m_locale);
        studio::UiLanguage::restoreInstalled(m_language);
        throw std::runtime_error("the " + language.toStdString() + " translation could not be loaded");
    }
    for (QTranslator* translator : app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
        if (!before.contains(translator))
            m_installed << translator;
}

ScopedLanguage::~ScopedLanguage()
{
    for (QTranslator* translator : m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_locale);
    studio::UiLanguage::restoreInstalled(m_language);
}

}  // namespace debrief::cli

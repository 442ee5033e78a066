#include "pdfenvironment.h"

#include "storage/database.h"
#include "uilanguage.h"

#include <QGuiApplication>
#include <QTranslator>

#include <stdexcept>

namespace debrief::cli {

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

ScopedLanguage::ScopedLanguage(QCoreApplication& app, const QString& language) : m_locale(QLocale())
{
    const auto before = app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    if (!studio::UiLanguage::install(app, language))
        throw std::runtime_error("the " + language.toStdString() + " translation could not be loaded");
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
}

}  // namespace debrief::cli

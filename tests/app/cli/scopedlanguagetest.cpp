// The CLI's ScopedLanguage (app/cli/pdfenvironment): a PDF's language is taken back out whole after
// the PDF, the translators, the locale and UiLanguage::installed() (which the content follows).
#include "pdfenvironment.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using debrief::cli::ScopedLanguage;
using debrief::studio::UiLanguage;

// The process is a QCoreApplication, as debrief-cli's is: qApp would be a QGuiApplication cast here (the
// headers include Qt Gui), which UBSan rejects.

class ScopedLanguageTest : public QObject {
    Q_OBJECT

private slots:
    void givesBackEnglish();
    void givesBackTheLanguageBefore();
    void unknownLanguageChangesNothing();
};

void ScopedLanguageTest::givesBackEnglish()
{
    QCOMPARE(UiLanguage::installed(), QStringLiteral("en"));
    {
        const ScopedLanguage german(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(UiLanguage::installed(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("debrief::studio::MainWindow", "Ready"), QStringLiteral("Bereit"));
    }
    QCOMPARE(UiLanguage::installed(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("debrief::studio::MainWindow", "Ready"), QStringLiteral("Ready"));
}

// A process already in German (the studio's own language) that writes a Chinese PDF is German after.
void ScopedLanguageTest::givesBackTheLanguageBefore()
{
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")));
    {
        const ScopedLanguage chinese(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QCOMPARE(UiLanguage::installed(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }
    QCOMPARE(UiLanguage::installed(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("debrief::studio::MainWindow", "Ready"), QStringLiteral("Bereit"));
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void ScopedLanguageTest::unknownLanguageChangesNothing()
{
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ScopedLanguage(*QCoreApplication::instance(), QStringLiteral("fr")));
    QCOMPARE(UiLanguage::installed(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(ScopedLanguageTest)
#include "scopedlanguagetest.moc"

// Every shipped .ts file is completely translated, and the embedded .qm files really switch the UI.
#include "mainwindow.h"
#include "tracelab/tracelabpage.h"
#include "tracelab/tracesummaryview.h"
#include "uilanguage.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <trace/trace.h>
#include <trace/traceimporter.h>

using namespace debrief::studio;

namespace {

struct TsContents {
    QString language;
    QSet<QString> sources;  // context + source, the identity of a message
    QStringList defects;    // one line per unfinished, vanished, obsolete or empty translation
    int messages = 0;
};

TsContents readTs(const QString& path)
{
    TsContents ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.defects << QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            ++ts.messages;
            ts.sources.insert(context + QLatin1Char('\x1f') + source);
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                ts.defects << QStringLiteral("%1: type=\"%2\": %3").arg(context, type, source);
            else if (text.trimmed().isEmpty())
                ts.defects << QStringLiteral("%1: empty translation: %2").arg(context, source);
        }
    }
    if (xml.hasError())
        ts.defects << QStringLiteral("XML error: %1").arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(DEBRIEF_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageIsShipped();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void languagesHaveTheSameMessages();
    void embeddedTranslationSwitchesTheUi_data();
    void embeddedTranslationSwitchesTheUi();
    void traceNotesSpeakTheLanguage_data();
    void traceNotesSpeakTheLanguage();
    void cleanup();
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
}

void TranslationsTest::everyLanguageIsShipped()
{
    QStringList names;
    for (const QString& path : tsFiles())
        names << QFileInfo(path).fileName();
    QCOMPARE(names, QStringList({QStringLiteral("debrief_de.ts"), QStringLiteral("debrief_zh_CN.ts")}));
}

void TranslationsTest::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TranslationsTest::tsFileIsComplete()
{
    QFETCH(QString, path);
    const TsContents ts = readTs(path);
    QVERIFY2(ts.messages > 100, qPrintable(QStringLiteral("only %1 messages").arg(ts.messages)));
    QVERIFY(!ts.language.isEmpty());
    QVERIFY2(ts.defects.isEmpty(),
             qPrintable(QStringLiteral("%1 defects, first: %2").arg(ts.defects.size()).arg(ts.defects.value(0))));
}

void TranslationsTest::languagesHaveTheSameMessages()
{
    const QStringList paths = tsFiles();
    QVERIFY(paths.size() >= 2);
    const TsContents first = readTs(paths.first());
    for (const QString& path : paths)
        QCOMPARE(readTs(path).sources, first.sources);
}

void TranslationsTest::embeddedTranslationSwitchesTheUi_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("pageTitle");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("Trace Lab");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("Trace-Labor");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("轨迹实验室");
}

void TranslationsTest::embeddedTranslationSwitchesTheUi()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, pageTitle);
    QVERIFY(UiLanguage::install(*qApp, language));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);
    QCOMPARE(window.traceLab()->title(), pageTitle);
}

void TranslationsTest::traceNotesSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cpuOnly");       // the note on 1,088 CPU-only jobs of 8,152
    QTest::addColumn<QString>("retried");       // the Philly log's note on its jobs with more than one attempt
    QTest::addColumn<QString>("neverStarted");  // generic_dates.csv's note on its job that never started
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("1,088 of 8,152 jobs use no GPU (CPU only); --gpu-jobs-only leaves them "
                                          "out of a replay")
                        << QStringLiteral("1 job with more than one attempt")
                        << QStringLiteral("1 job never started (no start time): kept with run time 0 and no trace "
                                          "start");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral("1.088 von 8.152 Jobs nutzen keine GPU (nur CPU); --gpu-jobs-only lässt sie "
                                          "bei einem Replay weg")
                        << QStringLiteral("1 Job mit mehr als einem Versuch")
                        << QStringLiteral("1 Job wurde nie gestartet (keine Startzeit): behalten mit Laufzeit 0 und "
                                          "ohne Trace-Start");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringLiteral("8,152 个作业中有 1,088 个不使用 GPU（仅 CPU）；--gpu-jobs-only 会在回放中排除它们")
                           << QStringLiteral("1 个作业有多于一次尝试") << QString();
}

// The Trace Lab's summary says the importer's notes (core's structured TraceNote) in the UI's
// language, counts in its locale; every note kind of the test traces has its own translation.
void TranslationsTest::traceNotesSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cpuOnly);
    QFETCH(QString, retried);
    QFETCH(QString, neverStarted);
    QVERIFY(UiLanguage::install(*qApp, language));
    // (UiLanguage::install sets the default locale: the counts follow it.)
    using debrief::trace::NoteKind;
    using debrief::trace::TraceNote;
    QCOMPARE(TraceSummaryView::noteText(TraceNote{NoteKind::CpuOnlyJobs, 1088, 8152}), cpuOnly);

    auto philly = std::make_shared<debrief::trace::Trace>(
        debrief::trace::importTrace(DEBRIEF_TEST_DATA "/traces/philly_cluster_job_log.json"));
    TraceSummaryView view;
    view.setTrace(philly, QStringLiteral("philly_cluster_job_log.json"));
    QVERIFY2(view.notesText().split(QLatin1Char('\n')).contains(retried), qPrintable(view.notesText()));
    if (!neverStarted.isEmpty()) {
        auto dates = std::make_shared<debrief::trace::Trace>(
            debrief::trace::importTrace(DEBRIEF_TEST_DATA "/traces/generic_dates.csv"));
        view.setTrace(dates, QStringLiteral("generic_dates.csv"));
        QCOMPARE(view.notesText(), neverStarted);
    }
    if (language != QLatin1String("en")) {
        for (const char* file : {"/traces/philly_cluster_job_log.json", "/traces/helios_cluster_log.csv",
                                 "/traces/tiresias_jobs.csv", "/traces/generic_dates.csv"}) {
            debrief::trace::ImportOptions lenient;
            lenient.lenient = true;
            const debrief::trace::Trace trace = debrief::trace::importTrace(DEBRIEF_TEST_DATA + std::string(file), lenient);
            for (const TraceNote& note : trace.notes) {
                const std::string english = debrief::trace::noteText(note);
                QVERIFY2(TraceSummaryView::noteText(note) != QString::fromStdString(english), english.c_str());
            }
        }
        // Every kind, rule or count, has its own translation (none falls back to English).
        for (int kind = 0; kind <= int(NoteKind::PaiNoSubmitTime); ++kind) {
            const TraceNote note{NoteKind(kind), 2, 3};
            const std::string english = debrief::trace::noteText(note);
            QVERIFY2(TraceSummaryView::noteText(note) != QString::fromStdString(english), english.c_str());
        }
    }
}

void TranslationsTest::cleanup()
{
    removeTranslators();
}

QTEST_MAIN(TranslationsTest)
#include "translationstest.moc"

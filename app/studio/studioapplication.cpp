#include "studioapplication.h"

#include "interviewrecords.h"
#include "mainwindow.h"
#include "session/demolivesession.h"
#include "session/livesessionpage.h"
#include "session/sessioncontroller.h"
#include "shell/crashmarker.h"
#include "shell/languageswitch.h"
#include "shell/resumeoffer.h"
#include "shell/studioappearance.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"
#include "tracelab/demotrace.h"
#include "tracelab/sharingpanel.h"
#include "tracelab/sharingsession.h"
#include "tracelab/tracelabpage.h"
#include "tradeoffs/tradeoffpage.h"
#include "uilanguage.h"

#include <storage/database.h>
#include <storage/storageerror.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace debrief::studio {

namespace {

// The studio's command line, one description for the running studio and for --help / --version
// (which are answered before any window system is needed).
struct StudioCommandLine {
    QCommandLineParser parser;
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("UI language: en, de or zh_CN."),
                            QStringLiteral("language")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render every page to DIR/<page>.png once the demo replay is "
                                                 "done, then exit."),
                                  QStringLiteral("DIR")};
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Use the database at PATH instead of the default one."),
                          QStringLiteral("PATH")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QStringLiteral("Light or dark theme for this run (not saved): light or dark."),
                             QStringLiteral("theme")};
    QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size in logical pixels, e.g. 1024x700."),
                            QStringLiteral("WxH")};
    QCommandLineOption scale{QStringLiteral("scale"),
                             QStringLiteral("Scale factor (QT_SCALE_FACTOR), e.g. 2: a 1024x700 window "
                                            "is then drawn with 2048x1400 pixels."),
                             QStringLiteral("F")};

    StudioCommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("Replay GPU-cluster traces under scheduling policies."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption* option : {&lang, &screenshot, &db, &theme, &size, &scale})
            parser.addOption(*option);
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A trace to open instead of the demo."));
    }
};

void nameTheApplication(QCoreApplication& app)
{
    // The same names as debrief-cli, so both open the same database file.
    app.setOrganizationName(QLatin1String(storage::Database::kOrganizationName));
    app.setApplicationName(QLatin1String(storage::Database::kApplicationName));
    app.setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
}

}  // namespace

StudioApplication::StudioApplication(int& argc, char** argv) : QApplication(argc, argv)
{
    nameTheApplication(*this);
    // The installed menu entry and icon (resources/desktop): Wayland matches windows to the entry by
    // this name; the theme's icon wins, the embedded one serves a studio run from its build tree.
    setDesktopFileName(QStringLiteral("org.debriefstudio.DebriefStudio"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.debriefstudio.DebriefStudio"),
                                   QIcon(QStringLiteral(":/icons/org.debriefstudio.DebriefStudio-256.png"))));
}

bool StudioApplication::prepareDatabase(const QString& path, bool askWhenRefused)
{
    storage::Database database(path);
    if (database.open()) {
        try {
            // Sessions left open by a crash or a kill are marked so, before any page lists them.
            storage::SessionStore(database).markInterrupted();
        } catch (const storage::StorageError& error) {
            std::fprintf(stderr, "debrief-studio: %s\n", qPrintable(error.message()));
        }
        return true;
    }
    const QString problem = database.problem().message();
    std::fprintf(stderr, "debrief-studio: %s\n", qPrintable(problem));
    if (!askWhenRefused)
        return false;
    if (database.problem().kind == storage::DatabaseProblem::Kind::ReadOnly) {
        // Not damaged, so no fresh start on offer: the message says what to change.
        QMessageBox::warning(nullptr, tr("Database not opened"),
                             tr("The database cannot be used:\n%1\n\nIt has not been changed. Debrief Studio "
                                "continues without saving anything.")
                                 .arg(problem));
        return false;
    }
    // The refused file is never overwritten: starting fresh first copies it aside, byte for byte.
    QMessageBox box(QMessageBox::Warning, tr("Database not opened"),
                    tr("The database cannot be used:\n%1\n\nIt has not been changed. You can back it up and "
                       "start with a fresh database, or continue without saving anything.")
                        .arg(problem));
    QPushButton* fresh = box.addButton(tr("Back up and start fresh"), QMessageBox::AcceptRole);
    box.addButton(tr("Continue without saving"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != fresh)
        return false;
    try {
        const QString backup = database.backupAndStartFresh();
        QMessageBox::information(nullptr, tr("Database not opened"),
                                 tr("The old database was copied to %1; a fresh one is in use.").arg(backup));
        return true;
    } catch (const storage::StorageError& error) {
        QMessageBox::critical(nullptr, tr("Database not opened"),
                              tr("%1\nContinuing without saving.").arg(error.message()));
        return false;
    }
}

void StudioApplication::prepareEnvironment(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* value = nullptr;
        if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            value = argv[i + 1];
        else if (std::strncmp(argv[i], "--scale=", 8) == 0)
            value = argv[i] + 8;
        if (value) {
            // Checked again (with a message) once the command line is parsed; a bad value is not set.
            bool ok = false;
            const double factor = QString::fromLocal8Bit(value).toDouble(&ok);
            if (ok && factor > 0.0 && factor <= 8.0)  // the bounds run() checks, with a message
                qputenv("QT_SCALE_FACTOR", QByteArray::number(factor));
        }
    }
}

QSize StudioApplication::parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

namespace {

// The database files as they lie on disk (with a -wal or a hot -journal, which SQLite applies to the
// copy), read and never opened as a database, so nothing is written beside the original.
void copyForScreenshots(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            std::fprintf(stderr, "debrief-studio: cannot copy %s for the screenshots\n", qPrintable(from + suffix));
    }
}

// The states a new user meets that the demo data does not show: the first start's welcome (a window
// on an empty database) and a scorer's submitted, locked marks on the Live session page.
bool saveStateScreenshots(MainWindow& window, const QString& dir)
{
    bool written = true;
    QTemporaryDir empty;
    {
        MainWindow fresh(nullptr, empty.filePath(QStringLiteral("welcome.sqlite")));
        fresh.resize(window.size());
        fresh.show();
        fresh.showPage(QStringLiteral("home"));
        QApplication::processEvents();
        written = fresh.grab().save(QDir(dir).filePath(QStringLiteral("welcome.png"))) && written;
    }
    // The Trace Lab's Sharing tab with its finished study, and scrolled down to its cost comparison.
    const TraceLabPage* lab = window.traceLab();
    if (const SharingSession* sharing = lab ? lab->sharingPanel()->controller() : nullptr;
        sharing && sharing->costs() && !sharing->curves().empty()) {
        window.showPage(lab->pageId());
        for (const bool costs : {false, true}) {
            window.traceLab()->showSharingTab(costs);
            QApplication::processEvents();
            const QString name =
                costs ? QStringLiteral("trace-lab-sharing-costs.png") : QStringLiteral("trace-lab-sharing.png");
            written = window.grab().save(QDir(dir).filePath(name)) && written;
        }
    }
    auto* live = qobject_cast<LiveSessionPage*>(window.page(QStringLiteral("live-session")));
    if (live && live->hasSession()) {
        window.showPage(live->pageId());
        live->controller()->submit(live->scorer(), live->clock().elapsedMs());
        QApplication::processEvents();
        written = window.grab().save(QDir(dir).filePath(QStringLiteral("live-session-submitted.png"))) && written;
    }
    return written;
}

}  // namespace

bool StudioApplication::answerWithoutDisplay(int argc, char** argv)
{
    bool asked = false;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            asked = asked || std::strcmp(argv[i], option) == 0;
    }
    if (!asked)
        return false;
    QCoreApplication app(argc, argv);
    nameTheApplication(app);
    StudioCommandLine commandLine;
    commandLine.parser.process(app);  // prints the help or the version and exits
    return true;
}

int StudioApplication::run()
{
    StudioCommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& lang = commandLine.lang;
    const QCommandLineOption& screenshot = commandLine.screenshot;
    const QCommandLineOption& dbOption = commandLine.db;
    const QCommandLineOption& themeOption = commandLine.theme;
    const QCommandLineOption& sizeOption = commandLine.size;
    const QCommandLineOption& scaleOption = commandLine.scale;
    parser.process(*this);  // prints and exits on --help, --version and unknown options

    // --theme, --size and --scale: every combination can be looked at (with --screenshot).
    StudioAppearance appearance = StudioAppearance::load();
    if (parser.isSet(themeOption)) {
        const QString theme = parser.value(themeOption);
        if (theme == QLatin1String("light")) {
            appearance.theme = StudioAppearance::Theme::Light;
        } else if (theme == QLatin1String("dark")) {
            appearance.theme = StudioAppearance::Theme::Dark;
        } else {
            std::fprintf(stderr, "debrief-studio: --theme takes light or dark, not '%s'\n", qPrintable(theme));
            return 1;
        }
    }
    QSize windowSize;
    if (parser.isSet(sizeOption)) {
        windowSize = parseSize(parser.value(sizeOption));
        if (!windowSize.isValid()) {
            std::fprintf(stderr, "debrief-studio: --size takes WIDTHxHEIGHT (e.g. 1024x700), not '%s'\n",
                         qPrintable(parser.value(sizeOption)));
            return 1;
        }
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        const double scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || !(scale > 0.0) || scale > 8.0) {
            std::fprintf(stderr, "debrief-studio: --scale takes a factor such as 1.5 or 2, not '%s'\n",
                         qPrintable(parser.value(scaleOption)));
            return 1;
        }
    }

    // --lang wins over the language chosen in Settings, which wins over the system's.
    const QString requested = parser.isSet(lang) ? parser.value(lang) : LanguageSwitch::saved();
    const QString language = UiLanguage::choose(requested);
    if (!requested.isEmpty() && language != requested)
        std::fprintf(stderr, "debrief-studio: unknown language '%s', using %s\n", qPrintable(requested),
                     qPrintable(language));
    if (!UiLanguage::install(*this, language))
        std::fprintf(stderr, "debrief-studio: cannot load the %s translation\n", qPrintable(language));

    const QString screenshotDir = parser.value(screenshot);
    // Screenshots never write to a user's database: they show the demo candidate in a fresh temporary
    // database, or a copy of the one --db names (a kill mid-way then leaves nothing behind in it).
    QTemporaryDir screenshotData;
    const QString databasePath = !screenshotDir.isEmpty() ? screenshotData.filePath(QStringLiteral("debrief.sqlite"))
                                 : parser.isSet(dbOption) ? parser.value(dbOption)
                                                          : storage::Database::defaultPath();
    const bool demoDatabase = !screenshotDir.isEmpty() && !parser.isSet(dbOption);
    if (!screenshotDir.isEmpty() && parser.isSet(dbOption))
        copyForScreenshots(parser.value(dbOption), databasePath);
    prepareDatabase(databasePath, screenshotDir.isEmpty());
    if (demoDatabase) {
        try {
            storage::Database demo(databasePath);
            if (demo.open())
                storage::DemoCandidate::fill(demo);
        } catch (const std::exception& error) {
            std::fprintf(stderr, "debrief-studio: no demo candidate: %s\n", error.what());
        }
    }

    // A crash of the last run (a fatal signal, noted by the handler) is told before anything else.
    QString lastCrash;
    if (screenshotDir.isEmpty()) {
        lastCrash = CrashMarker::takeReport(CrashMarker::defaultPath());
        if (!lastCrash.isEmpty())
            std::fprintf(stderr, "debrief-studio: %s\n", qPrintable(lastCrash));
        CrashMarker::install(CrashMarker::defaultPath());
    }

    MainWindow window(nullptr, databasePath);
    if (screenshotDir.isEmpty())
        window.restoreSettings();
    appearance.apply();
    window.show();
    if (windowSize.isValid())
        window.resize(windowSize);  // logical pixels: at --scale 2 the pictures have twice as many
    auto* liveSession = qobject_cast<LiveSessionPage*>(window.page(QStringLiteral("live-session")));
    if (liveSession && screenshotDir.isEmpty()) {
        // A session the last run did not close is offered for resuming, at its question and clock.
        QTimer::singleShot(0, &window, [&window, liveSession, lastCrash] {
            if (!lastCrash.isEmpty())
                QMessageBox::warning(&window, tr("Debrief Studio stopped unexpectedly"), lastCrash);
            window.askScorerName();  // first start: who scores with this studio
            const auto interrupted = ResumeOffer::interruptedSession(window.interviewRecords()->database());
            if (interrupted && ResumeOffer::ask(&window, *interrupted) && liveSession->openSession(interrupted->id))
                window.showPage(liveSession->pageId());
        });
    } else if (liveSession && window.interviewRecords()->isOpen()) {
        try {
            const InterviewRecords& records = *window.interviewRecords();
            const std::int64_t demo = DemoLiveSession::create(records.database(), records.content());
            if (liveSession->openSession(demo))
                liveSession->togglePause();  // a still picture: the clock stands at the demo's time
        } catch (const std::exception& error) {
            std::fprintf(stderr, "debrief-studio: no live-session demo: %s\n", error.what());
        }
    }

    if (!screenshotDir.isEmpty()) {
        // The pictures show a replay mid-way with its charts drawn, and a finished sweep.
        window.traceLab()->pauseNextReplayForScreenshot(0.5);
        window.tradeoffs()->setSweepWhenTraceLoads(true);
        window.traceLab()->studySharingWhenTraceLoads();
    }
    const QStringList files = parser.positionalArguments();
    // A first start (no candidate yet) opens on Home's welcome with nothing replaying behind it; the demo
    // traces stay under File > Open demo trace.
    const bool firstStart = screenshotDir.isEmpty() && window.interviewRecords()->isOpen() &&
                            window.interviewRecords()->candidates().isEmpty();
    const bool started = !files.isEmpty() ? window.openFile(files.first())
                         : firstStart     ? false
                                          : window.traceLab()->loadDemo(DemoTrace::openb());
    if (!screenshotDir.isEmpty()) {
        int exitCode = 0;
        bool captured = false;
        const auto capture = [&] {
            if (std::exchange(captured, true))
                return;
            if (!window.saveScreenshots(screenshotDir) || !saveStateScreenshots(window, screenshotDir)) {
                std::fprintf(stderr, "debrief-studio: cannot write screenshots to %s\n", qPrintable(screenshotDir));
                exitCode = 1;
            }
            quit();
        };
        if (!started || window.allPagesSettled())
            QTimer::singleShot(0, this, capture);
        else
            connect(&window, &MainWindow::allPagesSettledChanged, this, capture);
        // A replay that never ends must not hang a scripted visual check.
        QTimer::singleShot(10 * 60 * 1000, this, [&] {
            std::fprintf(stderr, "debrief-studio: pages did not settle in 10 minutes\n");
            exitCode = 2;
            quit();
        });
        const int rc = exec();
        return rc != 0 ? rc : exitCode;
    }
    return exec();
}

}  // namespace debrief::studio

#pragma once

#include <QApplication>
#include <QSize>

namespace debrief::studio {

// The debrief-studio process: reads the command line (FILE, --lang, --screenshot DIR, --db PATH,
// --theme light|dark, --size WxH, --scale F), installs the translation, opens the database, opens
// the main window with the given trace or the bundled demo, and runs.
class StudioApplication : public QApplication {
    Q_OBJECT

public:
    StudioApplication(int& argc, char** argv);
    int run();

    // Before the application is built: `--scale F` (or `--scale=F`) becomes QT_SCALE_FACTOR, so
    // every size stays logical and the pixels are F times as many.
    static void prepareEnvironment(int argc, char** argv);
    // --help and --version print and exit before any window system is needed (so they work with no
    // display, as in a terminal over ssh or a package check); false: neither was asked for.
    static bool answerWithoutDisplay(int argc, char** argv);
    // "1024x700" -> 1024 x 700; an invalid size for anything else.
    static QSize parseSize(const QString& text);

    // Opens (and migrates) the database at `path` before any page does, and marks sessions a crash
    // left open as interrupted. A refused file is reported and, when `askWhenRefused`, the user may
    // back it up and start fresh; otherwise the studio runs without saving. True: it can be used.
    static bool prepareDatabase(const QString& path, bool askWhenRefused);
};

}  // namespace debrief::studio

#pragma once

#include <QApplication>

namespace debrief::studio {

// The debrief-studio process: reads the command line (FILE, --lang, --screenshot DIR), installs the
// translation, opens the main window with the given trace or the bundled demo, and runs.
class StudioApplication : public QApplication {
    Q_OBJECT

public:
    StudioApplication(int& argc, char** argv);
    int run();
};

}  // namespace debrief::studio

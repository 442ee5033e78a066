#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief::studio {

// What the next start can say after a crash. Edits are committed as they are made, so a crash loses
// at most the one in flight and nothing waits to be flushed; the handler for the fatal signals
// (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT) only writes a small marker file, with calls that are
// async-signal-safe (open, write, close, time), and re-raises the signal so the process still dies
// of it (core dump, exit status). kill -9 cannot be caught: then the session left open is what the
// next start finds (ResumeOffer).
class CrashMarker {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::CrashMarker)

public:
    // <AppDataLocation>/last-crash: one per installation, beside the default database.
    static QString defaultPath();
    // Installs the handler; a fatal signal writes its marker to `path` (folder created now).
    static void install(const QString& path);
    // What the marker at `path` says, for a person, and removes it; empty when the last run ended
    // without a fatal signal.
    static QString takeReport(const QString& path);
};

}  // namespace debrief::studio

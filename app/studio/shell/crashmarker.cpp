#include "crashmarker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <csignal>
#include <cstring>
#include <ctime>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace debrief::studio {
namespace {

constexpr int kFatalSignals[] = {SIGSEGV, SIGFPE, SIGILL, SIGABRT
#if defined(SIGBUS)
                                 ,
                                 SIGBUS
#endif
};

// Set before the handler is installed and never changed after: the handler only reads it.
char g_markerPath[4096];

#if defined(Q_OS_UNIX)
// Writes "<label> <value>\n" without the heap or stdio.
void writeField(int fd, const char* label, long long value)
{
    char buffer[64];
    std::size_t length = 0;
    while (label[length] != '\0' && length < 40) {
        buffer[length] = label[length];
        ++length;
    }
    buffer[length++] = ' ';
    char digits[24];
    int count = 0;
    unsigned long long rest = value < 0 ? 0ULL : static_cast<unsigned long long>(value);
    do {
        digits[count++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0 && count < 24);
    while (count > 0)
        buffer[length++] = digits[--count];
    buffer[length++] = '\n';
    const ssize_t written = ::write(fd, buffer, length);
    (void)written;  // nothing more can be done inside a crashing process
}

void onFatalSignal(int signal)
{
    const int fd = ::open(g_markerPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        writeField(fd, "signal", signal);
        writeField(fd, "time", static_cast<long long>(std::time(nullptr)));
        ::close(fd);
    }
    // SA_RESETHAND put the default action back; the signal is delivered again once this returns.
    ::raise(signal);
}
#endif

QString signalName(int signal)
{
    switch (signal) {
    case SIGSEGV: return QStringLiteral("SIGSEGV");
    case SIGFPE: return QStringLiteral("SIGFPE");
    case SIGILL: return QStringLiteral("SIGILL");
    case SIGABRT: return QStringLiteral("SIGABRT");
#if defined(SIGBUS)
    case SIGBUS: return QStringLiteral("SIGBUS");
#endif
    default: return QString::number(signal);
    }
}

}  // namespace

QString CrashMarker::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/last-crash");
}

void CrashMarker::install(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= qsizetype(sizeof g_markerPath))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::memcpy(g_markerPath, native.constData(), std::size_t(native.size()) + 1);
#if defined(Q_OS_UNIX)
    struct sigaction action {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (const int signal : kFatalSignals)
        sigaction(signal, &action, nullptr);
#endif
}

QString CrashMarker::takeReport(const QString& path)
{
    QFile marker(path);
    if (!marker.open(QIODevice::ReadOnly))
        return {};
    int signal = 0;
    qint64 time = 0;
    for (const QByteArray& line : marker.readAll().split('\n')) {
        const QList<QByteArray> field = line.split(' ');
        if (field.size() == 2 && field[0] == "signal")
            signal = field[1].toInt();
        else if (field.size() == 2 && field[0] == "time")
            time = field[1].toLongLong();
    }
    marker.close();
    marker.remove();
    const QString when = time > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(time), QLocale::ShortFormat)
                                  : tr("an unknown time");
    return tr("Debrief Studio stopped unexpectedly at %1 (signal %2). Every edit made before that moment was "
              "saved; an interview that was running is offered for resuming where it stopped.")
        .arg(when, signalName(signal));
}

}  // namespace debrief::studio

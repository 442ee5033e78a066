// Start-up baseline for bench_startup: a hello world that links only Qt Core (and uses it, so the
// loader maps and relocates it as it does for debrief-cli).
#include <QString>

#include <cstdio>

int main()
{
    const QString greeting = QStringLiteral("hello from Qt %1").arg(QString::fromLatin1(qVersion()));
    std::puts(greeting.toUtf8().constData());
    return 0;
}

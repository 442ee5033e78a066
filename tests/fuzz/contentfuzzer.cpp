// The content library loader. The first byte picks which file the rest of the input is:
//   0-6  one shipped file (matrix, scales, questions, scenarios, mistakes, coach, checklist), loaded
//        by loadShipped() from a folder that holds only that file
//   7    a user's question bank or scenario file, loaded by loadUserFile() over the shipped content
// (byte value modulo 8). The files live in a QTemporaryDir under TMPDIR.

#include "interview/contentlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace debrief;

namespace {

const std::array<const char*, 7> kShippedFiles = {"matrix.json",   "scales.json", "questions.json", "scenarios.json",
                                                  "mistakes.json", "coach.json",  "checklist.json"};

std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<interview::ContentLibrary> shipped;  // the embedded :/content, loaded once

void write(const QString& path, const std::uint8_t* data, std::size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != static_cast<qint64>(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

void releaseFolder()
{
    folder.reset();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/debrief-fuzz-content-XXXXXX"));
    if (!folder->isValid()) {
        std::fprintf(stderr, "cannot create a folder under %s\n", qPrintable(QDir::tempPath()));
        std::abort();
    }
    for (std::size_t i = 0; i < kShippedFiles.size(); ++i)
        QDir(folder->path()).mkdir(QString::number(i));
    shipped = std::make_unique<interview::ContentLibrary>();
    if (!shipped->loadShipped()) {
        std::fprintf(stderr, "the embedded content does not load\n");
        std::abort();
    }
    std::atexit(releaseFolder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t which = data[0] % (kShippedFiles.size() + 1);
    if (which < kShippedFiles.size()) {
        const QString dir = folder->filePath(QString::number(which));
        write(QDir(dir).filePath(QLatin1String(kShippedFiles[which])), data + 1, size - 1);
        interview::ContentLibrary library;
        const bool loaded = library.loadShipped(dir);
        // Six of the seven files are absent, so a load that reports success is a finding.
        if (loaded || library.errors().isEmpty()) {
            std::fprintf(stderr, "invariant broken: loadShipped() accepted a folder with files missing\n");
            std::abort();
        }
        return 0;
    }
    const QString path = folder->filePath(QStringLiteral("user.json"));
    write(path, data + 1, size - 1);
    interview::ContentLibrary library = *shipped;
    const qsizetype questionsBefore = library.questions().size();
    const qsizetype scenariosBefore = library.scenarios().size();
    const bool accepted = library.loadUserFile(path);
    if (accepted != library.errors().isEmpty()) {
        std::fprintf(stderr, "invariant broken: accepted and errors disagree\n");
        std::abort();
    }
    if (!accepted && (library.questions().size() != questionsBefore || library.scenarios().size() != scenariosBefore)) {
        std::fprintf(stderr, "invariant broken: a rejected file changed the library\n");
        std::abort();
    }
    return 0;
}

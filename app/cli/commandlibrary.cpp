#include "commandlibrary.h"

#include <QLibrary>

#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <system_error>

#ifndef DEBRIEF_INSTALL_LIBDIR
#define DEBRIEF_INSTALL_LIBDIR "lib"
#endif

namespace debrief::cli {

std::vector<std::filesystem::path> libraryCandidates(const CommandLibrary& library)
{
    std::vector<std::filesystem::path> candidates;
    if (const char* file = std::getenv(library.environmentVariable); file != nullptr && *file != '\0')
        candidates.emplace_back(file);
    std::error_code error;
    const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const std::filesystem::path directory = executable.parent_path();
        candidates.push_back(directory / library.fileName);
        candidates.push_back(directory.parent_path() / DEBRIEF_INSTALL_LIBDIR / "debrief-studio" / library.fileName);
        candidates.push_back(directory.parent_path() / "lib" / "debrief-studio" / library.fileName);
    }
    return candidates;
}

namespace {

std::unique_ptr<QLibrary> load(const CommandLibrary& library)
{
    std::string looked;
    for (const std::filesystem::path& candidate : libraryCandidates(library)) {
        looked += "\n  " + candidate.string();
        std::error_code error;
        if (!std::filesystem::is_regular_file(candidate, error))
            continue;
        auto found = std::make_unique<QLibrary>(QString::fromStdString(candidate.string()));
        if (!found->load())
            throw std::runtime_error(std::string(library.commands) + "' library " + candidate.string() +
                                     " did not load: " + found->errorString().toStdString());
        using AbiFunction = int (*)();
        const auto abi = reinterpret_cast<AbiFunction>(found->resolve(kCommandLibraryAbiSymbol));
        if (abi == nullptr || abi() != kCommandLibraryAbi)
            throw std::runtime_error(std::string(library.commands) + "' library " + candidate.string() +
                                     " belongs to another build of debrief-cli; reinstall both together");
        return found;
    }
    throw std::runtime_error(std::string(library.commands) + " need " + library.fileName +
                             ", installed beside debrief-cli; it is not in any of:" + looked);
}

// Each library is loaded once and kept for the life of the process (Qt Gui's application object
// lives in the PDF library).
QLibrary& loaded(const CommandLibrary& library)
{
    static std::map<std::string, std::unique_ptr<QLibrary>> libraries;
    std::unique_ptr<QLibrary>& slot = libraries[library.fileName];
    if (!slot)
        slot = load(library);
    return *slot;
}

int run(const CommandLibrary& library, const char* entryPoint, const GlobalOptions& global,
        const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    QLibrary& loadedLibrary = loaded(library);
    const auto entry = reinterpret_cast<LibraryEntryPoint>(loadedLibrary.resolve(entryPoint));
    if (entry == nullptr)
        throw std::runtime_error(loadedLibrary.fileName().toStdString() + " has no " + entryPoint);
    return entry(global, args, out, err);
}

}  // namespace

int runStudioCommand(StudioCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                     std::ostream& out, std::ostream& err)
{
    return run(kStudioLibrary, entryPointName(command), global, args, out, err);
}

int runPdfCommand(PdfCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                  std::ostream& out, std::ostream& err)
{
    return run(kPdfLibrary, entryPointName(command), global, args, out, err);
}

}  // namespace debrief::cli

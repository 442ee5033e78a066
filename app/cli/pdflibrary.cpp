#include "pdflibrary.h"

#include <QLibrary>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <system_error>

namespace debrief::cli {

std::vector<std::filesystem::path> pdfLibraryCandidates()
{
    std::vector<std::filesystem::path> candidates;
    if (const char* file = std::getenv("DEBRIEF_CLI_PDF_LIBRARY"); file != nullptr && *file != '\0')
        candidates.emplace_back(file);
    std::error_code error;
    const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const std::filesystem::path directory = executable.parent_path();
        candidates.push_back(directory / kPdfLibraryFileName);
        candidates.push_back(directory.parent_path() / DEBRIEF_INSTALL_LIBDIR / "debrief-studio" / kPdfLibraryFileName);
        candidates.push_back(directory.parent_path() / "lib" / "debrief-studio" / kPdfLibraryFileName);
    }
    return candidates;
}

namespace {

// Loaded once and kept for the life of the process: Qt Gui's application object lives in it.
QLibrary& loadedPdfLibrary()
{
    static const std::unique_ptr<QLibrary> library = [] {
        std::string looked;
        for (const std::filesystem::path& candidate : pdfLibraryCandidates()) {
            looked += "\n  " + candidate.string();
            std::error_code error;
            if (!std::filesystem::is_regular_file(candidate, error))
                continue;
            auto found = std::make_unique<QLibrary>(QString::fromStdString(candidate.string()));
            if (!found->load())
                throw std::runtime_error("the PDF commands' library " + candidate.string() +
                                         " did not load: " + found->errorString().toStdString());
            using AbiFunction = int (*)();
            const auto abi = reinterpret_cast<AbiFunction>(found->resolve(kPdfLibraryAbiSymbol));
            if (abi == nullptr || abi() != kPdfLibraryAbi)
                throw std::runtime_error("the PDF commands' library " + candidate.string() +
                                         " belongs to another build of debrief-cli; reinstall both together");
            return found;
        }
        throw std::runtime_error(std::string("the PDF commands need ") + kPdfLibraryFileName +
                                 ", installed beside debrief-cli; it is not in any of:" + looked);
    }();
    return *library;
}

}  // namespace

int runPdfCommand(PdfCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                  std::ostream& out, std::ostream& err)
{
    QLibrary& library = loadedPdfLibrary();
    const auto entry = reinterpret_cast<PdfEntryPoint>(library.resolve(entryPointName(command)));
    if (entry == nullptr)
        throw std::runtime_error(library.fileName().toStdString() + " has no " + entryPointName(command));
    return entry(global, args, out, err);
}

}  // namespace debrief::cli

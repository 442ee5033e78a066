// The CSV importers (one table importer configured per format). The first byte picks the format,
// upper case meaning --lenient:
//   p PAI task table   j PAI task table + job table (after a line "#job-table")   o openb
//   h Helios   s Seren   k Kalos   t Tiresias   g generic CSV   m generic CSV, first line = --map
// Any other byte picks one of these by its value.

#include "fuzzinput.h"
#include "trace/importissue.h"
#include "trace/traceimporter.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>

using namespace debrief;

namespace {

struct Kind {
    char key;
    trace::TraceFormat format;
};
constexpr Kind kKinds[] = {
    {'p', trace::TraceFormat::PaiTask},   {'j', trace::TraceFormat::PaiTask},   {'o', trace::TraceFormat::Openb},
    {'h', trace::TraceFormat::Helios},    {'s', trace::TraceFormat::AcmeSeren}, {'k', trace::TraceFormat::AcmeKalos},
    {'t', trace::TraceFormat::Tiresias},  {'g', trace::TraceFormat::GenericCsv}, {'m', trace::TraceFormat::GenericCsv},
};

// The PAI job table is read from a path: one file in the temporary folder, rewritten per input.
std::string jobTablePath;

void removeJobTable()
{
    if (!jobTablePath.empty())
        ::unlink(jobTablePath.c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/debrief-fuzz-jobtable-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        fuzz::broken("cannot create the job table file in TMPDIR");
    ::close(fd);
    jobTablePath = pattern;
    std::atexit(removeJobTable);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char selector = static_cast<char>(data[0]);
    const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(selector)));
    const Kind* kind = &kKinds[data[0] % std::size(kKinds)];
    for (const Kind& k : kKinds) {
        if (k.key == key)
            kind = &k;
    }
    std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);

    trace::ImportOptions options;
    options.format = kind->format;
    options.lenient = std::isupper(static_cast<unsigned char>(selector)) || (data[0] & 0x80);
    if (kind->key == 'm') {
        const auto eol = body.find('\n');
        const std::string_view map = body.substr(0, eol);
        body = eol == std::string_view::npos ? std::string_view() : body.substr(eol + 1);
        try {
            options.mapping = trace::ColumnMapping::parse(map);
        } catch (const std::invalid_argument&) {
            return 0;  // a bad --map is refused before any import
        }
    }
    if (kind->key == 'j') {
        constexpr std::string_view marker = "\n#job-table\n";
        const auto at = body.find(marker);
        const std::string_view table = at == std::string_view::npos ? std::string_view() : body.substr(at + marker.size());
        body = body.substr(0, at);
        std::ofstream(jobTablePath, std::ios::binary | std::ios::trunc).write(table.data(), static_cast<std::streamsize>(table.size()));
        options.jobTable = jobTablePath;
    }

    fuzz::MemoryStream in(body.data(), body.size());
    try {
        fuzz::checkTrace(trace::importTrace(in, "table.csv", options));
    } catch (const trace::ImportError&) {
    }
    return 0;
}

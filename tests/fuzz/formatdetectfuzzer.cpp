// Format detection on arbitrary bytes, then the import a user gets from `--format auto`.

#include "fuzzinput.h"
#include "trace/formatdetector.h"
#include "trace/importissue.h"
#include "trace/traceimporter.h"

#include <string_view>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The head of a longer file (complete = false) must never be judged as a whole file would be.
    try {
        trace::FormatDetector::detect(bytes, false, "head.csv");
    } catch (const trace::ImportError&) {
    }
    try {
        trace::FormatDetector::checkText(bytes, true, "named.csv");
    } catch (const trace::ImportError&) {
    }
    try {
        trace::FormatDetector::detect(bytes, true, "whole.csv");
    } catch (const trace::ImportError&) {
        return 0;
    }
    fuzz::MemoryStream in(bytes.data(), bytes.size());
    trace::ImportOptions options;
    options.lenient = true;
    try {
        fuzz::checkTrace(trace::importTrace(in, "whole.csv", options));
    } catch (const trace::ImportError&) {
    }
    return 0;
}

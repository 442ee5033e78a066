#pragma once

#include "traceformat.h"

#include <string>
#include <string_view>
#include <vector>

namespace debrief::trace {

// Tells the trace format from the first bytes of a file: JSON for Philly, the header's column
// names for the CSV traces, the field shape for PAI's headerless task table.
class FormatDetector {
public:
    // `head` is the start of the file (a few KB are enough); `complete` says it is the whole file.
    // Throws ImportError (EmptyFile, BinaryData, UnknownFormat) naming `file`.
    static TraceFormat detect(std::string_view head, bool complete, const std::string& file);
    // Only the whole-file checks (EmptyFile, BinaryData), for a format the user named.
    static void checkText(std::string_view head, bool complete, const std::string& file);

private:
    static std::vector<std::string> firstRecord(std::string_view text);
    static bool looksLikePaiTask(const std::vector<std::string>& fields);
};

}  // namespace debrief::trace

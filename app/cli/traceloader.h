#pragma once

#include "commandline.h"

#include "trace/trace.h"

#include <ostream>

namespace debrief::cli {

// Flags every command that reads a trace accepts.
inline const std::vector<std::string_view> kTraceValueFlags{"format", "map", "tz"};
inline const std::vector<std::string_view> kTraceSwitches{"lenient"};

// Imports the trace named by the first positional argument with --format/--map/--lenient, showing a
// progress bar on a terminal. Lenient skips are summarised on `err`. Throws ImportError/UsageError.
trace::Trace loadTrace(const CommandLine& line, std::ostream& err);

// "+08:00", "-0700", "UTC" -> seconds east of UTC; a UsageError otherwise.
std::int64_t parseUtcOffset(std::string_view text);

}  // namespace debrief::cli

#pragma once

#include "trace.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <istream>
#include <string>

namespace debrief::trace {

// Explicit column mapping for generic CSV (`--map submit=COL,duration=COL,gpus=COL,...`). A
// duration may instead come from `start` and `end`. Column names are matched case-insensitively.
struct ColumnMapping {
    std::string submit, duration, gpus, start, end, user, vc, id, priority, status;
    // Parses "submit=COL,duration=COL,gpus=COL[,user=COL,...]"; throws std::invalid_argument with a
    // message naming the bad key.
    static ColumnMapping parse(std::string_view text);
    bool empty() const;
};

struct ImportOptions {
    TraceFormat format = TraceFormat::Auto;
    ColumnMapping mapping;              // generic CSV only; empty = recognise usual header names
    bool lenient = false;               // skip bad rows (counted per reason) instead of failing
    std::int64_t utcOffsetSeconds = 0;  // zone for date-times written without one
    std::string jobTable;               // PAI 2020: optional pai_job_table next to the task table
    // Called now and then with bytes read so far and the total (0 if unknown). Returning false
    // cancels: the import throws ImportError with IssueReason::Cancelled.
    std::function<bool(std::uint64_t done, std::uint64_t total)> progress;
};

// Which format a file is, from its first bytes / header line. Throws ImportError (UnknownFormat,
// EmptyFile, BinaryData, CannotOpen) when it cannot tell.
TraceFormat detectFormat(const std::string& path);

// Imports a whole trace. Strict mode throws ImportError on the first bad row and returns nothing;
// lenient mode skips bad rows and records them in Trace::skipped. Streaming: memory grows with the
// number of jobs, not with the file size.
Trace importTrace(const std::string& path, const ImportOptions& options = {});

// Same, from a stream (tests, resources); `name` stands in for the file name in messages.
Trace importTrace(std::istream& in, const std::string& name, const ImportOptions& options = {});

}  // namespace debrief::trace

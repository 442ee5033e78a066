#pragma once

// Shared by the trace harnesses: the fuzz input as a std::istream without copying it, and the
// checks every imported trace must pass whatever the bytes were.

#include "trace/trace.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <streambuf>

namespace debrief::fuzz {

class MemoryBuffer : public std::streambuf {
public:
    MemoryBuffer(const char* data, std::size_t size)
    {
        char* begin = const_cast<char*>(data);  // read-only: the get area is never written
        setg(begin, begin, begin + size);
    }
};

class MemoryStream : public std::istream {
public:
    MemoryStream(const char* data, std::size_t size) : std::istream(nullptr), m_buffer(data, size)
    {
        rdbuf(&m_buffer);
    }

private:
    MemoryBuffer m_buffer;
};

// A finding, not a crash of the harness: print what broke and abort so libFuzzer keeps the input.
[[noreturn]] inline void broken(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

// What trace.h and job.h promise about every imported trace.
inline void checkTrace(const trace::Trace& trace)
{
    for (std::size_t i = 0; i < trace.jobs.size(); ++i) {
        const trace::Job& job = trace.jobs[i];
        // index is the record's position in the file, skipped rows included: it only grows.
        if (i > 0 && trace.index(i) <= trace.index(i - 1))
            broken("job indices out of file order");
        if (job.duration < 0)
            broken("negative duration");
        if (job.submit < 0)
            broken("submit before the rebased start");
        if (job.user >= trace.names.size() || job.vc >= trace.names.size())
            broken("user or vc outside the name table");
        if (trace.idRef(i) != trace::kNoName && trace.idRef(i) >= trace.ids.size())
            broken("id outside the id table");
    }
    if (trace.span() < 0)
        broken("negative span");
    for (const auto& [reason, rows] : trace.skipped) {
        if (rows.count == 0 || rows.firstLines.size() > trace::SkippedRows::kFirstLines)
            broken("skipped rows out of shape");
        if (rows.example.message().empty())
            broken("a skipped row without a message");
    }
}

}  // namespace debrief::fuzz

#pragma once

#include "trace.h"

#include <cstdint>
#include <string>

namespace debrief::trace {

// What every importer does around its parsing: keeps or rejects rows (strict throws, lenient
// counts), interns names, counts the gaps worth a note, and rebases times at the end.
class TraceBuilder {
public:
    TraceBuilder(Trace& trace, std::string file, bool lenient);

    // Strict: throws ImportError(issue). Lenient: counts it under its reason and returns.
    void reject(ImportIssue issue);
    Trace& trace() { return m_trace; }
    const std::string& file() const { return m_file; }
    bool lenient() const { return m_lenient; }

    void noteDate() { m_sawDate = true; }
    void noteNotStarted() { ++m_notStarted; }
    void noteUnfinished() { ++m_unfinished; }
    void addNote(std::string note) { m_trace.notes.push_back(std::move(note)); }

    // Rebases submit and trace start on the earliest submit and writes the notes.
    void finish();

    // "8,152" - numbers in notes are read by people.
    static std::string grouped(std::uint64_t value);
    static std::string shortened(std::string_view value);

private:
    Trace& m_trace;
    std::string m_file;
    bool m_lenient;
    bool m_sawDate = false;
    std::uint64_t m_notStarted = 0;
    std::uint64_t m_unfinished = 0;
};

} // namespace debrief::trace

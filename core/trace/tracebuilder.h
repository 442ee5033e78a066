#pragma once

#include "trace.h"

#include <cstdint>
#include <limits>
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

    // Keeps a job; tracks what finish() needs so that it does not walk millions of jobs again.
    void add(const Job& job, const JobExtras& extras = {})
    {
        m_trace.add(job, extras);
        m_earliest = job.submit < m_earliest ? job.submit : m_earliest;
        m_cpuOnly += job.gpus == 0 ? 1 : 0;
    }
    void noteDate() { m_sawDate = true; }
    void noteNotStarted() { ++m_notStarted; }
    void noteUnfinished() { ++m_unfinished; }
    void addNote(TraceNote note) { m_trace.notes.push_back(note); }

    // Rebases submit and trace start on the earliest submit and writes the notes.
    void finish();

    // "8,152" - numbers in notes are read by people.
    static std::string grouped(std::uint64_t value);
    static std::string jobs(std::uint64_t count);  // "1 job", "2 jobs"
    static std::string shortened(std::string_view value);

private:
    Trace& m_trace;
    std::string m_file;
    bool m_lenient;
    bool m_sawDate = false;
    std::uint64_t m_notStarted = 0;
    std::uint64_t m_unfinished = 0;
    std::int64_t m_earliest = std::numeric_limits<std::int64_t>::max();
    std::uint64_t m_cpuOnly = 0;
};

}  // namespace debrief::trace

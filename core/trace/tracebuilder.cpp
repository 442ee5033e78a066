#include "tracebuilder.h"

namespace debrief::trace {

TraceBuilder::TraceBuilder(Trace& trace, std::string file, bool lenient)
    : m_trace(trace), m_file(std::move(file)), m_lenient(lenient)
{
    m_trace.sourceFile = m_file;
}

void TraceBuilder::reject(ImportIssue issue)
{
    if (!m_lenient)
        throw ImportError(std::move(issue));
    SkippedRows& rows = m_trace.skipped[issue.reason];
    if (rows.count == 0)
        rows.example = issue;
    ++rows.count;
    if (rows.firstLines.size() < SkippedRows::kFirstLines)
        rows.firstLines.push_back(issue.line);
}

std::string TraceBuilder::grouped(std::uint64_t value)
{
    std::string digits = std::to_string(value);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

std::string TraceBuilder::jobs(std::uint64_t count)
{
    return grouped(count) + (count == 1 ? " job" : " jobs");
}

std::string TraceBuilder::shortened(std::string_view value)
{
    constexpr std::size_t kMax = 60;
    if (value.size() <= kMax)
        return std::string(value);
    return std::string(value.substr(0, kMax)) + "...";
}

void TraceBuilder::finish()
{
    auto& all = m_trace.jobs;
    if (!all.empty() && m_earliest != 0) {
        const std::int64_t earliest = m_earliest;
        for (Job& job : all)
            job.submit -= earliest;
        for (std::int64_t& start : m_trace.traceStarts.values()) {
            if (start != kNoTime)
                start -= earliest;
        }
    }
    m_trace.epochOffset = all.empty() ? 0 : m_earliest;
    m_trace.timesAreDates = m_sawDate;

    const std::uint64_t cpuOnly = m_cpuOnly;
    // Replays keep 0-GPU jobs unless asked (replay-semantics.md): the note says how to leave them out.
    if (cpuOnly > 0)
        m_trace.notes.push_back({NoteKind::CpuOnlyJobs, cpuOnly, all.size()});
    if (m_notStarted > 0)
        m_trace.notes.push_back({NoteKind::NeverStarted, m_notStarted});
    if (m_unfinished > 0)
        m_trace.notes.push_back({NoteKind::NoEndTime, m_unfinished});
    if (const std::uint64_t skipped = m_trace.skippedRows(); skipped > 0)
        m_trace.notes.push_back({NoteKind::BadRowsSkipped, skipped});
}

}  // namespace debrief::trace

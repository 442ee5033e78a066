#pragma once

#include <cstddef>
#include <vector>

namespace debrief::trace {

// One per-job value that only some traces have, kept beside Trace::jobs ("a side array") instead
// of inside Job, so a trace without the column pays nothing for it: the column stays unallocated
// while every job has the absent value and is reading that value back. The first job with another
// value allocates it (room for as many jobs as Trace::jobs has reserved, earlier jobs filled with
// the absent value); from then on it holds one value per job, in Trace::jobs order.
//
// How to add a column (e.g. CPU, memory, GPU share per job): a field in JobExtras (job.h) for the
// value an importer reads from the row, a JobColumn in Trace with its absent value, one put() in
// Trace::add and one read in Trace::extras, and an accessor on Trace. Readers ask Trace, never a
// Job, for the value; code that copies jobs between traces uses add(job, extras(position)).
template <typename T> class JobColumn {
public:
    explicit JobColumn(T absent = T{}) : m_absent(absent) {}

    bool present() const { return !m_values.empty(); }
    T absent() const { return m_absent; }
    T operator[](std::size_t position) const { return m_values.empty() ? m_absent : m_values[position]; }
    // The stored values: empty while the column is absent. Callers may change values, not the size.
    std::vector<T>& values() { return m_values; }
    const std::vector<T>& values() const { return m_values; }

    // The value of the job just appended at `position` (jobs are appended in order). `room` is how
    // many jobs the trace has reserved, for the first allocation.
    void put(std::size_t position, T value, std::size_t room)
    {
        if (m_values.empty()) {
            if (value == m_absent)
                return;
            m_values.reserve(room > position ? room : position + 1);
            m_values.assign(position, m_absent);
        }
        m_values.push_back(value);
    }
    void clear() { m_values = std::vector<T>(); }  // frees the memory (`= {}` would keep it)

private:
    T m_absent;
    std::vector<T> m_values;
};

}  // namespace debrief::trace

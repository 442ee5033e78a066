#include "snapshothistory.h"

#include <algorithm>

namespace debrief::studio {

SnapshotHistory::SnapshotHistory(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 4))
{
}

void SnapshotHistory::append(const replay::Snapshot& snapshot)
{
    if (m_snapshots.size() >= m_capacity) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_snapshots.size(); i += 2)
            m_snapshots[kept++] = m_snapshots[i];
        m_snapshots.resize(kept);
    }
    m_snapshots.push_back(snapshot);
}

std::optional<replay::Snapshot> SnapshotHistory::at(std::int64_t time) const
{
    const auto after = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), time,
                                        [](std::int64_t t, const replay::Snapshot& s) { return t < s.time; });
    if (after == m_snapshots.begin())
        return std::nullopt;
    return *(after - 1);
}

}  // namespace debrief::studio

#pragma once

#include <replay/snapshot.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace debrief::studio {

// The snapshots of one replay as the UI keeps them: in time order, never more than `capacity`.
// When full, every other snapshot is dropped (the final one always stays), so memory is bounded
// however long the trace, and the charts downsample what is left per pixel anyway.
class SnapshotHistory {
public:
    explicit SnapshotHistory(std::size_t capacity = 4096);

    void append(const replay::Snapshot& snapshot);
    void clear() { m_snapshots.clear(); }
    const std::vector<replay::Snapshot>& snapshots() const { return m_snapshots; }
    bool empty() const { return m_snapshots.empty(); }
    bool finished() const { return !m_snapshots.empty() && m_snapshots.back().final; }
    // The last snapshot at or before `time` (the state a time cursor shows).
    std::optional<replay::Snapshot> at(std::int64_t time) const;

private:
    std::size_t m_capacity;
    std::vector<replay::Snapshot> m_snapshots;
};

}  // namespace debrief::studio

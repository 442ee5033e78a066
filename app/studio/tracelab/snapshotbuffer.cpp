#include "snapshotbuffer.h"

namespace debrief::studio {

SnapshotBuffer::SnapshotBuffer(std::size_t streams)
{
    reset(streams);
}

void SnapshotBuffer::reset(std::size_t streams)
{
    const std::lock_guard lock(m_mutex);
    m_pending.assign(streams, {});
    m_current.assign(streams, std::nullopt);
}

void SnapshotBuffer::push(std::size_t stream, const replay::Snapshot& snapshot)
{
    const std::lock_guard lock(m_mutex);
    if (stream < m_pending.size())
        m_pending[stream].push_back(snapshot);
}

void SnapshotBuffer::setCurrent(std::size_t stream, const replay::Snapshot& state)
{
    const std::lock_guard lock(m_mutex);
    if (stream < m_current.size())
        m_current[stream] = state;
}

SnapshotBuffer::Drained SnapshotBuffer::drain()
{
    Drained out;
    const std::lock_guard lock(m_mutex);
    out.snapshots.resize(m_pending.size());
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        out.snapshots[i].swap(m_pending[i]);
    out.current.swap(m_current);
    m_current.assign(out.current.size(), std::nullopt);
    return out;
}

}  // namespace debrief::studio

#pragma once

#include <replay/snapshot.h>

#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace debrief::studio {

// Where replay threads leave their snapshots for the UI: each push holds a mutex for one vector
// append (never waits on the UI), and the UI's frame timer takes everything at once with drain().
class SnapshotBuffer {
public:
    explicit SnapshotBuffer(std::size_t streams = 0);

    void reset(std::size_t streams);
    void push(std::size_t stream, const replay::Snapshot& snapshot);     // any thread
    void setCurrent(std::size_t stream, const replay::Snapshot& state);  // the latest event state

    struct Drained {
        std::vector<std::vector<replay::Snapshot>> snapshots;  // per stream, in the order pushed
        std::vector<std::optional<replay::Snapshot>> current;  // per stream, if set since last drain
    };
    Drained drain();  // the UI thread

private:
    std::mutex m_mutex;
    std::vector<std::vector<replay::Snapshot>> m_pending;
    std::vector<std::optional<replay::Snapshot>> m_current;
};

}  // namespace debrief::studio

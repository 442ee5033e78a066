#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace debrief::gpu {

// One kernel of a live device replay: when to launch it (wall seconds after the replay begins),
// how long its blocks spin, how many blocks, and the urgency of its stream (0 = most urgent).
struct DeviceLaunch {
    double submitSeconds = 0.0;
    double runSeconds = 0.0;
    std::uint32_t blocks = 1;
    std::uint32_t urgency = 0;
};

// Launches DeviceReplayer's kernels on priority streams at their times and measures each start and
// end with CUDA events, in wall seconds after the replay began. Every CUDA call is checked; a
// failure returns false with `error` set. Without CUDA every call fails with the reason.
class DeviceReplayLauncher {
public:
    // How many stream priorities the device offers (1 when it has none, or without CUDA).
    static std::uint32_t urgencyLevels(int ordinal);
    bool run(int ordinal, const std::vector<DeviceLaunch>& launches, bool oneStream, std::vector<double>& starts,
             std::vector<double>& ends, std::string& error) const;
};

}  // namespace debrief::gpu

#include "devicereplaylauncher.h"

// Built when CUDA is absent or switched off: there is no device to replay on.
namespace debrief::gpu {

std::uint32_t DeviceReplayLauncher::urgencyLevels(int)
{
    return 1;
}

bool DeviceReplayLauncher::run(int, const std::vector<DeviceLaunch>&, bool, std::vector<double>&, std::vector<double>&,
                               std::string& error) const
{
    error = "this build has no CUDA support (built without CUDA)";
    return false;
}

}  // namespace debrief::gpu

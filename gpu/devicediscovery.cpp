#include "devicediscovery.h"

// Built when CUDA is absent or switched off: the answer is always "use the CPU path", with the why.
namespace debrief::gpu {

DeviceDiscovery discoverDevices()
{
    DeviceDiscovery result;
    result.status = DeviceStatus::BuiltWithoutCuda;
    result.reason = "this build has no CUDA support (configured with DEBRIEF_WITH_CUDA=OFF or without nvcc)";
    return result;
}

}  // namespace debrief::gpu

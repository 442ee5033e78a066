#include "devicediscovery.h"

#include <cuda_runtime.h>

#include <string>

namespace debrief::gpu {
namespace {

std::string cudaErrorText(cudaError_t error)
{
    return std::string(cudaGetErrorName(error)) + " (" + std::to_string(int(error)) + "): " + cudaGetErrorString(error);
}

// The build targets one set of SM architectures (DEBRIEF_CUDA_ARCHS); a device runs our kernels if
// its compute capability is at least the lowest one, since the PTX of that one is embedded too.
int lowestBuiltArchitecture()
{
    const std::string archs = DEBRIEF_CUDA_ARCHS;
    int lowest = 0;
    std::size_t pos = 0;
    while (pos < archs.size()) {
        std::size_t next = archs.find_first_of(";, ", pos);
        if (next == std::string::npos)
            next = archs.size();
        const std::string item = archs.substr(pos, next - pos);
        int value = 0;
        for (char c : item) {
            if (c < '0' || c > '9')
                break;
            value = value * 10 + (c - '0');
        }
        if (value > 0 && (lowest == 0 || value < lowest))
            lowest = value;
        pos = next + 1;
    }
    return lowest;
}

}  // namespace

DeviceDiscovery discoverDevices()
{
    DeviceDiscovery result;
    result.builtArchitectures = DEBRIEF_CUDA_ARCHS;
    cudaRuntimeGetVersion(&result.runtimeVersion);
    cudaDriverGetVersion(&result.driverVersion);  // 0 without a driver

    int count = 0;
    const cudaError_t error = cudaGetDeviceCount(&count);
    if (error == cudaErrorInsufficientDriver) {
        result.status = DeviceStatus::NoDriver;
        result.reason = "no usable NVIDIA driver is loaded (" + cudaErrorText(error) + ")";
        return result;
    }
    if (error == cudaErrorNoDevice || (error == cudaSuccess && count == 0)) {
        result.status = DeviceStatus::NoDevice;
        result.reason = "the driver reports no CUDA device";
        return result;
    }
    if (error != cudaSuccess) {
        result.status = DeviceStatus::Error;
        result.reason = "CUDA could not list devices: " + cudaErrorText(error);
        return result;
    }

    const int lowest = lowestBuiltArchitecture();
    for (int ordinal = 0; ordinal < count; ++ordinal) {
        CudaDevice device;
        device.ordinal = ordinal;
        cudaDeviceProp properties{};
        const cudaError_t propError = cudaGetDeviceProperties(&properties, ordinal);
        if (propError != cudaSuccess) {
            device.whyNotUsable = "cannot read its properties: " + cudaErrorText(propError);
            result.devices.push_back(device);
            continue;
        }
        device.name = properties.name;
        device.totalMemoryBytes = properties.totalGlobalMem;
        device.computeMajor = properties.major;
        device.computeMinor = properties.minor;
        device.multiprocessors = properties.multiProcessorCount;
        const int capability = properties.major * 10 + properties.minor;
        if (capability < lowest) {
            device.whyNotUsable = "compute capability " + std::to_string(properties.major) + "." +
                                  std::to_string(properties.minor) + " is below this build's sm_" +
                                  std::to_string(lowest);
        } else {
            device.usable = true;
        }
        result.devices.push_back(device);
    }
    bool any = false;
    for (const CudaDevice& device : result.devices)
        any = any || device.usable;
    if (any) {
        result.status = DeviceStatus::Available;
    } else {
        result.status = DeviceStatus::Unsupported;
        result.reason = "no device matches the architectures this build targets (sm_" + result.builtArchitectures + ")";
    }
    return result;
}

}  // namespace debrief::gpu

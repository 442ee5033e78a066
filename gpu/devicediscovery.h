#pragma once

#include <cstdint>
#include <string>
#include <vector>

// The whole face of gpu/: plain C++, no CUDA types, so the rest of the project builds and runs the
// same with or without the toolkit.
namespace debrief::gpu {

enum class DeviceStatus {
    Available,         // at least one device this build can run on
    BuiltWithoutCuda,  // configured with DEBRIEF_WITH_CUDA=OFF or without nvcc
    NoDriver,          // cudaErrorInsufficientDriver: no (or too old a) driver is loaded
    NoDevice,          // cudaErrorNoDevice: a driver but no device
    Unsupported,       // devices exist but none matches the architectures this build targets
    Error,             // any other CUDA error
};

struct CudaDevice {
    int ordinal = 0;
    std::string name;
    std::uint64_t totalMemoryBytes = 0;
    int computeMajor = 0;
    int computeMinor = 0;
    int multiprocessors = 0;
    bool usable = false;
    std::string whyNotUsable;  // empty when usable
};

struct DeviceDiscovery {
    DeviceStatus status = DeviceStatus::BuiltWithoutCuda;
    std::string reason;               // why no device can be used, in words; empty when Available
    std::vector<CudaDevice> devices;  // every device the driver reports, usable or not
    int driverVersion = 0;            // e.g. 13000 for 13.0; 0 when unknown
    int runtimeVersion = 0;
    std::string builtArchitectures;  // e.g. "90"; empty without CUDA

    bool usable() const { return status == DeviceStatus::Available; }
};

// Asks the CUDA runtime which devices exist. Never throws and never aborts: a machine without a
// driver or device gets a DeviceDiscovery that says so, and callers take the CPU path.
DeviceDiscovery discoverDevices();

}  // namespace debrief::gpu

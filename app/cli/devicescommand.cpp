#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "texttable.h"

#include "devicediscovery.h"

namespace debrief::cli {
namespace {

std::string_view statusName(gpu::DeviceStatus status)
{
    switch (status) {
    case gpu::DeviceStatus::Available: return "available";
    case gpu::DeviceStatus::BuiltWithoutCuda: return "built-without-cuda";
    case gpu::DeviceStatus::NoDriver: return "no-driver";
    case gpu::DeviceStatus::NoDevice: return "no-device";
    case gpu::DeviceStatus::Unsupported: return "unsupported";
    case gpu::DeviceStatus::Error: return "error";
    }
    return "error";
}

std::string cudaVersion(int version)
{
    return version > 0 ? std::to_string(version / 1000) + "." + std::to_string(version % 1000 / 10) : "-";
}

}  // namespace

int runDevices(const std::vector<std::string>& args, std::ostream& out, std::ostream&)
{
    const CommandLine line(args, {}, {"json"});
    if (!line.positional().empty())
        throw UsageError("devices takes no arguments");
    const gpu::DeviceDiscovery found = gpu::discoverDevices();
    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject()
            .field("status", statusName(found.status))
            .field("usable", found.usable())
            .field("reason", found.reason)
            .field("driver_version", found.driverVersion)
            .field("runtime_version", found.runtimeVersion)
            .field("built_architectures", found.builtArchitectures);
        json.key("devices").beginArray();
        for (const auto& device : found.devices) {
            json.beginObject()
                .field("ordinal", device.ordinal)
                .field("name", device.name)
                .field("memory_bytes", device.totalMemoryBytes)
                .field("compute_capability",
                       std::to_string(device.computeMajor) + "." + std::to_string(device.computeMinor))
                .field("multiprocessors", device.multiprocessors)
                .field("usable", device.usable)
                .field("why_not_usable", device.whyNotUsable)
                .endObject();
        }
        json.endArray().endObject();
        out << "\n";
        return 0;
    }
    if (found.usable())
        out << "CUDA: usable\n";
    else
        out << "CUDA: not usable, replays run on the CPU: " << found.reason << "\n";
    if (!found.builtArchitectures.empty())
        out << "runtime " << cudaVersion(found.runtimeVersion) << ", driver " << cudaVersion(found.driverVersion)
            << ", built for sm_" << found.builtArchitectures << "\n";
    if (!found.devices.empty()) {
        TextTable table;
        table.addColumn("#");
        table.addColumn("name", TextTable::Align::Left);
        table.addColumn("memory");
        table.addColumn("compute");
        table.addColumn("SMs");
        table.addColumn("usable", TextTable::Align::Left);
        for (const auto& device : found.devices)
            table.addRow({std::to_string(device.ordinal), device.name,
                          formatFixed(double(device.totalMemoryBytes) / double(1ULL << 30), 1) + " GiB",
                          std::to_string(device.computeMajor) + "." + std::to_string(device.computeMinor),
                          std::to_string(device.multiprocessors),
                          device.usable ? "yes" : "no: " + device.whyNotUsable});
        out << "\n";
        table.print(out);
    }
    return 0;
}

}  // namespace debrief::cli

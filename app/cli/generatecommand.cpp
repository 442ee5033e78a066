#include "commands.h"

#include "humanformat.h"

#include "trace/syntheticgenerator.h"

#include <fstream>
#include <limits>
#include <stdexcept>

namespace debrief::cli {

int runGenerate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const CommandLine line(args, {"jobs", "seed", "gpus", "load", "users", "out"}, {});
    if (!line.positional().empty())
        throw UsageError("generate takes no positional arguments");
    trace::SyntheticTraceSpec spec;
    spec.jobs = line.unsignedValue("jobs", 0, std::numeric_limits<std::uint32_t>::max());
    spec.seed = line.unsignedValue("seed", 0, std::numeric_limits<std::uint64_t>::max());
    spec.clusterGpus = std::uint32_t(line.unsignedValue("gpus", 1, std::numeric_limits<std::uint32_t>::max()));
    spec.load = line.doubleValue("load", 0.0);
    if (spec.load <= 0.0)
        throw UsageError("--load must be above 0 (1.0 offers exactly the cluster's capacity)");
    if (line.has("users"))
        spec.users = std::uint32_t(line.unsignedValue("users", 1, std::numeric_limits<std::uint32_t>::max()));
    const trace::SyntheticGenerator generator(spec);
    const auto path = line.value("out");
    if (!path) {
        generator.writeCsv(out);
        return 0;
    }
    std::ofstream file(*path, std::ios::binary | std::ios::trunc);
    if (!file)
        throw std::runtime_error("cannot write " + *path);
    const std::uint64_t bytes = generator.writeCsv(file);
    file.close();
    if (!file)
        throw std::runtime_error("writing " + *path + " failed (disk full?)");
    err << "wrote " << formatCount(spec.jobs) << " jobs (" << formatFixed(double(bytes) / 1e6, 1) << " MB) to " << *path
        << "\n";
    return 0;
}

}  // namespace debrief::cli

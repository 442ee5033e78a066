#include "cli.h"

#include "commands.h"

#include "trace/importissue.h"

#include <exception>
#include <functional>
#include <map>

namespace debrief::cli {
namespace {

constexpr const char* kUsage = R"(Usage: debrief-cli COMMAND [OPTIONS]

Replays GPU-cluster job traces under scheduling policies and reports throughput, latency and cost.

Commands:
  inspect TRACE [--format F] [--map M] [--lenient] [--json]
      The trace's format, jobs, span, GPU histogram, CPU-only jobs, own queueing and problems.
  replay TRACE (--gpus N | --nodes N --gpus-per-node M) [--placement pooled|packed]
         --policy P[,P...] [--price USD_PER_GPU_HOUR] [--gpu-jobs-only] [--lenient] [--json]
         [--jobs-out FILE.csv] [--snapshots-out FILE.csv --step S] [--format F] [--map M]
      Replays the trace on one cluster under each policy and prints every metric.
  sweep TRACE --policies P,... --gpus N,... [--price X,...] [--threads K] [--json|--csv]
        [--gpu-jobs-only] [--lenient] [--format F] [--map M]
      Replays every policy x cluster size x price on a thread pool.
  generate --jobs N --seed S --gpus G --load L [--out FILE]
      Writes a synthetic Philly-like trace as generic CSV (stdout without --out).
  devices
      Lists the CUDA devices this build can use, or why none can be used.

Formats: auto (default), philly, pai, openb, helios, seren, kalos, tiresias, csv.
--tz +HH:MM reads date-times written without a zone in that zone (default UTC).
Mapping: --map submit=COL,duration=COL,gpus=COL[,start=COL,end=COL,user=COL,vc=COL,id=COL,...]
Policies: fifo, first-fit, sjf, easy-backfill, priority, srtf, las, fair (or "all").
Prices are USD per GPU-hour (default 2.50). Exit status: 0 done, 2 bad usage or bad input, 1 failure.
)";

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    using Command = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;
    static const std::map<std::string, Command, std::less<>> commands{{"inspect", runInspect},
                                                                      {"replay", runReplay},
                                                                      {"sweep", runSweep},
                                                                      {"generate", runGenerate},
                                                                      {"devices", runDevices}};

    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? err : out) << kUsage;
        return args.empty() ? 2 : 0;
    }
    const auto command = commands.find(args[0]);
    if (command == commands.end()) {
        err << "debrief-cli: unknown command `" << args[0] << "` (try debrief-cli --help)\n";
        return 2;
    }
    try {
        return command->second(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
    } catch (const UsageError& error) {
        err << "debrief-cli " << args[0] << ": " << error.what() << " (try debrief-cli --help)\n";
        return 2;
    } catch (const trace::ImportError& error) {
        err << "debrief-cli: error: " << error.issue().message() << "\n";
        return 2;
    } catch (const std::exception& error) {
        err << "debrief-cli: error: " << error.what() << "\n";
        return 1;
    }
}

}  // namespace debrief::cli

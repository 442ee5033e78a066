#include "cli.h"

#include "commands.h"

#include "commandlibrary.h"

#include "trace/importissue.h"

#include <exception>
#include <functional>
#include <map>

namespace debrief::cli {
namespace {

constexpr const char* kUsage = R"(Usage: debrief-cli [--db FILE.sqlite] COMMAND [OPTIONS]

Replays GPU-cluster job traces under scheduling policies and reports throughput, latency and cost,
and reads and fills Debrief Studio's database of interview sessions.

Commands:
  inspect TRACE [--format F] [--map M] [--lenient] [--json]
      The trace's format, jobs, span, GPU histogram, CPU-only jobs, own queueing and problems.
  replay TRACE (--gpus N | --nodes N --gpus-per-node M) [--placement pooled|packed]
         --policy P[,P...] [--price USD_PER_GPU_HOUR] [--gpu-jobs-only] [--lenient] [--json]
         [--jobs-out FILE.csv] [--snapshots-out FILE.csv --step S] [--format F] [--map M]
      Replays the trace on one cluster under each policy and prints every metric.
  replay TRACE --node-list NODES.csv [--placement-policy P] [--share-gpus] --policy P[,P...]
         [--price USD_PER_GPU_HOUR] [--gpu-jobs-only] [--json]
      Replays on real nodes: each job's CPU, memory, GPU share and model placed by the placement
      policy (default best-fit); --share-gpus packs fractional GPUs, otherwise each takes a whole
      GPU. Every policy (or all); srtf and las free a preempted job's share, which the
      placement policy places again. Prices per GPU model (defaults in the README) unless
      --price gives one for all.
  sweep TRACE --policies P,... --gpus N,... [--gpus-per-node M] [--price X,...]
        [--arrival-scale R,...] [--backend cpu|cuda|auto] [--threads K] [--json|--csv]
        [--gpu-jobs-only] [--lenient] [--format F] [--map M]
      Replays every policy x cluster size x price x arrival-rate scale (2 = twice as many
      arrivals an hour, 3/2 as a ratio). --backend cuda runs the non-preemptive pooled scenarios
      on a CUDA device (auto: when one is usable); every row says where it ran.
  share TRACE (--node-list NODES.csv | --nodes N --gpus-per-node M) [--placement-policy P[,P...]]
        [--inflation 1.3] [--seeds 42-51] [--threads K] [--json|--csv] [--format F] [--lenient]
      The openb study's experiment on real nodes: the trace's jobs (CPU, memory, fractional or
      whole GPUs, GPU models) in a seeded order, inflated to the given share of the GPU capacity,
      placed one by one by each placement policy (random, dot-product, gpu-clustering,
      gpu-packing, best-fit, fgd, or all); allocation and fragmentation per % of arrived demand.
  generate --jobs N --seed S --gpus G --load L [--users U] [--out FILE]
      Writes a synthetic Philly-like trace as generic CSV (stdout without --out); U users
      (default 300) share the jobs, the low-numbered ones more.
  devices
      Lists the CUDA devices this build can use, or why none can be used.
  device-replay TRACE --policy P [--scale S] [--gpus N] [--max-jobs N] [--json]
      Replays the trace on the GPU itself, S trace seconds per second (default 3600), and prints the
      measured queueing and throughput next to the simulated ones; exit 2 when no device is usable.
  sessions list [--json]
      The sessions in the database, newest first, one a line with its id first.
  sessions show ID [--json]
      Everything in one session: questions, answers, scores, notes, matrix levels, design round.
  scorecard export ID [--interviewer NAME] --out FILE.json
      One interviewer's scorecard for a session as an exchange file (default: its first interviewer).
  scorecard import FILE.json
      Adds or updates the scorecard in the database; importing the same file again changes nothing.
  scorecard committee SESSION_ID [FILE.json...] [--json] [--pdf FILE.pdf [--paper a4|letter] [--lang L]]
      Imports interviewers' scorecard files into the session's committee (one per interviewer; a
      refused file is reported and the others imported), then prints every scorer's marks side by
      side, their verdicts, the splits (2 points or more apart) and vetoes, and the decision;
      --pdf also writes all of that as the committee PDF.
  scorecard decide SESSION_ID --decision strong-yes|yes|no|strong-no --reason TEXT
      Records the committee's final decision with its reason and the time.
  scorecard pdf ID --out FILE.pdf [--paper a4|letter] [--lang en|de|zh_CN]
      The session's scorecard as a PDF (verdicts, Depth x Vision grid, Maturity Matrix, design round,
      coach findings, notes, next steps). Paper: from the system locale unless given; language: the
      studio's setting unless given.
  demo
      Fills the database with a demo candidate: three sessions over two weeks, two interviewers,
      improving scores, a project portfolio and drill cards (replaces an earlier demo candidate).
  portfolio pdf CANDIDATE --out FILE.pdf [--paper a4|letter] [--lang en|de|zh_CN]
      The candidate's one-page summary: each project -> product KPI -> roadmap item, the
      Orchestration Impact Score and whether the candidate is Orchestration Ready, and why.
      Paper and language as for scorecard pdf.

--db FILE.sqlite (before the command) is the database to use; by default Debrief Studio's own, in
the user's application data folder. A damaged or newer database is refused, never changed.

Formats: auto (default), philly, pai, openb, helios, seren, kalos, tiresias, csv.
--tz +HH:MM reads date-times written without a zone in that zone (default UTC).
Mapping: --map submit=COL,duration=COL,gpus=COL[,start=COL,end=COL,user=COL,vc=COL,id=COL,...]
Policies: fifo, first-fit, sjf, easy-backfill, priority, srtf, las, fair (or "all").
Prices are USD per GPU-hour (default 2.50). Exit status: 0 done, 2 bad usage or bad input, 1 failure.
)";

}  // namespace

// In devicereplaycommand.cpp.
int runDeviceReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runCli(const std::vector<std::string>& allArgs, std::ostream& out, std::ostream& err)
{
    using Command = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;
    static const std::map<std::string, Command, std::less<>> commands{
        {"inspect", runInspect},   {"replay", runReplay},   {"sweep", runSweep},
        {"generate", runGenerate}, {"devices", runDevices}, {"device-replay", runDeviceReplay},
        {"share", runShare}};
    using GlobalCommand =
        std::function<int(const GlobalOptions&, const std::vector<std::string>&, std::ostream&, std::ostream&)>;
    // The commands on the studio's database and the PDFs are in libraries loaded on first use
    // (commandlibrary.h): the engine commands start with Qt Core only.
    const auto inStudioLibrary = [](StudioCommand which) -> GlobalCommand {
        return [which](const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err) { return runStudioCommand(which, global, args, out, err); };
    };
    static const std::map<std::string, GlobalCommand, std::less<>> studioCommands{
        {"sessions", inStudioLibrary(StudioCommand::Sessions)},
        {"scorecard", inStudioLibrary(StudioCommand::Scorecard)},
        {"demo", inStudioLibrary(StudioCommand::Demo)},
#ifdef DEBRIEF_HAVE_REPORT
        {"portfolio",
         [](const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
             return runPdfCommand(PdfCommand::PortfolioPdf, global, args, out, err);
         }},
#endif
    };

    // Global options come before the command's name.
    GlobalOptions global;
    std::size_t first = 0;
    while (first < allArgs.size() && allArgs[first].rfind("--db", 0) == 0) {
        if (allArgs[first] == "--db" && first + 1 < allArgs.size() && !allArgs[first + 1].empty()) {
            global.databasePath = allArgs[first + 1];
            first += 2;
        } else if (allArgs[first].rfind("--db=", 0) == 0 && allArgs[first].size() > 5) {
            global.databasePath = allArgs[first].substr(5);
            first += 1;
        } else {
            err << "debrief-cli: --db needs a FILE.sqlite (try debrief-cli --help)\n";
            return 2;
        }
    }
    const std::vector<std::string> args(allArgs.begin() + std::ptrdiff_t(first), allArgs.end());

    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? err : out) << kUsage;
        return args.empty() ? 2 : 0;
    }
    const auto command = commands.find(args[0]);
    const auto studioCommand = studioCommands.find(args[0]);
    if (command == commands.end() && studioCommand == studioCommands.end()) {
        err << "debrief-cli: unknown command `" << args[0] << "` (try debrief-cli --help)\n";
        return 2;
    }
    try {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return command != commands.end() ? command->second(rest, out, err)
                                         : studioCommand->second(global, rest, out, err);
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

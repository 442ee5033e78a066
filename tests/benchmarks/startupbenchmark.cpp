// Whole-process start-up: debrief-cli's engine path against what any program pays. Runs each command
// many times, round-robin so they share the machine's noise, and prints the median wall time of each
// beside its ratio to /bin/true and to a hello world that links only Qt Core, all measured in this run,
// and the median CPU time (user + system, from wait4) with its ratio to the Qt Core hello world: on a
// machine shared with other work the wall time is mostly waiting for a core, the CPU time is not.
// The target (README): `debrief-cli replay` on a 6-job trace at most 1.3x the Qt Core hello world.
// A benchmark, not a test: it prints every figure, marks a miss, and exits 0 either way.
//   bench_startup DEBRIEF_CLI SIX_JOB_TRACE [--runs=N]
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fcntl.h>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Command {
    std::string label;
    std::vector<std::string> argv;
    std::vector<double> millis = {};
    std::vector<double> cpuMillis = {};
};

struct Run {
    double wallMs = 0.0;
    double cpuMs = 0.0;
};

// One run's wall time (spawn to reaped exit) and CPU time, stdout and stderr to /dev/null.
Run runOnce(const Command& command)
{
    std::vector<char*> argv;
    for (const std::string& arg : command.argv)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "bench_startup: cannot start %s\n", argv[0]);
        std::exit(1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_startup: %s exited with status %d\n", command.label.c_str(), status);
        std::exit(1);
    }
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return {elapsed, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_startup DEBRIEF_CLI SIX_JOB_TRACE [--runs=N]\n");
        return 2;
    }
    int runs = 200;
    for (int i = 3; i < argc; ++i) {
        if (std::string(argv[i]).rfind("--runs=", 0) == 0)
            runs = std::max(5, std::atoi(argv[i] + 7));
    }
    const std::filesystem::path here = std::filesystem::read_symlink("/proc/self/exe").parent_path();
    const std::string cli = argv[1];
    const std::string trace = argv[2];
    std::vector<Command> commands{
        {"/bin/true", {"/bin/true"}},
        {"hello world, C++ standard library only", {(here / "bench_startup_stdhello").string()}},
        {"hello world, Qt Core only", {(here / "bench_startup_qtcorehello").string()}},
        {"debrief-cli --help", {cli, "--help"}},
        {"debrief-cli replay, 6 jobs, fifo", {cli, "replay", trace, "--gpus", "8", "--policy", "fifo"}},
    };
    for (Command& command : commands)  // warm the page cache once
        runOnce(command);
    for (int round = 0; round < runs; ++round)
        for (Command& command : commands) {
            const Run run = runOnce(command);
            command.millis.push_back(run.wallMs);
            command.cpuMillis.push_back(run.cpuMs);
        }

    const double trueMs = median(commands[0].millis);
    const double qtCoreMs = median(commands[2].millis);
    const double qtCoreCpuMs = median(commands[2].cpuMillis);
    std::printf("%-42s %10s %12s %14s %8s %14s\n", "command", "median ms", "x /bin/true", "x Qt Core hello", "CPU ms",
                "CPU x Qt Core");
    for (const Command& command : commands) {
        const double ms = median(command.millis);
        const double cpu = median(command.cpuMillis);
        std::printf("%-42s %10.2f %12.2f %14.2f %8.2f %14.2f\n", command.label.c_str(), ms, ms / trueMs, ms / qtCoreMs,
                    cpu, qtCoreCpuMs > 0.0 ? cpu / qtCoreCpuMs : 0.0);
    }
    const double replayRatio = median(commands[4].millis) / qtCoreMs;
    const double replayCpuRatio = qtCoreCpuMs > 0.0 ? median(commands[4].cpuMillis) / qtCoreCpuMs : 0.0;
    std::printf("target: debrief-cli replay <= 1.30x the Qt Core hello world: %.2fx wall, %s (CPU time %.2fx; %d runs "
                "each)\n",
                replayRatio, replayRatio <= 1.30 ? "met" : "MISSED", replayCpuRatio, runs);
    return 0;
}

#include "cudasweepbackend.h"

#include "cudasweeprunner.h"

#include "replay/flatsweepreplayer.h"
#include "replay/rankorder.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <span>
#include <thread>
#include <utility>

namespace debrief::gpu {
namespace {

// Per-job results copied back per batch are bounded on the host too: a quarter of physical
// memory, at least 1 GiB (a 4,096 x 82,000-job batch needs 5.4 GB).
std::size_t hostBatchBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    const std::size_t physical = pages > 0 && pageSize > 0 ? std::size_t(pages) * std::size_t(pageSize) : 0;
    return std::max(std::size_t(1) << 30, physical / 4);
}

// Runs body(k) for k in [0, count) on every core: turning a batch's per-job times into metrics
// (sorting for percentiles) is host work as large as the replay itself at 4,096 scenarios.
template <typename Body> void parallelFor(std::size_t count, unsigned threads, const Body& body)
{
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t k = next.fetch_add(1); k < count; k = next.fetch_add(1))
            body(k);
    };
    threads = unsigned(std::min<std::size_t>(std::max(1u, threads), count));
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread& thread : pool)
        thread.join();
}

}  // namespace

CudaSweepBackend::CudaSweepBackend(std::optional<DeviceDiscovery> discovery, RunnerFactory runners)
    : m_discovery(discovery ? std::move(*discovery) : discoverDevices()), m_runners(std::move(runners))
{
    if (!m_runners)
        m_runners = [] { return std::make_unique<CudaSweepRunner>(); };
    for (const CudaDevice& device : m_discovery.devices) {
        if (m_discovery.usable() && device.usable) {
            m_device = device.ordinal;
            m_deviceName = device.name;
            break;
        }
    }
}

std::string CudaSweepBackend::name() const
{
    return deviceUsable() ? "cuda:" + m_deviceName : "cpu";
}

std::vector<replay::SweepRow> CudaSweepBackend::run(const trace::Trace& trace,
                                                    const std::vector<replay::Scenario>& scenarios,
                                                    const replay::SweepOptions& options)
{
    m_fallbackReason.clear();
    m_deviceSchedules = 0;
    m_cpuSchedules = 0;
    std::vector<replay::SweepRow> rows(scenarios.size());
    std::vector<bool> done(scenarios.size(), false);
    std::size_t doneCount = 0;
    const auto cancelled = [&] { return options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed); };

    // Scenarios that differ only in price share one schedule, so one device run serves them all
    // (withPrice derives the other prices' rows). Device schedules are grouped by arrival scale:
    // each scale is one uploaded flat trace over the rank order the CPU rows share too.
    replay::RankOrders orders(trace, options.gpuJobsOnly);
    const std::vector<std::vector<std::size_t>> schedules = replay::scheduleGroups(scenarios);
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::size_t>> groups;  // scale -> schedules
    for (std::size_t g = 0; g < schedules.size(); ++g) {
        const replay::Scenario& first = scenarios[schedules[g].front()];
        if (replay::FlatSweepReplayer::supports(first))
            groups[{first.arrivalScale.numerator, first.arrivalScale.denominator}].push_back(g);
    }
    if (!groups.empty() && !deviceUsable())
        m_fallbackReason = m_discovery.reason.empty() ? "no usable CUDA device" : m_discovery.reason;

    for (const auto& [scaleKey, indices] : groups) {
        if (!deviceUsable() || !m_fallbackReason.empty() || cancelled())
            break;
        const replay::FlatTrace flat(orders.prepare({scaleKey.first, scaleKey.second}));
        const std::unique_ptr<SweepBatchRunner> runner = m_runners();
        std::string error;
        if (!runner->upload(m_device, flat.jobs(), error)) {
            m_fallbackReason = error;
            break;
        }
        const auto first = [&](std::size_t g) -> const replay::Scenario& { return scenarios[schedules[g].front()]; };
        std::uint32_t runningCapacity = 1;
        for (std::size_t g : indices)
            runningCapacity = std::max(runningCapacity, replay::FlatSweepReplayer::runningCapacity(flat, first(g)));
        std::size_t batch = runner->batchCapacity(runningCapacity, error);
        if (batch == 0) {
            m_fallbackReason = error;
            break;
        }
        const std::size_t n = flat.size();
        if (n > 0)
            batch = std::min(batch, std::max<std::size_t>(1, hostBatchBytes() / (2 * sizeof(std::int64_t) * n)));

        std::vector<replay::FlatScenario> flatScenarios;
        std::vector<std::int64_t> firstStarts, ends;
        std::vector<replay::FlatOutcome> outcomes;
        for (std::size_t from = 0; from < indices.size() && !cancelled(); from += batch) {
            const std::size_t count = std::min(batch, indices.size() - from);
            flatScenarios.resize(count);
            for (std::size_t k = 0; k < count; ++k)
                flatScenarios[k] = replay::FlatSweepReplayer::flatScenarioOf(first(indices[from + k]));
            firstStarts.resize(count * n);
            ends.resize(count * n);
            outcomes.resize(count);
            if (!runner->run(flatScenarios.data(), count, runningCapacity, firstStarts.data(), ends.data(),
                             outcomes.data(), error)) {
                m_fallbackReason = error;
                break;
            }
            m_deviceSchedules += count;
            const unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
            parallelFor(count, threads, [&](std::size_t k) {
                if (outcomes[k].status != replay::FlatStatus::Done)
                    return;  // cannot happen with the capacity above; the CPU redoes it if it does
                const std::vector<std::size_t>& members = schedules[indices[from + k]];
                const std::span<const std::int64_t> starts(firstStarts.data() + k * n, n);
                const std::span<const std::int64_t> jobEnds(ends.data() + k * n, n);
                replay::ReplayResult result = replay::FlatSweepReplayer::resultOf(flat, scenarios[members.front()],
                                                                                  outcomes[k], starts, jobEnds, false);
                for (std::size_t m = members.size(); m-- > 0;) {
                    const std::size_t i = members[m];
                    rows[i].scenario = scenarios[i];
                    rows[i].result =
                        m == 0 ? std::move(result) : replay::withPrice(result, scenarios[i].cluster.pricePerGpuHour);
                    rows[i].backend = "cuda:" + m_deviceName;
                }
            });
            for (std::size_t k = 0; k < count; ++k) {
                if (outcomes[k].status != replay::FlatStatus::Done)
                    continue;
                for (std::size_t i : schedules[indices[from + k]]) {
                    done[i] = true;
                    ++doneCount;
                    if (options.progress)
                        options.progress(doneCount, scenarios.size());
                }
            }
        }
        if (!m_fallbackReason.empty())
            break;
    }

    // Everything else on the CPU pool: other policies, packed clusters, and any fallback.
    std::vector<std::size_t> rest;
    std::vector<replay::Scenario> restScenarios;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        if (!done[i]) {
            rest.push_back(i);
            restScenarios.push_back(scenarios[i]);
        }
    }
    if (!rest.empty()) {
        replay::SweepOptions cpuOptions = options;
        const std::size_t alreadyDone = doneCount;
        if (options.progress) {
            cpuOptions.progress = [&options, alreadyDone, total = scenarios.size()](std::size_t cpuDone, std::size_t) {
                options.progress(alreadyDone + cpuDone, total);
            };
        }
        replay::CpuSweepBackend cpu;
        std::vector<replay::SweepRow> cpuRows = cpu.run(orders, restScenarios, cpuOptions);
        m_cpuSchedules = cpu.schedulesReplayed();
        for (std::size_t k = 0; k < rest.size(); ++k)
            rows[rest[k]] = std::move(cpuRows[k]);
    }
    return rows;
}

}  // namespace debrief::gpu

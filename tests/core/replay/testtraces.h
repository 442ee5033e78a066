#pragma once

#include "trace/trace.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace debrief::replay::test {

// One row of a hand-written trace.
struct Row {
    std::int64_t submit = 0;
    std::int64_t duration = 0;
    std::uint32_t gpus = 0;
    std::string user = {};
    std::int32_t priority = 0;
};

// A trace whose jobs are `rows` in file order (index = position, line = index + 2 as after a header).
inline trace::Trace traceOf(const std::vector<Row>& rows)
{
    trace::Trace trace;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        trace::Job job;
        job.submit = rows[i].submit;
        job.duration = rows[i].duration;
        job.gpus = rows[i].gpus;
        job.line = std::uint32_t(i + 2);
        job.user = trace.names.add(rows[i].user);
        job.vc = job.user;
        trace::JobExtras extras;
        extras.priority = rows[i].priority;
        trace.add(job, extras);
    }
    return trace;
}

// A Philly-like random trace: mostly 1-GPU jobs, some 2/4/8/16/32, heavy-tailed durations, a few
// users, arrivals fast enough to keep a cluster of `clusterGpus` loaded. Rows are slightly shuffled
// so rank order differs from file order.
inline trace::Trace randomTrace(std::uint32_t seed, std::size_t jobs, std::uint32_t maxGpus, double meanGap,
                                bool shuffle = true)
{
    std::mt19937_64 rng(seed);
    std::exponential_distribution<double> gap(1.0 / meanGap);
    std::lognormal_distribution<double> duration(5.5, 2.0);
    std::discrete_distribution<int> gpuClass({60, 12, 10, 8, 5, 3, 1, 1});
    const std::uint32_t gpuOf[] = {1, 2, 4, 8, 16, 32, 0, 100000};
    std::vector<Row> rows;
    double t = 0;
    for (std::size_t i = 0; i < jobs; ++i) {
        t += gap(rng);
        Row row;
        row.submit = std::int64_t(t);
        row.duration = std::min<std::int64_t>(std::int64_t(duration(rng)), 2'000'000);
        if (rng() % 50 == 0)
            row.duration = 0;
        row.gpus = std::min(gpuOf[gpuClass(rng)], maxGpus + 1);  // a few rejected when maxGpus is small
        row.user = "u" + std::to_string(rng() % 17);
        row.priority = std::int32_t(rng() % 5);
        rows.push_back(row);
    }
    if (shuffle) {
        for (std::size_t i = 0; i + 1 < rows.size(); i += 7)
            std::swap(rows[i], rows[i + 1]);
    }
    return traceOf(rows);
}

}  // namespace debrief::replay::test

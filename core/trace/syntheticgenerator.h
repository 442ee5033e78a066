#pragma once

#include <cstdint>
#include <ostream>

namespace debrief::trace {

struct Trace;

// A Philly-like synthetic trace: GPU counts mostly 1 with a tail to 64, heavy-tailed (log-normal)
// run times from seconds to weeks, Poisson arrivals whose rate makes the offered load `load` times
// the cluster's capacity, `users` users (300 by default) with a skewed share and 14 virtual clusters
// (Philly had 14).
// The same spec always gives the same bytes: the generator has its own PRNG and integer output.
struct SyntheticTraceSpec {
    std::uint64_t jobs = 1000;
    std::uint64_t seed = 1;
    std::uint32_t clusterGpus = 64;  // no job asks for more than this
    double load = 0.9;               // offered GPU-seconds / (cluster GPUs x span)
    std::uint32_t users = 300;       // low-numbered users submit more (a squared uniform)
};

class SyntheticGenerator {
public:
    explicit SyntheticGenerator(const SyntheticTraceSpec& spec);

    // Generic CSV: header `submit_time,duration,num_gpus,user,vc`, one row per job in submit order.
    // Streams: memory does not grow with the number of jobs. Returns the bytes written.
    std::uint64_t writeCsv(std::ostream& out) const;

    // The same jobs as an in-memory trace (for tests and benchmarks that skip the file).
    Trace makeTrace() const;

private:
    struct Draw;
    template <typename Sink> void generate(Sink&& sink) const;
    double arrivalRatePerSecond() const;

    SyntheticTraceSpec m_spec;
};

}  // namespace debrief::trace

#include "syntheticgenerator.h"

#include "trace.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace debrief::trace {
namespace {

// xoshiro256** seeded through splitmix64: small, fast and identical on every platform, unlike the
// std:: distributions whose algorithms are implementation-defined.
class Xoshiro256 {
public:
    explicit Xoshiro256(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in (0, 1): never 0, so log() is always finite.
    double uniform() { return (double(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_state{};
};

// Share of jobs per GPU count, roughly Philly's (most jobs take one GPU, a few take a rack).
constexpr std::array<std::pair<std::uint32_t, double>, 7> kGpuShares{
    {{1, 0.70}, {2, 0.10}, {4, 0.10}, {8, 0.07}, {16, 0.02}, {32, 0.008}, {64, 0.002}}};
constexpr double kMedianRunSeconds = 900.0;  // log-normal run time: median 15 min
constexpr double kRunSigma = 1.8;            // ... with a tail into days
constexpr double kMaxRunSeconds = 30.0 * 86400.0;
constexpr std::uint32_t kVirtualClusters = 14;

}  // namespace

struct SyntheticGenerator::Draw {
    std::uint32_t gpus;
    std::int64_t duration;
    std::uint32_t user;
    std::uint32_t vc;
};

SyntheticGenerator::SyntheticGenerator(const SyntheticTraceSpec& spec) : m_spec(spec)
{
    if (spec.clusterGpus == 0)
        throw std::invalid_argument("the cluster needs at least one GPU");
    if (!(spec.load > 0.0) || !std::isfinite(spec.load))
        throw std::invalid_argument("the load must be a positive number");
    if (spec.users == 0)
        throw std::invalid_argument("a trace needs at least one user");
}

template <typename Sink> void SyntheticGenerator::generate(Sink&& sink) const
{
    // Two streams: job shapes and arrivals. The shapes stream is replayed by arrivalRatePerSecond()
    // so the rate can be derived from the exact jobs that will be written.
    Xoshiro256 shapes(m_spec.seed);
    Xoshiro256 arrivals(m_spec.seed ^ 0xa5a5a5a5deadbeefULL);
    const double rate = sink.needsArrivals ? arrivalRatePerSecond() : 1.0;
    double clock = 0.0;
    for (std::uint64_t i = 0; i < m_spec.jobs; ++i) {
        Draw draw{};
        const double u = shapes.uniform();
        double acc = 0.0;
        draw.gpus = kGpuShares.back().first;
        for (const auto& [gpus, share] : kGpuShares) {
            acc += share;
            if (u < acc) {
                draw.gpus = gpus;
                break;
            }
        }
        draw.gpus = std::min(draw.gpus, m_spec.clusterGpus);  // a small cluster still gets every job
        // Box-Muller: one normal deviate per job keeps the stream position fixed per job.
        const double z = std::sqrt(-2.0 * std::log(shapes.uniform())) * std::cos(6.283185307179586 * shapes.uniform());
        const double run = std::min(kMaxRunSeconds, kMedianRunSeconds * std::exp(kRunSigma * z));
        draw.duration = std::max<std::int64_t>(1, std::int64_t(run));
        // Skewed users: squaring a uniform puts more jobs on low-numbered users.
        const double uu = shapes.uniform();
        draw.user = std::uint32_t(uu * uu * m_spec.users);
        draw.vc = std::uint32_t(shapes.below(kVirtualClusters));
        if (sink.needsArrivals)
            clock += -std::log(arrivals.uniform()) / rate;
        sink(std::int64_t(clock), draw);
    }
}

double SyntheticGenerator::arrivalRatePerSecond() const
{
    struct GpuSecondsSum {
        bool needsArrivals = false;
        long double total = 0;
        void operator()(std::int64_t, const Draw& draw) { total += (long double)draw.gpus * draw.duration; }
    } sum{false, 0};
    generate(sum);
    if (m_spec.jobs == 0 || sum.total <= 0)
        return 1.0;
    const double meanGpuSeconds = double(sum.total / m_spec.jobs);
    return m_spec.load * m_spec.clusterGpus / meanGpuSeconds;
}

std::uint64_t SyntheticGenerator::writeCsv(std::ostream& out) const
{
    struct CsvSink {
        bool needsArrivals;
        std::ostream& out;
        std::string buffer;
        std::uint64_t written = 0;
        void append(std::int64_t value)
        {
            char digits[24];
            const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
            buffer.append(digits, end);
        }
        void operator()(std::int64_t submit, const Draw& draw)
        {
            append(submit);
            buffer.push_back(',');
            append(draw.duration);
            buffer.push_back(',');
            append(draw.gpus);
            buffer.append(",user");
            append(draw.user);
            buffer.append(",vc");
            append(draw.vc);
            buffer.push_back('\n');
            if (buffer.size() > (1u << 20))
                flush();
        }
        void flush()
        {
            out.write(buffer.data(), std::streamsize(buffer.size()));
            written += buffer.size();
            buffer.clear();
        }
    } sink{true, out, {}, 0};
    sink.buffer.reserve((1u << 20) + 64);
    sink.buffer = "submit_time,duration,num_gpus,user,vc\n";
    generate(sink);
    sink.flush();
    return sink.written;
}

Trace SyntheticGenerator::makeTrace() const
{
    Trace trace;
    trace.sourceFile = "synthetic";
    trace.format = TraceFormat::GenericCsv;
    trace.jobs.reserve(m_spec.jobs);
    std::vector<std::uint32_t> users(m_spec.users);
    std::array<std::uint32_t, kVirtualClusters> vcs{};
    for (std::uint32_t i = 0; i < m_spec.users; ++i)
        users[i] = trace.names.add("user" + std::to_string(i));
    for (std::uint32_t i = 0; i < kVirtualClusters; ++i)
        vcs[i] = trace.names.add("vc" + std::to_string(i));
    struct TraceSink {
        bool needsArrivals;
        Trace& trace;
        const std::vector<std::uint32_t>& users;
        const std::array<std::uint32_t, kVirtualClusters>& vcs;
        void operator()(std::int64_t submit, const Draw& draw)
        {
            Job job;
            job.submit = submit;
            job.duration = draw.duration;
            job.line = std::uint32_t(trace.jobs.size()) + 2;  // as if read from writeCsv's output, after its header
            job.gpus = draw.gpus;
            job.user = users[draw.user];
            job.vc = vcs[draw.vc];
            trace.jobs.push_back(job);
        }
    } sink{true, trace, users, vcs};
    generate(sink);
    return trace;
}

}  // namespace debrief::trace

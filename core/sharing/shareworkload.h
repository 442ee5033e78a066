#pragma once

#include "nodelist.h"
#include "podrequest.h"

#include "trace/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace debrief::sharing {

// The jobs of a trace as requests to a given node list: CPU, memory, GPU share and count, and the
// node models each accepts (the trace's `gpu_spec`, "V100M16|V100M32", matched against the list).
// A trace without resource columns gives whole-GPU jobs that ask for no CPU or memory.
class ShareWorkload {
public:
    ShareWorkload(const trace::Trace& trace, const NodeList& nodes);
    // For tests and generated workloads.
    ShareWorkload(std::vector<PodRequest> pods, const NodeList& nodes);

    const std::vector<PodRequest>& pods() const { return m_pods; }
    // Distinct (cpu, gpu share, GPU count, models) shapes (memory 0); PodRequest::shape indexes this.
    const std::vector<PodRequest>& shapes() const { return m_shapes; }
    std::uint64_t totalGpuMilli() const;
    std::uint64_t fractionalPods() const;
    std::uint64_t wholeGpuPods() const;
    std::uint64_t cpuOnlyPods() const;
    std::uint64_t modelConstrainedPods() const;
    // Jobs whose models name none of the list's models: they can never be placed.
    std::uint64_t noMatchingModelPods() const;

private:
    void indexShapes();

    std::vector<PodRequest> m_pods;
    std::vector<PodRequest> m_shapes;
};

}  // namespace debrief::sharing

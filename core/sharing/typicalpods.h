#pragma once

#include "podrequest.h"

#include <cstdint>
#include <vector>

namespace debrief::sharing {

// The trace's typical job shapes and how often each occurs: the "target workload" that
// fragmentation is measured against. The most frequent shapes (CPU, GPU share, GPU count, models)
// are taken until they cover `coverage` of the jobs, and their frequencies renormalised to sum to 1.
class TypicalPods {
public:
    struct Shape {
        PodRequest pod;
        double frequency = 0;
    };

    static constexpr double kDefaultCoverage = 0.95;

    TypicalPods() = default;
    TypicalPods(const std::vector<PodRequest>& pods, double coverage = kDefaultCoverage);
    explicit TypicalPods(std::vector<Shape> shapes);

    const std::vector<Shape>& shapes() const { return m_shapes; }
    // The distinct GPU shares of the shapes, and which one each shape asks for: fragmentation
    // looks at a node's GPUs once per distinct share, not once per shape.
    const std::vector<std::uint32_t>& shares() const { return m_shares; }
    const std::vector<std::uint8_t>& shareOfShape() const { return m_shareOfShape; }

private:
    void indexShares();

    std::vector<Shape> m_shapes;
    std::vector<std::uint32_t> m_shares;
    std::vector<std::uint8_t> m_shareOfShape;
};

// GPU milli left on one node that the typical jobs cannot use, weighted by their frequency: for
// each typical shape, all the node's idle milli if the shape cannot run there at all (no GPU
// asked, model not accepted, not enough CPU, not enough GPUs with its share free), otherwise the
// milli left on the GPUs too full to hold its share.
double fragmentedMilli(std::uint32_t cpuLeft, const std::uint16_t* gpuLeft, std::uint32_t gpuCount, std::uint32_t model,
                       const TypicalPods& typical);

}  // namespace debrief::sharing

#include "typicalpods.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace debrief::sharing {

TypicalPods::TypicalPods(const std::vector<PodRequest>& pods, double coverage)
{
    using Key = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, ModelSet>;
    std::map<Key, std::uint64_t> counts;
    for (const PodRequest& pod : pods)
        ++counts[Key(pod.cpuMilli, pod.gpuMilli, pod.gpuCount, pod.models)];
    std::vector<std::pair<Key, std::uint64_t>> ranked(counts.begin(), counts.end());
    // Most frequent first; equal counts: the larger shape first, so the order never depends on
    // the order of the trace.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first > b.first;
    });
    const double total = double(pods.size());
    double covered = 0;
    for (const auto& [key, count] : ranked) {
        if (covered >= coverage * total)
            break;
        Shape shape;
        std::tie(shape.pod.cpuMilli, shape.pod.gpuMilli, shape.pod.gpuCount, shape.pod.models) = key;
        shape.frequency = double(count);
        covered += double(count);
        m_shapes.push_back(shape);
    }
    for (Shape& shape : m_shapes)
        shape.frequency /= covered;
    indexShares();
}

TypicalPods::TypicalPods(std::vector<Shape> shapes) : m_shapes(std::move(shapes))
{
    indexShares();
}

void TypicalPods::indexShares()
{
    for (const Shape& shape : m_shapes) {
        auto found = std::find(m_shares.begin(), m_shares.end(), shape.pod.gpuMilli);
        if (found == m_shares.end() && m_shares.size() < 255) {
            m_shares.push_back(shape.pod.gpuMilli);
            found = m_shares.end() - 1;
        }
        m_shareOfShape.push_back(std::uint8_t(found - m_shares.begin()));
    }
}

double fragmentedMilli(std::uint32_t cpuLeft, const std::uint16_t* gpuLeft, std::uint32_t gpuCount, std::uint32_t model,
                       const TypicalPods& typical)
{
    std::uint32_t idle = 0;
    for (std::uint32_t g = 0; g < gpuCount; ++g)
        idle += gpuLeft[g];
    if (idle == 0)
        return 0;
    // Per distinct share: how many GPUs hold it, and the milli left on those that do not.
    const auto& shares = typical.shares();
    std::uint32_t holding[256];
    std::uint32_t tooFull[256];
    for (std::size_t d = 0; d < shares.size(); ++d) {
        holding[d] = 0;
        tooFull[d] = 0;
        for (std::uint32_t g = 0; g < gpuCount; ++g) {
            if (gpuLeft[g] >= shares[d])
                ++holding[d];
            else
                tooFull[d] += gpuLeft[g];
        }
    }
    double fragmented = 0;
    const auto& shapes = typical.shapes();
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        const PodRequest& pod = shapes[i].pod;
        std::uint32_t unusable = idle;
        if (pod.usesGpu() && (pod.models & (ModelSet{1} << model)) != 0 && cpuLeft >= pod.cpuMilli) {
            const std::size_t d = typical.shareOfShape()[i];
            if (holding[d] >= pod.gpuCount)
                unusable = tooFull[d];
        }
        fragmented += shapes[i].frequency * double(unusable);
    }
    return fragmented;
}

}  // namespace debrief::sharing

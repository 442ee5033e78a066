#include "tagmean.h"

#include "rubric.h"

#include <cmath>

namespace debrief::interview {

bool TagMean::add(const AnswerScore& score, CappedVision* vision)
{
    if (score.depth < kTagMin || score.depth > kTagMax || score.vision < kTagMin || score.vision > kTagMax)
        return false;
    const CappedVision capped = m_cap.apply(score);
    if (vision)
        *vision = capped;
    m_depthSum += score.depth;
    m_visionSum += capped.effective;
    ++m_answers;
    return true;
}

int TagMean::roundHalfDown(double value)
{
    return static_cast<int>(std::ceil(value - 0.5));
}

}  // namespace debrief::interview

#pragma once

#include "session.h"
#include "visioncap.h"

// The mean Depth and the mean effective (capped) Vision over the answers that carry both tags: what a
// verdict, the debrief's round table and the history list all read. Callers pick the answers (one
// interviewer, one round, the self-score); the rule for which answers count and how Vision is capped
// lives here once.
namespace debrief::interview {

class TagMean {
public:
    explicit TagMean(int visionCap = 2) : m_cap(visionCap) {}

    // Counts the answer when Depth and Vision are both scored (1-4) and returns true; the capped Vision
    // it used goes to `vision` when given. An answer with a tag missing is skipped (false).
    bool add(const AnswerScore& score, CappedVision* vision = nullptr);

    int answers() const { return m_answers; }
    // The plain means; 0 while no answer counts.
    double depth() const { return m_answers > 0 ? double(m_depthSum) / m_answers : 0.0; }
    double vision() const { return m_answers > 0 ? double(m_visionSum) / m_answers : 0.0; }
    // The means as whole scores for the verdict grid, a half rounded down (2.5 -> 2): a split between
    // two bands lands on the lower one, so a candidate must clearly earn the higher band.
    int roundedDepth() const { return roundHalfDown(depth()); }
    int roundedVision() const { return roundHalfDown(vision()); }

    // 2.5 -> 2, 2.51 -> 3.
    static int roundHalfDown(double value);

private:
    VisionCap m_cap;
    int m_answers = 0;
    int m_depthSum = 0;
    int m_visionSum = 0;
};

}  // namespace debrief::interview

#include "verdictgrid.h"

#include <cmath>

namespace debrief::interview {

Recommendation VerdictGrid::cell(int depth, int effectiveVision) const
{
    if (depth < kTagMin || depth > kTagMax || effectiveVision < kTagMin || effectiveVision > kTagMax)
        return Recommendation::None;
    return m_cells[depth - 1][effectiveVision - 1];
}

int VerdictGrid::roundHalfDown(double value)
{
    return static_cast<int>(std::ceil(value - 0.5));
}

QString VerdictGrid::cellReason(int depth, int vision, Recommendation recommendation) const
{
    return tr("Depth %1 x Vision %2 gives %3").arg(depth).arg(vision).arg(title(recommendation));
}

Verdict VerdictGrid::forAnswer(const AnswerScore& score) const
{
    Verdict verdict;
    if (score.depth < kTagMin || score.vision < kTagMin) {
        verdict.reasons.append(tr("Depth and Vision are not both scored"));
        return verdict;
    }
    const CappedVision vision = VisionCap(m_visionCap).apply(score);
    if (vision.capped)
        verdict.reasons.append(vision.reason);
    verdict.depth = score.depth;
    verdict.vision = vision.effective;
    verdict.recommendation = cell(verdict.depth, verdict.vision);
    verdict.reasons.append(cellReason(verdict.depth, verdict.vision, verdict.recommendation));
    return verdict;
}

Verdict VerdictGrid::forSession(const Session& session, const QString& interviewer) const
{
    Verdict verdict;
    const VisionCap cap(m_visionCap);
    int depthSum = 0, visionSum = 0, scored = 0;
    for (qsizetype i = 0; i < session.questions.size(); ++i) {
        for (const AnswerScore& score : session.questions.at(i).scores) {
            if (score.interviewer != interviewer || score.depth < kTagMin || score.vision < kTagMin)
                continue;
            const CappedVision vision = cap.apply(score);
            if (vision.capped)
                verdict.reasons.append(tr("Question %1: %2").arg(i + 1).arg(vision.reason));
            depthSum += score.depth;
            visionSum += vision.effective;
            ++scored;
        }
    }
    if (scored > 0) {
        verdict.depth = roundHalfDown(double(depthSum) / scored);
        verdict.vision = roundHalfDown(double(visionSum) / scored);
        verdict.recommendation = cell(verdict.depth, verdict.vision);
        verdict.reasons.append(
            tr("Mean over %n scored answer(s): Depth %1 / %2, Vision %3 / %4 (rounded half down)", nullptr, scored)
                .arg(depthSum)
                .arg(scored)
                .arg(visionSum)
                .arg(scored));
        verdict.reasons.append(cellReason(verdict.depth, verdict.vision, verdict.recommendation));
    } else {
        verdict.reasons.append(tr("No answer scored by %1 yet").arg(interviewer));
    }
    return applyVeto(verdict, session.design ? session.design->metricTranslation : -1);
}

Verdict VerdictGrid::applyVeto(Verdict verdict, int metricTranslation) const
{
    if (metricTranslation != 0)
        return verdict;
    verdict.vetoed = true;
    verdict.recommendation = Recommendation::StrongNo;
    verdict.reasons.append(tr("Metric Translation is 0 in the product design round: Strong No whatever else scored"));
    return verdict;
}

}  // namespace debrief::interview

#include "verdictgrid.h"

#include "quantityformat.h"

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
    return TagMean::roundHalfDown(value);
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
    TagMean mean(m_visionCap);
    for (qsizetype i = 0; i < session.questions.size(); ++i) {
        for (const AnswerScore& score : session.questions.at(i).scores) {
            CappedVision vision;
            if (score.interviewer == interviewer && mean.add(score, &vision) && vision.capped)
                verdict.reasons.append(tr("Question %1: %2").arg(i + 1).arg(vision.reason));
        }
    }
    if (mean.answers() > 0) {
        verdict.depth = mean.roundedDepth();
        verdict.vision = mean.roundedVision();
        verdict.recommendation = cell(verdict.depth, verdict.vision);
        verdict.reasons.append(meanReason(mean));
        verdict.reasons.append(cellReason(verdict.depth, verdict.vision, verdict.recommendation));
    } else {
        verdict.reasons.append(tr("No answer scored by %1 yet").arg(interviewer));
    }
    return applyVeto(verdict, session.design ? session.design->metricTranslation : -1);
}

QString VerdictGrid::meanReason(const TagMean& mean)
{
    // "mean Depth 2.5 -> 2": the mean as it is, then the whole score the grid reads, when they differ.
    const auto rounded = [](double value, int whole) {
        const QString text = QuantityFormat::shortest(value);
        return double(whole) == value ? text : tr("%1 -> %2").arg(text).arg(whole);
    };
    const QString depth = rounded(mean.depth(), mean.roundedDepth());
    const QString vision = rounded(mean.vision(), mean.roundedVision());
    const bool half = std::abs(mean.depth() - std::floor(mean.depth()) - 0.5) < 1e-9 ||
                      std::abs(mean.vision() - std::floor(mean.vision()) - 0.5) < 1e-9;
    return half ? tr("Over %n scored answer(s): mean Depth %1, mean Vision %2 (a mean halfway between two scores "
                     "rounds down)",
                     nullptr, mean.answers())
                      .arg(depth, vision)
                : tr("Over %n scored answer(s): mean Depth %1, mean Vision %2", nullptr, mean.answers())
                      .arg(depth, vision);
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

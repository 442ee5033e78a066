#include "panelagreement.h"

#include "interview/visioncap.h"

#include <algorithm>

namespace debrief::studio {

PanelAgreementReport PanelAgreement::compare(const interview::Session& session, const QStringList& interviewers,
                                             const interview::VerdictGrid& grid, int visionCap)
{
    PanelAgreementReport report;
    const interview::VisionCap cap(visionCap);
    for (int q = 0; q < session.questions.size(); ++q) {
        AnswerAgreement answer;
        answer.question = q;
        for (const interview::AnswerScore& score : session.questions.at(q).scores) {
            if (!interviewers.contains(score.interviewer) || score.depth < interview::kTagMin ||
                score.vision < interview::kTagMin)
                continue;
            const int vision = cap.apply(score).effective;
            answer.depth.insert(score.interviewer, score.depth);
            answer.vision.insert(score.interviewer, vision);
            answer.verdict.insert(score.interviewer, grid.cell(score.depth, vision));
        }
        if (answer.depth.size() < 2)
            continue;
        const auto spread = [](const QMap<QString, int>& values) {
            const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
            return *high - *low;
        };
        answer.depthSpread = spread(answer.depth);
        answer.visionSpread = spread(answer.vision);
        answer.split = std::max(answer.depthSpread, answer.visionSpread) >= kSplitSpread;
        const QList<interview::Recommendation> verdicts = answer.verdict.values();
        answer.sameVerdict = std::all_of(verdicts.cbegin(), verdicts.cend(),
                                         [&](interview::Recommendation r) { return r == verdicts.first(); });
        report.sameVerdictCount += answer.sameVerdict ? 1 : 0;
        report.splitCount += answer.split ? 1 : 0;
        report.answers << answer;
    }
    return report;
}

}  // namespace debrief::studio

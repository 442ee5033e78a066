#pragma once

#include "interview/session.h"
#include "interview/verdictgrid.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace debrief::studio {

// Where the interviewers agree and where they split, answer by answer, on the scores the viewer may
// see. Vision is compared after the evidence cap. A split is a Depth or Vision spread of 2 or more.
struct AnswerAgreement {
    int question = 0;           // index in Session::questions
    QMap<QString, int> depth;   // per interviewer
    QMap<QString, int> vision;  // effective
    QMap<QString, interview::Recommendation> verdict;
    int depthSpread = 0;  // max - min
    int visionSpread = 0;
    bool split = false;        // a spread of kSplitSpread or more
    bool sameVerdict = false;  // every interviewer's cell is the same
};

struct PanelAgreementReport {
    QList<AnswerAgreement> answers;  // answers that at least two interviewers scored (both tags)
    int sameVerdictCount = 0;
    int splitCount = 0;
};

class PanelAgreement {
public:
    static constexpr int kSplitSpread = 2;
    // `interviewers`: who to compare (the candidate's self-score is not part of the panel).
    static PanelAgreementReport compare(const interview::Session& session, const QStringList& interviewers,
                                        const interview::VerdictGrid& grid, int visionCap = 2);
};

}  // namespace debrief::studio

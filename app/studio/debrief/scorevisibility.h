#pragma once

#include "interview/session.h"

#include <QStringList>

namespace debrief::studio {

// Who may see which Depth/Vision scores (structured scorecards: each interviewer's scores stay hidden
// from the others until they are submitted). Viewing as one interviewer: their own scores always, another
// interviewer's score on an answer once both have submitted theirs on that answer. The panel view (an
// empty viewer) shows submitted scores only.
class ScoreVisibility {
public:
    static bool isVisible(const interview::AskedQuestion& question, const interview::AnswerScore& score,
                          const QString& viewer);
    // The session with every score the viewer may not see taken out; everything else unchanged.
    static interview::Session visibleTo(const interview::Session& session, const QString& viewer);
    // The interviewers with at least one score hidden from the viewer, in the order they scored.
    static QStringList hiddenFrom(const interview::Session& session, const QString& viewer);
};

}  // namespace debrief::studio

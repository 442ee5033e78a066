#pragma once

#include "contentlibrary.h"
#include "session.h"
#include "tagmean.h"
#include "visioncap.h"

#include <QCoreApplication>
#include <QStringList>

// The verdict: the grid cell for (Depth, effective Vision), with Metric Translation = 0 in the product
// design round as a veto to Strong No (domain.md's bar raiser). Every verdict lists its reasons.
namespace debrief::interview {

struct Verdict {
    Recommendation recommendation = Recommendation::None;  // None: nothing scored yet
    int depth = 0;                                         // the Depth and effective Vision the cell used
    int vision = 0;
    bool vetoed = false;
    QStringList reasons;  // each Vision cap, the veto, the grid cell, in that order
};

class VerdictGrid {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::VerdictGrid)

public:
    // Every cell None until content is loaded (ContentLibrary::verdictGrid()).
    VerdictGrid()
    {
        m_cells = {};
        for (auto& row : m_cells)
            row.fill(Recommendation::None);
    }
    explicit VerdictGrid(const VerdictCells& cells, int visionCap = 2) : m_cells(cells), m_visionCap(visionCap) {}

    // The raw cell; None when either score is outside 1-4.
    Recommendation cell(int depth, int effectiveVision) const;

    // One interviewer's tags on one answer: the Vision cap first, then the cell.
    Verdict forAnswer(const AnswerScore& score) const;

    // One interviewer's verdict for a session. Aggregation: TagMean over that interviewer's answers, its
    // means rounded half DOWN (2.5 -> 2). Then the cell, then the veto
    // (session.design->metricTranslation == 0) overrides it.
    Verdict forSession(const Session& session, const QString& interviewer) const;

    // The veto alone, on top of a verdict computed elsewhere.
    Verdict applyVeto(Verdict verdict, int metricTranslation) const;

    // Rounded half down: 2.5 -> 2, 2.51 -> 3.
    static int roundHalfDown(double value);

private:
    QString cellReason(int depth, int vision, Recommendation recommendation) const;
    // "Over 2 scored answers: mean Depth 2.5 -> 2, mean Vision 3 (...rounds down)".
    static QString meanReason(const TagMean& mean);

    VerdictCells m_cells;
    int m_visionCap = 2;
};

}  // namespace debrief::interview

#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

// A Vision score must rest on concrete evidence (domain.md): without at least one evidence item ticked
// AND a written justification it collapses to the cap (scales.json visionCapWithoutEvidence, 2).
namespace debrief::interview {

struct CappedVision {
    int entered = 0;                    // as the interviewer entered it, 0 = not scored
    int effective = 0;                  // what the verdict uses
    bool capped = false;                // effective < entered because of the rule
    bool missingEvidence = false;       // no evidence item ticked
    bool missingJustification = false;  // justification empty or only blanks
    QString reason;                     // empty unless capped: which piece was missing
};

class VisionCap {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::VisionCap)

public:
    explicit VisionCap(int cap = 2) : m_cap(cap) {}
    int cap() const { return m_cap; }

    CappedVision apply(int vision, std::uint8_t evidence, const QString& justification) const;
    CappedVision apply(const AnswerScore& score) const
    {
        return apply(score.vision, score.evidence, score.justification);
    }

private:
    int m_cap;
};

}  // namespace debrief::interview

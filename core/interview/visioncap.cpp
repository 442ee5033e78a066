#include "visioncap.h"

namespace debrief::interview {

CappedVision VisionCap::apply(int vision, std::uint8_t evidence, const QString& justification) const
{
    CappedVision result;
    result.entered = vision;
    result.effective = vision;
    result.missingEvidence = (evidence & kAllEvidence) == 0;
    result.missingJustification = justification.trimmed().isEmpty();
    if (vision <= m_cap || (!result.missingEvidence && !result.missingJustification))
        return result;
    result.effective = m_cap;
    result.capped = true;
    if (result.missingEvidence && result.missingJustification)
        result.reason =
            tr("Vision %1 capped to %2: no evidence item ticked and no written justification").arg(vision).arg(m_cap);
    else if (result.missingEvidence)
        result.reason = tr("Vision %1 capped to %2: no evidence item ticked").arg(vision).arg(m_cap);
    else
        result.reason = tr("Vision %1 capped to %2: no written justification").arg(vision).arg(m_cap);
    return result;
}

}  // namespace debrief::interview

#pragma once

#include "interview/contentlibrary.h"
#include "interview/session.h"

#include <QCoreApplication>
#include <QList>

namespace debrief::studio {

class RadarChartView;

// Feeds a RadarChartView with a session's Maturity Matrix: self, interviewer and the Level 3 bar, one
// spoke per dimension in kAllDimensions order. A rater with no level for a dimension draws 0 there.
class MatrixRadar {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::MatrixRadar)

public:
    static QString selfName() { return tr("Self"); }
    static QString interviewerName() { return tr("Interviewer"); }
    static QString barName() { return tr("Level %1 bar").arg(interview::kMatrixBarLevel); }
    static QList<qreal> levels(const QMap<interview::MatrixDimension, int>& byDimension);
    static void show(RadarChartView* view, const interview::MatrixLevels& levels,
                     const interview::MaturityMatrixText& text);
};

}  // namespace debrief::studio

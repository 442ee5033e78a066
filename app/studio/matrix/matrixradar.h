#pragma once

#include "studio/contentlibrary.h"
#include "studio/session.h"

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
    static QString barName() { return tr("Level %1 bar").arg(kMatrixBarLevel); }
    static QList<qreal> levels(const QMap<MatrixDimension, int>& byDimension);
    static void show(RadarChartView* view, const MatrixLevels& levels, const MaturityMatrixText& text);
};

}  // namespace debrief::studio

#include "matrixradar.h"

#include "matrixcolors.h"
#include "widgets/radarchartview.h"

namespace debrief::studio {

QList<qreal> MatrixRadar::levels(const QMap<interview::MatrixDimension, int>& byDimension)
{
    QList<qreal> values;
    for (interview::MatrixDimension dimension : interview::kAllDimensions)
        values << byDimension.value(dimension, 0);
    return values;
}

void MatrixRadar::show(RadarChartView* view, const interview::MatrixLevels& levels,
                       const interview::MaturityMatrixText& text)
{
    QStringList axes;
    for (interview::MatrixDimension dimension : interview::kAllDimensions) {
        QString name = key(dimension);
        for (const interview::MatrixDimensionText& d : text.dimensions) {
            if (d.dimension == dimension)
                name = d.name;
        }
        axes << name;
    }
    view->setAxes(axes, 0, interview::kMatrixMaxLevel);
    const QList<qreal> bar(interview::kAllDimensions.size(), text.bar > 0 ? text.bar : interview::kMatrixBarLevel);
    view->setSeries({{barName(), MatrixColors::bar(), bar, Qt::DashLine, false},
                     {selfName(), MatrixColors::self(), MatrixRadar::levels(levels.self), Qt::SolidLine, true},
                     {interviewerName(), MatrixColors::interviewer(), MatrixRadar::levels(levels.interviewer),
                      Qt::SolidLine, true}});
}

}  // namespace debrief::studio

#include "matrixradar.h"

#include "matrixcolors.h"
#include "widgets/radarchartview.h"

namespace debrief::studio {

QList<qreal> MatrixRadar::levels(const QMap<MatrixDimension, int>& byDimension)
{
    QList<qreal> values;
    for (MatrixDimension dimension : kAllDimensions)
        values << byDimension.value(dimension, 0);
    return values;
}

void MatrixRadar::show(RadarChartView* view, const MatrixLevels& levels, const MaturityMatrixText& text)
{
    QStringList axes;
    for (MatrixDimension dimension : kAllDimensions) {
        QString name = key(dimension);
        for (const MatrixDimensionText& d : text.dimensions) {
            if (d.dimension == dimension)
                name = d.name;
        }
        axes << name;
    }
    view->setAxes(axes, 0, kMatrixMaxLevel);
    const QList<qreal> bar(kAllDimensions.size(), text.bar > 0 ? text.bar : kMatrixBarLevel);
    view->setSeries({{barName(), MatrixColors::bar(), bar, Qt::DashLine, false},
                     {selfName(), MatrixColors::self(), MatrixRadar::levels(levels.self), Qt::SolidLine, true},
                     {interviewerName(), MatrixColors::interviewer(), MatrixRadar::levels(levels.interviewer),
                      Qt::SolidLine, true}});
}

}  // namespace debrief::studio

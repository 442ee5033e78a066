#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

// The Maturity Matrix radar for paper: one spoke per dimension, a ring per level (numbered), the bar
// level drawn as its own emphasised ring, and one closed polygon per rater with the level written at
// each vertex. Vector only: paths, lines and text.
namespace debrief::report {

struct RadarSeries {
    QString name;  // "Self", "Interviewer"
    QColor color;
    QList<int> levels;  // one per axis; 0 = not rated (drawn at the centre, no number)
    Qt::PenStyle style = Qt::SolidLine;
};

class MaturityRadarPainter {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::MaturityRadarPainter)

public:
    void setAxes(const QStringList& labels, int minimum, int maximum, int bar);
    void setSeries(const QList<RadarSeries>& series) { m_series = series; }

    // Paints into `target` (device units): the radar on the left, its legend on the right.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    QStringList m_axes;
    int m_min = 1;
    int m_max = 5;
    int m_bar = 3;
    QList<RadarSeries> m_series;
};

}  // namespace debrief::report

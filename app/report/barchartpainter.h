#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

// A horizontal bar chart for paper (the design round's budget allocation, levels against a bar): the
// category on the left, the bar scaled to the maximum, its value written at the bar's end, and an
// optional labelled reference line. Vector only: paths, lines and text.
namespace debrief::report {

struct ChartBar {
    QString label;      // wrapped to two lines at most
    qreal value = 0.0;  // negative values are drawn as 0
    QString valueText;  // "45.0 %", formatted by the caller with the locale
    QColor color;       // invalid: the accent colour
};

class BarChartPainter {
public:
    void setBars(const QList<ChartBar>& bars) { m_bars = bars; }
    void setMaximum(qreal maximum) { m_maximum = maximum; }  // <= 0: the largest value
    // A vertical line at `value` with `label` under the bars ("Level 3: the bar").
    void setReferenceLine(qreal value, const QString& label) { m_reference = Reference{value, label}; }

    // The height in points a chart of `bars` bars needs at the report's text size.
    static qreal preferredHeightPoints(qsizetype bars);

    void paint(QPainter& painter, const QRectF& target) const;

private:
    struct Reference {
        qreal value;
        QString label;
    };
    QList<ChartBar> m_bars;
    qreal m_maximum = 0.0;
    std::optional<Reference> m_reference;
};

}  // namespace debrief::report

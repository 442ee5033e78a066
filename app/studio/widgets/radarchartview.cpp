#include "radarchartview.h"

#include "accessibility.h"
#include "chartstyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace debrief::studio {

RadarChartView::RadarChartView(QWidget* parent) : QWidget(parent)
{
    Accessibility::install();  // before anything asks for the interface
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RadarChartView::setAxes(const QStringList& labels, qreal minimum, qreal maximum)
{
    m_axes = labels;
    m_min = minimum;
    m_max = std::max(maximum, minimum + 1.0);
    update();
}

void RadarChartView::setSeries(const QList<Series>& series)
{
    m_series = series;
    update();
}

QList<qreal> RadarChartView::values(const QString& seriesName) const
{
    for (const Series& s : m_series) {
        if (s.name == seriesName)
            return s.values;
    }
    return {};
}

void RadarChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const int axisCount = int(m_axes.size());
    if (axisCount < 3)
        return;

    const QFontMetrics metrics(font());
    const int legendHeight = m_series.isEmpty() ? 0 : metrics.height() + 8;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8 - legendHeight);
    const qreal labelRoom = metrics.height() * 1.6;
    // Spoke i points up for i = 0 and turns clockwise.
    const auto angle = [axisCount](int i) { return -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * i / axisCount; };
    qreal widestLabel = 0.0;  // of the labels beside a spoke tip (left or right), not above or below
    for (int i = 0; i < axisCount; ++i) {
        if (std::abs(std::cos(angle(i))) > 0.3)
            widestLabel = std::max<qreal>(widestLabel, metrics.horizontalAdvance(m_axes.at(i)));
    }
    // Side labels sit beside the spoke tips: leave room for the widest one on each side.
    const qreal radius =
        std::max<qreal>(10.0, std::min(area.width() / 2.0 - widestLabel - 12.0, area.height() / 2.0 - labelRoom));
    const QPointF centre = area.center();
    const auto pointAt = [&](int i, qreal value) {
        const qreal fraction = std::clamp((value - m_min) / (m_max - m_min), 0.0, 1.0);
        return centre + QPointF(std::cos(angle(i)), std::sin(angle(i))) * radius * fraction;
    };

    const QColor gridColor = palette().color(QPalette::Mid);
    painter.setPen(QPen(gridColor, 1.0));
    for (int ring = int(std::ceil(m_min)); ring <= int(m_max); ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < axisCount; ++i)
            polygon << pointAt(i, ring);
        painter.drawPolygon(polygon);
        painter.drawText(pointAt(0, ring) + QPointF(4, -2), QString::number(ring));
    }
    for (int i = 0; i < axisCount; ++i) {
        painter.drawLine(centre, pointAt(i, m_max));
        const QPointF tip = pointAt(i, m_max);
        const QString label = m_axes.at(i);
        const qreal width = metrics.horizontalAdvance(label);
        const qreal c = std::cos(angle(i));
        const qreal s = std::sin(angle(i));
        QPointF at = tip + QPointF(c * 8.0, s * 8.0);
        at.rx() += c > 0.3 ? 0.0 : (c < -0.3 ? -width : -width / 2.0);
        at.ry() += s > 0.3 ? metrics.ascent() : (s < -0.3 ? -metrics.descent() : metrics.ascent() / 2.0);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(at, label);
        painter.setPen(QPen(gridColor, 1.0));
    }

    for (const Series& s : m_series) {
        if (s.values.size() != axisCount)
            continue;
        QPolygonF polygon;
        for (int i = 0; i < axisCount; ++i)
            polygon << pointAt(i, s.values.at(i));
        const QColor color = ChartStyle::adapt(s.color, palette());  // a series colour's twin on dark
        QColor fill = color;
        fill.setAlpha(s.filled ? 50 : 0);
        painter.setBrush(fill);
        painter.setPen(QPen(color, 2.0, s.style));
        painter.drawPolygon(polygon);
        painter.setBrush(color);
        for (const QPointF& p : polygon)
            painter.drawEllipse(p, 3.0, 3.0);
    }

    // Legend: a swatch and the name of each series, in one row under the chart.
    qreal x = 8.0;
    const qreal y = height() - legendHeight / 2.0;
    for (const Series& s : m_series) {
        painter.setPen(QPen(ChartStyle::adapt(s.color, palette()), 2.0, s.style));
        painter.drawLine(QPointF(x, y), QPointF(x + 18.0, y));
        x += 22.0;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x, y + metrics.ascent() / 2.0 - 1.0), s.name);
        x += metrics.horizontalAdvance(s.name) + 16.0;
    }
}

}  // namespace debrief::studio

#include "maturityradarpainter.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace debrief::report {

void MaturityRadarPainter::setAxes(const QStringList& labels, int minimum, int maximum, int bar)
{
    m_axes = labels;
    m_min = minimum;
    m_max = std::max(maximum, minimum + 1);
    m_bar = bar;
}

void MaturityRadarPainter::paint(QPainter& painter, const QRectF& target) const
{
    const qsizetype axes = m_axes.size();
    if (axes < 3)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto pt = [&](qreal value) { return ReportStyle::points(painter, value); };
    const QFont labelFont = ReportStyle::font(ReportStyle::kSmallSize, true);
    const QFont small = ReportStyle::font(ReportStyle::kSmallSize);
    const QFontMetricsF labelMetrics(labelFont, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());

    // The chart takes the left two thirds; axis labels need room around the outer ring.
    const QRectF chartArea(target.left(), target.top(), target.width() * 0.66, target.height());
    const QRectF legendArea(chartArea.right() + pt(8), target.top(), target.right() - chartArea.right() - pt(8),
                            target.height());
    const qreal labelRoom = labelMetrics.height() * 2.4;
    const qreal radius =
        std::max(pt(20.0), std::min(chartArea.width() * 0.5 - pt(70.0), chartArea.height() * 0.5 - labelRoom));
    const QPointF centre = chartArea.center();
    const auto angle = [&](qsizetype axis) { return -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * axis / axes; };
    const auto at = [&](qsizetype axis, qreal value) {
        const qreal fraction = std::clamp((value - (m_min - 1)) / qreal(m_max - (m_min - 1)), 0.0, 1.0);
        return QPointF(centre.x() + radius * fraction * std::cos(angle(axis)),
                       centre.y() + radius * fraction * std::sin(angle(axis)));
    };
    const auto ring = [&](qreal value) {
        QPainterPath path;
        for (qsizetype a = 0; a < axes; ++a)
            a == 0 ? path.moveTo(at(a, value)) : path.lineTo(at(a, value));
        path.closeSubpath();
        return path;
    };

    // Rings per level, numbered half-way between the first two spokes (away from the series' own
    // numbers at the vertices); the bar as a thicker dashed ring.
    painter.setFont(small);
    for (int level = m_min; level <= m_max; ++level) {
        painter.setPen(QPen(ReportStyle::rule(), pt(0.5)));
        painter.drawPath(ring(level));
        painter.setPen(ReportStyle::mutedText());
        const QPointF p = (at(0, level) + at(1, level)) / 2.0;
        painter.drawText(QRectF(p.x() - pt(7), p.y() - smallMetrics.height() / 2, pt(14), smallMetrics.height()),
                         Qt::AlignCenter, QString::number(level));
    }
    for (qsizetype a = 0; a < axes; ++a) {
        painter.setPen(QPen(ReportStyle::rule(), pt(0.5)));
        painter.drawLine(centre, at(a, m_max));
    }
    QPen barPen(ReportStyle::warning(), pt(1.3), Qt::DashLine);
    painter.setPen(barPen);
    painter.drawPath(ring(m_bar));

    // Axis labels, outside the outer ring, wrapped to two lines at most.
    painter.setFont(labelFont);
    painter.setPen(ReportStyle::text());
    for (qsizetype a = 0; a < axes; ++a) {
        const QPointF tip = at(a, m_max);
        const qreal c = std::cos(angle(a));
        const qreal s = std::sin(angle(a));
        const qreal width = pt(110.0);
        const qreal height = labelMetrics.height() * 2.2;
        QRectF box(0, 0, width, height);
        Qt::Alignment align = Qt::AlignVCenter;
        if (c > 0.3) {
            box.moveCenter(QPointF(tip.x() + pt(6) + width / 2, tip.y()));
            align |= Qt::AlignLeft;
        } else if (c < -0.3) {
            box.moveCenter(QPointF(tip.x() - pt(6) - width / 2, tip.y()));
            align |= Qt::AlignRight;
        } else {
            box.moveCenter(QPointF(tip.x(), tip.y() + (s < 0 ? -1 : 1) * (height / 2 + pt(3))));
            align = Qt::AlignHCenter | (s < 0 ? Qt::AlignBottom : Qt::AlignTop);
        }
        painter.drawText(box, align | Qt::TextWordWrap, m_axes[a]);
    }

    // One polygon per series, its level written next to each vertex.
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const auto& series = m_series[i];
        QPainterPath shape;
        for (qsizetype a = 0; a < axes; ++a) {
            const int level = a < series.levels.size() ? series.levels[a] : 0;
            const QPointF p = level > 0 ? at(a, level) : centre;
            a == 0 ? shape.moveTo(p) : shape.lineTo(p);
        }
        shape.closeSubpath();
        QColor fill = series.color;
        fill.setAlphaF(0.12);
        painter.fillPath(shape, fill);
        painter.setPen(QPen(series.color, pt(1.6), series.style));
        painter.drawPath(shape);
        painter.setFont(labelFont);
        for (qsizetype a = 0; a < axes && a < series.levels.size(); ++a) {
            if (series.levels[a] <= 0)
                continue;
            const QPointF p = at(a, series.levels[a]);
            QPainterPath dot;
            dot.addEllipse(p, pt(2.2), pt(2.2));
            painter.fillPath(dot, series.color);
            // Each series' number sits on its own side of the vertex so two raters never overlap.
            const qreal offset = pt(9.0) * (i % 2 == 0 ? 1.0 : -1.0);
            const QRectF box(p.x() + offset - pt(6), p.y() - labelMetrics.height() / 2 + (i % 2 == 0 ? -pt(6) : pt(6)),
                             pt(12), labelMetrics.height());
            painter.setPen(series.color);
            painter.drawText(box, Qt::AlignCenter, QString::number(series.levels[a]));
        }
    }

    // Legend: the series and the bar.
    painter.setFont(small);
    qreal y = legendArea.top() + legendArea.height() * 0.3;
    const qreal line = smallMetrics.height() * 1.5;
    const auto legendEntry = [&](const QPen& pen, const QString& text) {
        painter.setPen(pen);
        painter.drawLine(QPointF(legendArea.left(), y + smallMetrics.height() / 2),
                         QPointF(legendArea.left() + pt(18), y + smallMetrics.height() / 2));
        painter.setPen(ReportStyle::text());
        painter.drawText(QRectF(legendArea.left() + pt(24), y, legendArea.width() - pt(24), line),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        y += line;
    };
    for (const auto& series : m_series)
        legendEntry(QPen(series.color, pt(1.6), series.style), series.name);
    legendEntry(barPen, tr("Level %1: the bar").arg(QLocale().toString(m_bar)));
    painter.restore();
}

}  // namespace debrief::report

#include "depthvisiongridpainter.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace debrief::report {

QStringList DepthVisionGridPainter::legendOrder() const
{
    QStringList order = m_interviewers;
    for (const auto& mark : m_marks)
        if (!order.contains(mark.interviewer))
            order.append(mark.interviewer);
    return order;
}

void DepthVisionGridPainter::paint(QPainter& painter, const QRectF& target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto pt = [&](qreal value) { return ReportStyle::points(painter, value); };
    const QFont axisFont = ReportStyle::font(ReportStyle::kBodySize, true);
    const QFont small = ReportStyle::font(ReportStyle::kSmallSize);
    const QFontMetricsF axisMetrics(axisFont, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());

    const QStringList interviewers = legendOrder();
    const qreal legendHeight = interviewers.isEmpty() ? 0.0 : smallMetrics.height() * 1.6;
    const qreal left = axisMetrics.height() * 2.6;
    const qreal bottom = axisMetrics.height() * 2.6 + legendHeight;
    const qreal size = std::max(pt(40.0), std::min(target.width() - left - pt(4.0), target.height() - bottom));
    const QRectF grid(target.left() + (target.width() - size - left) / 2.0 + left, target.top(), size, size);
    const qreal cell = size / 4.0;
    const auto cellRect = [&](int depth, int vision) {  // Depth up, Vision to the right
        return QRectF(grid.left() + (vision - 1) * cell, grid.top() + (4 - depth) * cell, cell, cell);
    };

    // Cells: the verdict's tint and name.
    for (int depth = 1; depth <= 4; ++depth)
        for (int vision = 1; vision <= 4; ++vision) {
            const studio::Recommendation verdict = m_cells[depth - 1][vision - 1];
            const QRectF r = cellRect(depth, vision);
            painter.fillRect(r, ReportStyle::verdictColor(verdict));
            painter.setPen(QPen(ReportStyle::rule(), pt(0.6)));
            painter.drawRect(r);
            painter.setFont(small);
            painter.setPen(ReportStyle::mutedText());
            painter.drawText(r.adjusted(pt(3), pt(2), -pt(3), -pt(2)), Qt::AlignRight | Qt::AlignBottom,
                             studio::title(verdict));
        }

    // Axes: numbers and titles.
    painter.setFont(axisFont);
    painter.setPen(ReportStyle::text());
    for (int i = 1; i <= 4; ++i) {
        painter.drawText(QRectF(grid.left() + (i - 1) * cell, grid.bottom() + pt(2), cell, axisMetrics.height()),
                         Qt::AlignCenter, QString::number(i));
        painter.drawText(
            QRectF(grid.left() - axisMetrics.height() * 1.3, grid.top() + (4 - i) * cell, axisMetrics.height(), cell),
            Qt::AlignCenter, QString::number(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + axisMetrics.height() + pt(3), size, axisMetrics.height()),
                     Qt::AlignCenter, tr("Vision"));
    painter.save();
    painter.translate(grid.left() - axisMetrics.height() * 2.4, grid.center().y());
    painter.rotate(-90.0);
    painter.drawText(QRectF(-size / 2.0, 0.0, size, axisMetrics.height()), Qt::AlignCenter, tr("Depth"));
    painter.restore();

    // Marks: every answer of every interviewer, in rows inside its cell; the marks shrink when a cell
    // holds many.
    QMap<std::pair<int, int>, QList<const DepthVisionMark*>> byCell;
    for (const auto& mark : m_marks)
        if (mark.depth >= studio::kTagMin && mark.depth <= studio::kTagMax && mark.vision >= studio::kTagMin &&
            mark.vision <= studio::kTagMax)
            byCell[{mark.depth, mark.vision}].append(&mark);
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it) {
        const QRectF r = cellRect(it.key().first, it.key().second).adjusted(pt(3), pt(3), -pt(3), -pt(12));
        const auto& marks = it.value();
        const int perRow = std::max(1, int(std::ceil(std::sqrt(double(marks.size())))));
        const int rows = int((marks.size() + perRow - 1) / perRow);
        const qreal step = std::min(r.width() / perRow, r.height() / rows);
        const qreal radius = std::min(step * 0.42, pt(9.0));
        QFont label = small;
        label.setPointSizeF(std::clamp(ReportStyle::kSmallSize * radius / pt(9.0), 4.5, ReportStyle::kSmallSize));
        painter.setFont(label);
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const auto* mark = marks[i];
            const QPointF centre(r.left() + step * (qreal(i % perRow) + 0.5),
                                 r.top() + step * (qreal(i / perRow) + 0.5));
            const QColor color = ReportStyle::seriesColor(interviewers.indexOf(mark->interviewer));
            QPainterPath dot;
            dot.addEllipse(centre, radius, radius);
            painter.fillPath(dot, color);
            painter.setPen(mark->capped ? QPen(ReportStyle::warning(), pt(1.4)) : QPen(Qt::white, pt(0.6)));
            painter.drawPath(dot);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                             mark->label);
        }
    }

    // Legend: one swatch per interviewer, and what the red ring means.
    if (!interviewers.isEmpty()) {
        painter.setFont(small);
        qreal x = grid.left();
        const qreal y = grid.bottom() + axisMetrics.height() * 2.4;
        const qreal swatch = smallMetrics.height() * 0.7;
        QStringList entries = interviewers;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QPainterPath dot;
            dot.addEllipse(QPointF(x + swatch / 2, y + smallMetrics.height() / 2), swatch / 2, swatch / 2);
            painter.fillPath(dot, ReportStyle::seriesColor(i));
            x += swatch + pt(3);
            painter.setPen(ReportStyle::text());
            painter.drawText(QPointF(x, y + smallMetrics.ascent()), entries[i]);
            x += smallMetrics.horizontalAdvance(entries[i]) + pt(10);
        }
        QPainterPath ring;
        ring.addEllipse(QPointF(x + swatch / 2, y + smallMetrics.height() / 2), swatch / 2, swatch / 2);
        painter.setPen(QPen(ReportStyle::warning(), pt(1.2)));
        painter.drawPath(ring);
        x += swatch + pt(3);
        painter.setPen(ReportStyle::text());
        painter.drawText(QPointF(x, y + smallMetrics.ascent()), tr("Vision capped: evidence missing"));
    }
    painter.restore();
}

}  // namespace debrief::report

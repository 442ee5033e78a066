#include "depthvisiongridpainter.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace debrief::report {

namespace {

// One swatch and its words in the legend, placed on a row.
struct LegendItem {
    QString text;
    qsizetype series = -1;  // -1: the ring that marks a capped Vision
    qreal x = 0.0;          // from the legend's left edge
    int row = 0;
};

struct LegendLayout {
    QList<LegendItem> items;
    int rows = 0;
    qreal width = 0.0;  // the widest row
};

// The legend's sizes on a device, `pt` device units to the point.
struct LegendMetrics {
    QFontMetricsF font;
    qreal swatch;
    qreal afterSwatch;
    qreal between;
    qreal firstRow;  // the first row's height, with the space above it
    qreal rowPitch;  // each further row

    LegendMetrics(const QFont& small, const QPaintDevice* device, qreal pt)
        : font(small, device), swatch(font.height() * 0.7), afterSwatch(3.0 * pt), between(10.0 * pt),
          firstRow(font.height() * 1.6), rowPitch(font.height() * 1.3)
    {
    }

    qreal height(int rows) const { return rows <= 0 ? 0.0 : firstRow + (rows - 1) * rowPitch; }
};

// Items left to right, a new row where the next one would pass `width`; a name too long for a row on
// its own is elided.
LegendLayout layoutLegend(const QStringList& interviewers, const QString& key, const LegendMetrics& metrics,
                          qreal width)
{
    LegendLayout layout;
    if (interviewers.isEmpty())
        return layout;
    qreal x = 0.0;
    int row = 0;
    const qreal textRoom = std::max(width - metrics.swatch - metrics.afterSwatch, metrics.swatch);
    const auto place = [&](const QString& text, qsizetype series) {
        QString shown = text;
        if (metrics.font.horizontalAdvance(shown) > textRoom)
            shown = metrics.font.elidedText(text, Qt::ElideRight, textRoom);
        const qreal itemWidth = metrics.swatch + metrics.afterSwatch + metrics.font.horizontalAdvance(shown);
        if (x > 0.0 && x + itemWidth > width) {
            ++row;
            x = 0.0;
        }
        layout.items.append({shown, series, x, row});
        layout.width = std::max(layout.width, x + itemWidth);
        x += itemWidth + metrics.between;
    };
    for (qsizetype i = 0; i < interviewers.size(); ++i)
        place(interviewers[i], i);
    place(key, -1);
    layout.rows = row + 1;
    return layout;
}

}  // namespace

qreal DepthVisionGridPainter::heightPoints(const QPaintDevice& device, qreal widthPoints, qreal gridPoints) const
{
    const qreal pt = ReportStyle::points(device, 1.0);
    const LegendMetrics metrics(ReportStyle::font(ReportStyle::kSmallSize), &device, pt);
    const LegendLayout legend =
        layoutLegend(legendOrder(), tr("Vision capped: evidence missing"), metrics, widthPoints * pt);
    return gridPoints + (legend.rows > 1 ? (legend.rows - 1) * metrics.rowPitch / pt : 0.0);
}

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
    const LegendMetrics legendMetrics(small, painter.device(), pt(1.0));
    const LegendLayout legend =
        layoutLegend(interviewers, tr("Vision capped: evidence missing"), legendMetrics, target.width());
    const qreal legendHeight = legendMetrics.height(legend.rows);
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
            const interview::Recommendation verdict = m_cells[depth - 1][vision - 1];
            const QRectF r = cellRect(depth, vision);
            painter.fillRect(r, ReportStyle::verdictColor(verdict));
            painter.setPen(QPen(ReportStyle::rule(), pt(0.6)));
            painter.drawRect(r);
            painter.setFont(small);
            painter.setPen(ReportStyle::mutedText());
            painter.drawText(r.adjusted(pt(3), pt(2), -pt(3), -pt(2)), Qt::AlignRight | Qt::AlignBottom,
                             interview::title(verdict));
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
        if (mark.depth >= interview::kTagMin && mark.depth <= interview::kTagMax && mark.vision >= interview::kTagMin &&
            mark.vision <= interview::kTagMax)
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

    // Legend: one swatch per interviewer, and what the red ring means, in rows under the grid (at its
    // left edge while the widest row fits there, else further left, never past the target).
    if (legend.rows > 0) {
        painter.setFont(small);
        const qreal left = std::max(target.left(), std::min(grid.left(), target.right() - legend.width));
        const qreal top = grid.bottom() + axisMetrics.height() * 2.4;
        const qreal swatch = legendMetrics.swatch;
        for (const LegendItem& item : legend.items) {
            const qreal x = left + item.x;
            const qreal y = top + item.row * legendMetrics.rowPitch;
            const QPointF centre(x + swatch / 2, y + smallMetrics.height() / 2);
            QPainterPath dot;
            dot.addEllipse(centre, swatch / 2, swatch / 2);
            if (item.series >= 0) {
                painter.fillPath(dot, ReportStyle::seriesColor(item.series));
            } else {
                painter.setPen(QPen(ReportStyle::warning(), pt(1.2)));
                painter.drawPath(dot);
            }
            painter.setPen(ReportStyle::text());
            painter.drawText(QPointF(x + swatch + legendMetrics.afterSwatch, y + smallMetrics.ascent()), item.text);
        }
    }
    painter.restore();
}

}  // namespace debrief::report

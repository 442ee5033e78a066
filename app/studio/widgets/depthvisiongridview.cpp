#include "depthvisiongridview.h"

#include "accessibility.h"
#include "chartstyle.h"

#include <QAccessible>
#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace debrief::studio {

DepthVisionGridView::DepthVisionGridView(QWidget* parent) : QWidget(parent)
{
    Accessibility::install();  // before anything asks for the interface
    for (auto& row : m_cells)
        row.fill(interview::Recommendation::None);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Depth by Vision grid"));
}

void DepthVisionGridView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Depth by Vision grid"));
        update();  // the axis titles are translated as they are painted
    }
    QWidget::changeEvent(event);
}

interview::Recommendation DepthVisionGridView::verdict(int depth, int vision) const
{
    if (depth < 1 || depth > 4 || vision < 1 || vision > 4)
        return interview::Recommendation::None;
    return m_cells[depth - 1][vision - 1];
}

void DepthVisionGridView::setCurrentCell(int depth, int vision)
{
    depth = std::clamp(depth, 1, 4);
    vision = std::clamp(vision, 1, 4);
    if (depth == m_currentDepth && vision == m_currentVision)
        return;
    m_currentDepth = depth;
    m_currentVision = vision;
    update();
    Accessibility::currentCellChanged(this, (4 - depth) * 4 + (vision - 1));
    emit currentCellChanged(depth, vision);
}

QRectF DepthVisionGridView::cellRect(int depth, int vision) const
{
    const QFontMetrics metrics(font());
    const qreal legendHeight = metrics.height() + 8.0;
    const qreal left = metrics.height() * 2.0 + 8.0;
    const qreal bottom = metrics.height() * 2.0 + 8.0 + legendHeight;
    const qreal size = std::max(40.0, std::min(width() - left - 8.0, height() - bottom - 8.0));
    const qreal cell = size / 4.0;
    return QRectF(left + (vision - 1) * cell, 8.0 + (4 - depth) * cell, cell, cell);
}

void DepthVisionGridView::mousePressEvent(QMouseEvent* event)
{
    for (int depth = 1; depth <= 4; ++depth) {
        for (int vision = 1; vision <= 4; ++vision) {
            if (cellRect(depth, vision).contains(event->position())) {
                setFocus(Qt::MouseFocusReason);
                setCurrentCell(depth, vision);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}

void DepthVisionGridView::keyPressEvent(QKeyEvent* event)
{
    const int depth = m_currentDepth == 0 ? 1 : m_currentDepth;
    const int vision = m_currentVision == 0 ? 1 : m_currentVision;
    const bool first = m_currentDepth == 0;
    switch (event->key()) {
    case Qt::Key_Up: setCurrentCell(first ? depth : depth + 1, vision); break;
    case Qt::Key_Down: setCurrentCell(first ? depth : depth - 1, vision); break;
    case Qt::Key_Left: setCurrentCell(depth, first ? vision : vision - 1); break;
    case Qt::Key_Right: setCurrentCell(depth, first ? vision : vision + 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
}

void DepthVisionGridView::setCells(const interview::VerdictCells& cells)
{
    m_cells = cells;
    update();
}

void DepthVisionGridView::setPoints(const QList<Point>& points)
{
    m_points = points;
    update();
}

QColor DepthVisionGridView::verdictColor(interview::Recommendation recommendation)
{
    switch (recommendation) {
    case interview::Recommendation::StrongNo: return QColor(0xe8, 0x9a, 0x96);
    case interview::Recommendation::No: return QColor(0xf6, 0xd2, 0xcc);
    case interview::Recommendation::Yes: return QColor(0xcf, 0xea, 0xcb);
    case interview::Recommendation::StrongYes: return QColor(0x96, 0xd3, 0x8e);
    case interview::Recommendation::None: break;
    }
    return QColor(0xee, 0xee, 0xee);
}

void DepthVisionGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics(font());
    const qreal legendHeight = metrics.height() + 8.0;
    const QRectF grid = cellRect(4, 1).united(cellRect(1, 4));  // Depth up, Vision to the right
    const qreal left = grid.left();
    const qreal size = grid.width();
    const qreal cell = size / 4.0;

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (int depth = 1; depth <= 4; ++depth) {
        for (int vision = 1; vision <= 4; ++vision) {
            const interview::Recommendation verdict = m_cells[depth - 1][vision - 1];
            const QRectF r = cellRect(depth, vision);
            // Dimmed on a dark background (ChartStyle), where the words are in the light text colour.
            painter.fillRect(r, ChartStyle::areaFill(verdictColor(verdict), palette()));
            painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
            painter.drawRect(r);
            painter.setFont(small);
            painter.setPen(ChartStyle::isDark(palette()) ? palette().color(QPalette::Text) : QColor(0x40, 0x40, 0x40));
            painter.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignRight | Qt::AlignBottom, title(verdict));
        }
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 1; i <= 4; ++i) {
        painter.drawText(QRectF(grid.left() + (i - 1) * cell, grid.bottom() + 2, cell, metrics.height()),
                         Qt::AlignCenter, QString::number(i));
        painter.drawText(QRectF(left - metrics.height() - 4, grid.top() + (4 - i) * cell, metrics.height(), cell),
                         Qt::AlignCenter, QString::number(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + metrics.height() + 2, size, metrics.height()), Qt::AlignCenter,
                     tr("Vision (after the evidence cap)"));
    painter.save();
    painter.translate(metrics.height() * 0.5 + 2, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-size / 2.0, -metrics.height() / 2.0, size, metrics.height()), Qt::AlignCenter,
                     tr("Depth"));
    painter.restore();

    // Several answers in one cell sit side by side in a small grid of slots.
    QMap<int, int> perCell;
    for (const Point& p : m_points) {
        if (p.depth >= 1 && p.depth <= 4 && p.vision >= 1 && p.vision <= 4)
            ++perCell[p.depth * 10 + p.vision];
    }
    QMap<int, int> placed;
    const qreal radius = std::clamp(cell / 9.0, 5.0, 11.0);
    for (const Point& p : m_points) {
        if (p.depth < 1 || p.depth > 4 || p.vision < 1 || p.vision > 4)
            continue;
        const int key = p.depth * 10 + p.vision;
        const int count = perCell.value(key);
        const int index = placed[key]++;
        const int columns = int(std::ceil(std::sqrt(double(count))));
        const int rows = (count + columns - 1) / columns;
        const QRectF r = cellRect(p.depth, p.vision).adjusted(6, 6, -6, -metrics.height() - 2);
        const QPointF centre(r.left() + r.width() * (index % columns + 0.5) / columns,
                             r.top() + r.height() * (index / columns + 0.5) / rows);
        painter.setPen(
            QPen(p.capped ? QColor(0xc0, 0x20, 0x20) : palette().color(QPalette::Base), p.capped ? 2.5 : 1.5));
        painter.setBrush(ChartStyle::adapt(p.color, palette()));  // a series colour's twin on dark
        painter.drawEllipse(centre, radius, radius);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(centre + QPointF(radius + 2, metrics.ascent() / 3.0), p.label);
    }

    if (hasFocus() && m_currentDepth > 0) {  // the current cell, for the keyboard
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3.0));
        painter.drawRect(cellRect(m_currentDepth, m_currentVision).adjusted(1.5, 1.5, -1.5, -1.5));
    }

    // Legend: one swatch per interviewer.
    painter.setFont(font());
    qreal x = grid.left();
    const qreal y = height() - legendHeight / 2.0;
    QStringList seen;
    for (const Point& p : m_points) {
        if (seen.contains(p.interviewer))
            continue;
        seen << p.interviewer;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ChartStyle::adapt(p.color, palette()));
        painter.drawEllipse(QPointF(x + 5, y), 5, 5);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2.0 - 1), p.interviewer);
        x += 30 + metrics.horizontalAdvance(p.interviewer);
    }
}

}  // namespace debrief::studio

#include "highlightedtable.h"

#include "reportdocument.h"
#include "reportstyle.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace debrief::report {

namespace {

constexpr qreal kCellPaddingPoints = 3.0;  // as ReportDocument's tables

using RowLayout = QList<std::shared_ptr<QTextLayout>>;

}  // namespace

void HighlightedTable::write(ReportDocument& document) const
{
    const qsizetype columns = m_table.columnCount();
    if (columns == 0)
        return;
    QPainter& painter = document.painter();
    QPaintDevice* device = painter.device();
    const qreal padding = document.points(kCellPaddingPoints);
    const qreal width = document.points(document.contentWidthPoints());

    // Column edges from the relative weights.
    qreal weightSum = 0.0;
    QList<qreal> weights;
    for (qsizetype c = 0; c < columns; ++c) {
        const bool given = c < m_table.columnWeights.size() && m_table.columnWeights[c] > 0;
        weights.append(given ? m_table.columnWeights[c] : 1.0);
        weightSum += weights.last();
    }
    QList<qreal> lefts, widths;
    qreal x = 0.0;
    for (qsizetype c = 0; c < columns; ++c) {
        lefts.append(x);
        widths.append(width * weights[c] / weightSum);
        x += widths.last();
    }

    const QFont body = ReportStyle::font(ReportStyle::kBodySize);
    const QFont bold = ReportStyle::font(ReportStyle::kBodySize, true);
    const auto layoutRow = [&](const QStringList& cells, qsizetype row, qreal& height) {
        RowLayout layouts;
        qreal tallest = 0.0;
        for (qsizetype c = 0; c < columns; ++c) {
            QString text = c < cells.size() ? cells[c] : QString();
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            const auto mark = m_highlights.constFind({row, c});
            const bool strong =
                row < 0 || (c == 0 && m_table.firstColumnBold) || (mark != m_highlights.cend() && mark->bold);
            auto layout = std::make_shared<QTextLayout>(text, strong ? bold : body, device);
            QTextOption option(c < m_table.align.size() ? m_table.align[c] : Qt::AlignLeft);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->setTextOption(option);
            layout->beginLayout();
            qreal y = 0.0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(std::max(widths[c] - 2.0 * padding, document.points(10.0)));
                line.setPosition(QPointF(0.0, y));
                y += line.height();
            }
            layout->endLayout();
            tallest = std::max(tallest, y);
            layouts.append(layout);
        }
        height = tallest + 2.0 * padding;
        return layouts;
    };

    qreal headerHeight = 0.0;
    RowLayout header;
    if (!m_table.headers.isEmpty())
        header = layoutRow(m_table.headers, -1, headerHeight);
    QList<RowLayout> rows;
    QList<qreal> heights;
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        qreal height = 0.0;
        rows.append(layoutRow(m_table.rows[r], r, height));
        heights.append(height);
    }

    const auto drawRow = [&](const RowLayout& layouts, qsizetype row, const QRectF& area) {
        const QColor background =
            row < 0 ? ReportStyle::tableHeader() : (row % 2 == 1 ? ReportStyle::tableStripe() : QColor());
        if (background.isValid())
            painter.fillRect(area, background);
        for (qsizetype c = 0; c < columns; ++c) {
            const QRectF cell(area.left() + lefts[c], area.top(), widths[c], area.height());
            const auto mark = row < 0 ? m_highlights.cend() : m_highlights.constFind({row, c});
            const bool marked = mark != m_highlights.cend();
            if (marked && mark->fill.isValid())
                painter.fillRect(cell, mark->fill);
            painter.setPen(marked && mark->text.isValid() ? mark->text : ReportStyle::text());
            const auto& layout = layouts[c];
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                // A cell taller than a page is cut at the page's end rather than painted over the footer.
                if (padding + line.y() + line.height() > area.height())
                    break;
                line.draw(&painter, QPointF(cell.left() + padding, cell.top() + padding));
            }
        }
        painter.setPen(QPen(ReportStyle::rule(), document.points(0.4)));
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    };

    // Rows go onto the page in runs that fit; each run gets the header and one reserved area.
    const qreal slack = document.points(0.5);  // rounding between points and device units
    qsizetype next = 0;
    bool freshPage = false;
    do {
        const qreal available = document.points(document.remainingPoints()) - slack;
        qreal height = headerHeight;
        qsizetype end = next;
        while (end < rows.size() && (height + heights[end] <= available || (freshPage && end == next))) {
            height += heights[end];
            ++end;
        }
        if (end == next && next < rows.size()) {
            document.newPage();
            freshPage = true;
            continue;
        }
        height = std::min(height, std::max(available, 1.0));
        const QRectF area = document.reserve(height / document.points(1.0));
        painter.save();
        painter.setClipRect(area);
        qreal y = area.top();
        if (!header.isEmpty()) {
            drawRow(header, -1, QRectF(area.left(), y, area.width(), headerHeight));
            y += headerHeight;
        }
        for (qsizetype r = next; r < end; ++r) {
            const qreal rowHeight = std::min(heights[r], area.bottom() - y);
            drawRow(rows[r], r, QRectF(area.left(), y, area.width(), rowHeight));
            y += rowHeight;
        }
        painter.restore();
        next = end;
        freshPage = false;
    } while (next < rows.size());
}

}  // namespace debrief::report

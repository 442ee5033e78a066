#include "highlightedtable.h"

#include "reportdocument.h"
#include "reportstyle.h"
#include "tablerow.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace debrief::report {

namespace {

constexpr qreal kCellPaddingPoints = 3.0;  // as ReportDocument's tables

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
    const auto layoutRow = [&](const QStringList& cells, qsizetype row) {
        QList<std::shared_ptr<QTextLayout>> layouts;
        for (qsizetype c = 0; c < columns; ++c) {
            const auto mark = m_highlights.constFind({row, c});
            const bool strong =
                row < 0 || (c == 0 && m_table.firstColumnBold) || (mark != m_highlights.cend() && mark->bold);
            layouts.append(TableRow::layoutCell(c < cells.size() ? cells[c] : QString(), strong ? bold : body,
                                                c < m_table.align.size() ? m_table.align[c] : Qt::AlignLeft,
                                                std::max(widths[c] - 2.0 * padding, document.points(10.0)), device));
        }
        return TableRow(layouts, padding);
    };

    const bool hasHeader = !m_table.headers.isEmpty();
    TableRow header;
    TableRowPart headerPart;
    if (hasHeader) {
        header = layoutRow(m_table.headers, -1);
        headerPart = header.takeAll();
    }
    QList<TableRow> rows;
    for (qsizetype r = 0; r < m_table.rows.size(); ++r)
        rows.append(layoutRow(m_table.rows[r], r));

    // One part of a row (all of it when it fits): the row's background, each cell's highlight, its
    // lines and the rule under it. A highlighted cell keeps its colours on every page it runs over.
    const auto drawPart = [&](const TableRow& row, const TableRowPart& part, qsizetype index, const QRectF& area) {
        const QColor background =
            index < 0 ? ReportStyle::tableHeader() : (index % 2 == 1 ? ReportStyle::tableStripe() : QColor());
        if (background.isValid())
            painter.fillRect(area, background);
        for (qsizetype c = 0; c < columns; ++c) {
            const QRectF cell(area.left() + lefts[c], area.top(), widths[c], area.height());
            const auto mark = index < 0 ? m_highlights.cend() : m_highlights.constFind({index, c});
            const bool marked = mark != m_highlights.cend();
            if (marked && mark->fill.isValid())
                painter.fillRect(cell, mark->fill);
            painter.setPen(marked && mark->text.isValid() ? mark->text : ReportStyle::text());
            row.drawCell(painter, part, c, cell.topLeft());
        }
        painter.setPen(QPen(ReportStyle::rule(), document.points(0.4)));
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    };

    // Each page gets the header and a run of rows in one reserved area; a row that does not fit in what
    // is left goes on, part by part, on the next pages (TableRow decides where it is split).
    struct Planned {
        qsizetype row;
        TableRowPart part;
    };
    const qreal slack = document.points(0.5);  // rounding between points and device units
    const qreal pageRoom = document.points(document.contentHeightPoints()) - slack - headerPart.height;
    qsizetype next = 0;
    bool headerOnly = rows.isEmpty();  // a table without rows still shows its header
    while (next < rows.size() || headerOnly) {
        headerOnly = false;
        const bool pageTop = document.atPageTop();
        const qreal available = document.points(document.remainingPoints()) - slack;
        QList<Planned> planned;
        qreal height = headerPart.height;
        bool pageFull = false;
        while (next < rows.size() && !pageFull) {
            TableRow& row = rows[next];
            const qreal room = available - height;
            const bool first = pageTop && planned.isEmpty();
            switch (row.place(room, pageRoom, first)) {
            case TableRow::Placement::Whole: planned.append({next, row.takeAll()}); break;
            case TableRow::Placement::Split:
                planned.append({next, row.take(room, first)});
                pageFull = true;
                break;
            case TableRow::Placement::NextPage: pageFull = true; continue;
            }
            height += planned.last().part.height;
            if (row.done())
                ++next;
        }
        if (planned.isEmpty() && !rows.isEmpty()) {
            document.newPage();
            continue;
        }
        height = std::min(height, std::max(available, 1.0));
        const QRectF area = document.reserve(height / document.points(1.0));
        painter.save();
        painter.setClipRect(area);
        qreal y = area.top();
        if (hasHeader) {
            drawPart(header, headerPart, -1, QRectF(area.left(), y, area.width(), headerPart.height));
            y += headerPart.height;
        }
        for (const Planned& item : planned) {
            const qreal partHeight = std::min(item.part.height, area.bottom() - y);
            drawPart(rows[item.row], item.part, item.row, QRectF(area.left(), y, area.width(), partHeight));
            y += partHeight;
        }
        painter.restore();
        if (pageFull && next < rows.size())
            document.newPage();
    }
}

}  // namespace debrief::report

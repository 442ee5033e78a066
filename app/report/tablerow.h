#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <limits>
#include <memory>
#include <utility>

class QPainter;
class QPaintDevice;

// One table row laid out in its columns, drawn whole or in parts that end at line boundaries: a row
// taller than the space left on a page goes on with its next lines on the next page, so no text is
// lost. ReportDocument::table and HighlightedTable share it and decide the same way where a row goes.
namespace debrief::report {

// The lines [begin, end) of each cell that one part of a row draws, and the part's height (padding
// above and below included), in device units.
struct TableRowPart {
    QList<std::pair<int, int>> lines;
    qreal height = 0.0;
};

class TableRow {
public:
    // What to do with the rest of a row, given the room left on this page.
    enum class Placement {
        Whole,     // it fits: draw all of it here
        Split,     // draw the lines that fit here and go on on the next page
        NextPage,  // start it on the next page
    };

    // A cell's text wrapped to `width` (device units, padding excluded); '\n' breaks the line.
    static std::shared_ptr<QTextLayout> layoutCell(const QString& text, const QFont& font, Qt::Alignment alignment,
                                                   qreal width, QPaintDevice* device);

    TableRow() = default;
    TableRow(QList<std::shared_ptr<QTextLayout>> cells, qreal padding);

    bool done() const;
    // The height of the lines not drawn yet (all of them before the first part), padding included.
    qreal remainingHeight() const;

    // `room`: what is left on this page for the row; `pageRoom`: what a fresh page leaves for it (below
    // a repeated header); `pageTop`: nothing has been drawn on this page yet. A row that fits stays
    // whole; a short row (a quarter page at most) moves to the next page whole; a longer one is split,
    // with at least two lines of each cell on this page, or starts on the next page when they do not fit.
    Placement place(qreal room, qreal pageRoom, bool pageTop) const;

    // Takes the next lines of each cell that fit in `room` (padding included); `atLeastOneLine` forces
    // progress on a page too short for even a line.
    TableRowPart take(qreal room, bool atLeastOneLine = false);
    TableRowPart takeAll() { return take(std::numeric_limits<qreal>::max(), true); }

    // Draws column `column` of `part` with the painter's pen and font; `cellTopLeft` is the cell's top
    // left corner (the padding is added here).
    void drawCell(QPainter& painter, const TableRowPart& part, qsizetype column, const QPointF& cellTopLeft) const;

private:
    qreal linesHeight(qsizetype cell, int from, int to) const;

    QList<std::shared_ptr<QTextLayout>> m_cells;
    QList<int> m_next;  // per cell: the first line not drawn yet
    qreal m_padding = 0.0;
};

}  // namespace debrief::report

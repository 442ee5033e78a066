#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

// A table as a report shows it: optional header row (repeated at the top of each page the table
// spills onto), rows of plain text cells that wrap within their column, relative column widths. A row
// taller than the room left on a page goes on over the next pages (see TableRow): no text is dropped.
namespace debrief::report {

struct ReportTable {
    QStringList headers;           // empty: no header row
    QList<qreal> columnWeights;    // relative widths, one per column; empty: equal widths
    QList<Qt::Alignment> align;    // per column; missing: left aligned
    QList<QStringList> rows;       // each row as many cells as columns (missing cells stay empty)
    bool firstColumnBold = false;  // key/value tables: the key column stands out

    qsizetype columnCount() const
    {
        qsizetype count = headers.size();
        for (const auto& row : rows)
            count = std::max(count, row.size());
        return count;
    }
};

}  // namespace debrief::report

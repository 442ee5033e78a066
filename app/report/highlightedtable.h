#pragma once

#include "reporttable.h"

#include <QColor>
#include <QMap>
#include <QPair>

// A report table whose cells can stand out: a fill and a text colour per cell, bold where it matters
// (the committee PDF marks the two scorers of a split, a veto, a missing justification). It flows
// over pages like ReportDocument::table (header repeated on each page, a row too tall for the room
// left split at line boundaries by TableRow, its highlight painted on every part) and is painted into
// areas the document reserves, so the document's own table code stays as it is.
namespace debrief::report {

class ReportDocument;

struct CellHighlight {
    QColor fill;  // invalid: the row's usual background
    QColor text;  // invalid: the usual text colour
    bool bold = false;
};

class HighlightedTable {
public:
    explicit HighlightedTable(ReportTable table) : m_table(std::move(table)) {}

    void highlight(qsizetype row, qsizetype column, const CellHighlight& mark)
    {
        m_highlights.insert({row, column}, mark);
    }
    void highlightRow(qsizetype row, const CellHighlight& mark)
    {
        for (qsizetype column = 0; column < m_table.columnCount(); ++column)
            highlight(row, column, mark);
    }
    bool isHighlighted(qsizetype row, qsizetype column) const { return m_highlights.contains({row, column}); }

    void write(ReportDocument& document) const;

private:
    ReportTable m_table;
    QMap<QPair<qsizetype, qsizetype>, CellHighlight> m_highlights;
};

}  // namespace debrief::report

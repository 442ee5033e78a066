#include "tablerow.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace debrief::report {

namespace {

constexpr int kMinimumLinesPerPart = 2;  // no cell leaves a single line behind at a page's end
constexpr qreal kShortRowShare = 0.25;   // rows up to this share of a page are never split

}  // namespace

std::shared_ptr<QTextLayout> TableRow::layoutCell(const QString& text, const QFont& font, Qt::Alignment alignment,
                                                  qreal width, QPaintDevice* device)
{
    // QTextLayout only breaks lines at U+2028; one character for one keeps positions in place.
    auto layout =
        std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0.0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

TableRow::TableRow(QList<std::shared_ptr<QTextLayout>> cells, qreal padding)
    : m_cells(std::move(cells)), m_next(m_cells.size(), 0), m_padding(padding)
{
}

bool TableRow::done() const
{
    for (qsizetype c = 0; c < m_cells.size(); ++c)
        if (m_next[c] < m_cells[c]->lineCount())
            return false;
    return true;
}

qreal TableRow::linesHeight(qsizetype cell, int from, int to) const
{
    if (from >= to)
        return 0.0;
    const QTextLine first = m_cells[cell]->lineAt(from);
    const QTextLine last = m_cells[cell]->lineAt(to - 1);
    return last.y() + last.height() - first.y();
}

qreal TableRow::remainingHeight() const
{
    qreal height = 0.0;
    for (qsizetype c = 0; c < m_cells.size(); ++c)
        height = std::max(height, linesHeight(c, m_next[c], m_cells[c]->lineCount()));
    return height + 2.0 * m_padding;
}

TableRow::Placement TableRow::place(qreal room, qreal pageRoom, bool pageTop) const
{
    const qreal remaining = remainingHeight();
    if (remaining <= room)
        return Placement::Whole;
    if (pageTop)
        return Placement::Split;  // a fresh page is the most room there is
    if (remaining <= pageRoom * kShortRowShare)
        return Placement::NextPage;
    qreal firstLines = 0.0;
    for (qsizetype c = 0; c < m_cells.size(); ++c) {
        const int end = std::min(m_next[c] + kMinimumLinesPerPart, int(m_cells[c]->lineCount()));
        firstLines = std::max(firstLines, linesHeight(c, m_next[c], end));
    }
    return firstLines + 2.0 * m_padding <= room ? Placement::Split : Placement::NextPage;
}

TableRowPart TableRow::take(qreal room, bool atLeastOneLine)
{
    TableRowPart part;
    const qreal textRoom = room - 2.0 * m_padding;
    qreal tallest = 0.0;
    for (qsizetype c = 0; c < m_cells.size(); ++c) {
        const int from = m_next[c];
        const int count = m_cells[c]->lineCount();
        int end = from;
        while (end < count && linesHeight(c, from, end + 1) <= textRoom)
            ++end;
        if (end == from && end < count && atLeastOneLine)
            ++end;
        part.lines.append({from, end});
        tallest = std::max(tallest, linesHeight(c, from, end));
        m_next[c] = end;
    }
    part.height = tallest + 2.0 * m_padding;
    return part;
}

void TableRow::drawCell(QPainter& painter, const TableRowPart& part, qsizetype column, const QPointF& cellTopLeft) const
{
    const auto [from, end] = part.lines[column];
    if (from >= end)
        return;
    const QTextLayout& layout = *m_cells[column];
    // QTextLine::draw adds the line's own position; shift so this part's first line sits at the top.
    const QPointF origin(cellTopLeft.x() + m_padding, cellTopLeft.y() + m_padding - layout.lineAt(from).y());
    for (int i = from; i < end; ++i)
        layout.lineAt(i).draw(&painter, origin);
}

}  // namespace debrief::report

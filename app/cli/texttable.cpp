#include "texttable.h"

#include <algorithm>

namespace debrief::cli {
namespace {

// Display width of UTF-8 text: count code points, not bytes, so "µ" or "€" do not skew columns.
std::size_t displayWidth(const std::string& text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xc0) != 0x80; }));
}

}  // namespace

void TextTable::addColumn(std::string title, Align align)
{
    m_titles.push_back(std::move(title));
    m_align.push_back(align);
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_titles.size());
    m_rows.push_back(std::move(cells));
}

void TextTable::print(std::ostream& out) const
{
    std::vector<std::size_t> widths(m_titles.size());
    for (std::size_t c = 0; c < m_titles.size(); ++c) {
        widths[c] = displayWidth(m_titles[c]);
        for (const auto& row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string pad(widths[c] - displayWidth(cells[c]), ' ');
            if (c > 0)
                line += "  ";
            line += m_align[c] == Align::Right ? pad + cells[c] : cells[c] + pad;
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    printRow(m_titles);
    std::vector<std::string> rule;
    for (std::size_t w : widths)
        rule.emplace_back(w, '-');
    printRow(rule);
    for (const auto& row : m_rows)
        printRow(row);
}

}  // namespace debrief::cli

#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace debrief::cli {

// An aligned plain-text table for people: text columns left, number columns right.
class TextTable {
public:
    enum class Align { Left, Right };
    void addColumn(std::string title, Align align = Align::Right);
    void addRow(std::vector<std::string> cells);
    void print(std::ostream& out) const;

private:
    std::vector<std::string> m_titles;
    std::vector<Align> m_align;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace debrief::cli

#include "stringtable.h"

#include <limits>
#include <stdexcept>

namespace debrief::trace {

StringTable::StringTable(bool interning) : m_interning(interning)
{
    clear();
}

void StringTable::clear()
{
    m_arena.clear();
    m_offsets.assign({0, 0});  // entry 0: the empty string
    m_index.clear();
}

void StringTable::reserve(std::size_t entries, std::size_t bytes)
{
    m_offsets.reserve(m_offsets.size() + entries);
    m_arena.reserve(m_arena.size() + bytes);
}

std::uint32_t StringTable::add(std::string_view text)
{
    if (text.empty())
        return 0;
    if (m_interning) {
        if (auto it = m_index.find(text); it != m_index.end())
            return it->second;
    }
    if (m_arena.size() + text.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("string table is full (4 GiB of names)");
    const auto index = static_cast<std::uint32_t>(m_offsets.size() - 1);
    m_arena.append(text);
    m_offsets.push_back(static_cast<std::uint32_t>(m_arena.size()));
    if (m_interning)
        m_index.emplace(std::string(text), index);
    return index;
}

std::string_view StringTable::at(std::uint32_t index) const
{
    if (index + 1 >= m_offsets.size())
        return {};
    return std::string_view(m_arena).substr(m_offsets[index], m_offsets[index + 1] - m_offsets[index]);
}

}  // namespace debrief::trace

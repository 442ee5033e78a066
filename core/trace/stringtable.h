#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace debrief::trace {

// Strings stored once in one arena and addressed by a 32-bit index; index 0 is the empty string.
// With interning on, equal strings share an index (users, virtual clusters); off, every add is a
// new entry (original job ids, which are unique anyway and not worth a hash lookup per row).
class StringTable {
public:
    explicit StringTable(bool interning = true);

    std::uint32_t add(std::string_view text);
    std::string_view at(std::uint32_t index) const;
    std::size_t size() const { return m_offsets.size() - 1; }
    std::size_t bytes() const { return m_arena.size(); }
    void clear();
    // Room for `entries` more strings of `bytes` in all, so that a large import does not copy the
    // arena over and over while it grows.
    void reserve(std::size_t entries, std::size_t bytes);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    bool m_interning;
    std::string m_arena;
    std::vector<std::uint32_t> m_offsets;  // entry i spans [m_offsets[i], m_offsets[i+1])
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_index;
};

}  // namespace debrief::trace

#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace debrief::cli {

// A streaming JSON writer: keys and values are written as they come, commas and escaping are its
// business. Doubles use the shortest text that reads back to the same value; NaN/inf become null.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(int number) { return value(std::int64_t(number)); }
    JsonWriter& value(unsigned number) { return value(std::uint64_t(number)); }
    JsonWriter& value(double number);
    JsonWriter& null();
    template <typename T> JsonWriter& value(const std::optional<T>& maybe) { return maybe ? value(*maybe) : null(); }

    template <typename T> JsonWriter& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

private:
    void separate();
    std::ostream& m_out;
    std::vector<bool> m_first;  // per open container: nothing written in it yet
    bool m_afterKey = false;
};

}  // namespace debrief::cli

#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace debrief::cli {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out << ',';
        m_first.back() = false;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out << '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out << '}';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out << '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out << ']';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    value(name);
    m_out << ':';
    m_afterKey = true;
    return *this;
}

namespace {

// Bytes of the well-formed UTF-8 sequence that starts text[at] (Unicode table 3-7), or, as a
// negative number, how many bytes form the longest start of one that goes wrong: those are one
// U+FFFD, as Unicode recommends ("maximal subpart").
int utf8Sequence(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF;  // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    } else {
        return -1;
    }
    for (int i = 1; i < length; ++i) {
        const std::size_t next = at + static_cast<std::size_t>(i);
        if (next >= text.size())
            return -i;
        const unsigned char c = byte(next);
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return -i;
    }
    return length;
}

}  // namespace

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    m_out << '"';
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        switch (c) {
        case '"': m_out << "\\\""; break;
        case '\\': m_out << "\\\\"; break;
        case '\n': m_out << "\\n"; break;
        case '\r': m_out << "\\r"; break;
        case '\t': m_out << "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                m_out << "\\u00" << hex[(c >> 4) & 0xf] << hex[c & 0xf];
            } else if (static_cast<unsigned char>(c) < 0x80) {
                m_out << c;
            } else {
                // Text from a trace (a skipped row's value, a user name, a file name) can be any
                // bytes; JSON is UTF-8, so what is not UTF-8 becomes U+FFFD.
                const int length = utf8Sequence(text, i);
                if (length > 0) {
                    m_out.write(text.data() + i, length);
                    i += static_cast<std::size_t>(length);
                } else {
                    m_out << "\xEF\xBF\xBD";
                    i += static_cast<std::size_t>(-length);
                }
                continue;
            }
        }
        ++i;
    }
    m_out << '"';
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out << (flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number)
{
    separate();
    m_out << number;
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number)
{
    separate();
    m_out << number;
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    separate();
    char text[32];
    const auto [end, ec] = std::to_chars(text, text + sizeof text, number);
    m_out.write(text, end - text);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out << "null";
    return *this;
}

}  // namespace debrief::cli

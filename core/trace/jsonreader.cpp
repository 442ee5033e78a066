#include "jsonreader.h"

#include "importissue.h"

#include <cstring>

namespace debrief::trace {

namespace {
constexpr int kMaxDepth = 64;  // a trace record is a few levels deep; deeper is garbage
}

const JsonValue* JsonValue::member(std::string_view name) const
{
    for (const auto& [key, value] : members) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

JsonReader::JsonReader(ByteSource& source) : m_source(source), m_buffer(new char[ByteSource::kChunk])
{
}

void JsonReader::fail(std::string detail) const
{
    throw ImportError({IssueReason::BadJson, m_source.name(), m_line, {}, {}, std::move(detail)});
}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    m_offset += m_size;
    m_size = m_source.read(m_buffer.get(), ByteSource::kChunk);
    m_pos = 0;
    if (m_size == 0) {
        m_eof = true;
        return false;
    }
    if (std::memchr(m_buffer.get(), '\0', m_size))
        throw ImportError({IssueReason::BinaryData, m_source.name(), m_line, {}, {}, "NUL byte"});
    if (!m_started) {
        m_started = true;
        if (m_size >= 3 && std::memcmp(m_buffer.get(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;  // UTF-8 byte order mark
    }
    return m_pos < m_size || fill();
}

char JsonReader::get()
{
    if (m_pos == m_size && !fill())
        fail("unexpected end of file");
    const char c = m_buffer[m_pos++];
    if (c == '\n')
        ++m_line;
    return c;
}

void JsonReader::skipSpace()
{
    for (;;) {
        if (m_pos == m_size && !fill())
            return;
        const char c = m_buffer[m_pos];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return;
        if (c == '\n')
            ++m_line;
        ++m_pos;
    }
}

char JsonReader::peek()
{
    skipSpace();
    return m_pos == m_size ? '\0' : m_buffer[m_pos];
}

bool JsonReader::consume(char c)
{
    if (peek() != c)
        return false;
    ++m_pos;
    return true;
}

void JsonReader::expect(char c, std::string_view what)
{
    const char found = peek();
    if (found != c)
        fail("expected " + std::string(what) + (found ? std::string(", found `") + found + "`" : ", found the end"));
    ++m_pos;
}

void JsonReader::recordTooLong() const
{
    throw ImportError({IssueReason::RecordTooLong, m_source.name(), m_recordLine, {}, {},
                       "longer than the limit of " + std::to_string(kMaxRecordBytes) + " bytes"});
}

void JsonReader::readString(std::string& out)
{
    out.clear();
    for (;;) {
        if (out.size() > kMaxRecordBytes)
            recordTooLong();  // the string alone is longer than its record may be
        char c = get();
        if (c == '"')
            return;
        if (static_cast<unsigned char>(c) < 0x20)
            fail("control character inside a string");
        if (c != '\\') {
            out += c;
            continue;
        }
        c = get();
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            unsigned code = 0;
            for (int i = 0; i < 4; ++i) {
                const char h = get();
                code <<= 4;
                if (h >= '0' && h <= '9')
                    code |= static_cast<unsigned>(h - '0');
                else if (h >= 'a' && h <= 'f')
                    code |= static_cast<unsigned>(h - 'a' + 10);
                else if (h >= 'A' && h <= 'F')
                    code |= static_cast<unsigned>(h - 'A' + 10);
                else
                    fail("bad \\u escape");
            }
            // UTF-8 of one code unit; surrogate pairs are left as two units (names only).
            if (code < 0x80) {
                out += static_cast<char>(code);
            } else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
            break;
        }
        default: fail(std::string("bad escape `\\") + c + "`");
        }
    }
}

void JsonReader::readLiteral(std::string_view word)
{
    for (char expected : word) {
        if (get() != expected)
            fail("unknown word (expected `" + std::string(word) + "`)");
    }
}

JsonValue JsonReader::value()
{
    peek();
    m_recordStart = m_offset + m_pos;
    m_recordLine = m_line;
    return value(0);
}

JsonValue JsonReader::value(int depth)
{
    if (depth > kMaxDepth)
        fail("nested too deeply");
    // Checked at every value: a record's parts never get more than a value past the limit.
    if (m_offset + m_pos - m_recordStart > kMaxRecordBytes)
        recordTooLong();
    JsonValue v;
    const char c = peek();
    switch (c) {
    case '{':
        ++m_pos;
        v.type = JsonValue::Type::Object;
        if (consume('}'))
            return v;
        do {
            expect('"', "a member name in quotes");
            std::string key;
            readString(key);
            expect(':', "`:` after a member name");
            v.members.push_back(JsonMember{std::move(key), value(depth + 1)});
        } while (consume(','));
        expect('}', "`,` or `}`");
        return v;
    case '[':
        ++m_pos;
        v.type = JsonValue::Type::Array;
        if (consume(']'))
            return v;
        do {
            v.items.push_back(value(depth + 1));
        } while (consume(','));
        expect(']', "`,` or `]`");
        return v;
    case '"':
        ++m_pos;
        v.type = JsonValue::Type::String;
        readString(v.text);
        return v;
    case 't':
        readLiteral("true");
        v.type = JsonValue::Type::Bool;
        v.text = "true";
        return v;
    case 'f':
        readLiteral("false");
        v.type = JsonValue::Type::Bool;
        v.text = "false";
        return v;
    case 'n': readLiteral("null"); return v;
    case '\0': fail("unexpected end of file");
    default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        v.type = JsonValue::Type::Number;
        for (;;) {
            if (m_pos == m_size && !fill())
                break;
            const char d = m_buffer[m_pos];
            if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E'))
                break;
            if (v.text.size() == kMaxRecordBytes)
                recordTooLong();
            v.text += d;
            ++m_pos;
        }
        return v;
    }
    fail(std::string("unexpected `") + c + "`");
}

}  // namespace debrief::trace

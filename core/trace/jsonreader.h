#pragma once

#include "bytesource.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace debrief::trace {

struct JsonMember;

// One JSON value, small enough to hold one trace record at a time. Numbers keep their text so
// that the importer decides how to read them.
struct JsonValue {
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    std::string text;  // String: the decoded string; Number: as written; Bool: "true"/"false"
    std::vector<JsonValue> items;
    // A named struct rather than std::pair: libstdc++'s pair needs a complete JsonValue, which
    // clang enforces here (a vector of an incomplete class is fine).
    std::vector<JsonMember> members;

    const JsonValue* member(std::string_view name) const;
    bool isNull() const { return type == Type::Null; }
};

struct JsonMember {
    std::string name;
    JsonValue value;
};

// A streaming JSON reader: the caller walks the outer structure (a huge array of jobs) with
// consume()/peek() and reads each element whole with value(). Throws ImportError(BadJson) with the
// line of the mistake.
class JsonReader {
public:
    explicit JsonReader(ByteSource& source);

    char peek();           // next non-space byte, 0 at the end
    bool consume(char c);  // skips spaces; takes c if it is next
    void expect(char c, std::string_view what);
    // One value whole (a job record); throws ImportError(RecordTooLong) once it passes
    // kMaxRecordBytes, before its parts take more memory.
    JsonValue value();
    std::uint64_t line() const { return m_line; }
    [[noreturn]] void fail(std::string detail) const;

private:
    bool fill();
    char get();
    void skipSpace();
    void readString(std::string& out);
    void readLiteral(std::string_view word);
    JsonValue value(int depth);
    [[noreturn]] void recordTooLong() const;

    ByteSource& m_source;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_size = 0;
    std::size_t m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    std::uint64_t m_line = 1;
    std::uint64_t m_offset = 0;       // bytes of the input before m_buffer
    std::uint64_t m_recordStart = 0;  // where the value() being read started
    std::uint64_t m_recordLine = 0;
};

}  // namespace debrief::trace

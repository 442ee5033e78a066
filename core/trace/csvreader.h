#pragma once

#include "bytesource.h"
#include "importissue.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace debrief::trace {

// Streaming RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside
// quotes, CRLF or LF, a UTF-8 BOM, blank lines skipped. Fields are views into the chunk buffer
// (unquoted in place), valid until the next call to next(); nothing is allocated per field.
class CsvReader {
public:
    explicit CsvReader(ByteSource& source);

    // Moves to the next record; false at the end. Throws ImportError(BinaryData) on a NUL byte and
    // ImportError(RecordTooLong) on a record longer than kMaxRecordBytes (importissue.h).
    bool next();
    const std::vector<std::string_view>& fields() const { return m_fields; }
    std::uint64_t line() const { return m_recordLine; }  // 1-based physical line where it starts
    // Average bytes per line in the first chunk, to size the job vector before reading (0: unknown).
    double averageLineLength();
    const ByteSource& source() const { return m_source; }

private:
    bool refill();                        // keeps [m_pos, m_end), appends more bytes; false when nothing more came
    bool parseQuoted(const char* begin);  // slow path; false when the record is not complete yet
    void checkBinary(const char* from, const char* to);
    [[noreturn]] void recordTooLong() const;

    ByteSource& m_source;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
    char* m_pos = nullptr;
    char* m_end = nullptr;
    bool m_eof = false;
    bool m_started = false;
    std::uint64_t m_line = 1;  // line of m_pos
    std::uint64_t m_recordLine = 0;
    std::vector<std::string_view> m_fields;
};

}  // namespace debrief::trace

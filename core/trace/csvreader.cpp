#include "csvreader.h"

#include "importissue.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace debrief::trace {

CsvReader::CsvReader(ByteSource& source)
    : m_source(source), m_buffer(new char[4 * ByteSource::kChunk]), m_capacity(4 * ByteSource::kChunk)
{
    m_pos = m_end = m_buffer.get();
    m_fields.reserve(32);
}

void CsvReader::checkBinary(const char* from, const char* to)
{
    const void* nul = std::memchr(from, '\0', static_cast<std::size_t>(to - from));
    if (!nul)
        return;
    const char* at = static_cast<const char*>(nul);
    const auto line = m_line + static_cast<std::uint64_t>(std::count(static_cast<const char*>(m_pos), at, '\n'));
    throw ImportError({IssueReason::BinaryData, m_source.name(), line, {}, {}, "NUL byte"});
}

void CsvReader::recordTooLong() const
{
    throw ImportError({IssueReason::RecordTooLong, m_source.name(), m_line, {}, {},
                       "longer than the limit of " + std::to_string(kMaxRecordBytes) + " bytes"});
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    const auto kept = static_cast<std::size_t>(m_end - m_pos);
    if (m_pos != m_buffer.get()) {
        std::memmove(m_buffer.get(), m_pos, kept);
        m_pos = m_buffer.get();
        m_end = m_pos + kept;
    }
    if (m_capacity - kept < ByteSource::kChunk) {
        // One record longer than the buffer (a huge quoted field): grow, keeping what we have.
        const std::size_t capacity = m_capacity * 2;
        std::unique_ptr<char[]> bigger(new char[capacity]);
        std::memcpy(bigger.get(), m_pos, kept);
        m_buffer = std::move(bigger);
        m_capacity = capacity;
        m_pos = m_buffer.get();
        m_end = m_pos + kept;
    }
    std::size_t added = 0;
    while (m_capacity - kept - added >= ByteSource::kChunk && added < 3 * ByteSource::kChunk) {
        const std::size_t got = m_source.read(m_end + added, ByteSource::kChunk);
        if (got == 0) {
            m_eof = true;
            break;
        }
        added += got;
    }
    checkBinary(m_end, m_end + added);
    if (!m_started && added > 0) {
        m_started = true;
        // A UTF-8 byte order mark says nothing about the data.
        if (added >= 3 && std::memcmp(m_end, "\xEF\xBB\xBF", 3) == 0) {
            m_end += added;
            m_pos += 3;
            return true;
        }
    }
    m_end += added;
    return added > 0;
}

double CsvReader::averageLineLength()
{
    if (!m_started)
        refill();
    const auto size = static_cast<std::size_t>(m_end - m_pos);
    const auto lines = std::count(static_cast<const char*>(m_pos), static_cast<const char*>(m_end), '\n');
    if (lines == 0)
        return 0;
    return static_cast<double>(size) / static_cast<double>(lines);
}

namespace {

// Bytes that end the fast path: separators, line ends and quotes.
struct SpecialBytes {
    bool table[256] = {};
    constexpr SpecialBytes()
    {
        table[static_cast<unsigned char>(',')] = true;
        table[static_cast<unsigned char>('\n')] = true;
        table[static_cast<unsigned char>('"')] = true;
    }
};
constexpr SpecialBytes kSpecial;

}  // namespace

bool CsvReader::next()
{
    for (;;) {
        if (m_pos == m_end && !refill())
            return false;
        // Fast path: unquoted fields split on the fly, one pass over the bytes.
        m_fields.clear();
        const char* p = m_pos;
        // Never look further than one byte past the limit, so that the fields of an over-long
        // record are never all collected.
        const char* end = static_cast<std::size_t>(m_end - m_pos) > kMaxRecordBytes ? m_pos + kMaxRecordBytes + 1 : m_end;
        const char* fieldStart = p;
        bool quoted = false;
        bool complete = false;
#if defined(__SSE2__)
        // 16 bytes at a time: a mask of the separators, line ends and quotes among them, handled
        // bit by bit exactly as the byte loop below handles them.
        const __m128i commas = _mm_set1_epi8(','), breaks = _mm_set1_epi8('\n'), quotes = _mm_set1_epi8('"');
        while (end - p >= 16 && !complete && !quoted) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, commas), _mm_cmpeq_epi8(bytes, breaks)), _mm_cmpeq_epi8(bytes, quotes))));
            const char* const block = p;
            p += 16;
            for (; mask != 0; mask &= mask - 1) {
                const char* at = block + __builtin_ctz(mask);
                if (*at == ',') {
                    m_fields.emplace_back(fieldStart, static_cast<std::size_t>(at - fieldStart));
                    fieldStart = at + 1;
                    continue;
                }
                p = at;
                (*at == '\n' ? complete : quoted) = true;
                break;
            }
        }
#endif
        while (p != end && !complete && !quoted) {
            const char c = *p;
            if (!kSpecial.table[static_cast<unsigned char>(c)]) {
                ++p;
                continue;
            }
            if (c == ',') {
                m_fields.emplace_back(fieldStart, static_cast<std::size_t>(p - fieldStart));
                fieldStart = ++p;
            } else if (c == '\n') {
                complete = true;
                break;
            } else {
                quoted = true;
                break;
            }
        }
        if (quoted) {
            if (parseQuoted(m_pos))
                return true;
            if (!refill()) {
                // Unterminated quote at the end of the file: take what is there as the last record.
                m_eof = true;
                if (parseQuoted(m_pos))
                    return true;
                return false;
            }
            continue;
        }
        if (static_cast<std::size_t>(p - m_pos) > kMaxRecordBytes)
            recordTooLong();
        if (!complete && !m_eof) {
            refill();  // moves the buffer: scan the record again either way
            continue;
        }
        // p is at '\n' or at the end of the input.
        const char* lineEnd = p;
        if (lineEnd != fieldStart && lineEnd[-1] == '\r')
            --lineEnd;
        m_fields.emplace_back(fieldStart, static_cast<std::size_t>(lineEnd - fieldStart));
        m_recordLine = m_line;
        ++m_line;
        m_pos = const_cast<char*>(p == m_end ? p : p + 1);
        if (m_fields.size() == 1 && m_fields[0].empty())
            continue;  // blank line
        return true;
    }
}

bool CsvReader::parseQuoted(const char* begin)
{
    // First find where the record ends, so that a record cut by the chunk end is not half-edited.
    const char* p = begin;
    const char* end = m_end;
    bool inQuotes = false;
    bool atFieldStart = true;
    std::uint64_t breaks = 0;
    for (; p != end; ++p) {
        if (static_cast<std::size_t>(p - begin) > kMaxRecordBytes)
            recordTooLong();
        const char c = *p;
        if (inQuotes) {
            if (c == '"') {
                if (p + 1 == end && !m_eof)
                    return false;  // cannot tell "" from a closing quote yet
                if (p + 1 != end && p[1] == '"')
                    ++p;
                else
                    inQuotes = false;
            } else if (c == '\n') {
                ++breaks;
            }
            continue;
        }
        if (c == '\n')
            break;
        if (c == '"' && atFieldStart)
            inQuotes = true;
        atFieldStart = c == ',';
    }
    if (p == end && !m_eof)
        return false;
    const char* recordEnd = p;  // at '\n' or the end of input

    // Then split and unquote in place: the unquoted text is never longer than the quoted one.
    m_fields.clear();
    char* q = const_cast<char*>(begin);
    char* stop = const_cast<char*>(recordEnd);
    if (stop != q && stop[-1] == '\r')
        --stop;
    for (;;) {
        char* out = q;
        char* fieldStart = q;
        if (q != stop && *q == '"') {
            ++q;
            for (;;) {
                if (q == stop)
                    break;  // unterminated quote at the end of the input
                if (*q == '"') {
                    if (q + 1 < stop && q[1] == '"') {
                        *out++ = '"';
                        q += 2;
                        continue;
                    }
                    ++q;
                    break;
                }
                *out++ = *q++;
            }
            // Text after the closing quote (not RFC 4180) is kept as it is.
            while (q != stop && *q != ',')
                *out++ = *q++;
        } else {
            while (q != stop && *q != ',')
                ++q;
            out = q;
        }
        m_fields.emplace_back(fieldStart, static_cast<std::size_t>(out - fieldStart));
        if (q == stop)
            break;
        ++q;  // the comma
    }
    m_recordLine = m_line;
    m_line += breaks + 1;
    m_pos = const_cast<char*>(recordEnd == m_end ? recordEnd : recordEnd + 1);
    return true;
}

}  // namespace debrief::trace

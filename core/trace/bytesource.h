#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <istream>
#include <memory>
#include <string>

namespace debrief::trace {

// The bytes of one trace, read in fixed chunks from a file or a stream so that memory never grows
// with the file size. Reports progress every chunk and lets the caller cancel.
class ByteSource {
public:
    using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;
    static constexpr std::size_t kChunk = std::size_t{1} << 20;  // progress granularity too

    // Throws ImportError(CannotOpen) when the file cannot be read.
    ByteSource(const std::string& path, Progress progress);
    ByteSource(std::istream& in, std::string name, Progress progress);
    ~ByteSource();
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Up to `size` bytes (at most one chunk per call); 0 at the end. Throws ImportError(Cancelled)
    // when the progress callback says stop.
    std::size_t read(char* data, std::size_t size);
    // The first bytes of the input without consuming them (for format detection).
    std::string_view peek(std::size_t size);

    const std::string& name() const { return m_name; }
    std::uint64_t total() const { return m_total; }  // 0 when unknown
    std::uint64_t done() const { return m_done; }

private:
    std::size_t readRaw(char* data, std::size_t size);

    std::string m_name;
    std::FILE* m_file = nullptr;
    std::istream* m_stream = nullptr;
    Progress m_progress;
    std::uint64_t m_total = 0;
    // A regular file's size is known before reading: peek() reads no more than it holds (format
    // detection asks for 192 KB; zero-filling that for a 6-job file was a fifth of a small replay's
    // page faults). Pipes and /proc files report size 0 and are read as asked.
    bool m_sizeKnown = false;
    std::uint64_t m_done = 0;
    std::string m_peeked;  // bytes read ahead by peek(), served before the rest
    std::size_t m_peekedUsed = 0;
};

}  // namespace debrief::trace

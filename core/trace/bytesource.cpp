#include "bytesource.h"

#include "importissue.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace debrief::trace {

ByteSource::ByteSource(const std::string& path, Progress progress) : m_name(path), m_progress(std::move(progress))
{
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
        throw ImportError({IssueReason::CannotOpen, path, 0, {}, {}, "it is a folder"});
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file)
        throw ImportError({IssueReason::CannotOpen, path, 0, {}, {}, std::strerror(errno)});
    if (::stat(path.c_str(), &info) == 0) {
        m_total = static_cast<std::uint64_t>(info.st_size);
        m_sizeKnown = S_ISREG(info.st_mode) && m_total > 0;
    }
}

ByteSource::ByteSource(std::istream& in, std::string name, Progress progress)
    : m_name(std::move(name)), m_stream(&in), m_progress(std::move(progress))
{
    const auto here = in.tellg();
    if (here != std::streampos(-1) && in.seekg(0, std::ios::end)) {
        const auto end = in.tellg();
        if (end != std::streampos(-1) && end >= here)
            m_total = static_cast<std::uint64_t>(end - here);
        in.seekg(here);
    }
    in.clear();
}

ByteSource::~ByteSource()
{
    if (m_file)
        std::fclose(m_file);
}

std::size_t ByteSource::readRaw(char* data, std::size_t size)
{
    if (m_file)
        return std::fread(data, 1, size, m_file);
    m_stream->read(data, static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(m_stream->gcount());
}

std::size_t ByteSource::read(char* data, std::size_t size)
{
    size = std::min(size, kChunk);
    std::size_t got = 0;
    if (m_peekedUsed < m_peeked.size()) {
        got = std::min(size, m_peeked.size() - m_peekedUsed);
        std::memcpy(data, m_peeked.data() + m_peekedUsed, got);
        m_peekedUsed += got;
        if (m_peekedUsed == m_peeked.size()) {
            m_peeked.clear();
            m_peeked.shrink_to_fit();
            m_peekedUsed = 0;
        }
    }
    if (got < size && m_peeked.empty())
        got += readRaw(data + got, size - got);
    if (m_file && got < size && std::ferror(m_file))
        throw ImportError({IssueReason::CannotOpen, m_name, 0, {}, {}, "read error"});
    m_done += got;
    if (m_progress && (got > 0 || m_done == 0) && !m_progress(m_done, std::max(m_total, m_done)))
        throw ImportError({IssueReason::Cancelled, m_name, 0, {}, {}, {}});
    return got;
}

std::string_view ByteSource::peek(std::size_t size)
{
    if (m_peeked.size() - m_peekedUsed < size && m_peekedUsed == 0) {
        const std::size_t have = m_peeked.size();
        // One byte more than the file held at open: a file that grew since is still seen to go on.
        const std::size_t want =
            m_sizeKnown && m_total < size ? std::max<std::size_t>(have, static_cast<std::size_t>(m_total) + 1) : size;
        m_peeked.resize(want);
        const std::size_t got = readRaw(m_peeked.data() + have, want - have);
        m_peeked.resize(have + got);
    }
    return std::string_view(m_peeked).substr(m_peekedUsed, size);
}

}  // namespace debrief::trace

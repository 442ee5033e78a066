#include "progressbar.h"

#include <algorithm>
#include <unistd.h>

namespace debrief::cli {

ProgressBar::ProgressBar(std::string label, std::FILE* stream)
    : m_label(std::move(label)), m_stream(stream), m_enabled(isatty(fileno(stream)) == 1),
      m_start(std::chrono::steady_clock::now()), m_lastDraw(m_start)
{
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(double fraction)
{
    if (!m_enabled)
        return;
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (now - m_start < std::chrono::seconds(1) || now - m_lastDraw < std::chrono::milliseconds(100))
        return;
    m_lastDraw = now;
    fraction = std::clamp(fraction, 0.0, 1.0);
    constexpr int kWidth = 30;
    const int filled = int(fraction * kWidth);
    std::fprintf(m_stream, "\r%s [%s%s] %3d%%", m_label.c_str(), std::string(std::size_t(filled), '#').c_str(),
                 std::string(std::size_t(kWidth - filled), ' ').c_str(), int(fraction * 100));
    std::fflush(m_stream);
    m_drawn = true;
}

void ProgressBar::finish()
{
    std::lock_guard lock(m_mutex);
    if (m_drawn) {
        std::fprintf(m_stream, "\r\033[K");
        std::fflush(m_stream);
        m_drawn = false;
    }
}

}  // namespace debrief::cli

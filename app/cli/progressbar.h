#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace debrief::cli {

// A progress bar on stderr, shown only when stderr is a terminal and the work has already taken a
// second: short runs and pipes stay clean. Thread-safe; redraws at most ten times a second.
class ProgressBar {
public:
    explicit ProgressBar(std::string label, std::FILE* stream = stderr);
    ~ProgressBar();
    void update(double fraction);
    void finish();

private:
    std::string m_label;
    std::FILE* m_stream;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
    std::mutex m_mutex;
};

}  // namespace debrief::cli

#pragma once

#include <cstdint>

namespace debrief::storage {
class Database;
}

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::studio {

// A live mock interview in progress for the screenshots (`--screenshot`, a fresh database): the demo
// candidate mid-way through a Technical round, with an answer the coach marks up, scores and notes.
class DemoLiveSession {
public:
    // Stores it and returns its id, with the clock at 11:40 and the second question current.
    static std::int64_t create(const storage::Database& database, const interview::ContentLibrary& content);
};

}  // namespace debrief::studio

#pragma once

#include <cstdint>

namespace debrief::studio {

// The time boxes a session was set up with (the database has no column for them): per question and in
// total, in seconds, kept in QSettings under the session's id. A question time box of 0 means "each
// question's own time box from the bank".
struct SessionTimeBoxes {
    int questionSeconds = 0;
    int totalSeconds = 45 * 60;

    static SessionTimeBoxes defaults();  // from the Settings dialog
    static SessionTimeBoxes load(std::int64_t sessionId);
    void save(std::int64_t sessionId) const;
};

}  // namespace debrief::studio

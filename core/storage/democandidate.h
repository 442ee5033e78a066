#pragma once

#include <QString>

namespace debrief::storage {

class Database;

// The demo candidate (3 sessions over two weeks with two interviewers and improving scores, a
// portfolio of three cross-team projects, four drill cards, a loop plan started eight days ago with
// seven preparation items ticked), for screenshots, tests and a first look.
// Dates are relative to today. `debrief-cli demo` and the studio both fill it through here.
class DemoCandidate {
public:
    static QString name();
    // All or nothing; replaces an earlier demo candidate instead of adding a twin. Throws StorageError.
    static void fill(const Database& database);
};

}  // namespace debrief::storage

#pragma once

#include "storage/sessionsummary.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// At start-up: sessions the last run left In progress become Interrupted, and the newest one is
// offered for resuming.
class ResumeOffer {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::ResumeOffer)

public:
    // Marks what the last run left open as Interrupted; returns the newest Interrupted session.
    static std::optional<storage::SessionSummary> interruptedSession(const storage::Database& database);
    // Asks whether to resume it (Yes is the default).
    static bool ask(QWidget* parent, const storage::SessionSummary& session);
};

}  // namespace debrief::studio

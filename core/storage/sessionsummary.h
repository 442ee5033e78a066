#pragma once

#include "studio/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace debrief::storage {

// One line of the session list: what identifies a session without loading its answers.
struct SessionSummary {
    std::int64_t id = 0;
    studio::SessionMode mode = studio::SessionMode::SoloPractice;
    studio::SessionStatus status = studio::SessionStatus::InProgress;
    QString candidate;
    QStringList interviewers;
    QList<studio::RoundKind> rounds;
    QDateTime startedAt;
    QDateTime updatedAt;
    std::int64_t elapsedMs = 0;
    int questionCount = 0;
    studio::Recommendation recommendation = studio::Recommendation::None;
};

}  // namespace debrief::storage

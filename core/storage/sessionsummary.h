#pragma once

#include "interview/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace debrief::storage {

// One line of the session list: what identifies a session without loading its answers.
struct SessionSummary {
    std::int64_t id = 0;
    interview::SessionMode mode = interview::SessionMode::SoloPractice;
    interview::SessionStatus status = interview::SessionStatus::InProgress;
    QString candidate;
    QStringList interviewers;
    QList<interview::RoundKind> rounds;
    QDateTime startedAt;
    QDateTime updatedAt;
    std::int64_t elapsedMs = 0;
    int questionCount = 0;
    interview::Recommendation recommendation = interview::Recommendation::None;
};

}  // namespace debrief::storage

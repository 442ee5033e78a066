#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace debrief::interview {

enum class DrillGrade : std::uint8_t { Again = 1, Hard = 2, Good = 3, Easy = 4 };
enum class DrillSubject : std::uint8_t { Question, Dimension };
enum class DrillState : std::uint8_t { New, Learning, Review, Relearning };

// One spaced-repetition card: a question or a matrix dimension the candidate scored weak. The
// scheduling fields are FSRS's (memory stability in days, difficulty 1-10); see drillscheduler.h.
struct DrillCard {
    std::int64_t id = 0;
    QString candidate;
    DrillSubject subject = DrillSubject::Question;
    QString ref;  // question id, or dimension key ("failure-isolation")
    DrillState state = DrillState::New;
    double stability = 0.0;   // days
    double difficulty = 0.0;  // 1..10
    QDateTime due;            // UTC
    QDateTime lastReview;     // UTC; invalid = never
    int reps = 0;
    int lapses = 0;
};

}  // namespace debrief::interview

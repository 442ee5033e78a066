#pragma once

#include "drillcard.h"
#include "session.h"

#include <QDateTime>
#include <QList>

#include <array>

// Spaced repetition of weak questions and matrix dimensions with FSRS-4.5 (its published default
// weights w0..w16), deterministic: `now` is a parameter and there is no interval fuzz.
//
//   Retrievability after t whole days:  R(t, S) = (1 + F t / S)^C,  C = -0.5, F = 19/81 (so R(S, S) = 0.9)
//   Interval for desired retention r:   I = S / F (r^(1/C) - 1), = S for r = 0.9; rounded to whole days, >= 1
//   First review with grade G (1-4):    S0 = w[G-1],  D0(G) = w4 - (G - 3) w5, clamped to 1..10
//   Difficulty after a review:          D' = w7 D0(3) + (1 - w7) (D - w6 (G - 3)), clamped to 1..10
//   Stability after a recall (G >= 2):  S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) h b),
//                                       h = w15 for Hard else 1, b = w16 for Easy else 1
//   Stability after a lapse (Again):    S' = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R))
// D and S on the right are the values before the review. There are no intra-day learning steps: every
// review schedules whole days. States: New -> Review (Learning on Again); Review -> Relearning on Again
// (a lapse); Learning/Relearning -> Review on any other grade.
namespace debrief::interview {

class DrillScheduler {
public:
    static constexpr std::array<double, 17> kDefaultWeights{0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298,
                                                            0.8975, 0.031,  1.6474, 0.1367,  1.0461, 2.1072,
                                                            0.0793, 0.3246, 1.587,  0.2272,  2.8755};
    static constexpr double kDecay = -0.5;
    static constexpr double kFactor = 19.0 / 81.0;
    static constexpr int kMaxIntervalDays = 36500;

    explicit DrillScheduler(double desiredRetention = 0.9, const std::array<double, 17>& weights = kDefaultWeights)
        : m_retention(desiredRetention), m_w(weights)
    {
    }

    DrillCard review(DrillCard card, DrillGrade grade, const QDateTime& now) const;
    static double retrievability(double elapsedDays, double stability);
    int intervalDays(double stability) const;
    // Whole days since the last review (FSRS counts days, not hours).
    static int elapsedDays(const DrillCard& card, const QDateTime& now);

    // Cards due at `now` (New cards and those without a date included), earliest first.
    static QList<DrillCard> due(const QList<DrillCard>& cards, const QDateTime& now);

    // New cards for what the interviewer scored weak in a session: a question whose Depth or effective
    // Vision was <= 2, a matrix dimension the interviewer placed below Level 3. A subject that already
    // has a card for this candidate (in `existing`) gets no second one. New cards are due at `now`.
    static QList<DrillCard> cardsFromSession(const Session& session, const QString& interviewer,
                                             const QList<DrillCard>& existing, const QDateTime& now, int visionCap = 2);

private:
    double initialDifficulty(DrillGrade grade) const;

    double m_retention;
    std::array<double, 17> m_w;
};

}  // namespace debrief::interview

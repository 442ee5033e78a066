#include "drillscheduler.h"

#include "visioncap.h"

#include <algorithm>
#include <cmath>

namespace debrief::interview {

double DrillScheduler::retrievability(double elapsedDays, double stability)
{
    if (stability <= 0)
        return 0.0;
    return std::pow(1.0 + kFactor * elapsedDays / stability, kDecay);
}

int DrillScheduler::intervalDays(double stability) const
{
    const double days = stability / kFactor * (std::pow(m_retention, 1.0 / kDecay) - 1.0);
    return std::clamp(int(std::lround(days)), 1, kMaxIntervalDays);
}

int DrillScheduler::elapsedDays(const DrillCard& card, const QDateTime& now)
{
    if (!card.lastReview.isValid())
        return 0;
    return int(std::max<qint64>(card.lastReview.secsTo(now), 0) / 86400);
}

double DrillScheduler::initialDifficulty(DrillGrade grade) const
{
    return std::clamp(m_w[4] - (int(grade) - 3) * m_w[5], 1.0, 10.0);
}

DrillCard DrillScheduler::review(DrillCard card, DrillGrade grade, const QDateTime& now) const
{
    const int g = int(grade);
    if (card.state == DrillState::New) {
        card.stability = m_w[std::size_t(g - 1)];
        card.difficulty = initialDifficulty(grade);
        card.state = grade == DrillGrade::Again ? DrillState::Learning : DrillState::Review;
    } else {
        const double r = retrievability(elapsedDays(card, now), card.stability);
        const double d = card.difficulty, s = card.stability;
        if (grade == DrillGrade::Again) {
            card.stability =
                m_w[11] * std::pow(d, -m_w[12]) * (std::pow(s + 1.0, m_w[13]) - 1.0) * std::exp(m_w[14] * (1.0 - r));
            if (card.state == DrillState::Review) {
                card.state = DrillState::Relearning;
                ++card.lapses;
            }
        } else {
            const double hard = grade == DrillGrade::Hard ? m_w[15] : 1.0;
            const double easy = grade == DrillGrade::Easy ? m_w[16] : 1.0;
            card.stability = s * (1.0 + std::exp(m_w[8]) * (11.0 - d) * std::pow(s, -m_w[9]) *
                                            (std::exp(m_w[10] * (1.0 - r)) - 1.0) * hard * easy);
            card.state = DrillState::Review;
        }
        card.difficulty = std::clamp(
            m_w[7] * initialDifficulty(DrillGrade::Good) + (1.0 - m_w[7]) * (d - m_w[6] * (g - 3)), 1.0, 10.0);
    }
    ++card.reps;
    card.lastReview = now;
    card.due = now.addDays(intervalDays(card.stability));
    return card;
}

QList<DrillCard> DrillScheduler::due(const QList<DrillCard>& cards, const QDateTime& now)
{
    QList<DrillCard> result;
    for (const DrillCard& card : cards)
        if (card.state == DrillState::New || !card.due.isValid() || card.due <= now)
            result.append(card);
    std::stable_sort(result.begin(), result.end(), [](const DrillCard& a, const DrillCard& b) {
        // Cards with no date first: they were never scheduled.
        if (a.due.isValid() != b.due.isValid())
            return !a.due.isValid();
        return a.due < b.due;
    });
    return result;
}

QList<DrillCard> DrillScheduler::cardsFromSession(const Session& session, const QString& interviewer,
                                                  const QList<DrillCard>& existing, const QDateTime& now, int visionCap)
{
    QList<DrillCard> created;
    const auto has = [&](DrillSubject subject, const QString& ref) {
        const auto same = [&](const DrillCard& card) {
            return card.candidate == session.candidate && card.subject == subject && card.ref == ref;
        };
        return std::any_of(existing.cbegin(), existing.cend(), same) ||
               std::any_of(created.cbegin(), created.cend(), same);
    };
    const auto add = [&](DrillSubject subject, const QString& ref) {
        if (has(subject, ref))
            return;
        DrillCard card;
        card.candidate = session.candidate;
        card.subject = subject;
        card.ref = ref;
        card.due = now;
        created.append(card);
    };
    const VisionCap cap(visionCap);
    for (const AskedQuestion& question : session.questions) {
        for (const AnswerScore& score : question.scores) {
            if (score.interviewer != interviewer)
                continue;
            const int vision = cap.apply(score).effective;
            const bool weakDepth = score.depth >= kTagMin && score.depth <= 2;
            const bool weakVision = vision >= kTagMin && vision <= 2;
            if (weakDepth || weakVision)
                add(DrillSubject::Question, question.questionId);
        }
    }
    for (MatrixDimension dimension : kAllDimensions) {
        const int level = session.matrix.interviewer.value(dimension, 0);
        if (level >= kMatrixMinLevel && level < kMatrixBarLevel)
            add(DrillSubject::Dimension, key(dimension));
    }
    return created;
}

}  // namespace debrief::interview

#include "starterdeck.h"

#include <algorithm>

namespace debrief::interview {

QList<DrillCard> StarterDeck::cards(const QString& candidate, const ContentLibrary& content, const QDateTime& now,
                                    const QList<DrillCard>& existing)
{
    QList<DrillCard> deck;
    for (RoundKind round : kAllRounds) {
        const QList<Question> questions = content.questions(round);
        // The shipped bank only: a user's bank may be half written, the starter deck must not be.
        const auto first = std::find_if(questions.cbegin(), questions.cend(),
                                        [](const Question& q) { return q.bank == QLatin1String("shipped"); });
        if (first == questions.cend())
            continue;
        const bool carded = std::any_of(existing.cbegin(), existing.cend(), [&](const DrillCard& card) {
            return card.subject == DrillSubject::Question && card.ref == first->id;
        });
        if (carded)
            continue;
        DrillCard card;
        card.candidate = candidate;
        card.subject = DrillSubject::Question;
        card.ref = first->id;
        card.state = DrillState::New;
        card.due = now.toUTC();
        deck << card;
    }
    return deck;
}

}  // namespace debrief::interview

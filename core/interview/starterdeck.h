#pragma once

#include "contentlibrary.h"
#include "drillcard.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace debrief::interview {

// The drill cards a new candidate starts with, so the Drills page has work on the first day: one
// card per round (Screen, Technical, PM, Product Design, Leadership, in that order), the first question
// of that round in the shipped bank, New and due at `now`. A round whose question already has a card
// in `existing`, or that has no shipped question, gets none.
class StarterDeck {
public:
    static QList<DrillCard> cards(const QString& candidate, const ContentLibrary& content, const QDateTime& now,
                                  const QList<DrillCard>& existing = {});
};

}  // namespace debrief::interview

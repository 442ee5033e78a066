#pragma once

#include "rubric.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The five-round loop with planned dates (domain.md: about 45 days end to end, about 10 fewer with the
// Orchestration Ready flag). Gaps in days after the previous step, chosen to land on those totals:
//   standard:            Screen +0, Technical +10, PM +10, Product Design +10, Leadership +8, decision +7 = 45
//   Orchestration Ready: Screen +0, Technical +7,  PM +7,  Product Design +7,  Leadership +7, decision +7 = 35
// The flag skips the extra calibration time between the early rounds; the debrief week stays.
namespace debrief::interview {

struct PlannedRound {
    RoundKind round = RoundKind::Screen;
    QDate date;
    int dayOffset = 0;  // days after the start date
    QString focus;      // what the round probes, for the candidate's preparation
};

struct LoopPlan {
    QList<PlannedRound> rounds;  // the five rounds in order
    QDate decision;              // the debrief / decision date
    int totalDays = 0;
    bool orchestrationReady = false;
};

class LoopPlanner {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::LoopPlanner)

public:
    static LoopPlan plan(const QDate& start, bool orchestrationReady);
    static QString focus(RoundKind round);
};

}  // namespace debrief::interview

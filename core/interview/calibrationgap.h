#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Self-rating against the interviewer's rating on the same rubric. gap = self - interviewer: positive
// means the candidate over-estimated. Vision is compared after the evidence cap on both sides, since
// the cap is part of the rubric both scored against.
namespace debrief::interview {

struct CalibrationItem {
    QString subject;  // dimension key ("failure-isolation") or "<question id> depth" / "<question id> vision"
    int self = 0;
    int interviewer = 0;
    int gap = 0;
};

struct CalibrationReport {
    QList<CalibrationItem> items;                 // only pairs where both sides scored
    double meanGap = 0.0;                         // signed: the overall lean
    double meanAbsoluteGap = 0.0;                 // how far off, either way
    std::optional<CalibrationItem> largestOver;   // largest positive gap; first one on a tie
    std::optional<CalibrationItem> largestUnder;  // most negative gap; first one on a tie
};

class CalibrationGap {
public:
    static constexpr const char* kSelf = "self";  // AnswerScore::interviewer of the self-score

    static CalibrationReport matrix(const MatrixLevels& levels);
    static CalibrationReport answers(const Session& session, const QString& interviewer, int visionCap = 2);
    static CalibrationReport summarise(QList<CalibrationItem> items);
};

}  // namespace debrief::interview

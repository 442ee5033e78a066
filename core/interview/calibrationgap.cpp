#include "calibrationgap.h"

#include "visioncap.h"

#include <cstdlib>

namespace debrief::interview {

CalibrationReport CalibrationGap::summarise(QList<CalibrationItem> items)
{
    CalibrationReport report;
    int sum = 0, absoluteSum = 0;
    for (const CalibrationItem& entry : items) {
        sum += entry.gap;
        absoluteSum += std::abs(entry.gap);
        if (entry.gap > 0 && (!report.largestOver || entry.gap > report.largestOver->gap))
            report.largestOver = entry;
        if (entry.gap < 0 && (!report.largestUnder || entry.gap < report.largestUnder->gap))
            report.largestUnder = entry;
    }
    if (!items.isEmpty()) {
        report.meanGap = double(sum) / double(items.size());
        report.meanAbsoluteGap = double(absoluteSum) / double(items.size());
    }
    report.items = std::move(items);
    return report;
}

CalibrationReport CalibrationGap::matrix(const MatrixLevels& levels)
{
    QList<CalibrationItem> items;
    for (MatrixDimension dimension : kAllDimensions) {
        const int self = levels.self.value(dimension, 0);
        const int other = levels.interviewer.value(dimension, 0);
        if (self < kMatrixMinLevel || other < kMatrixMinLevel)
            continue;
        items.append({key(dimension), self, other, self - other});
    }
    return summarise(items);
}

CalibrationReport CalibrationGap::answers(const Session& session, const QString& interviewer, int visionCap)
{
    const VisionCap cap(visionCap);
    QList<CalibrationItem> items;
    for (const AskedQuestion& question : session.questions) {
        const AnswerScore* self = nullptr;
        const AnswerScore* other = nullptr;
        for (const AnswerScore& score : question.scores) {
            if (score.interviewer == QLatin1String(kSelf))
                self = &score;
            else if (score.interviewer == interviewer)
                other = &score;
        }
        if (!self || !other)
            continue;
        if (self->depth >= kTagMin && other->depth >= kTagMin)
            items.append({question.questionId + QStringLiteral(" depth"), self->depth, other->depth,
                          self->depth - other->depth});
        const int selfVision = cap.apply(*self).effective, otherVision = cap.apply(*other).effective;
        if (selfVision >= kTagMin && otherVision >= kTagMin)
            items.append(
                {question.questionId + QStringLiteral(" vision"), selfVision, otherVision, selfVision - otherVision});
    }
    return summarise(items);
}

}  // namespace debrief::interview

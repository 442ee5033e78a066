#pragma once

#include "interview/drillcard.h"

#include <QString>
#include <QUndoCommand>

namespace debrief::studio {

class DrillsPage;

// One grade of one drill card: redo saves the card as the scheduler left it, undo saves the card as it
// was before the grade (its old due date, stability, difficulty, reps) and brings it back on the page
// with the answer that was typed. A save that fails makes the command obsolete, so it never reaches
// the stack.
class DrillGradeCommand : public QUndoCommand {
public:
    DrillGradeCommand(DrillsPage& page, const interview::DrillCard& before, const interview::DrillCard& after,
                      interview::DrillGrade grade, const QString& answer);

    void redo() override;
    void undo() override;

private:
    DrillsPage& m_page;
    interview::DrillCard m_before;
    interview::DrillCard m_after;
    interview::DrillGrade m_grade;
    QString m_answer;
};

}  // namespace debrief::studio

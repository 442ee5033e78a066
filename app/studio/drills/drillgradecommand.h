#pragma once

#include "studio/drillcard.h"

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
    DrillGradeCommand(DrillsPage& page, const DrillCard& before, const DrillCard& after, DrillGrade grade,
                      const QString& answer);

    void redo() override;
    void undo() override;

private:
    DrillsPage& m_page;
    DrillCard m_before;
    DrillCard m_after;
    DrillGrade m_grade;
    QString m_answer;
};

}  // namespace debrief::studio

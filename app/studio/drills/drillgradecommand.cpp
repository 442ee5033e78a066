#include "drillgradecommand.h"

#include "drillspage.h"

#include "storage/storageerror.h"

namespace debrief::studio {

DrillGradeCommand::DrillGradeCommand(DrillsPage& page, const interview::DrillCard& before,
                                     const interview::DrillCard& after, interview::DrillGrade grade,
                                     const QString& answer)
    : m_page(page), m_before(before), m_after(after), m_grade(grade), m_answer(answer)
{
    setText(DrillsPage::tr("grade %1").arg(DrillsPage::gradeName(grade)));
}

void DrillGradeCommand::redo()
{
    try {
        m_page.saveGraded(m_after, m_grade);
    } catch (const storage::StorageError& error) {
        setObsolete(true);
        m_page.showProblem(error.message());
    }
}

void DrillGradeCommand::undo()
{
    try {
        m_page.restoreUngraded(m_before, m_answer);
    } catch (const storage::StorageError& error) {
        m_page.showProblem(error.message());
    }
}

}  // namespace debrief::studio

#include "matrixlevelcommand.h"

#include "interviewrecords.h"

#include <QCoreApplication>

namespace debrief::studio {

MatrixLevelCommand::MatrixLevelCommand(InterviewRecords& records, std::int64_t sessionId,
                                       storage::SessionStore::Rater rater, interview::MatrixDimension dimension,
                                       int previousLevel, int level)
    : m_records(records), m_sessionId(sessionId), m_rater(rater), m_dimension(dimension), m_previous(previousLevel),
      m_level(level)
{
    const QString who = rater == storage::SessionStore::Rater::Self
                            ? QCoreApplication::translate("debrief::studio::MatrixPage", "self")
                            : QCoreApplication::translate("debrief::studio::MatrixPage", "interviewer");
    setText(level > 0
                ? QCoreApplication::translate("debrief::studio::MatrixPage", "Set %1 level to %2").arg(who).arg(level)
                : QCoreApplication::translate("debrief::studio::MatrixPage", "Clear %1 level").arg(who));
}

void MatrixLevelCommand::apply(int level) const
{
    const storage::SessionStore store(m_records.database());
    if (level > 0)
        store.setMatrixLevel(m_sessionId, m_rater, m_dimension, level);
    else
        store.clearMatrixLevel(m_sessionId, m_rater, m_dimension);
    m_records.announceSessionChanged(m_sessionId);
}

}  // namespace debrief::studio

#pragma once

#include "interview/rubric.h"
#include "storage/sessionstore.h"

#include <QUndoCommand>

#include <cstdint>

namespace debrief::studio {

class InterviewRecords;

// One Maturity Matrix click: sets (or, with level 0, clears) one rater's level for one dimension,
// saved at once; undo puts the previous level back in the database.
class MatrixLevelCommand : public QUndoCommand {
public:
    MatrixLevelCommand(InterviewRecords& records, std::int64_t sessionId, storage::SessionStore::Rater rater,
                       interview::MatrixDimension dimension, int previousLevel, int level);

    void redo() override { apply(m_level); }
    void undo() override { apply(m_previous); }

private:
    void apply(int level) const;

    InterviewRecords& m_records;
    std::int64_t m_sessionId;
    storage::SessionStore::Rater m_rater;
    interview::MatrixDimension m_dimension;
    int m_previous;
    int m_level;
};

}  // namespace debrief::studio

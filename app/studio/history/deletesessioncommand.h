#pragma once

#include "interview/session.h"

#include <QUndoCommand>

#include <cstdint>

namespace debrief::studio {

class InterviewRecords;

// Deletes a session from the database at once, keeping the whole session in memory; undo inserts it
// again with everything in it (answers, scores, notes, matrix, design round). The re-inserted session
// gets a new row id; nothing else refers to session ids (drill cards and the portfolio are per candidate).
class DeleteSessionCommand : public QUndoCommand {
public:
    DeleteSessionCommand(InterviewRecords& records, std::int64_t sessionId);

    void redo() override;
    void undo() override;
    std::int64_t sessionId() const { return m_id; }  // the current row id (changes on each undo)

private:
    InterviewRecords& m_records;
    std::int64_t m_id;
    interview::Session m_session;
};

}  // namespace debrief::studio

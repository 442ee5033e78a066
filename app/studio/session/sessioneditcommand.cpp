#include "sessioneditcommand.h"

#include <utility>

namespace debrief::studio {

SessionEditCommand::SessionEditCommand(const QString& text, Apply redo, Apply undo, int mergeId, QString mergeKey)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeId(mergeId),
      m_mergeKey(std::move(mergeKey))
{
}

bool SessionEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const SessionEditCommand*>(other);
    if (!edit || edit->m_mergeId != m_mergeId || edit->m_mergeKey != m_mergeKey)
        return false;
    m_redo = edit->m_redo;  // undo still restores the state before the first edit
    return true;
}

}  // namespace debrief::studio

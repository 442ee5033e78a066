#pragma once

#include <QUndoCommand>

#include <functional>

namespace debrief::studio {

// One edit of a session on the page's undo stack. redo/undo each apply a state and save it through
// SessionStore at once; consecutive edits of the same thing (typing, one justification) merge into one
// step when they share a merge id and key.
class SessionEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void()>;

    SessionEditCommand(const QString& text, Apply redo, Apply undo, int mergeId = -1, QString mergeKey = {});

    void redo() override { m_redo(); }
    void undo() override { m_undo(); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Apply m_redo;
    Apply m_undo;
    int m_mergeId;
    QString m_mergeKey;
};

}  // namespace debrief::studio

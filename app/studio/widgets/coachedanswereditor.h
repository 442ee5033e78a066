#pragma once

#include "interview/answercoach.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace debrief::studio {

class CoachHighlighter;
class CoachLegend;

// The answer editor every interview page shares: a plain text edit (objectName "answerEditor") with
// the answer coach live on it, the coach's summary line under it (objectName "coachSummary": the
// score, what caps it, what is missing, the mistake named) and the colour legend; a tooltip over a
// marked word names its finding.
//
// How a page uses it:
//   auto* editor = new CoachedAnswerEditor(parent);
//   editor->setCoach(interview::AnswerCoach(content.coach(), content.mistakes()), round);
//   connect(editor, &CoachedAnswerEditor::textCommitted, this, &Page::saveAnswer);  // store + undo step
//   editor->setText(stored);  // loading: no textCommitted, and a pending one is dropped
//   editor->flush();          // before the page switches to another answer or closes
//
// Saving: typing emits textCommitted(text) once, kSaveDelayMs after the last key, when the editor loses
// the focus, on flush(), and before Ctrl+Z / Ctrl+Shift+Z leave it; only when something was typed
// since the last commit or setText(). The coach runs at the same moments (and at once on setText(),
// setCoach(), setRound() and a language switch) and emits reportChanged(). A blank answer (empty or
// whitespace) has no findings, an empty report and the "start typing" line; it is still committed.
//
// Undo belongs to the page's QUndoStack: the text edit keeps no undo history of its own, and Ctrl+Z,
// Ctrl+Shift+Z and Ctrl+Y are left to the page's shortcuts (after the typing is committed, so the
// undo takes back exactly what was typed).
class CoachedAnswerEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 300;

    explicit CoachedAnswerEditor(QWidget* parent = nullptr);
    ~CoachedAnswerEditor() override;

    // The coach is copied; without one the editor is a plain editor with no marks or summary.
    void setCoach(const interview::AnswerCoach& coach, interview::RoundKind round);
    void setRound(interview::RoundKind round);
    interview::RoundKind round() const { return m_round; }

    QString text() const;
    void setText(const QString& text);  // the cursor goes to the end
    void flush();                       // commits pending typing now (textCommitted), and runs the coach
    bool hasPendingCommit() const { return m_pending; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void setPlaceholderText(const QString& text);

    const interview::CoachReport& report() const { return m_report; }
    // The findings' texts at a position of the answer (one per line), "" where nothing is marked.
    QString toolTipAt(int position) const;
    // The summary line's rich text for a report; `blank` for an empty answer.
    static QString summaryHtml(const interview::CoachReport& report, bool blank);

    QPlainTextEdit* textEdit() const { return m_edit; }
    CoachHighlighter* highlighter() const { return m_highlighter; }
    QLabel* summaryLabel() const { return m_summary; }
    CoachLegend* legend() const { return m_legend; }

signals:
    void textCommitted(const QString& text);
    void reportChanged(const interview::CoachReport& report);
    void wordsChanged();  // every change of the words, typed or set, at once (not debounced)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void typed();
    void runCoach();

    QPlainTextEdit* m_edit;
    CoachHighlighter* m_highlighter;
    QLabel* m_summary;
    CoachLegend* m_legend;
    QTimer* m_pause;
    std::optional<interview::AnswerCoach> m_coach;
    interview::RoundKind m_round = interview::RoundKind::Screen;
    interview::CoachReport m_report;
    bool m_setting = false;  // setText(), not the user, is changing the words
    bool m_pending = false;  // typed since the last commit or setText()
};

}  // namespace debrief::studio

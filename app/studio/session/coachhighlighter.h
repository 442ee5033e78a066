#pragma once

#include "interview/answercoach.h"

#include <QSyntaxHighlighter>

namespace debrief::studio {

// Paints the answer coach's findings into the answer editor: quantified claims, KPI words, teams and
// proposals in soft colours, catalogue mistakes underlined in red. It only paints the findings it is
// given (the page runs the coach debounced), so typing never waits for the analysis.
//
// Re-highlighting changes formats, and Qt reports that as a text change too (QTextDocument::
// contentsChanged, QPlainTextEdit::textChanged). Pages that save or re-run the coach on typing listen
// to wordsChanged() instead, which fires only when the text itself changed; otherwise every coach run
// would look like typing and start the next one, forever.
class CoachHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit CoachHighlighter(QTextDocument* document);

    void setFindings(const QList<interview::CoachFinding>& findings);
    const QList<interview::CoachFinding>& findings() const { return m_findings; }
    // The mark of `kind`; a mistake's underline is the status red of the application palette now.
    static QTextCharFormat format(interview::CoachFindingKind kind);

signals:
    void wordsChanged();  // the document's text changed (typed, pasted, set), not only its formats

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<interview::CoachFinding> m_findings;
    QString m_words;  // the text when wordsChanged() last fired
};

}  // namespace debrief::studio

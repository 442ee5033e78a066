#pragma once

#include "studio/answercoach.h"

#include <QSyntaxHighlighter>

namespace debrief::studio {

// Paints the answer coach's findings into the answer editor: quantified claims, KPI words, teams and
// proposals in soft colours, catalogue mistakes underlined in red. It only paints the findings it is
// given (the page runs the coach debounced), so typing never waits for the analysis.
class CoachHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit CoachHighlighter(QTextDocument* document);

    void setFindings(const QList<CoachFinding>& findings);
    const QList<CoachFinding>& findings() const { return m_findings; }
    static QTextCharFormat format(CoachFindingKind kind);

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<CoachFinding> m_findings;
};

}  // namespace debrief::studio

#include "coachhighlighter.h"

#include "widgets/statuscolors.h"

#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace debrief::studio {

CoachHighlighter::CoachHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document), m_words(document->toPlainText())
{
    connect(document, &QTextDocument::contentsChanged, this, [this, document] {
        QString words = document->toPlainText();
        if (words == m_words)
            return;  // formats only: a re-highlight
        m_words = std::move(words);
        emit wordsChanged();
    });
}

void CoachHighlighter::setFindings(const QList<interview::CoachFinding>& findings)
{
    m_findings = findings;
    rehighlight();
}

QTextCharFormat CoachHighlighter::format(interview::CoachFindingKind kind)
{
    QTextCharFormat format;
    switch (kind) {
    case interview::CoachFindingKind::Quantified: format.setBackground(QColor(0xc8, 0xe6, 0xc9)); break;
    case interview::CoachFindingKind::Kpi: format.setBackground(QColor(0xbb, 0xde, 0xfb)); break;
    case interview::CoachFindingKind::Team: format.setBackground(QColor(0xff, 0xe0, 0xb2)); break;
    case interview::CoachFindingKind::Proposal: format.setBackground(QColor(0xe1, 0xbe, 0xe7)); break;
    case interview::CoachFindingKind::Mistake:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(StatusColors::bad());  // the application palette's: rehighlight() on a theme switch
        break;
    }
    if (kind != interview::CoachFindingKind::Mistake)
        format.setForeground(QColor(0x21, 0x21, 0x21));  // readable on the light marks in a dark theme too
    return format;
}

void CoachHighlighter::highlightBlock(const QString& text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const interview::CoachFinding& finding : m_findings) {
        const qsizetype start = std::max(finding.start, blockStart);
        const qsizetype end = std::min(finding.start + finding.length, blockEnd);
        if (start < end)
            setFormat(int(start - blockStart), int(end - start), format(finding.kind));
    }
}

}  // namespace debrief::studio

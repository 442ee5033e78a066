#include "coachedanswereditor.h"

#include "coachlegend.h"
#include "session/coachhighlighter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <utility>

namespace debrief::studio {

CoachedAnswerEditor::CoachedAnswerEditor(QWidget* parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_highlighter(new CoachHighlighter(m_edit->document())),
      m_summary(new QLabel(this)), m_legend(new CoachLegend(this)), m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("coachedAnswer"));
    m_edit->setObjectName(QStringLiteral("answerEditor"));
    m_edit->setUndoRedoEnabled(false);  // the page's undo stack owns undo
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);  // tooltips arrive at the viewport
    setFocusProxy(m_edit);
    m_summary->setObjectName(QStringLiteral("coachSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kSaveDelayMs);
    connect(m_pause, &QTimer::timeout, this, &CoachedAnswerEditor::flush);
    // Words only: the highlighter's own re-painting is no typing (see CoachHighlighter).
    connect(m_highlighter, &CoachHighlighter::wordsChanged, this, &CoachedAnswerEditor::typed);
    runCoach();
}

CoachedAnswerEditor::~CoachedAnswerEditor() = default;

void CoachedAnswerEditor::setCoach(const interview::AnswerCoach& coach, interview::RoundKind round)
{
    m_coach = coach;
    m_round = round;
    runCoach();
}

void CoachedAnswerEditor::setRound(interview::RoundKind round)
{
    if (round == m_round)
        return;
    m_round = round;
    runCoach();
}

QString CoachedAnswerEditor::text() const
{
    return m_edit->toPlainText();
}

void CoachedAnswerEditor::setText(const QString& text)
{
    m_pause->stop();
    m_pending = false;
    if (m_edit->toPlainText() != text) {
        m_setting = true;
        m_edit->setPlainText(text);
        m_setting = false;
    }
    m_edit->moveCursor(QTextCursor::End);  // typing goes on where the answer stops
    runCoach();
}

void CoachedAnswerEditor::flush()
{
    const bool waiting = m_pause->isActive() || m_pending;
    m_pause->stop();
    if (!waiting)
        return;
    runCoach();
    if (std::exchange(m_pending, false))
        emit textCommitted(text());
}

void CoachedAnswerEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool CoachedAnswerEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void CoachedAnswerEditor::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void CoachedAnswerEditor::typed()
{
    if (!m_setting) {
        m_pending = true;
        m_pause->start();
    }
    emit wordsChanged();
}

void CoachedAnswerEditor::runCoach()
{
    const QString answer = text();
    const bool blank = answer.trimmed().isEmpty();
    m_report = blank || !m_coach ? interview::CoachReport{} : m_coach->analyse(answer, m_round);
    m_highlighter->setFindings(m_report.findings);
    m_summary->setVisible(m_coach.has_value());
    m_legend->setVisible(m_coach.has_value());
    m_summary->setText(m_coach ? summaryHtml(m_report, blank) : QString());
    m_summary->setAccessibleName(blank || !m_report.hasScore() ? tr("Coach")
                                                                : tr("Coach score %1 of 100").arg(m_report.score));
    emit reportChanged(m_report);
}

QString CoachedAnswerEditor::summaryHtml(const interview::CoachReport& report, bool blank)
{
    if (blank)
        return tr("<b>Coach:</b> start typing; the score and the marks follow your answer.");
    if (!report.hasScore())  // an answer in another language: the note, never a number
        return tr("<b>Coach:</b> %1").arg(interview::AnswerCoach::englishOnlyNote().toHtmlEscaped());
    QStringList shortfalls = report.shortfalls();
    for (QString& line : shortfalls)
        line = line.toHtmlEscaped();  // the only escaping: the findings' words are the candidate's
    return tr("<b>Coach: %1/100</b> %2").arg(QString::number(report.score), shortfalls.join(QStringLiteral(" · ")));
}

QString CoachedAnswerEditor::toolTipAt(int position) const
{
    QStringList lines;
    for (const interview::CoachFinding& finding : m_report.findings) {
        if (finding.start <= position && position < finding.start + finding.length)
            lines.append(finding.text);
    }
    return lines.join(QLatin1Char('\n'));
}

bool CoachedAnswerEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        // The cursor lands between two characters: the one after it, else the one before it.
        const int position = m_edit->cursorForPosition(help->pos()).position();
        QString tip = toolTipAt(position);
        if (tip.isEmpty() && position > 0)
            tip = toolTipAt(position - 1);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_edit->viewport());
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y)) {
            flush();  // the typing becomes its own step before the page's undo runs
            event->ignore();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

void CoachedAnswerEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        runCoach();  // the findings and the summary are worded by the coach, in the new language
    else if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();  // the mistakes' underline in the new theme's red
    QWidget::changeEvent(event);
}

}  // namespace debrief::studio

#pragma once

#include "contentlibrary.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Rule-based, explainable feedback on an answer's text: no network, no model. Every finding points at
// the words that triggered it ([start, start + length) in the answer) and names its rule; the score is
// the sum of coach.json's weights for the criteria met, each criterion met by one finding of its kind
// (at least one quantified claim, one KPI word, one team, one proposal; no catalogue mistake), then
// capped: an answer shorter than coach.json's shortAnswer.minWords scores at most its maxScore, and an
// answer with a catalogue mistake that has a maxScore (mistakes.json) at most that. Every rule is data.
namespace debrief::interview {

enum class CoachFindingKind { Quantified, Kpi, Team, Proposal, Mistake };

struct CoachFinding {
    CoachFindingKind kind = CoachFindingKind::Quantified;
    qsizetype start = 0;
    qsizetype length = 0;
    QString rule;  // "money", "percent", "count", "kpi:<word>", "team:<word>", "proposal:<pattern>", "mistake:<id>"
    QString text;  // what it means, for the candidate
    bool operator==(const CoachFinding&) const = default;
};

struct CoachCriterion {
    QString id;  // "quantified", "kpi", "teams", "proposal", "noMistakes" (coach.json weight keys)
    int weight = 0;
    int earned = 0;
    QString explanation;
};

// A limit on the score and why it applies.
struct CoachCap {
    QString rule;  // "short-answer", "mistake:<id>"
    int maxScore = 100;
    QString explanation;
    bool operator==(const CoachCap&) const = default;
};

struct CoachReport {
    QList<CoachFinding> findings;  // by start position
    QList<CoachCriterion> breakdown;
    QList<CoachCap> caps;  // every cap whose condition holds: the short answer first, then the mistakes
    int wordCount = 0;
    int uncappedScore = 0;  // the weights earned
    int score = 0;          // 0-100: uncappedScore, at most every cap's maxScore
    // The answer is mostly in another language than English (AnswerCoach::readsAsEnglish): no findings,
    // no breakdown and no score to show, only AnswerCoach::englishOnlyNote().
    bool notEnglish = false;

    bool hasScore() const { return !notEnglish; }
    // What to work on, for a summary line: the caps, then each criterion not met (or the English-only note).
    QStringList shortfalls() const;
};

class AnswerCoach {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::AnswerCoach)

public:
    AnswerCoach(const CoachLexicon& lexicon, const QList<Mistake>& mistakes);

    CoachReport analyse(const QString& answer, RoundKind round) const;

    // Words as the short-answer cap counts them: runs of letters and digits, where an apostrophe,
    // hyphen, point or comma between two of them does not split ("I'd", "co-owner", "4.2", "10,000").
    static int wordCount(const QString& answer);

    // The coach's words and patterns are English, and interviews are held in English, so an answer
    // written mostly in another language would only collect a misleading low score. It is read as
    // English unless (1) more than half of its letters lie outside the Latin script (beyond U+024F:
    // Chinese, Cyrillic, ...), or (2) it has at least 3 of a short list of German function words
    // ("und", "nicht", "wir", "würde", ...) and more of them than of English ones ("the", "and", "we", ...).
    static bool readsAsEnglish(const QString& answer);
    // What the coach says instead of a score for such an answer.
    static QString englishOnlyNote();

private:
    struct Rule {
        QRegularExpression expression;
        QString rule;
        QString label;
    };

    CoachLexicon m_lexicon;
    QList<Mistake> m_mistakes;
    QList<Rule> m_quantified, m_kpi, m_teams, m_proposals;
};

}  // namespace debrief::interview

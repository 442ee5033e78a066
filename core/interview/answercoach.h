#pragma once

#include "contentlibrary.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Rule-based, explainable feedback on an answer's text: no network, no model. Every finding points at
// the words that triggered it ([start, start + length) in the answer) and names its rule; the score is
// the sum of coach.json's weights for the criteria met, each criterion met by one finding of its kind
// (at least one quantified claim, one KPI word, one team, one proposal; no catalogue mistake).
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

struct CoachReport {
    QList<CoachFinding> findings;  // by start position
    QList<CoachCriterion> breakdown;
    int score = 0;  // 0-100
};

class AnswerCoach {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::AnswerCoach)

public:
    AnswerCoach(const CoachLexicon& lexicon, const QList<Mistake>& mistakes);

    CoachReport analyse(const QString& answer, RoundKind round) const;

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

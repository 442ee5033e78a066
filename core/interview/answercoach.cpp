#include "answercoach.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace debrief::interview {

namespace {

constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;

// A lexicon word as a whole word or phrase: "SRE" must not fire inside "SREs'" prefix-free words.
QRegularExpression wordExpression(const QString& word)
{
    return QRegularExpression(
        QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(word) + QStringLiteral("(?![\\w-])"), kCaseless);
}

bool overlaps(const QList<CoachFinding>& findings, qsizetype start, qsizetype length)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const CoachFinding& f) { return start < f.start + f.length && f.start < start + length; });
}

}  // namespace

AnswerCoach::AnswerCoach(const CoachLexicon& lexicon, const QList<Mistake>& mistakes)
    : m_lexicon(lexicon), m_mistakes(mistakes)
{
    // Money first, then percentages, then counts with a unit, so "$4.2 M" is one money claim.
    const QString number = QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?");
    m_quantified = {
        {QRegularExpression(QStringLiteral("\\$\\s?") + number +
                            QStringLiteral("(?:\\s?(?:k|M|B|thousand|million|billion)\\b)?")),
         QStringLiteral("money"), QString()},
        {QRegularExpression(QStringLiteral("(?<![\\w.])") + number + QStringLiteral("\\s?(?:%|percent\\b)"), kCaseless),
         QStringLiteral("percent"), QString()},
        {QRegularExpression(QStringLiteral("(?<![\\w.])") + number +
                                QStringLiteral("(?:\\s?[kMB]\\b|\\s?(?:ms|milliseconds?|seconds?|s|minutes?|min|hours?|"
                                               "h|days?|weeks?|months?|GPU[- ]hours?|GPUs?|jobs?|nodes?|clusters?|"
                                               "data cent(?:re|er)s|teams?|requests?|TB|GB|PB)\\b)"),
                            kCaseless),
         QStringLiteral("count"), QString()},
    };
    // Longer words first, so "queue time" wins over a shorter overlapping entry.
    const auto words = [](QStringList list, const QString& prefix) {
        std::stable_sort(list.begin(), list.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        QList<Rule> rules;
        for (const QString& word : list)
            rules.append({wordExpression(word), prefix + word, word});
        return rules;
    };
    m_kpi = words(lexicon.kpiWords, QStringLiteral("kpi:"));
    m_teams = words(lexicon.teamWords, QStringLiteral("team:"));
    for (const QString& pattern : lexicon.proposalPatterns)
        m_proposals.append({QRegularExpression(pattern, kCaseless), QStringLiteral("proposal:") + pattern, QString()});
}

CoachReport AnswerCoach::analyse(const QString& answer, RoundKind round) const
{
    CoachReport report;
    if (!readsAsEnglish(answer)) {
        report.notEnglish = true;
        report.wordCount = wordCount(answer);
        return report;
    }
    const auto scan = [&](const QList<Rule>& rules, CoachFindingKind kind, bool everyMatch) {
        QList<CoachFinding> found;
        for (const Rule& rule : rules) {
            auto matches = rule.expression.globalMatch(answer);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (overlaps(found, match.capturedStart(), match.capturedLength()))
                    continue;
                QString text;
                switch (kind) {
                case CoachFindingKind::Quantified: text = tr("Quantified claim: %1").arg(match.captured()); break;
                case CoachFindingKind::Kpi: text = tr("KPI named: %1").arg(match.captured()); break;
                case CoachFindingKind::Team: text = tr("Team or stakeholder named: %1").arg(match.captured()); break;
                case CoachFindingKind::Proposal:
                    text = tr("Proposes a policy or roadmap item: %1").arg(match.captured());
                    break;
                case CoachFindingKind::Mistake: break;
                }
                found.append({kind, match.capturedStart(), match.capturedLength(), rule.rule, text});
                if (!everyMatch)
                    break;
            }
        }
        report.findings += found;
        return !found.isEmpty();
    };
    const bool quantified = scan(m_quantified, CoachFindingKind::Quantified, true);
    const bool kpi = scan(m_kpi, CoachFindingKind::Kpi, true);
    const bool teams = scan(m_teams, CoachFindingKind::Team, true);
    const bool proposal = scan(m_proposals, CoachFindingKind::Proposal, false);

    QStringList foundMistakes;  // "title: “words”", for the criterion's explanation
    QList<CoachCap> mistakeCaps;
    for (const Mistake& mistake : m_mistakes) {
        if (!mistake.detect.rounds.isEmpty() && !mistake.detect.rounds.contains(round))
            continue;
        const bool excused = std::any_of(
            mistake.detect.unlessAnyOf.cbegin(), mistake.detect.unlessAnyOf.cend(),
            [&](const QString& pattern) { return QRegularExpression(pattern, kCaseless).match(answer).hasMatch(); });
        if (excused)
            continue;
        // The earliest trigger among the patterns is what the finding points at.
        QRegularExpressionMatch first;
        for (const QString& pattern : mistake.detect.anyOf) {
            const QRegularExpressionMatch match = QRegularExpression(pattern, kCaseless).match(answer);
            if (match.hasMatch() && (!first.hasMatch() || match.capturedStart() < first.capturedStart()))
                first = match;
        }
        if (!first.hasMatch())
            continue;
        const QString rule = QStringLiteral("mistake:") + mistake.id;
        foundMistakes.append(tr("%1: “%2”").arg(mistake.title, first.captured()));
        report.findings.append({CoachFindingKind::Mistake, first.capturedStart(), first.capturedLength(), rule,
                                tr("Catalogue mistake: %1. Better: %2").arg(mistake.title, mistake.good)});
        if (mistake.maxScore < 100)
            mistakeCaps.append(
                {rule, mistake.maxScore, tr("%1 caps the score at %2/100").arg(mistake.title).arg(mistake.maxScore)});
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const CoachFinding& a, const CoachFinding& b) { return a.start < b.start; });

    const CoachWeights& w = m_lexicon.weights;
    const auto criterion = [&](const QString& id, int weight, bool met, const QString& yes, const QString& no) {
        report.breakdown.append({id, weight, met ? weight : 0, met ? yes : no});
        report.score += met ? weight : 0;
    };
    criterion(QStringLiteral("quantified"), w.quantified, quantified, tr("Quantifies the claim"),
              tr("No number with a unit: quantify the gain (%, $, ms, GPU-hours)"));
    criterion(QStringLiteral("kpi"), w.kpi, kpi, tr("Ties it to a KPI"), tr("No KPI named: say which metric moves"));
    criterion(QStringLiteral("teams"), w.teams, teams, tr("Names the teams involved"),
              tr("No team or stakeholder named"));
    criterion(QStringLiteral("proposal"), w.proposal, proposal, tr("Proposes a policy or roadmap item"),
              tr("No proposal: say what you would change"));
    criterion(QStringLiteral("noMistakes"), w.noMistakes, foundMistakes.isEmpty(),
              tr("None of the catalogue's mistakes"),
              tr("Catalogue mistake: %1").arg(foundMistakes.join(QStringLiteral("; "))));

    report.wordCount = wordCount(answer);
    report.uncappedScore = report.score;
    const CoachShortAnswerCap& shortAnswer = m_lexicon.shortAnswer;
    if (report.wordCount < shortAnswer.minWords)
        report.caps.append({QStringLiteral("short-answer"), shortAnswer.maxScore,
                            tr("Too short: %1 of at least %2 words, so the score is capped at %3/100")
                                .arg(report.wordCount)
                                .arg(shortAnswer.minWords)
                                .arg(shortAnswer.maxScore)});
    report.caps += mistakeCaps;
    for (const CoachCap& cap : std::as_const(report.caps))
        report.score = std::min(report.score, cap.maxScore);
    return report;
}

int AnswerCoach::wordCount(const QString& answer)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*"));
    int count = 0;
    for (auto matches = word.globalMatch(answer); matches.hasNext(); matches.next())
        ++count;
    return count;
}

bool AnswerCoach::readsAsEnglish(const QString& answer)
{
    int letters = 0;
    int otherScript = 0;
    for (const QChar c : answer) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.unicode() > 0x024F)  // past Basic Latin, Latin-1 and Latin Extended-A/B
            ++otherScript;
    }
    if (letters > 0 && otherScript * 2 > letters)
        return false;
    // Words that are common in German and rare in English answers ("die" and "in" are both: only "die"
    // is listed, as German, and its English use is rare in an interview answer).
    static const QSet<QString> german{
        QStringLiteral("der"),    QStringLiteral("die"),    QStringLiteral("das"),     QStringLiteral("und"),
        QStringLiteral("ist"),    QStringLiteral("nicht"),  QStringLiteral("ich"),     QStringLiteral("wir"),
        QStringLiteral("mit"),    QStringLiteral("für"),    QStringLiteral("auf"),     QStringLiteral("ein"),
        QStringLiteral("eine"),   QStringLiteral("einen"),  QStringLiteral("einem"),   QStringLiteral("einer"),
        QStringLiteral("dem"),    QStringLiteral("den"),    QStringLiteral("des"),     QStringLiteral("zu"),
        QStringLiteral("von"),    QStringLiteral("sich"),   QStringLiteral("auch"),    QStringLiteral("werden"),
        QStringLiteral("wird"),   QStringLiteral("wurde"),  QStringLiteral("haben"),   QStringLiteral("dass"),
        QStringLiteral("oder"),   QStringLiteral("aber"),   QStringLiteral("bei"),     QStringLiteral("im"),
        QStringLiteral("nach"),   QStringLiteral("wie"),    QStringLiteral("sind"),    QStringLiteral("würde"),
        QStringLiteral("würden"), QStringLiteral("kann"),   QStringLiteral("können"),  QStringLiteral("mehr"),
        QStringLiteral("noch"),   QStringLiteral("nur"),    QStringLiteral("über"),    QStringLiteral("unser"),
        QStringLiteral("unsere"), QStringLiteral("durch"),  QStringLiteral("zum"),     QStringLiteral("zur"),
        QStringLiteral("wenn"),   QStringLiteral("weil"),   QStringLiteral("dann"),    QStringLiteral("diese"),
        QStringLiteral("dieser"), QStringLiteral("vom"),    QStringLiteral("jede"),    QStringLiteral("pro")};
    static const QSet<QString> english{
        QStringLiteral("the"),  QStringLiteral("and"),  QStringLiteral("is"),    QStringLiteral("are"),
        QStringLiteral("was"),  QStringLiteral("to"),   QStringLiteral("of"),    QStringLiteral("a"),
        QStringLiteral("an"),   QStringLiteral("in"),   QStringLiteral("on"),    QStringLiteral("we"),
        QStringLiteral("i"),    QStringLiteral("it"),   QStringLiteral("that"),  QStringLiteral("this"),
        QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("my"),    QStringLiteral("our"),
        QStringLiteral("by"),   QStringLiteral("not"),  QStringLiteral("be"),    QStringLiteral("have"),
        QStringLiteral("has"),  QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("which"),
        QStringLiteral("from"), QStringLiteral("at"),   QStringLiteral("as"),    QStringLiteral("they"),
        QStringLiteral("so"),   QStringLiteral("but"),  QStringLiteral("or"),    QStringLiteral("per")};
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    int germanWords = 0;
    int englishWords = 0;
    for (auto matches = word.globalMatch(answer); matches.hasNext();) {
        const QString found = matches.next().captured().toLower();
        germanWords += german.contains(found) ? 1 : 0;
        englishWords += english.contains(found) ? 1 : 0;
    }
    return !(germanWords >= 3 && germanWords > englishWords);
}

QString AnswerCoach::englishOnlyNote()
{
    return tr("The coach reads English answers only (interviews are held in English), so this answer gets no "
              "score.");
}

QStringList CoachReport::shortfalls() const
{
    if (notEnglish)
        return {AnswerCoach::englishOnlyNote()};
    QStringList result;
    for (const CoachCap& cap : caps)
        result.append(cap.explanation);
    for (const CoachCriterion& criterion : breakdown) {
        if (criterion.earned == 0)
            result.append(criterion.explanation);
    }
    return result;
}

}  // namespace debrief::interview

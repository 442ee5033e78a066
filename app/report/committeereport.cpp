#include "committeereport.h"

#include "depthvisiongridpainter.h"
#include "highlightedtable.h"
#include "reporterror.h"
#include "reportstyle.h"
#include "reportterms.h"

#include <QFileInfo>

namespace debrief::report {

namespace {

constexpr qreal kGridPoints = 270.0;

// Split cells are amber, vetoes and missing justifications red: the committee's eye goes there first.
CellHighlight splitMark()
{
    return {QColor(0xfd, 0xe7, 0xb8), QColor(0x7a, 0x45, 0x00), true};
}

CellHighlight vetoMark()
{
    return {QColor(0xf8, 0xd0, 0xcc), ReportStyle::warning(), true};
}

CellHighlight warningText()
{
    return {QColor(), ReportStyle::warning(), false};
}

QString notScored()
{
    return CommitteeReport::tr("–", "not scored");
}

QString markText(const interview::CommitteeMark& mark)
{
    if (mark.effectiveVision != mark.vision)
        return CommitteeReport::tr("%1 / %2 (entered %3)").arg(mark.depth).arg(mark.effectiveVision).arg(mark.vision);
    return CommitteeReport::tr("%1 / %2").arg(mark.depth).arg(mark.effectiveVision);
}

QString flagKind(interview::CommitteeFlagKind kind)
{
    return kind == interview::CommitteeFlagKind::Veto ? CommitteeReport::tr("Veto") : CommitteeReport::tr("Split");
}

QString evidenceText(std::uint8_t evidence, const interview::ContentLibrary& content)
{
    QStringList names;
    for (const interview::EvidenceItem& item : content.scales().evidence)
        if (evidence & std::uint8_t(item.flag))
            names << item.label;
    return names.isEmpty() ? CommitteeReport::tr("none") : names.join(QStringLiteral(", "));
}

QString recommendationText(interview::Recommendation recommendation)
{
    return recommendation == interview::Recommendation::None ? CommitteeReport::tr("none given")
                                                             : interview::title(recommendation);
}

void summary(ReportDocument& document, const interview::CommitteeReview& review)
{
    document.heading(CommitteeReport::sectionTitles().at(0));
    ReportTable table;
    table.columnWeights = {1.0, 3.0};
    table.firstColumnBold = true;
    QStringList rounds;
    for (const interview::RoundKind round : review.rounds)
        rounds << interview::title(round);
    QStringList scorers;
    for (const interview::CommitteeScorecard& card : review.scorecards) {
        const QString when = ReportTerms::dateTime(card.importedAt);
        QString line = card.sourceFile.isEmpty()
                           ? CommitteeReport::tr("%1 (scored in this studio)").arg(card.interviewer)
                           : CommitteeReport::tr("%1 (imported from %2, %3)")
                                 .arg(card.interviewer, QFileInfo(card.sourceFile).fileName(), when);
        if (card.draftsLeftOut > 0)  // scores the interviewer had not submitted are not the committee's
            line += CommitteeReport::tr("; %n draft score(s) left out", nullptr, card.draftsLeftOut);
        scorers << line;
    }
    int splits = 0, vetoes = 0;
    for (const interview::CommitteeFlag& flag : review.flags)
        ++(flag.kind == interview::CommitteeFlagKind::Veto ? vetoes : splits);
    table.rows = {
        {CommitteeReport::tr("Candidate"), review.candidate},
        {CommitteeReport::tr("Session"),
         review.sessionId > 0 ? CommitteeReport::tr("#%1, %2").arg(QLocale().toString(qlonglong(review.sessionId)),
                                                                   ReportTerms::dateTime(review.startedAt))
                              : ReportTerms::dateTime(review.startedAt)},
        {CommitteeReport::tr("Mode"), ReportTerms::mode(review.mode)},
        {CommitteeReport::tr("Rounds"), rounds.isEmpty() ? notScored() : rounds.join(QStringLiteral(", "))},
        {CommitteeReport::tr("Scorers"),
         scorers.isEmpty() ? CommitteeReport::tr("No scorecards yet") : scorers.join(QLatin1Char('\n'))},
        {CommitteeReport::tr("Flags"), CommitteeReport::tr("%n split(s)", nullptr, splits) + QStringLiteral(", ") +
                                           CommitteeReport::tr("%n veto(es)", nullptr, vetoes)},
        {CommitteeReport::tr("Decision"), review.decision.isRecorded() ? interview::title(review.decision.decision)
                                                                       : CommitteeReport::tr("Not decided yet")},
    };
    HighlightedTable highlighted(table);
    if (vetoes > 0)
        highlighted.highlight(5, 1, vetoMark());
    else if (splits > 0)
        highlighted.highlight(5, 1, splitMark());
    if (!review.decision.isRecorded())
        highlighted.highlight(6, 1, warningText());
    highlighted.write(document);
}

void answers(ReportDocument& document, const interview::CommitteeReview& review,
             const interview::ContentLibrary& content)
{
    document.heading(CommitteeReport::sectionTitles().at(1));
    const QStringList scorers = review.interviewers();
    if (review.answers.isEmpty()) {
        document.mutedParagraph(CommitteeReport::tr("No answers were scored in this session."));
        return;
    }
    ReportTable table;
    table.headers << CommitteeReport::tr("#") << CommitteeReport::tr("Question");
    table.columnWeights << 0.35 << 2.6;
    for (const QString& scorer : scorers) {
        table.headers << CommitteeReport::tr("%1\nDepth / Vision").arg(scorer);
        table.columnWeights << 1.3;
    }
    table.headers << CommitteeReport::tr("Flag");
    table.columnWeights << 2.2;
    QList<QPair<qsizetype, qsizetype>> marked;
    for (qsizetype i = 0; i < review.answers.size(); ++i) {
        const interview::CommitteeAnswer& answer = review.answers[i];
        QStringList row{QLocale().toString(i + 1),
                        CommitteeReport::tr("%1: %2").arg(interview::title(answer.round), answer.questionText)};
        for (const QString& scorer : scorers) {
            const auto mark = answer.marks.constFind(scorer);
            row << (mark == answer.marks.cend() ? notScored() : markText(*mark));
        }
        QStringList explanations;
        for (const interview::CommitteeFlag& flag : review.flags) {
            if (flag.answerIndex != int(i))
                continue;
            explanations << flag.explanation;
            for (const QString& scorer : flag.interviewers)
                if (const qsizetype column = scorers.indexOf(scorer); column >= 0)
                    marked.append({i, column + 2});
            marked.append({i, table.headers.size() - 1});
        }
        row << explanations.join(QLatin1Char('\n'));
        table.rows << row;
    }
    HighlightedTable highlighted(table);
    for (const auto& [row, column] : marked)
        highlighted.highlight(row, column, splitMark());
    highlighted.write(document);
    document.mutedParagraph(CommitteeReport::tr(
        "Each scorer's Depth / Vision, each 1 to 4, Vision after the evidence cap (as entered in brackets "
        "when capped). "
        "Highlighted: the two scorers furthest apart where they differ by "
        "two points or more."));

    // Every scorer's answers on the grid, one colour per scorer.
    QList<DepthVisionMark> marks;
    for (qsizetype i = 0; i < review.answers.size(); ++i)
        for (const QString& scorer : scorers) {
            const auto mark = review.answers[i].marks.constFind(scorer);
            if (mark == review.answers[i].marks.cend())
                continue;
            marks << DepthVisionMark{CommitteeReport::tr("Q%1").arg(i + 1), scorer, mark->depth, mark->effectiveVision,
                                     mark->effectiveVision < mark->vision};
        }
    DepthVisionGridPainter grid(content.scales().verdictGrid);
    grid.setInterviewers(scorers);
    grid.setMarks(marks);
    // Many scorers wrap the legend onto more rows: the area grows with it, the grid keeps its size.
    const qreal height = grid.heightPoints(*document.painter().device(), document.contentWidthPoints(), kGridPoints);
    document.subheading(CommitteeReport::sectionTitles().at(2), height);
    grid.paint(document.painter(), document.reserve(height));
}

void flags(ReportDocument& document, const interview::CommitteeReview& review)
{
    document.heading(CommitteeReport::sectionTitles().at(3));
    if (review.flags.isEmpty()) {
        document.paragraph(CommitteeReport::tr("No splits of two points or more and no vetoes: the scorers agree."));
        return;
    }
    ReportTable table;
    table.headers = {CommitteeReport::tr("Kind"), CommitteeReport::tr("About"), CommitteeReport::tr("Scorers"),
                     CommitteeReport::tr("What happened")};
    table.columnWeights = {1.0, 1.6, 1.6, 3.8};
    for (const interview::CommitteeFlag& flag : review.flags)
        table.rows << QStringList{flagKind(flag.kind), flag.subject, QLocale().createSeparatedList(flag.interviewers),
                                  flag.explanation};
    HighlightedTable highlighted(table);
    for (qsizetype i = 0; i < review.flags.size(); ++i)
        highlighted.highlightRow(i,
                                 review.flags[i].kind == interview::CommitteeFlagKind::Veto ? vetoMark() : splitMark());
    highlighted.write(document);
}

void justifications(ReportDocument& document, const interview::CommitteeReview& review,
                    const interview::ContentLibrary& content)
{
    document.heading(CommitteeReport::sectionTitles().at(4));
    document.mutedParagraph(CommitteeReport::tr("Each scorer's Vision score with the evidence ticked and the "
                                                "justification given, so the committee can check them."));
    const QStringList scorers = review.interviewers();
    for (qsizetype i = 0; i < review.answers.size(); ++i) {
        const interview::CommitteeAnswer& answer = review.answers[i];
        document.subheading(CommitteeReport::tr("Question %1 (%2)").arg(i + 1).arg(interview::title(answer.round)));
        document.paragraph(answer.questionText, {}, ReportStyle::kSmallSize, ReportStyle::mutedText());
        ReportTable table;
        table.headers = {CommitteeReport::tr("Scorer"), CommitteeReport::tr("Vision"), CommitteeReport::tr("Evidence"),
                         CommitteeReport::tr("Justification")};
        table.columnWeights = {1.3, 1.2, 2.0, 4.5};
        table.firstColumnBold = true;
        QList<qsizetype> missing;
        for (const QString& scorer : scorers) {
            const auto mark = answer.marks.constFind(scorer);
            if (mark == answer.marks.cend())
                continue;
            const QString vision =
                mark->effectiveVision != mark->vision
                    ? CommitteeReport::tr("%1 (entered %2, capped)").arg(mark->effectiveVision).arg(mark->vision)
                    : QLocale().toString(mark->vision);
            const bool none = mark->justification.trimmed().isEmpty();
            if (none)
                missing << table.rows.size();
            table.rows << QStringList{scorer, vision, evidenceText(mark->evidence, content),
                                      none ? CommitteeReport::tr("No justification given")
                                           : mark->justification.trimmed()};
        }
        if (table.rows.isEmpty()) {
            document.mutedParagraph(CommitteeReport::tr("Nobody scored this answer."));
            continue;
        }
        HighlightedTable highlighted(table);
        for (const qsizetype row : missing)
            highlighted.highlight(row, 3, warningText());
        highlighted.write(document);
    }
}

void verdicts(ReportDocument& document, const interview::CommitteeReview& review)
{
    document.heading(CommitteeReport::sectionTitles().at(5));
    for (const interview::CommitteeScorecard& card : review.scorecards) {
        const interview::Verdict verdict = review.verdicts.value(card.interviewer);
        ReportTable table;
        table.columnWeights = {1.4, 4.0};
        table.firstColumnBold = true;
        const QString cell = verdict.recommendation == interview::Recommendation::None
                                 ? interview::title(verdict.recommendation)
                                 : CommitteeReport::tr("%1 (Depth %2, Vision %3)")
                                       .arg(interview::title(verdict.recommendation))
                                       .arg(verdict.depth)
                                       .arg(verdict.vision);
        QStringList reasons;
        for (const QString& reason : verdict.reasons)
            reasons << QString(QChar(0x2022)) + QLatin1Char(' ') + reason;
        table.rows = {{CommitteeReport::tr("Verdict grid"), cell},
                      {CommitteeReport::tr("Reasons"),
                       reasons.isEmpty() ? CommitteeReport::tr("none") : reasons.join(QLatin1Char('\n'))},
                      {CommitteeReport::tr("Recommendation"),
                       card.recommendationReason.trimmed().isEmpty()
                           ? recommendationText(card.recommendation)
                           : CommitteeReport::tr("%1: %2").arg(recommendationText(card.recommendation),
                                                               card.recommendationReason.trimmed())}};
        document.subheading(card.interviewer);
        HighlightedTable highlighted(table);
        highlighted.highlight(0, 1, {ReportStyle::verdictColor(verdict.recommendation), ReportStyle::text(), true});
        if (verdict.vetoed)
            highlighted.highlight(1, 1, {QColor(), ReportStyle::warning(), false});
        highlighted.write(document);
    }
}

void sessionMarks(ReportDocument& document, const interview::CommitteeReview& review)
{
    document.heading(CommitteeReport::sectionTitles().at(6));
    const QStringList scorers = review.interviewers();
    ReportTable table;
    table.headers << CommitteeReport::tr("Mark") << CommitteeReport::tr("Scale");
    table.columnWeights << 2.0 << 0.7;
    for (const QString& scorer : scorers) {
        table.headers << scorer;
        table.columnWeights << 1.0;
    }
    table.headers << CommitteeReport::tr("Flag");
    table.columnWeights << 2.6;
    table.firstColumnBold = true;
    QList<QPair<QPair<qsizetype, qsizetype>, CellHighlight>> marked;
    for (qsizetype i = 0; i < review.sessionMarks.size(); ++i) {
        const interview::CommitteeSessionMark& mark = review.sessionMarks[i];
        QStringList row{mark.title, CommitteeReport::tr("%1–%2").arg(mark.min).arg(mark.max)};
        for (const QString& scorer : scorers)
            row << (mark.values.contains(scorer) ? QLocale().toString(mark.values.value(scorer)) : notScored());
        QStringList explanations;
        for (const interview::CommitteeFlag& flag : review.flags) {
            if (flag.answerIndex >= 0 || flag.mark != mark.mark)
                continue;
            const CellHighlight highlight = flag.kind == interview::CommitteeFlagKind::Veto ? vetoMark() : splitMark();
            explanations << flag.explanation;
            for (const QString& scorer : flag.interviewers)
                if (const qsizetype column = scorers.indexOf(scorer); column >= 0)
                    marked.append({{i, column + 2}, highlight});
            marked.append({{i, table.headers.size() - 1}, highlight});
        }
        row << explanations.join(QLatin1Char('\n'));
        table.rows << row;
    }
    if (table.rows.isEmpty()) {
        document.mutedParagraph(CommitteeReport::tr("No session-level marks were given."));
        return;
    }
    HighlightedTable highlighted(table);
    for (const auto& [cell, highlight] : marked)
        highlighted.highlight(cell.first, cell.second, highlight);
    highlighted.write(document);
}

void decision(ReportDocument& document, const interview::CommitteeReview& review)
{
    document.heading(CommitteeReport::sectionTitles().at(7), 40.0);
    const interview::CommitteeDecision& decided = review.decision;
    if (!decided.isRecorded()) {
        document.paragraph(CommitteeReport::tr("Not decided yet: the committee has not recorded its decision."), {},
                           ReportStyle::kBodySize, ReportStyle::warning());
        return;
    }
    ReportTable table;
    table.columnWeights = {1.0, 4.0};
    table.firstColumnBold = true;
    table.rows = {{CommitteeReport::tr("Decision"), interview::title(decided.decision)},
                  {CommitteeReport::tr("Reason"), decided.reason.trimmed().isEmpty()
                                                      ? CommitteeReport::tr("No reason given")
                                                      : decided.reason.trimmed()},
                  {CommitteeReport::tr("Decided"), ReportTerms::dateTime(decided.decidedAt)}};
    HighlightedTable highlighted(table);
    highlighted.highlight(0, 1, {ReportStyle::verdictColor(decided.decision), ReportStyle::text(), true});
    highlighted.write(document);
}

}  // namespace

QStringList CommitteeReport::sectionTitles()
{
    return {tr("Session summary"),
            tr("Marks per answer"),
            tr("Depth × Vision: every scorer's answers"),
            tr("Flags"),
            tr("Vision justifications"),
            tr("Verdicts"),
            tr("Session-level marks"),
            tr("Committee decision")};
}

int CommitteeReport::write(const interview::CommitteeReview& review, const interview::ContentLibrary& content,
                           const QString& fileName, PaperSize paper)
{
    ReportDocument document(fileName, paper, tr("Committee debrief: %1").arg(review.candidate));
    document.title(
        tr("Committee debrief: %1").arg(review.candidate),
        tr("%1 · %n scorer(s)", nullptr, int(review.scorecards.size())).arg(ReportTerms::date(review.startedAt)));
    summary(document, review);
    answers(document, review, content);
    flags(document, review);
    justifications(document, review, content);
    verdicts(document, review);
    sessionMarks(document, review);
    decision(document, review);
    document.finish();
    return document.pageCount();
}

bool writeCommitteePdf(const interview::CommitteeReview& review, const interview::ContentLibrary& content,
                       const QString& fileName, PaperSize paper, QString* error)
{
    try {
        CommitteeReport::write(review, content, fileName, paper);
        return true;
    } catch (const ReportError& failure) {
        if (error)
            *error = failure.message();
    }
    return false;
}

}  // namespace debrief::report

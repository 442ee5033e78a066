#include "scorecardreport.h"

#include "barchartpainter.h"
#include "depthvisiongridpainter.h"
#include "maturityradarpainter.h"
#include "reporterror.h"

#include "interview/answercoach.h"
#include "interview/budgetallocation.h"
#include "interview/calibrationgap.h"
#include "interview/metrictranslation.h"
#include "interview/quantityformat.h"
#include "interview/verdictgrid.h"
#include "interview/visioncap.h"
#include "storage/analysisstore.h"
#include "storage/drillstore.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QTextCharFormat>

#include <algorithm>

namespace debrief::report {

using namespace debrief::interview;

struct ScorecardReport::Context {
    ReportDocument& document;
    const Session& session;
    Session scored;       // only the submitted scores: what the panel may see (ScoreVisibility's panel view)
    QStringList scorers;  // interviewers in session order, then anyone else who scored, the self-score last
    QStringList unsubmitted;
    QDateTime now;
    QLocale locale;
};

namespace {

constexpr qreal kGridPoints = 330.0;
constexpr qreal kSoloGridPoints = 230.0;
constexpr qreal kRadarPoints = 250.0;

bool isSelf(const QString& name)
{
    return name == QLatin1String(CalibrationGap::kSelf);
}

QString displayName(const QString& name)
{
    return isSelf(name) ? ScorecardReport::tr("Self (the candidate)") : name;
}

QString modeTitle(SessionMode mode)
{
    return mode == SessionMode::LiveMock ? ScorecardReport::tr("Live mock interview")
                                         : ScorecardReport::tr("Solo practice");
}

QString statusTitle(SessionStatus status)
{
    switch (status) {
    case SessionStatus::InProgress: return ScorecardReport::tr("In progress");
    case SessionStatus::Interrupted: return ScorecardReport::tr("Interrupted (resumable)");
    case SessionStatus::Completed: return ScorecardReport::tr("Completed");
    }
    return {};
}

// Session clock marks as a person reads them: 4:10, 1:02:05.
QString clock(std::int64_t elapsedMs)
{
    const std::int64_t seconds = std::max<std::int64_t>(0, elapsedMs / 1000);
    const std::int64_t hours = seconds / 3600;
    const QString minutesSeconds =
        QStringLiteral("%1:%2")
            .arg(hours > 0 ? QStringLiteral("%1").arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                           : QString::number(seconds / 60))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

QString scoreOutOf(int value, int top)
{
    return value < 0 ? ScorecardReport::tr("not scored") : ScorecardReport::tr("%1 / %2").arg(value).arg(top);
}

QString elided(const QString& text, int characters)
{
    const QString simple = text.simplified();
    return simple.size() <= characters ? simple : simple.left(characters - 1).trimmed() + QChar(0x2026);
}

QString dimensionName(const ContentLibrary& content, MatrixDimension dimension)
{
    for (const auto& text : content.matrix().dimensions)
        if (text.dimension == dimension)
            return text.name;
    return key(dimension);
}

QList<QTextLayout::FormatRange> bold(const QString& text, qsizetype length = -1)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return {{0, int(length < 0 ? text.size() : length), format}};
}

}  // namespace

ScorecardReport::ScorecardReport(const storage::Database& database, const ContentLibrary& content)
    : m_database(database), m_content(content)
{
}

QStringList ScorecardReport::sectionTitles()
{
    return {tr("Summary"),
            tr("Depth × Vision grid"),
            tr("Maturity Matrix"),
            tr("Product design round"),
            tr("Answers and coach findings"),
            tr("Interviewer notes"),
            tr("Next steps")};
}

int ScorecardReport::write(std::int64_t sessionId, const QString& fileName, PaperSize paper, const QDateTime& now,
                           const Progress& progress) const
{
    const std::optional<Session> session = storage::SessionStore(m_database).find(sessionId);
    if (!session)
        throw ReportError(tr("There is no session %1.").arg(sessionId));

    ReportDocument document(fileName, paper,
                            tr("Scorecard: %1, %2")
                                .arg(session->candidate, QLocale().toString(session->startedAt.toLocalTime().date(),
                                                                            QLocale::ShortFormat)));
    Context context{document, *session, *session, {}, {}, now, QLocale()};
    for (const QString& name : session->interviewers)
        if (!isSelf(name))
            context.scorers << name;
    bool selfScored = false;
    for (AskedQuestion& question : context.scored.questions) {
        QList<AnswerScore> kept;
        for (const AnswerScore& score : question.scores) {
            if (!score.submitted) {
                if (!context.unsubmitted.contains(score.interviewer))
                    context.unsubmitted << score.interviewer;
                continue;
            }
            kept << score;
            if (isSelf(score.interviewer))
                selfScored = true;
            else if (!context.scorers.contains(score.interviewer))
                context.scorers << score.interviewer;
        }
        question.scores = kept;
    }
    if (selfScored)
        context.scorers << QString::fromLatin1(CalibrationGap::kSelf);

    // The sections in order, as plain calls; each is asked whether to go on first. Sections flow one
    // after the other: a heading or a chart moves to the next page only when it does not fit.
    int done = 0;
    const auto next = [&]() {
        if (progress && !progress(done, kSections))
            throw ReportError(tr("Export cancelled: %1 was not written.").arg(QDir::toNativeSeparators(fileName)));
        ++done;
    };
    next();
    summary(context);
    next();
    depthVision(context);
    next();
    maturity(context);
    next();
    productDesign(context);
    next();
    answers(context);
    next();
    notes(context);
    next();
    nextSteps(context);
    if (progress)
        progress(kSections, kSections);
    document.finish();
    return document.pageCount();
}

void ScorecardReport::summary(Context& context) const
{
    ReportDocument& document = context.document;
    const Session& session = context.session;
    const QString date = context.locale.toString(session.startedAt.toLocalTime(), QLocale::LongFormat);
    document.title(tr("Interview scorecard"), tr("%1 · %2").arg(session.candidate, date));
    const QStringList titles = sectionTitles();
    document.heading(titles[0]);

    QStringList rounds;
    for (RoundKind round : session.rounds)
        rounds << title(round);
    QStringList interviewers;
    for (const QString& name : session.interviewers)
        interviewers << displayName(name);
    ReportTable table;
    table.columnWeights = {1.0, 3.0};
    table.firstColumnBold = true;
    table.rows = {
        {tr("Candidate"), session.candidate},
        {tr("Date"), date},
        {tr("Mode"), modeTitle(session.mode)},
        {tr("Status"), statusTitle(session.status)},
        {tr("Duration"), QuantityFormat::duration(double(session.elapsedMs) / 1000.0, context.locale)},
        {tr("Rounds"), rounds.join(QStringLiteral(", "))},
        {tr("Interviewers"), interviewers.join(QStringLiteral(", "))},
        {tr("Final recommendation"),
         session.recommendation == Recommendation::None ? tr("not given yet") : title(session.recommendation)},
        {tr("Reason"), session.recommendationReason.isEmpty() ? tr("none written") : session.recommendationReason},
        {tr("Strategic Fit"), session.strategicFit > 0 ? scoreOutOf(session.strategicFit, 4) : tr("not scored")}};
    if (session.design) {
        table.rows << QStringList{tr("Product design"), scoreOutOf(session.design->designScore, 4)}
                   << QStringList{tr("Metric Translation"),
                                  session.design->metricTranslation == 0
                                      ? tr("0 / 4: a veto, the verdict is Strong No whatever else was scored")
                                      : scoreOutOf(session.design->metricTranslation, 4)}
                   << QStringList{tr("Roadmap Alignment"), scoreOutOf(session.design->roadmapAlignment, 4)};
    } else {
        // Folded into one line here: the section would say nothing more.
        table.rows << QStringList{titles[3], tr("This session had no product design round.")};
    }
    document.table(table);

    // Each scorer's verdict with the reasons VerdictGrid gives (caps, veto, the cell).
    document.subheading(tr("Verdict"));
    const VerdictGrid grid = m_content.verdictGrid();
    bool any = false;
    for (const QString& name : context.scorers) {
        const Verdict verdict = grid.forSession(context.scored, name);
        const QString head = tr("%1: %2").arg(displayName(name), title(verdict.recommendation)) +
                             (verdict.vetoed ? tr(" (vetoed)") : QString());
        document.paragraph(head, bold(head));
        document.bullets(verdict.reasons);
        any = true;
    }
    if (!any && session.design) {
        const Verdict veto = grid.applyVeto(Verdict{}, session.design->metricTranslation);
        if (veto.vetoed) {
            const QString head = title(veto.recommendation) + tr(" (vetoed)");
            document.paragraph(head, bold(head));
            document.bullets(veto.reasons);
            any = true;
        }
    }
    if (!any)
        document.paragraph(tr("No submitted scores yet: there is no verdict."));
    if (!context.unsubmitted.isEmpty()) {
        QStringList names;
        for (const QString& name : context.unsubmitted)
            names << displayName(name);
        document.mutedParagraph(tr("Scores that were not submitted are left out of this scorecard: %1.")
                                    .arg(names.join(QStringLiteral(", "))));
    }
}

void ScorecardReport::depthVision(Context& context) const
{
    ReportDocument& document = context.document;
    // One scorer's few marks read as well on a smaller grid, which then fits under the summary.
    const qreal gridPoints = context.scorers.size() <= 1 ? kSoloGridPoints : kGridPoints;
    document.heading(sectionTitles()[1], gridPoints + 60.0);
    document.mutedParagraph(tr("Each mark is one interviewer's Depth and Vision tags on one answer, Vision after the "
                               "evidence cap; each cell is tinted with the verdict it gives."));

    const VisionCap cap(m_content.scales().visionCapWithoutEvidence);
    const VerdictGrid grid = m_content.verdictGrid();
    QList<DepthVisionMark> marks;
    QStringList legend;
    for (const QString& name : context.scorers)
        legend << displayName(name);
    ReportTable table;
    table.headers = {tr("Answer"), tr("Round"),   tr("Interviewer"),  tr("Depth"),
                     tr("Vision"), tr("Verdict"), tr("Justification")};
    table.columnWeights = {0.9, 1.1, 1.4, 0.7, 1.1, 1.0, 3.0};
    table.align = {Qt::AlignLeft,    Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter,
                   Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft};
    for (qsizetype q = 0; q < context.scored.questions.size(); ++q) {
        const AskedQuestion& question = context.scored.questions[q];
        const QString label = tr("Q%1").arg(q + 1);
        if (question.scores.isEmpty())
            table.rows.append(
                {label, title(question.round), tr("not scored"), QString(), QString(), QString(), QString()});
        for (const AnswerScore& score : question.scores) {
            const CappedVision vision = cap.apply(score);
            marks.append({label, displayName(score.interviewer), score.depth, vision.effective, vision.capped});
            const QString visionText = vision.entered <= 0 ? tr("–")
                                       : vision.capped
                                           ? tr("%1 → %2 (capped)").arg(vision.entered).arg(vision.effective)
                                           : QString::number(vision.effective);
            QString justification = score.justification;
            if (vision.capped)
                justification =
                    justification.isEmpty() ? vision.reason : justification + QLatin1Char('\n') + vision.reason;
            table.rows.append({label, title(question.round), displayName(score.interviewer),
                               score.depth > 0 ? QString::number(score.depth) : tr("–"), visionText,
                               title(grid.forAnswer(score).recommendation), justification});
        }
    }
    DepthVisionGridPainter painter(m_content.scales().verdictGrid);
    painter.setInterviewers(legend);
    painter.setMarks(marks);
    painter.paint(document.painter(), document.reserve(painter.heightPoints(
                                          *document.painter().device(), document.contentWidthPoints(), gridPoints)));
    if (context.scored.questions.isEmpty())
        document.paragraph(tr("No questions were asked in this session."));
    else
        document.table(table);
}

void ScorecardReport::maturity(Context& context) const
{
    ReportDocument& document = context.document;
    const MatrixLevels& levels = context.session.matrix;
    const int bar = m_content.matrix().bar;
    document.heading(sectionTitles()[2]);

    QStringList axes;
    QList<int> self, interviewer;
    for (MatrixDimension dimension : kAllDimensions) {
        axes << dimensionName(m_content, dimension);
        self << levels.self.value(dimension, 0);
        interviewer << levels.interviewer.value(dimension, 0);
    }
    MaturityRadarPainter radar;
    radar.setAxes(axes, kMatrixMinLevel, kMatrixMaxLevel, bar);
    QList<RadarSeries> series;
    if (!levels.self.isEmpty())
        series << RadarSeries{tr("Self-assessment"), ReportStyle::seriesColor(1), self, Qt::DashLine};
    if (!levels.interviewer.isEmpty())
        series << RadarSeries{tr("Interviewer"), ReportStyle::seriesColor(0), interviewer, Qt::SolidLine};
    if (series.isEmpty()) {
        document.paragraph(tr("No Maturity Matrix levels were given in this session."));
        return;
    }
    // The radar compares two views; with one (a solo practice's self-assessment) the bars below say it all.
    if (series.size() > 1) {
        radar.setSeries(series);
        radar.paint(document.painter(), document.reserve(kRadarPoints));
    }

    // The bar: the interviewer's level where there is one (it is the one a committee reads), else the
    // candidate's own.
    document.subheading(tr("Levels against the Level %1 bar").arg(bar));
    QList<ChartBar> bars;
    ReportTable table;
    table.headers = {tr("Dimension"), tr("Self"), tr("Interviewer"), tr("Against the bar"), tr("Self − interviewer")};
    table.columnWeights = {2.4, 0.8, 1.0, 1.5, 1.4};
    table.align = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignHCenter};
    for (qsizetype i = 0; i < qsizetype(kAllDimensions.size()); ++i) {
        const int level = interviewer[i] > 0 ? interviewer[i] : self[i];
        const QString source = interviewer[i] > 0 ? tr("interviewer") : tr("self");
        QString against = tr("not rated");
        if (level > 0)
            against = level < bar   ? tr("%n below the bar (%1)", nullptr, bar - level).arg(source)
                      : level > bar ? tr("%n above the bar (%1)", nullptr, level - bar).arg(source)
                                    : tr("at the bar (%1)").arg(source);
        bars.append({axes[i], qreal(level), level > 0 ? tr("Level %1").arg(level) : tr("not rated"),
                     level >= bar ? ReportStyle::seriesColor(2) : ReportStyle::warning()});
        table.rows.append({axes[i], self[i] > 0 ? QString::number(self[i]) : tr("–"),
                           interviewer[i] > 0 ? QString::number(interviewer[i]) : tr("–"), against,
                           self[i] > 0 && interviewer[i] > 0
                               ? context.locale.toString(self[i] - interviewer[i])
                                     .prepend(self[i] > interviewer[i] ? QStringLiteral("+") : QString())
                               : tr("–")});
    }
    BarChartPainter chart;
    chart.setBars(bars);
    chart.setMaximum(kMatrixMaxLevel);
    chart.setReferenceLine(bar, tr("Level %1: the bar").arg(bar));
    chart.paint(document.painter(), document.reserve(BarChartPainter::preferredHeightPoints(bars.size())));

    document.subheading(tr("Gaps"));
    document.table(table);
    const CalibrationReport calibration = CalibrationGap::matrix(levels);
    if (calibration.items.isEmpty()) {
        document.paragraph(tr("Self-assessment and interviewer levels cannot be compared: one of them is missing."));
        return;
    }
    QStringList lines;
    lines << tr("Mean gap %1 level(s) (self − interviewer), %2 on average either way.")
                 .arg(context.locale.toString(calibration.meanGap, 'f', 2),
                      context.locale.toString(calibration.meanAbsoluteGap, 'f', 2));
    const auto dimensionOf = [this](const QString& dimensionKey) {
        MatrixDimension dimension;
        return fromKey(dimensionKey, dimension) ? dimensionName(m_content, dimension) : dimensionKey;
    };
    if (calibration.largestOver)
        lines << tr("Largest over-estimate: %1 (self %2, interviewer %3).")
                     .arg(dimensionOf(calibration.largestOver->subject))
                     .arg(calibration.largestOver->self)
                     .arg(calibration.largestOver->interviewer);
    if (calibration.largestUnder)
        lines << tr("Largest under-estimate: %1 (self %2, interviewer %3).")
                     .arg(dimensionOf(calibration.largestUnder->subject))
                     .arg(calibration.largestUnder->self)
                     .arg(calibration.largestUnder->interviewer);
    document.bullets(lines);
}

void ScorecardReport::productDesign(Context& context) const
{
    if (!context.session.design)
        return;  // the summary says so in one line
    ReportDocument& document = context.document;
    document.heading(sectionTitles()[3]);
    const DesignRound& design = *context.session.design;
    const Scenario* scenario = m_content.scenario(design.scenarioId);
    const double budget = scenario ? scenario->quarterlyBudgetUsd : 0.0;
    if (scenario) {
        const QString head = tr("Scenario: %1").arg(scenario->title);
        document.paragraph(head, bold(head));
        document.mutedParagraph(scenario->context);
        document.paragraph(tr("Quarterly budget: %1").arg(QuantityFormat::money(budget, context.locale)));
    } else {
        document.paragraph(
            tr("Scenario %1 is not in the loaded content; request ids are shown as stored.").arg(design.scenarioId));
    }
    const auto requestTitle = [scenario](const QString& id) {
        if (scenario)
            for (const FeatureRequest& request : scenario->requests)
                if (request.id == id)
                    return request.title;
        return id;
    };

    document.subheading(tr("Budget allocation"));
    QList<ChartBar> bars;
    for (qsizetype i = 0; i < design.allocations.size(); ++i) {
        const DesignAllocation& allocation = design.allocations[i];
        bars.append({requestTitle(allocation.requestId), allocation.sharePercent,
                     MetricTranslation::percent(allocation.sharePercent, context.locale), ReportStyle::seriesColor(i)});
    }
    if (bars.isEmpty()) {
        document.paragraph(tr("No budget was allocated."));
    } else {
        BarChartPainter chart;
        chart.setBars(bars);
        chart.setMaximum(100.0);
        chart.paint(document.painter(), document.reserve(BarChartPainter::preferredHeightPoints(bars.size())));
    }
    document.paragraph(BudgetAllocation::checkShares(design.allocations).message);

    document.subheading(tr("KPIs and expected impact"));
    ReportTable kpis;
    kpis.headers = {tr("Request"), tr("KPI"), tr("Expected impact"), tr("Confidence"), tr("Share"), tr("Budget")};
    kpis.columnWeights = {2.2, 1.4, 1.1, 1.2, 0.9, 1.0};
    kpis.align = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const DesignAllocation& allocation : design.allocations)
        kpis.rows.append(
            {requestTitle(allocation.requestId), title(allocation.kpi),
             MetricTranslation::percent(allocation.expectedImpactPercent, context.locale),
             QuantityFormat::percent(allocation.confidence, context.locale, QuantityFormat::PercentDigits::WhenNeeded),
             MetricTranslation::percent(allocation.sharePercent, context.locale),
             QuantityFormat::money(budget * allocation.sharePercent / 100.0, context.locale)});
    document.table(kpis);

    // Metric translation: what each slice of the budget buys in expected KPI gain, and the score.
    document.subheading(tr("Metric translation"));
    ReportTable translation;
    translation.headers = {tr("Request"), tr("Budget"), tr("Expected gain × confidence"),
                           tr("Budget per point of gain")};
    translation.columnWeights = {2.6, 1.1, 1.6, 1.6};
    translation.align = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const DesignAllocation& allocation : design.allocations) {
        const double spend = budget * allocation.sharePercent / 100.0;
        const double weighted = allocation.expectedImpactPercent * std::clamp(allocation.confidence, 0.0, 1.0);
        translation.rows.append(
            {requestTitle(allocation.requestId), QuantityFormat::money(spend, context.locale),
             MetricTranslation::percent(weighted, context.locale),
             weighted > 0.0 ? QuantityFormat::money(spend / weighted, context.locale) : tr("no expected gain")});
    }
    document.table(translation);
    document.paragraph(tr("Weighted roadmap score (expected impact × confidence × share): %1")
                           .arg(context.locale.toString(BudgetAllocation::roadmapScore(design.allocations), 'f', 2)));
    document.paragraph(tr("Metric Translation score: %1").arg(scoreOutOf(design.metricTranslation, 4)) +
                       (design.metricTranslation == 0 ? tr(" (a veto: the verdict is Strong No)") : QString()));

    // Trace Lab evidence: a statement saved from a replay comparison names the analysis and its source.
    document.subheading(tr("Trace Lab evidence"));
    const QList<storage::EvidenceStatement> statements = storage::AnalysisStore(m_database).evidenceStatements();
    ReportTable evidence;
    evidence.headers = {tr("Request"), tr("Evidence"), tr("Source")};
    evidence.columnWeights = {1.6, 2.6, 2.6};
    for (const DesignAllocation& allocation : design.allocations) {
        const QString cited = allocation.evidence.trimmed();
        QString source =
            cited.isEmpty() ? tr("none given") : tr("the candidate's own words (no saved Trace Lab analysis)");
        for (const storage::EvidenceStatement& statement : statements) {
            // The statement itself, or the design page's sentence attached from it, which names the
            // analysis and both policies (ReplayEvidence::evidenceText).
            const bool attached = !statement.analysisName.isEmpty() && cited.contains(statement.analysisName) &&
                                  cited.contains(statement.policy) && cited.contains(statement.baseline);
            if (cited.isEmpty() || (statement.statement.trimmed() != cited && !attached))
                continue;
            source = tr("Trace Lab analysis \"%1\": %2").arg(statement.analysisName, statement.source);
            const double monthly = statement.numbers.value(QLatin1String("clusterCostPerMonthUsd")).toDouble();
            if (monthly > 0.0)
                source += QLatin1Char('\n') +
                          tr("Cluster cost a month: %1").arg(QuantityFormat::money(monthly, context.locale));
            break;
        }
        evidence.rows.append({requestTitle(allocation.requestId), cited.isEmpty() ? tr("–") : cited, source});
    }
    document.table(evidence);
}

void ScorecardReport::answers(Context& context) const
{
    ReportDocument& document = context.document;
    document.heading(sectionTitles()[4]);
    if (context.session.questions.isEmpty()) {
        document.paragraph(tr("No questions were asked in this session."));
        return;
    }
    const AnswerCoach coach(m_content.coach(), m_content.mistakes());
    QTextCharFormat found;
    found.setBackground(QColor(0xff, 0xec, 0xb0));
    QTextCharFormat mistake;
    mistake.setBackground(QColor(0xf9, 0xd0, 0xcc));
    mistake.setFontUnderline(true);
    for (qsizetype q = 0; q < context.session.questions.size(); ++q) {
        const AskedQuestion& question = context.session.questions[q];
        const Question* text = m_content.question(question.questionId);
        document.subheading(tr("Q%1 · %2").arg(q + 1).arg(title(question.round)));
        document.mutedParagraph(text ? text->prompt : question.questionId);
        if (question.answer.trimmed().isEmpty()) {
            document.paragraph(tr("No answer recorded."));
            continue;
        }
        const CoachReport report = coach.analyse(question.answer, question.round);
        QList<QTextLayout::FormatRange> marks;
        for (const CoachFinding& finding : report.findings)
            marks.append(
                {int(finding.start), int(finding.length), finding.kind == CoachFindingKind::Mistake ? mistake : found});
        document.paragraph(question.answer, marks);
        const QString score = report.hasScore() ? tr("Coach score: %1 / 100").arg(report.score)
                                                : AnswerCoach::englishOnlyNote();
        document.paragraph(score, bold(score));
        QStringList lines;
        for (const CoachFinding& finding : report.findings)
            lines << finding.text;
        for (const CoachCriterion& criterion : report.breakdown)
            if (criterion.earned < criterion.weight)
                lines << tr("To improve: %1").arg(criterion.explanation);
        document.bullets(lines);
    }
}

void ScorecardReport::notes(Context& context) const
{
    ReportDocument& document = context.document;
    document.heading(sectionTitles()[5]);
    QList<SessionNote> notes = context.session.notes;
    std::stable_sort(notes.begin(), notes.end(),
                     [](const SessionNote& a, const SessionNote& b) { return a.elapsedMs < b.elapsedMs; });
    if (notes.isEmpty()) {
        document.paragraph(tr("No notes were taken in this session."));
        return;
    }
    ReportTable table;
    table.headers = {tr("Time"), tr("Interviewer"), tr("Note")};
    table.columnWeights = {0.7, 1.4, 5.0};
    for (const SessionNote& note : notes)
        table.rows.append({clock(note.elapsedMs), displayName(note.interviewer), note.text});
    document.table(table);
}

void ScorecardReport::nextSteps(Context& context) const
{
    ReportDocument& document = context.document;
    const Session& session = context.session;
    document.heading(sectionTitles()[6]);

    document.subheading(tr("Drills due"));
    const QList<DrillCard> due = storage::DrillStore(m_database).due(session.candidate, context.now);
    if (due.isEmpty()) {
        document.paragraph(tr("No drills are due for %1.").arg(session.candidate));
    } else {
        ReportTable table;
        table.headers = {tr("Drill"), tr("Kind"), tr("Due")};
        table.columnWeights = {4.6, 1.2, 1.4};
        for (const DrillCard& card : due) {
            QString subject = card.ref;
            QString kind = tr("Question");
            if (card.subject == DrillSubject::Question) {
                if (const Question* question = m_content.question(card.ref))
                    subject = elided(question->prompt, 140);
            } else {
                kind = tr("Dimension");
                MatrixDimension dimension;
                if (fromKey(card.ref, dimension))
                    subject = dimensionName(m_content, dimension);
            }
            table.rows.append({subject, kind,
                               card.due.isValid()
                                   ? context.locale.toString(card.due.toLocalTime().date(), QLocale::ShortFormat)
                                   : tr("now")});
        }
        document.table(table);
    }

    // Weakest first: the interviewer's level where there is one, and what the next level asks for.
    document.subheading(tr("Weakest dimensions"));
    struct Weak {
        MatrixDimension dimension;
        int level;
        bool interviewer;
    };
    QList<Weak> weak;
    for (MatrixDimension dimension : kAllDimensions) {
        const int interviewer = session.matrix.interviewer.value(dimension, 0);
        const int level = interviewer > 0 ? interviewer : session.matrix.self.value(dimension, 0);
        if (level > 0)
            weak.append({dimension, level, interviewer > 0});
    }
    std::stable_sort(weak.begin(), weak.end(), [](const Weak& a, const Weak& b) { return a.level < b.level; });
    if (weak.isEmpty()) {
        document.paragraph(tr("No Maturity Matrix levels were given in this session."));
        return;
    }
    QStringList lines;
    const int bar = m_content.matrix().bar;
    for (const Weak& item : weak.mid(0, 2)) {
        QString line =
            item.interviewer
                ? tr("%1: level %2 (interviewer)").arg(dimensionName(m_content, item.dimension)).arg(item.level)
                : tr("%1: level %2 (self)").arg(dimensionName(m_content, item.dimension)).arg(item.level);
        for (const auto& text : m_content.matrix().dimensions)
            if (text.dimension == item.dimension && item.level < kMatrixMaxLevel && item.level < text.levels.size())
                line += QLatin1Char('\n') + tr("Next: level %1, %2: %3")
                                                .arg(item.level + 1)
                                                .arg(text.levels[item.level].title, text.levels[item.level].descriptor);
        if (item.level < bar)
            line += QLatin1Char('\n') + tr("Below the Level %1 bar: drill it before the next mock.").arg(bar);
        lines << line;
    }
    document.bullets(lines);
}

}  // namespace debrief::report

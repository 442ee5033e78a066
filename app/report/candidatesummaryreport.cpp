#include "candidatesummaryreport.h"

#include "impactmappainter.h"
#include "reporterror.h"
#include "reportstyle.h"
#include "reportterms.h"
#include "textblock.h"

#include "interview/orchestrationimpactscore.h"
#include "storage/portfoliostore.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QPainter>

#include <algorithm>

namespace debrief::report {

namespace {

constexpr qreal kPanelPadding = 7.0;  // points

// The lines under a project's title on the map: its real role, the metric before and after with the
// gain as the score counts it, and the teams and months behind it.
QStringList details(const interview::PortfolioProject& project, const interview::ProjectImpact& impact)
{
    QStringList lines;
    if (!project.role.trimmed().isEmpty())
        lines << CandidateSummaryReport::tr("Role: %1").arg(project.role.trimmed());
    const QString metric =
        project.metric.trimmed().isEmpty() ? CandidateSummaryReport::tr("Metric") : project.metric.trimmed();
    const QString before = ReportTerms::measurement(project.before);
    const QString after = ReportTerms::measurement(project.after);
    if (project.before == 0.0)
        lines << CandidateSummaryReport::tr("%1: %2 → %3 (no baseline: counts as no gain)").arg(metric, before, after);
    else if (impact.gainPercent < 0.0)
        lines << CandidateSummaryReport::tr("%1: %2 → %3 (%4 worse: counts as no gain)")
                     .arg(metric, before, after, ReportTerms::percent(-impact.gainPercent));
    else
        lines << CandidateSummaryReport::tr("%1: %2 → %3 (%4 better)")
                     .arg(metric, before, after, ReportTerms::percent(impact.gainPercent));
    QStringList teams;
    for (const QString& team : project.teams)
        if (!team.trimmed().isEmpty())
            teams << team.trimmed();
    const QString months = CandidateSummaryReport::tr("%n month(s)", nullptr, std::max(project.months, 0));
    lines << (teams.isEmpty()
                  ? CandidateSummaryReport::tr("Solo project, %1: not cross-team work").arg(months)
                  : CandidateSummaryReport::tr("With %1 · %2").arg(QLocale().createSeparatedList(teams), months));
    return lines;
}

// The two boxes under the title: the total score and the Orchestration Ready flag with its reason.
void scorePanel(ReportDocument& document, const interview::PortfolioImpact& impact, qsizetype projects)
{
    QPainter& painter = document.painter();
    QPaintDevice* device = painter.device();
    const qreal padding = document.points(kPanelPadding);
    const qreal gap = document.points(10.0);
    const qreal width = document.points(document.contentWidthPoints());
    const qreal boxWidth = (width - gap) / 2.0;
    const qreal inner = boxWidth - 2.0 * padding;

    const QFont label = ReportStyle::font(ReportStyle::kSmallSize, true);
    const QFont big = ReportStyle::font(ReportStyle::kTitleSize, true);
    const QFont flag = ReportStyle::font(ReportStyle::kHeadingSize, true);
    const QFont small = ReportStyle::font(ReportStyle::kSmallSize);

    const TextBlock scoreLabel = TextBlock(CandidateSummaryReport::sectionTitles().at(0), label, inner, device);
    const TextBlock total = TextBlock(ReportTerms::score(impact.total), big, inner, device);
    const TextBlock formula = TextBlock(
        CandidateSummaryReport::tr("Cross-team collaborations × measured gain in percent, summed over %n project(s).",
                                   nullptr, int(projects)),
        small, inner, device);
    const TextBlock readyLabel = TextBlock(CandidateSummaryReport::sectionTitles().at(1), label, inner, device);
    const TextBlock readyFlag = TextBlock(impact.orchestrationReady ? CandidateSummaryReport::tr("Ready")
                                                                    : CandidateSummaryReport::tr("Not ready yet"),
                                          flag, inner, device);
    const TextBlock reason =
        TextBlock(impact.readyReason + QChar::LineSeparator +
                      CandidateSummaryReport::tr("Projects with at least one other team count; their months add up."),
                  small, inner, device);

    const qreal left = scoreLabel.height() + total.height() + formula.height();
    const qreal right = readyLabel.height() + readyFlag.height() + reason.height();
    const qreal height = std::max(left, right) + 2.0 * padding + document.points(4.0);
    const QRectF area = document.reserve(height / document.points(1.0));
    const QRectF scoreBox(area.left(), area.top(), boxWidth, area.height());
    const QRectF readyBox(area.right() - boxWidth, area.top(), boxWidth, area.height());
    const QColor readyTint = impact.orchestrationReady ? QColor(0xe3, 0xf2, 0xe1) : QColor(0xfb, 0xe6, 0xe3);
    const QColor readyInk = impact.orchestrationReady ? QColor(0x2e, 0x7d, 0x32) : ReportStyle::warning();

    painter.save();
    const qreal radius = document.points(4.0);
    painter.setPen(QPen(ReportStyle::rule(), document.points(0.6)));
    painter.setBrush(ReportStyle::tableStripe());
    painter.drawRoundedRect(scoreBox, radius, radius);
    painter.setPen(QPen(readyInk, document.points(0.8)));
    painter.setBrush(readyTint);
    painter.drawRoundedRect(readyBox, radius, radius);

    qreal y = area.top() + padding;
    painter.setPen(ReportStyle::mutedText());
    scoreLabel.draw(painter, QPointF(scoreBox.left() + padding, y));
    y += scoreLabel.height() + document.points(2.0);
    painter.setPen(ReportStyle::accent());
    total.draw(painter, QPointF(scoreBox.left() + padding, y));
    y += total.height();
    painter.setPen(ReportStyle::mutedText());
    formula.draw(painter, QPointF(scoreBox.left() + padding, y));

    y = area.top() + padding;
    readyLabel.draw(painter, QPointF(readyBox.left() + padding, y));
    y += readyLabel.height() + document.points(2.0);
    painter.setPen(readyInk);
    readyFlag.draw(painter, QPointF(readyBox.left() + padding, y));
    y += readyFlag.height() + document.points(1.0);
    painter.setPen(ReportStyle::text());
    reason.draw(painter, QPointF(readyBox.left() + padding, y));
    painter.restore();
}

}  // namespace

QStringList CandidateSummaryReport::sectionTitles()
{
    return {tr("Orchestration Impact Score"), tr("Orchestration Ready"),
            tr("Impact map: project → KPI → roadmap item")};
}

CandidateSummaryResult CandidateSummaryReport::write(const QString& candidate,
                                                     const QList<interview::PortfolioProject>& projects,
                                                     const QString& fileName, PaperSize paper, const QDateTime& asOf)
{
    const interview::PortfolioImpact impact = interview::OrchestrationImpactScore::forPortfolio(projects);
    ReportDocument document(fileName, paper, tr("Candidate summary: %1").arg(candidate));
    document.title(
        tr("Candidate summary: %1").arg(candidate),
        tr("Project portfolio as of %1 · %n project(s)", nullptr, int(projects.size())).arg(ReportTerms::date(asOf)));
    scorePanel(document, impact, projects.size());
    document.heading(sectionTitles().at(2));

    QList<ImpactMapRow> rows;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const interview::PortfolioProject& project = projects[i];
        const interview::ProjectImpact& score = impact.projects[i];
        ImpactMapRow row;
        row.project = project.title.trimmed().isEmpty() ? tr("Untitled project") : project.title.trimmed();
        row.details = details(project, score);
        row.kpi = interview::title(project.kpi);
        row.roadmapItem = project.roadmapItem.trimmed();
        row.score = score.score;
        row.scoreFormula = tr("%n team(s) × %1", nullptr, score.collaborations)
                               .arg(ReportTerms::percent(std::max(score.gainPercent, 0.0)));
        rows << row;
    }
    ImpactMapPainter map;
    map.setRows(rows);
    map.setTotal(tr("Total: %1").arg(ReportTerms::score(impact.total)));
    // The rest of the page, less a hair so rounding cannot push the area onto a second page.
    const QRectF area = document.reserve(std::max(document.remainingPoints() - 1.0, 1.0));
    const ImpactMapPainter::Fit fit = map.fit(document.painter().device(), area);
    map.paint(document.painter(), area);
    document.finish();

    CandidateSummaryResult result;
    result.pages = document.pageCount();
    result.projects = projects.size();
    result.projectsShown = fit.shown.size();
    result.scale = fit.scale;
    result.total = impact.total;
    result.orchestrationReady = impact.orchestrationReady;
    return result;
}

bool writeCandidateSummaryPdf(const storage::Database& database, const QString& candidate, const QString& fileName,
                              PaperSize paper, QString* error, CandidateSummaryResult* result)
{
    try {
        const QList<interview::PortfolioProject> projects = storage::PortfolioStore(database).list(candidate);
        const CandidateSummaryResult written = CandidateSummaryReport::write(candidate, projects, fileName, paper);
        if (result)
            *result = written;
        return true;
    } catch (const ReportError& failure) {
        if (error)
            *error = failure.message();
    } catch (const storage::StorageError& failure) {
        if (error)
            *error = CandidateSummaryReport::tr("Cannot write %1: the portfolio could not be read: %2")
                         .arg(QDir::toNativeSeparators(fileName), failure.message());
    }
    return false;
}

}  // namespace debrief::report

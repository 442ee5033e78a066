#include "impactmappainter.h"

#include "reportstyle.h"
#include "textblock.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace debrief::report {

namespace {

// In points at scale 1.
constexpr qreal kPadding = 5.0;
constexpr qreal kArrowGap = 20.0;
constexpr qreal kScoreGap = 10.0;
constexpr qreal kRowGap = 7.0;
constexpr qreal kLineGap = 1.5;
constexpr qreal kBarHeight = 4.0;

// `font`, smaller where a single word of `text` is wider than `width` ("Zuverlässigkeit" in a narrow
// KPI box), so words are never broken inside.
QFont fittingFont(const QString& text, QFont font, qreal width, QPaintDevice* device)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto widest = [&]() {
        const QFontMetricsF metrics(font, device);
        qreal result = 0.0;
        for (const QString& word : words)
            result = std::max(result, metrics.horizontalAdvance(word));
        return result;
    };
    while (font.pointSizeF() > 4.0 && widest() > width)
        font.setPointSizeF(font.pointSizeF() - 0.25);
    return font;
}

}  // namespace

struct ImpactMapPainter::Geometry {
    qreal scale = 1.0;
    qreal unit = 1.0;  // device units per point
    QRectF target;
    QFont title, body, small, header, score;
    qreal projectLeft = 0, projectWidth = 0, kpiLeft = 0, kpiWidth = 0, roadmapLeft = 0, roadmapWidth = 0;
    qreal scoreLeft = 0, scoreWidth = 0;

    qreal pt(qreal points) const { return points * unit * scale; }  // scaled points -> device units
    qreal inner(qreal width) const { return width - 2.0 * pt(kPadding); }
};

ImpactMapPainter::Geometry ImpactMapPainter::geometry(QPaintDevice* device, const QRectF& target, qreal scale) const
{
    Geometry g;
    g.scale = scale;
    g.unit = ReportStyle::points(*device, 1.0);
    g.target = target;
    g.title = ReportStyle::font(ReportStyle::kBodySize * scale, true);
    g.body = ReportStyle::font(ReportStyle::kBodySize * scale);
    g.small = ReportStyle::font(ReportStyle::kSmallSize * scale);
    g.header = ReportStyle::font(ReportStyle::kSmallSize * scale, true);
    g.score = ReportStyle::font(ReportStyle::kSubheadingSize * scale, true);
    const qreal width = target.width();
    g.scoreWidth = width * 0.15;
    const qreal boxes = width - g.scoreWidth - 2.0 * g.pt(kArrowGap) - g.pt(kScoreGap);
    g.projectLeft = target.left();
    g.projectWidth = boxes * 0.44;
    g.kpiLeft = g.projectLeft + g.projectWidth + g.pt(kArrowGap);
    g.kpiWidth = boxes * 0.22;
    g.roadmapLeft = g.kpiLeft + g.kpiWidth + g.pt(kArrowGap);
    g.roadmapWidth = boxes * 0.34;
    g.scoreLeft = target.right() - g.scoreWidth;
    return g;
}

qreal ImpactMapPainter::headerHeight(QPaintDevice* device, const Geometry& g) const
{
    return QFontMetricsF(g.header, device).height() + g.pt(4.0);
}

qreal ImpactMapPainter::rowHeight(QPaintDevice* device, const Geometry& g, const ImpactMapRow& row) const
{
    qreal project = TextBlock(row.project, g.title, g.inner(g.projectWidth), device).height();
    for (const QString& detail : row.details)
        project += g.pt(kLineGap) + TextBlock(detail, g.small, g.inner(g.projectWidth), device).height();
    const qreal kpi =
        TextBlock(row.kpi, fittingFont(row.kpi, g.title, g.inner(g.kpiWidth), device), g.inner(g.kpiWidth), device)
            .height();
    const qreal roadmap = TextBlock(row.roadmapItem.isEmpty() ? tr("No roadmap item yet") : row.roadmapItem, g.body,
                                    g.inner(g.roadmapWidth), device)
                              .height();
    const qreal score = QFontMetricsF(g.score, device).height() + g.pt(kLineGap) +
                        TextBlock(row.scoreFormula, g.small, g.scoreWidth, device).height() + g.pt(3.0 + kBarHeight);
    return std::max({project, kpi, roadmap, score}) + 2.0 * g.pt(kPadding);
}

qreal ImpactMapPainter::footerHeight(QPaintDevice* device, const Geometry& g, bool omitted) const
{
    qreal height = g.pt(4.0);
    // The total and the line about omitted projects stay at full size: they are what a reader looks for.
    if (!m_total.isEmpty())
        height += QFontMetricsF(ReportStyle::font(ReportStyle::kBodySize, true), device).height();
    if (omitted)
        height += g.pt(2.0) + 2.0 * QFontMetricsF(ReportStyle::font(ReportStyle::kSmallSize), device).height();
    return height;
}

ImpactMapPainter::Fit ImpactMapPainter::fit(QPaintDevice* device, const QRectF& target) const
{
    Fit result;
    if (m_rows.isEmpty())
        return result;
    QList<qsizetype> all(m_rows.size());
    std::iota(all.begin(), all.end(), qsizetype(0));
    // The largest scale, in steps, at which every row fits.
    const int steps = int(std::lround((1.0 - kMinScale) / kScaleStep));
    for (int step = 0; step <= steps; ++step) {
        const qreal scale = 1.0 - step * kScaleStep;
        const Geometry g = geometry(device, target, scale);
        qreal height = headerHeight(device, g) + footerHeight(device, g, false);
        for (const ImpactMapRow& row : m_rows)
            height += rowHeight(device, g, row) + g.pt(kRowGap);
        if (height <= target.height()) {
            result.scale = scale;
            result.shown = all;
            return result;
        }
    }
    // Too many for the page even small: the highest scores first (the earlier project on a tie), then
    // drawn in the portfolio's order.
    result.scale = kMinScale;
    const Geometry g = geometry(device, target, kMinScale);
    QList<qsizetype> byScore = all;
    std::stable_sort(byScore.begin(), byScore.end(),
                     [this](qsizetype a, qsizetype b) { return m_rows[a].score > m_rows[b].score; });
    qreal height = headerHeight(device, g) + footerHeight(device, g, true);
    for (const qsizetype index : byScore) {
        const qreal row = rowHeight(device, g, m_rows[index]) + g.pt(kRowGap);
        if (height + row > target.height())
            break;
        height += row;
        result.shown.append(index);
    }
    std::sort(result.shown.begin(), result.shown.end());
    result.omitted = m_rows.size() - result.shown.size();
    return result;
}

QString ImpactMapPainter::omittedText(const Fit& fit) const
{
    double score = 0.0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (!fit.shown.contains(i))
            score += m_rows[i].score;
    return tr("%n more project(s) with lower scores not shown here (%1 together); the total includes them.", nullptr,
              int(fit.omitted))
        .arg(QLocale().toString(score, 'f', 1));
}

void ImpactMapPainter::paint(QPainter& painter, const QRectF& target) const
{
    QPaintDevice* device = painter.device();
    painter.save();
    if (m_rows.isEmpty()) {
        const qreal unit = ReportStyle::points(*device, 1.0);
        const TextBlock block = TextBlock(tr("No projects in the portfolio yet. Add cross-team projects with a "
                                             "measured before and after to map them to KPIs and the roadmap."),
                                          ReportStyle::font(ReportStyle::kBodySize), target.width(), device);
        painter.setPen(ReportStyle::mutedText());
        block.draw(painter, target.topLeft() + QPointF(0.0, 4.0 * unit));
        painter.restore();
        return;
    }
    const Fit placed = fit(device, target);
    const Geometry g = geometry(device, target, placed.scale);
    qreal y = target.top();

    // Column titles.
    painter.setPen(ReportStyle::mutedText());
    painter.setFont(g.header);
    const qreal headerTextHeight = QFontMetricsF(g.header, device).height();
    painter.drawText(QRectF(g.projectLeft, y, g.projectWidth, headerTextHeight), Qt::AlignLeft | Qt::AlignTop,
                     tr("Project"));
    painter.drawText(QRectF(g.kpiLeft, y, g.kpiWidth, headerTextHeight), Qt::AlignLeft | Qt::AlignTop,
                     tr("Product KPI"));
    painter.drawText(QRectF(g.roadmapLeft, y, g.roadmapWidth, headerTextHeight), Qt::AlignLeft | Qt::AlignTop,
                     tr("Roadmap item"));
    painter.drawText(QRectF(g.scoreLeft, y, g.scoreWidth, headerTextHeight), Qt::AlignRight | Qt::AlignTop,
                     tr("Impact score"));
    y += headerHeight(device, g);

    double maximum = 0.0;
    for (const qsizetype index : placed.shown)
        maximum = std::max(maximum, m_rows[index].score);

    const qreal padding = g.pt(kPadding);
    const qreal radius = g.pt(3.0);
    const auto arrow = [&](qreal fromX, qreal toX, qreal atY) {
        const qreal head = g.pt(5.0);
        painter.setPen(QPen(ReportStyle::accent(), g.pt(0.9)));
        painter.drawLine(QPointF(fromX + g.pt(2.0), atY), QPointF(toX - head, atY));
        QPainterPath tip;
        tip.moveTo(toX - g.pt(1.0), atY);
        tip.lineTo(toX - head - g.pt(1.0), atY - head * 0.55);
        tip.lineTo(toX - head - g.pt(1.0), atY + head * 0.55);
        tip.closeSubpath();
        painter.fillPath(tip, ReportStyle::accent());
    };

    for (const qsizetype index : placed.shown) {
        const ImpactMapRow& row = m_rows[index];
        const qreal height = rowHeight(device, g, row);
        const QRectF project(g.projectLeft, y, g.projectWidth, height);
        const QRectF kpi(g.kpiLeft, y, g.kpiWidth, height);
        const QRectF roadmap(g.roadmapLeft, y, g.roadmapWidth, height);

        painter.setPen(QPen(ReportStyle::accent(), g.pt(0.8)));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(project, radius, radius);
        painter.setPen(QPen(ReportStyle::rule(), g.pt(0.6)));
        painter.setBrush(ReportStyle::tableHeader());
        painter.drawRoundedRect(kpi, radius, radius);
        painter.setBrush(ReportStyle::tableStripe());
        painter.drawRoundedRect(roadmap, radius, radius);
        painter.setBrush(Qt::NoBrush);

        // The project: its title, then the details in smaller, muted type.
        qreal textY = y + padding;
        painter.setPen(ReportStyle::text());
        const TextBlock title = TextBlock(row.project, g.title, g.inner(g.projectWidth), device);
        title.draw(painter, QPointF(project.left() + padding, textY));
        textY += title.height();
        painter.setPen(ReportStyle::mutedText());
        for (const QString& detail : row.details) {
            textY += g.pt(kLineGap);
            const TextBlock block = TextBlock(detail, g.small, g.inner(g.projectWidth), device);
            block.draw(painter, QPointF(project.left() + padding, textY));
            textY += block.height();
        }

        // The KPI and the roadmap item, centred in their boxes' height.
        painter.setPen(ReportStyle::accent());
        const TextBlock kpiText = TextBlock(row.kpi, fittingFont(row.kpi, g.title, g.inner(g.kpiWidth), device),
                                            g.inner(g.kpiWidth), device, Qt::AlignHCenter);
        kpiText.draw(painter, QPointF(kpi.left() + padding, y + (height - kpiText.height()) / 2.0));
        const bool noRoadmap = row.roadmapItem.isEmpty();
        painter.setPen(noRoadmap ? ReportStyle::warning() : ReportStyle::text());
        const TextBlock roadmapText =
            TextBlock(noRoadmap ? tr("No roadmap item yet") : row.roadmapItem, g.body, g.inner(g.roadmapWidth), device);
        roadmapText.draw(painter, QPointF(roadmap.left() + padding, y + (height - roadmapText.height()) / 2.0));

        arrow(project.right(), kpi.left(), y + height / 2.0);
        arrow(kpi.right(), roadmap.left(), y + height / 2.0);

        // The score, how it came about, and a bar against the highest score on the map.
        qreal scoreY = y + padding;
        painter.setPen(ReportStyle::text());
        painter.setFont(g.score);
        const qreal scoreHeight = QFontMetricsF(g.score, device).height();
        painter.drawText(QRectF(g.scoreLeft, scoreY, g.scoreWidth, scoreHeight), Qt::AlignRight | Qt::AlignTop,
                         QLocale().toString(row.score, 'f', 1));
        scoreY += scoreHeight + g.pt(kLineGap);
        painter.setPen(ReportStyle::mutedText());
        const TextBlock formula = TextBlock(row.scoreFormula, g.small, g.scoreWidth, device, Qt::AlignRight);
        formula.draw(painter, QPointF(g.scoreLeft, scoreY));
        scoreY += formula.height() + g.pt(3.0);
        painter.fillRect(QRectF(g.scoreLeft, scoreY, g.scoreWidth, g.pt(kBarHeight)), ReportStyle::tableStripe());
        if (maximum > 0.0 && row.score > 0.0) {
            const qreal width = g.scoreWidth * std::clamp(row.score / maximum, 0.0, 1.0);
            painter.fillRect(QRectF(g.scoreLeft + g.scoreWidth - width, scoreY, width, g.pt(kBarHeight)),
                             ReportStyle::accent());
        }
        y += height + g.pt(kRowGap);
    }

    // The total under the score column; the projects left out, when there were too many for the page.
    painter.setPen(QPen(ReportStyle::rule(), g.pt(0.6)));
    painter.drawLine(QPointF(target.left(), y), QPointF(target.right(), y));
    y += g.pt(4.0);
    if (!m_total.isEmpty()) {
        painter.setPen(ReportStyle::text());
        const QFont font = ReportStyle::font(ReportStyle::kBodySize, true);
        painter.setFont(font);
        const qreal lineHeight = QFontMetricsF(font, device).height();
        painter.drawText(QRectF(target.left(), y, target.width(), lineHeight), Qt::AlignRight | Qt::AlignTop, m_total);
        y += lineHeight;
    }
    if (placed.omitted > 0) {
        painter.setPen(ReportStyle::mutedText());
        TextBlock(omittedText(placed), ReportStyle::font(ReportStyle::kSmallSize), target.width(), device)
            .draw(painter, QPointF(target.left(), y + g.pt(2.0)));
    }
    painter.restore();
}

}  // namespace debrief::report

#include "barchartpainter.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace debrief::report {

namespace {
constexpr qreal kRowPoints = 26.0;
constexpr qreal kAxisPoints = 16.0;
}  // namespace

qreal BarChartPainter::preferredHeightPoints(qsizetype bars)
{
    return kRowPoints * qreal(std::max<qsizetype>(bars, 1)) + kAxisPoints + 4.0;
}

void BarChartPainter::paint(QPainter& painter, const QRectF& target) const
{
    if (m_bars.isEmpty())
        return;
    painter.save();
    const auto pt = [&](qreal value) { return ReportStyle::points(painter, value); };
    const QFont font = ReportStyle::font(ReportStyle::kSmallSize);
    const QFont bold = ReportStyle::font(ReportStyle::kSmallSize, true);
    const QFontMetricsF metrics(font, painter.device());
    const QFontMetricsF boldMetrics(bold, painter.device());

    qreal maximum = m_maximum;
    qreal valueWidth = 0.0;
    for (const auto& bar : m_bars) {
        if (m_maximum <= 0.0)
            maximum = std::max(maximum, bar.value);
        valueWidth = std::max(valueWidth, boldMetrics.horizontalAdvance(bar.valueText));
    }
    if (m_reference)
        maximum = std::max(maximum, m_reference->value);
    if (maximum <= 0.0)
        maximum = 1.0;

    const qreal labelWidth = target.width() * 0.34;
    const qreal axisHeight = m_reference ? pt(kAxisPoints) : 0.0;
    const QRectF plot(target.left() + labelWidth + pt(6), target.top(),
                      target.width() - labelWidth - pt(6) - valueWidth - pt(6), target.height() - axisHeight);
    const qreal row = plot.height() / qreal(m_bars.size());
    const qreal barHeight = std::min(row * 0.62, pt(14.0));

    painter.setPen(QPen(ReportStyle::rule(), pt(0.6)));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const auto& bar = m_bars[i];
        const qreal top = plot.top() + row * qreal(i);
        painter.setFont(font);
        painter.setPen(ReportStyle::text());
        painter.drawText(QRectF(target.left(), top, labelWidth, row),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, bar.label);
        const qreal length = plot.width() * std::clamp(bar.value / maximum, 0.0, 1.0);
        const QRectF shape(plot.left(), top + (row - barHeight) / 2.0, length, barHeight);
        painter.fillRect(shape, bar.color.isValid() ? bar.color : ReportStyle::accent());
        painter.setFont(bold);
        painter.drawText(QRectF(shape.right() + pt(4), top, valueWidth + pt(4), row), Qt::AlignLeft | Qt::AlignVCenter,
                         bar.valueText);
    }
    if (m_reference) {
        const qreal x = plot.left() + plot.width() * std::clamp(m_reference->value / maximum, 0.0, 1.0);
        painter.setPen(QPen(ReportStyle::warning(), pt(1.2), Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + pt(3)));
        painter.setFont(font);
        painter.setPen(ReportStyle::warning());
        const qreal width = metrics.horizontalAdvance(m_reference->label) + pt(4);
        painter.drawText(QRectF(x - width / 2.0, plot.bottom() + pt(3), width, axisHeight - pt(3)), Qt::AlignCenter,
                         m_reference->label);
    }
    painter.restore();
}

}  // namespace debrief::report

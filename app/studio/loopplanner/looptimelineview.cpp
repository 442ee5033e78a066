#include "looptimelineview.h"

#include "interview/rubric.h"

#include "widgets/accessibility.h"
#include "widgets/statuscolors.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace debrief::studio {

namespace {

constexpr int kMarkerRadius = 11;
constexpr int kSideMargin = 70;  // room for the first and last labels, centred on their markers

}  // namespace

LoopTimelineView::LoopTimelineView(QWidget* parent) : QWidget(parent)
{
    Accessibility::install();  // before anything asks for the interface
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Loop timeline"));
}

void LoopTimelineView::setPlan(const interview::LoopPlan& plan, const QDate& start, const QList<double>& progress)
{
    m_plan = plan;
    m_start = start;
    m_progress = progress;
    update();
}

void LoopTimelineView::setToday(const QDate& today)
{
    m_today = today;
    update();
}

void LoopTimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Loop timeline"));
        update();  // "Today", "Decision" and "day N" are painted from tr()
    }
    QWidget::changeEvent(event);
}

QSize LoopTimelineView::sizeHint() const
{
    return {900, minimumSizeHint().height()};
}

QSize LoopTimelineView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {560, metrics.height() * 6 + 2 * kMarkerRadius + 24};
}

void LoopTimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_plan.rounds.isEmpty() || m_plan.totalDays <= 0)
        return;
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const double left = kSideMargin;
    const double right = width() - kSideMargin;
    const double axisY = 8 + 2 * line + kMarkerRadius;
    const auto xOf = [&](qint64 day) { return left + (right - left) * double(day) / double(m_plan.totalDays); };
    const QColor axis = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor done(0x2e, 0x7d, 0x32);
    const QColor todo = palette().color(QPalette::Base);

    // The axis with a tick each week from the start.
    painter.setPen(QPen(axis, 2));
    painter.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    painter.setPen(QPen(axis, 1));
    for (int day = 7; day < m_plan.totalDays; day += 7)
        painter.drawLine(QPointF(xOf(day), axisY - 4), QPointF(xOf(day), axisY + 4));

    const QLocale locale;
    const auto centredText = [&](double x, double y, const QString& label, bool bold) {
        QFont labelFont = font();
        labelFont.setBold(bold);
        painter.setFont(labelFont);
        const QFontMetrics labelMetrics(labelFont);
        const double w = labelMetrics.horizontalAdvance(label);
        const double clampedX = std::clamp(x - w / 2.0, 2.0, std::max(2.0, width() - w - 2.0));
        painter.drawText(QPointF(clampedX, y + labelMetrics.ascent()), label);
    };

    // Today as of this paint (the page may stay open past midnight), unless a test fixed it.
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    if (m_start.isValid()) {
        const qint64 todayDay = m_start.daysTo(today);
        if (todayDay >= 0 && todayDay <= m_plan.totalDays) {
            const double x = xOf(todayDay);
            // Below the day labels, so it never covers a round's name.
            const double labelY = axisY + kMarkerRadius + 8 + 2 * line;
            painter.setPen(QPen(StatusColors::bad(palette()), 1.5, Qt::DashLine));
            painter.drawLine(QPointF(x, axisY - kMarkerRadius - 4), QPointF(x, labelY));
            painter.setPen(StatusColors::bad(palette()));
            centredText(x, labelY, tr("Today"), true);
        }
    }

    for (qsizetype i = 0; i < m_plan.rounds.size(); ++i) {
        const interview::PlannedRound& round = m_plan.rounds.at(i);
        const double x = xOf(round.dayOffset);
        const double fraction = std::clamp(m_progress.value(i, 0.0), 0.0, 1.0);
        const QRectF disc(x - kMarkerRadius, axisY - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
        painter.setPen(QPen(done, 2));
        painter.setBrush(todo);
        painter.drawEllipse(disc);
        if (fraction > 0.0) {
            // The disc fills clockwise from twelve o'clock as the checklist is ticked.
            painter.setPen(Qt::NoPen);
            painter.setBrush(done);
            painter.drawPie(disc.adjusted(2, 2, -2, -2), 90 * 16, -int(fraction * 360 * 16));
        }
        painter.setPen(text);
        centredText(x, axisY - kMarkerRadius - 6 - line, title(round.round), true);
        centredText(x, axisY + kMarkerRadius + 6, locale.toString(round.date, QLocale::ShortFormat), false);
        centredText(x, axisY + kMarkerRadius + 6 + line, tr("day %1").arg(locale.toString(round.dayOffset)), false);
    }

    // The decision: a diamond at the end of the axis.
    const double x = xOf(m_plan.totalDays);
    QPainterPath diamond;
    diamond.moveTo(x, axisY - kMarkerRadius);
    diamond.lineTo(x + kMarkerRadius, axisY);
    diamond.lineTo(x, axisY + kMarkerRadius);
    diamond.lineTo(x - kMarkerRadius, axisY);
    diamond.closeSubpath();
    painter.setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 2));
    painter.setBrush(QColor(0x1f, 0x4e, 0x9a));
    painter.drawPath(diamond);
    painter.setPen(text);
    centredText(x, axisY - kMarkerRadius - 6 - line, tr("Decision"), true);
    centredText(x, axisY + kMarkerRadius + 6, locale.toString(m_plan.decision, QLocale::ShortFormat), false);
    centredText(x, axisY + kMarkerRadius + 6 + line, tr("day %1").arg(locale.toString(m_plan.totalDays)), false);
}

}  // namespace debrief::studio

#pragma once

#include "interview/loopplanner.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace debrief::studio {

// The five rounds and the decision on one time axis, painted as vectors (it prints and exports
// sharp): each round a disc filled as far as its preparation checklist is done, its name above and
// its date and day below; a dashed line marks today.
class LoopTimelineView : public QWidget {
    Q_OBJECT

public:
    explicit LoopTimelineView(QWidget* parent = nullptr);

    // progress: one fraction 0..1 per round of the plan, in order.
    void setPlan(const interview::LoopPlan& plan, const QDate& start, const QList<double>& progress);
    void setToday(const QDate& today);
    const interview::LoopPlan& plan() const { return m_plan; }
    const QList<double>& progress() const { return m_progress; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;  // the painted labels follow a language switch

private:
    interview::LoopPlan m_plan;
    QDate m_start;
    QDate m_today;  // invalid: the real today, read when painting
    QList<double> m_progress;
};

}  // namespace debrief::studio

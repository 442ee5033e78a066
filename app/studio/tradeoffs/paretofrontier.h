#pragma once

#include <QList>
#include <QPointF>

namespace debrief::studio {

// The Pareto frontier of points where less is better on both axes (monthly cost, p95 queueing
// delay): a point is on it when no other point is at most as large on both axes and smaller on
// one. Of identical points only the first is listed, so the frontier has no duplicates.
class ParetoFrontier {
public:
    // Indices into `points`, in increasing x (and so decreasing y).
    static QList<int> of(const QList<QPointF>& points);
};

}  // namespace debrief::studio

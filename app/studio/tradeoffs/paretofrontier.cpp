#include "paretofrontier.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace debrief::studio {

QList<int> ParetoFrontier::of(const QList<QPointF>& points)
{
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (points[a].x() != points[b].x())
            return points[a].x() < points[b].x();
        return points[a].y() < points[b].y();
    });
    // Sweeping in increasing x, a point is on the frontier when its y beats every cheaper point's.
    QList<int> frontier;
    qreal bestY = std::numeric_limits<qreal>::infinity();
    for (int index : order) {
        if (points[index].y() < bestY) {
            frontier.append(index);
            bestY = points[index].y();
        }
    }
    return frontier;
}

}  // namespace debrief::studio

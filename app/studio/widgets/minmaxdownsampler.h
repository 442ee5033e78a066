#pragma once

#include <QList>
#include <QPointF>

namespace debrief::studio {

// Shrinks a line to about two points per pixel without losing its peaks (the cabana habit): the
// x range is cut into equal buckets and each bucket keeps its lowest and highest point, in x order.
// A series already short enough comes back unchanged.
class MinMaxDownsampler {
public:
    // `points` sorted by x; `buckets` >= 1 (each gives at most two points).
    static QList<QPointF> downsample(const QList<QPointF>& points, int buckets);
};

}  // namespace debrief::studio

#include "minmaxdownsampler.h"

#include <algorithm>

namespace debrief::studio {

QList<QPointF> MinMaxDownsampler::downsample(const QList<QPointF>& points, int buckets)
{
    buckets = std::max(1, buckets);
    if (points.size() <= 2 * buckets)
        return points;
    const qreal first = points.front().x();
    const qreal width = (points.back().x() - first) / buckets;
    if (width <= 0.0)
        return {points.front(), points.back()};
    QList<QPointF> out;
    out.reserve(2 * buckets);
    qsizetype i = 0;
    const qsizetype n = points.size();
    for (int b = 0; b < buckets && i < n; ++b) {
        // The last bucket takes everything left, so rounding never drops the final point.
        const qreal end = b + 1 == buckets ? points.back().x() : first + width * (b + 1);
        qsizetype low = i;
        qsizetype high = i;
        qsizetype j = i;
        for (; j < n && (points[j].x() < end || (b + 1 == buckets)); ++j) {
            if (points[j].y() < points[low].y())
                low = j;
            if (points[j].y() > points[high].y())
                high = j;
        }
        if (j == i)
            continue;
        out.append(points[std::min(low, high)]);
        if (low != high)
            out.append(points[std::max(low, high)]);
        i = j;
    }
    return out;
}

}  // namespace debrief::studio

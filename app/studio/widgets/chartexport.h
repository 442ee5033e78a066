#pragma once

#include <QList>
#include <QString>

class QChartView;
class QPaintDevice;
class QSize;

namespace debrief::studio {

// Writes charts to files the way heaptrack does: the charts paint themselves onto the target, so
// an SVG stays vectors (QSvgGenerator, when Qt SVG was found at build time) and a PNG is drawn at
// twice the screen's pixels instead of grabbed from it. Files are light (ChartStyle::printPalette)
// whatever the theme on screen.
class ChartExport {
public:
    static bool svgAvailable();
    // Several charts in a grid of `columns`, each at its on-screen size; the suffix picks the format.
    static bool save(const QList<QChartView*>& charts, int columns, const QString& path);
    // One chart alone at `size` (logical pixels; a PNG gets twice as many), whatever its size on
    // screen or whether its tab was ever shown: the view is resized for the picture and back. Empty
    // on success, else why the file could not be written (the file system's words).
    static QString saveOne(QChartView* chart, const QSize& size, const QString& path);

private:
    static void paint(const QList<QChartView*>& charts, int columns, QPaintDevice& device, qreal scale);
};

}  // namespace debrief::studio

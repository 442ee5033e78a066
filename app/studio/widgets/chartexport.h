#pragma once

#include <QFont>
#include <QList>
#include <QSize>
#include <QString>

class QChartView;
class QPaintDevice;

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

    // A chart laid out as a file shows it, for as long as this lives: at `size`, its legend shown
    // when it names two lines or more (on screen a page may name them once for several charts, a
    // picture on its own cannot), and every entry inside the picture: a row on top when they fit
    // there, else a column on the right, in a smaller font when the column would not fit either
    // (the cost chart's sixteen lines ran off a one-row legend). The screen's layout comes back after.
    class FileLayout {
    public:
        FileLayout(QChartView* chart, const QSize& size);
        ~FileLayout();
        FileLayout(const FileLayout&) = delete;
        FileLayout& operator=(const FileLayout&) = delete;

    private:
        QChartView* m_chart;
        QSize m_screen;
        bool m_hadLegend;
        Qt::Alignment m_alignment;
        QFont m_font;
    };

private:
    static void paint(const QList<QChartView*>& charts, int columns, QPaintDevice& device, qreal scale);
};

}  // namespace debrief::studio

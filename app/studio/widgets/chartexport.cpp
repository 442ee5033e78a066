#include "chartexport.h"

#include "chartstyle.h"

#include <QChartView>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QLegend>
#include <QLegendMarker>
#include <QFontMetricsF>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QCoreApplication>

#ifdef DEBRIEF_HAVE_QT_SVG
#include <QSvgGenerator>
#endif

#include <algorithm>
#include <optional>

namespace debrief::studio {

namespace {
QSize cellSize(const QList<QChartView*>& charts)
{
    QSize cell(1, 1);
    for (const QChartView* chart : charts)
        cell = cell.expandedTo(chart->size());
    return cell;
}

QSize gridSize(const QList<QChartView*>& charts, int columns)
{
    const QSize cell = cellSize(charts);
    const int rows = (int(charts.size()) + columns - 1) / columns;
    return {cell.width() * std::min<int>(columns, int(charts.size())), cell.height() * rows};
}
}  // namespace

bool ChartExport::svgAvailable()
{
#ifdef DEBRIEF_HAVE_QT_SVG
    return true;
#else
    return false;
#endif
}

void ChartExport::paint(const QList<QChartView*>& charts, int columns, QPaintDevice& device, qreal scale)
{
    const QSize cell = cellSize(charts);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    for (int i = 0; i < charts.size(); ++i) {
        QChartView* chart = charts[i];
        const QRect target(QPoint((i % columns) * cell.width(), (i / columns) * cell.height()), chart->size());
        // A file is light whatever the theme: the view restyles itself for the print palette (its
        // PaletteChange), paints, and goes back to the palette it had, inherited again if it was.
        const bool ownPalette = chart->testAttribute(Qt::WA_SetPalette);
        const QPalette screen = chart->palette();
        chart->setPalette(ChartStyle::printPalette());
        // The scene's items, so a vector device receives vectors. The chart's own geometry, not
        // the viewport: a view on a hidden tab keeps its old viewport until shown.
        chart->scene()->render(&painter, QRectF(target), chart->chart()->geometry(), Qt::IgnoreAspectRatio);
        chart->setPalette(ownPalette ? screen : QPalette());
        chart->setAttribute(Qt::WA_SetPalette, ownPalette);
    }
}

bool ChartExport::save(const QList<QChartView*>& charts, int columns, const QString& path)
{
    if (charts.isEmpty() || columns < 1)
        return false;
    const QSize size = gridSize(charts, columns);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
#ifdef DEBRIEF_HAVE_QT_SVG
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QStringLiteral("Debrief Studio charts"));
        paint(charts, columns, generator, 1.0);
        return QFileInfo(path).size() > 0;
#else
        return false;
#endif
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    paint(charts, columns, image, 2.0);
    return image.save(path, "PNG");
}

namespace {
// Resizes the view and tells it at once, visible or not (a hidden tab's view otherwise waits for
// its show to hear it), so the chart lays its axes out for the new size before it paints.
void resizeNow(QChartView* chart, const QSize& size)
{
    const QSize old = chart->size();
    if (old != size) {
        chart->resize(size);
        QResizeEvent event(size, old);
        QCoreApplication::sendEvent(chart, &event);
    }
    // A view on a hidden tab does not pass the new size on to its chart: do it here. The chart
    // lays out its plot, axes and legend on a posted request: do that now too, or the picture
    // shows the old layout.
    chart->chart()->resize(QSizeF(size));
    chart->setSceneRect(chart->chart()->geometry());
    // Twice: a chart may fit its labels to the new plot (BarChartView), which asks for another.
    if (QGraphicsLayout* layout = chart->chart()->layout()) {
        layout->activate();
        layout->activate();
    }
}
}  // namespace

ChartExport::FileLayout::FileLayout(QChartView* chart, const QSize& size)
    : m_chart(chart), m_screen(chart->size()), m_hadLegend(chart->chart()->legend()->isVisible()),
      m_alignment(chart->chart()->legend()->alignment()), m_font(chart->chart()->legend()->font())
{
    QLegend* legend = chart->chart()->legend();
    QStringList names;
    for (const QLegendMarker* marker : legend->markers()) {
        if (!marker->label().isEmpty())
            names << marker->label();
    }
    legend->setVisible(m_hadLegend || names.size() >= 2);
    if (legend->isVisible() && !names.isEmpty()) {
        // An entry is its marker (about a line high), the gaps around it, and its name; a row
        // that does not hold them all scrolls, and a file cannot.
        const auto rowWidth = [&](const QFont& font) {
            const QFontMetricsF metrics(font);
            qreal width = 0.0;
            for (const QString& name : std::as_const(names))
                width += metrics.horizontalAdvance(name) + metrics.height() + 16.0;
            return width;
        };
        if (rowWidth(legend->font()) > size.width() - 40.0) {
            legend->setAlignment(Qt::AlignRight);
            QFont font = legend->font();
            // A column: a line and a gap each, below the title and above the plot's bottom.
            const auto columnHeight = [&](const QFont& f) { return names.size() * (QFontMetricsF(f).height() + 6.0); };
            while (columnHeight(font) > size.height() - 80.0 && font.pointSizeF() > 6.0)
                font.setPointSizeF(font.pointSizeF() - 0.5);
            legend->setFont(font);
        }
    }
    resizeNow(chart, size);
}

ChartExport::FileLayout::~FileLayout()
{
    QLegend* legend = m_chart->chart()->legend();
    legend->setFont(m_font);
    legend->setAlignment(m_alignment);
    legend->setVisible(m_hadLegend);
    resizeNow(m_chart, m_screen);
}

QString ChartExport::saveOne(QChartView* chart, const QSize& size, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    std::optional<FileLayout> layout(std::in_place, chart, size);
    bool painted = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
#ifdef DEBRIEF_HAVE_QT_SVG
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->chart() ? chart->chart()->title() : QString());
        paint({chart}, 1, generator, 1.0);
        painted = true;
#endif
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        paint({chart}, 1, image, 2.0);
        QImageWriter writer(&file, "png");
        painted = writer.write(image);
        if (!painted) {
            layout.reset();
            file.cancelWriting();
            return writer.errorString();
        }
    }
    layout.reset();
    if (!painted) {
        file.cancelWriting();
        return QCoreApplication::translate("debrief::studio::ChartExport", "SVG is not available in this build");
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace debrief::studio

#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace debrief::studio {

// A radar (spider) chart: one spoke per axis, rings for each whole value, and a closed polygon per
// series. Painted with QPainter (no OpenGL), so it renders offscreen and exports like any widget.
class RadarChartView : public QWidget {
    Q_OBJECT

public:
    struct Series {
        QString name;
        QColor color;
        QList<qreal> values;  // one per axis; a value below the minimum is drawn at the centre
        Qt::PenStyle style = Qt::SolidLine;
        bool filled = true;
    };

    explicit RadarChartView(QWidget* parent = nullptr);

    void setAxes(const QStringList& labels, qreal minimum, qreal maximum);
    void setSeries(const QList<Series>& series);  // replaces every series, one repaint
    QStringList axes() const { return m_axes; }
    QList<Series> series() const { return m_series; }
    QList<qreal> values(const QString& seriesName) const;  // empty when there is no such series

    QSize sizeHint() const override { return {360, 320}; }
    QSize minimumSizeHint() const override { return {200, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList m_axes;
    qreal m_min = 0.0;
    qreal m_max = 5.0;
    QList<Series> m_series;
};

}  // namespace debrief::studio

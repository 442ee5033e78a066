#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;
class QPaintDevice;

// A piece of text wrapped to a width on a paint device, measured before it is drawn: the boxes of the
// candidate summary size themselves to their text. '\n' breaks the line.
namespace debrief::report {

class TextBlock {
public:
    TextBlock(const QString& text, const QFont& font, qreal width, QPaintDevice* device,
              Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    // Draws with the painter's pen, the first line's top left at `topLeft`.
    void draw(QPainter& painter, const QPointF& topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0.0;
};

}  // namespace debrief::report

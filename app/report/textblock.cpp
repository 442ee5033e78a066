#include "textblock.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace debrief::report {

TextBlock::TextBlock(const QString& text, const QFont& font, qreal width, QPaintDevice* device, Qt::Alignment alignment)
    // QTextLayout breaks lines only at U+2028.
    : m_layout(
          std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(std::max(width, 1.0));
        line.setPosition(QPointF(0.0, m_height));
        m_height += line.height();
    }
    m_layout->endLayout();
}

void TextBlock::draw(QPainter& painter, const QPointF& topLeft) const
{
    m_layout->draw(&painter, topLeft);
}

}  // namespace debrief::report

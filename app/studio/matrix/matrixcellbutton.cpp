#include "matrixcellbutton.h"

#include "matrixcolors.h"
#include "widgets/accessibility.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace debrief::studio {

MatrixCellButton::MatrixCellButton(interview::MatrixDimension dimension, int level, QWidget* parent)
    : QAbstractButton(parent), m_dimension(dimension), m_level(level)
{
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QFont MatrixCellButton::descriptorFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    return small;
}

namespace {
// Words wrap; a word longer than the cell (a German compound such as "Zuverlässigkeitsrichtlinien")
// breaks where it must instead of running out of the cell.
constexpr QTextOption::WrapMode kWrap = QTextOption::WrapAtWordBoundaryOrAnywhere;

qreal wrappedHeight(const QString& text, const QFont& font, qreal width)
{
    QTextLayout layout(text, font);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(kWrap);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}
}  // namespace

int MatrixCellButton::heightForWidth(int width) const
{
    // The same boxes paintEvent() draws in: 1.5 px of border, then 6 px beside and 4 px above and below.
    const int textWidth = std::max(1, width - 2 * 2 - 2 * 6);
    QFont titleFont = font();
    titleFont.setBold(true);
    const int title = int(std::ceil(wrappedHeight(m_title, titleFont, textWidth)));
    const int descriptor = int(std::ceil(wrappedHeight(m_descriptor, descriptorFont(), textWidth)));
    return std::max(minimumSizeHint().height(), 2 * 2 + 2 * 4 + title + 2 + descriptor + 2);
}

void MatrixCellButton::setDescriptor(const QString& title, const QString& descriptor)
{
    m_title = title;
    m_descriptor = descriptor;
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), descriptor.toHtmlEscaped()));
    updateAccessibleTexts();
    updateGeometry();  // its height follows the text
    update();
}

void MatrixCellButton::setMarks(bool self, bool interviewer)
{
    const bool wasChecked = m_self || m_interviewer;
    m_self = self;
    m_interviewer = interviewer;
    if (wasChecked != (self || interviewer))
        Accessibility::checkedChanged(this);
    updateAccessibleTexts();
    update();
}

void MatrixCellButton::updateAccessibleTexts()
{
    setAccessibleName(tr("Level %1: %2").arg(m_level).arg(m_title));
    setAccessibleDescription(m_self && m_interviewer ? tr("Self and interviewer")
                             : m_self                ? tr("Self")
                             : m_interviewer         ? tr("Interviewer")
                                                     : QString());
}

void MatrixCellButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleTexts();
    QAbstractButton::changeEvent(event);
}

void MatrixCellButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.fillRect(box, palette().base());
    const auto tint = [](QColor colour) {
        colour.setAlpha(70);
        return colour;
    };
    if (m_self && m_interviewer) {
        painter.fillRect(QRectF(box.left(), box.top(), box.width() / 2.0, box.height()), tint(MatrixColors::self(palette())));
        painter.fillRect(QRectF(box.center().x(), box.top(), box.width() / 2.0, box.height()),
                         tint(MatrixColors::interviewer(palette())));
    } else if (m_self) {
        painter.fillRect(box, tint(MatrixColors::self(palette())));
    } else if (m_interviewer) {
        painter.fillRect(box, tint(MatrixColors::interviewer(palette())));
    }
    if (underMouse() || isDown()) {
        QColor hover = palette().color(QPalette::Highlight);
        hover.setAlpha(40);
        painter.fillRect(box, hover);
    }

    QPen border(palette().color(QPalette::Mid), m_level == interview::kMatrixBarLevel ? 2.0 : 1.0,
                m_level == interview::kMatrixBarLevel ? Qt::DashLine : Qt::SolidLine);
    if (m_self != m_interviewer)
        border = QPen(m_self ? MatrixColors::self(palette()) : MatrixColors::interviewer(palette()), 2.5);
    if (hasFocus())
        border = QPen(palette().color(QPalette::Highlight), 3.0);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);

    const QRectF text = box.adjusted(6, 4, -6, -4);
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(kWrap);
    const QRectF titleBounds = painter.boundingRect(text, m_title, wrap);
    painter.drawText(text, m_title, wrap);
    painter.setFont(descriptorFont());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setClipRect(text);
    painter.drawText(text.adjusted(0, titleBounds.height() + 2, 0, 0), m_descriptor, wrap);
}

}  // namespace debrief::studio

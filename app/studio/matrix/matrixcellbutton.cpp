#include "matrixcellbutton.h"

#include "matrixcolors.h"
#include "widgets/accessibility.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>
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

namespace {
// Words wrap; a word longer than the cell even in the smallest font breaks where it must instead of
// running out of the cell.
constexpr QTextOption::WrapMode kWrap = QTextOption::WrapAtWordBoundaryOrAnywhere;
// The same boxes paintEvent() draws in: 1.5 px of border, then 6 px beside and 4 px above and below.
constexpr int kFrameWidth = 2 * 2 + 2 * 6;

// The text's lines at a width; `height` gets their total height.
QStringList wrappedLines(const QString& text, const QFont& font, qreal width, qreal* height = nullptr)
{
    QTextLayout layout(text, font);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(kWrap);
    layout.setTextOption(option);
    QStringList lines;
    qreal total = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        total += line.height();
        lines << text.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    if (height)
        *height = total;
    return lines;
}

// The widest piece a line cannot break inside (between the break points QTextLayout uses).
qreal widestWord(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qreal widest = 0;
    int start = 0;
    while (finder.toNextBoundary() != -1) {
        const int end = int(finder.position());
        widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

constexpr qreal kFontStep = 0.25;  // points

// The font `smallest` of the way down, in whole kFontSteps (glyph widths change in pixel steps,
// not in proportion with the size, so sizes are tried one step at a time).
QFont smallestStep(QFont font, qreal smallest)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() -
                           kFontStep * std::floor(font.pointSizeF() * (1.0 - smallest) / kFontStep + 1e-6));
    return font;
}

QFont shrunkToFit(QFont font, const QString& text, qreal width, qreal smallest)
{
    if (font.pointSizeF() <= 0)
        return font;
    const qreal floor = smallestStep(font, smallest).pointSizeF();
    while (widestWord(text, font) > width && font.pointSizeF() - kFontStep >= floor - 1e-6)
        font.setPointSizeF(font.pointSizeF() - kFontStep);
    return font;
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}
}  // namespace

QFont MatrixCellButton::titleFont(qreal textWidth) const
{
    QFont bold = font();
    bold.setBold(true);
    return shrunkToFit(bold, m_title, textWidth, kSmallestFont);
}

QFont MatrixCellButton::descriptorFont(qreal textWidth) const
{
    return shrunkToFit(scaled(font(), 0.85), m_descriptor, textWidth, kSmallestFont);
}

int MatrixCellButton::heightForWidth(int width) const
{
    const int textWidth = std::max(1, width - kFrameWidth);
    qreal title = 0;
    qreal descriptor = 0;
    wrappedLines(m_title, titleFont(textWidth), textWidth, &title);
    wrappedLines(m_descriptor, descriptorFont(textWidth), textWidth, &descriptor);
    return std::max(64, 2 * 2 + 2 * 4 + int(std::ceil(title)) + 2 + int(std::ceil(descriptor)) + 2);
}

QStringList MatrixCellButton::titleLines() const
{
    const qreal textWidth = std::max(1.0, width() - 15.0);  // as paintEvent() draws
    return wrappedLines(m_title, titleFont(textWidth), textWidth);
}

QStringList MatrixCellButton::descriptorLines() const
{
    const qreal textWidth = std::max(1.0, width() - 15.0);  // as paintEvent() draws
    return wrappedLines(m_descriptor, descriptorFont(textWidth), textWidth);
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
    painter.setFont(titleFont(text.width()));
    painter.setPen(palette().color(QPalette::Text));
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(kWrap);
    const QRectF titleBounds = painter.boundingRect(text, m_title, wrap);
    painter.drawText(text, m_title, wrap);
    painter.setFont(descriptorFont(text.width()));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setClipRect(text);
    painter.drawText(text.adjusted(0, titleBounds.height() + 2, 0, 0), m_descriptor, wrap);
}

}  // namespace debrief::studio

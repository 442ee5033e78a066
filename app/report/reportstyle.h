#pragma once

#include "interview/rubric.h"

#include <QColor>
#include <QFont>
#include <QPaintDevice>
#include <QPainter>

// The look every PDF page and chart painter shares: sizes are given in typographic points and
// converted with the paint device's resolution (QPdfWriter paints at 1200 dpi), so a chart drawn into
// a target rectangle looks the same in a PDF, on screen or in a test image.
namespace debrief::report {

class ReportStyle {
public:
    // Device units for `points` on `device` (1 pt = 1/72 inch).
    static qreal points(const QPaintDevice& device, qreal points) { return points * device.logicalDpiY() / 72.0; }
    static qreal points(const QPainter& painter, qreal value) { return points(*painter.device(), value); }

    // Text sizes in points.
    static constexpr qreal kTitleSize = 18.0;
    static constexpr qreal kHeadingSize = 13.5;
    static constexpr qreal kSubheadingSize = 11.0;
    static constexpr qreal kBodySize = 9.5;
    static constexpr qreal kSmallSize = 8.0;

    static QFont font(qreal pointSize, bool bold = false)
    {
        QFont font;
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        // No ligatures: text copied or searched in the PDF reads "final", not "\ufb01nal".
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    }

    static QColor text() { return QColor(0x20, 0x20, 0x24); }
    static QColor mutedText() { return QColor(0x5f, 0x63, 0x68); }
    static QColor rule() { return QColor(0xb8, 0xbc, 0xc2); }
    static QColor tableHeader() { return QColor(0xe8, 0xec, 0xf2); }
    static QColor tableStripe() { return QColor(0xf6, 0xf7, 0xf9); }
    static QColor accent() { return QColor(0x1f, 0x5f, 0xa8); }
    static QColor warning() { return QColor(0xc0, 0x20, 0x20); }

    // The same verdict tints as the studio's Depth x Vision grid, so paper and screen agree.
    static QColor verdictColor(interview::Recommendation recommendation)
    {
        switch (recommendation) {
        case interview::Recommendation::StrongNo: return QColor(0xe8, 0x9a, 0x96);
        case interview::Recommendation::No: return QColor(0xf6, 0xd2, 0xcc);
        case interview::Recommendation::Yes: return QColor(0xcf, 0xea, 0xcb);
        case interview::Recommendation::StrongYes: return QColor(0x96, 0xd3, 0x8e);
        case interview::Recommendation::None: break;
        }
        return QColor(0xee, 0xee, 0xee);
    }

    // Distinct colours for series (interviewers, self vs interviewer), cycling after eight.
    static QColor seriesColor(qsizetype index)
    {
        static const QColor colors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xd9, 0x6c, 0x00), QColor(0x2e, 0x8b, 0x3e),
                                        QColor(0x8e, 0x3b, 0xa8), QColor(0xb0, 0x2a, 0x4a), QColor(0x00, 0x83, 0x8f),
                                        QColor(0x6d, 0x5a, 0x2c), QColor(0x55, 0x55, 0x55)};
        return colors[index % qsizetype(std::size(colors))];
    }
};

}  // namespace debrief::report

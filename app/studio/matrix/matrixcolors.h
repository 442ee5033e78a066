#pragma once

#include <QColor>

namespace debrief::studio {

// The two raters' colours, the same on the grid, the radar and the legends.
struct MatrixColors {
    static QColor self() { return QColor(0x1f, 0x77, 0xb4); }
    static QColor interviewer() { return QColor(0xe0, 0x6c, 0x10); }
    static QColor bar() { return QColor(0x6b, 0x6b, 0x6b); }
};

}  // namespace debrief::studio

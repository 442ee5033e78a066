#pragma once

class QScrollArea;

namespace debrief::studio {

// Makes `area` scroll down only: never sideways, and always as wide as its widget's minimum width
// plus the vertical scroll bar, again whenever the widget's layout changes (a language switch, new
// content). Call it after QScrollArea::setWidget().
void scrollDownOnly(QScrollArea* area);

}  // namespace debrief::studio

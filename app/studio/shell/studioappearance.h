#pragma once

#include <QString>

namespace debrief::studio {

// Theme and font size from the settings, applied to the whole application: the theme follows the
// system (its style and palette) or is forced light or dark (Fusion with a light or dark palette);
// font size 0 keeps the system's. Widgets and charts follow through QEvent::PaletteChange (the
// chart views restyle themselves with ChartStyle); apply() can be called again to switch.
class StudioAppearance {
public:
    enum class Theme { System, Light, Dark };

    Theme theme = Theme::System;
    int fontPointSize = 0;

    static StudioAppearance load();
    void save() const;
    void apply() const;  // needs a QApplication

    static QString key(Theme theme);
};

}  // namespace debrief::studio

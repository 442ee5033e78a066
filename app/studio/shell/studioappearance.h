#pragma once

#include <QString>

namespace debrief::studio {

// Theme and font size from the settings, applied to the whole application: the theme follows the
// system or is forced light or dark (a Fusion palette); font size 0 keeps the system's.
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

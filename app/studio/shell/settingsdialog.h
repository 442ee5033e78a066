#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace debrief::studio {

// Settings (QSettings): theme, font size, the default time boxes of a new session, the UI language.
// OK saves and applies at once; a new language retranslates every page without a restart.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;
    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QFormLayout* m_form;
    QComboBox* m_theme;
    QSpinBox* m_fontSize;
    QSpinBox* m_questionMinutes;
    QSpinBox* m_totalMinutes;
    QComboBox* m_language;
    QDialogButtonBox* m_buttons;
};

}  // namespace debrief::studio

#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace debrief::studio {

class InterviewRecords;

// Settings: who scores with this studio ("Scoring as", kept in the database's profile when the
// interview records are given), theme, font size, the default time boxes of a new session and the UI
// language (QSettings). OK saves and applies at once; a new language retranslates every page without
// a restart.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr, InterviewRecords* records = nullptr);

    void accept() override;
    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QLineEdit* scorerField() const { return m_scorer; }
    void setIntro(const QString& text);  // a line above the fields (the first start says why it asks)

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    InterviewRecords* m_records;
    QFormLayout* m_form;
    QLineEdit* m_scorer;
    QLabel* m_problem;
    QLabel* m_intro;
    QString m_shownLanguage;  // the language choice as the dialog opened
    QComboBox* m_theme;
    QSpinBox* m_fontSize;
    QSpinBox* m_questionMinutes;
    QSpinBox* m_totalMinutes;
    QComboBox* m_language;
    QDialogButtonBox* m_buttons;
};

}  // namespace debrief::studio

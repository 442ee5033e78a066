#include "settingsdialog.h"

#include "interviewrecords.h"
#include "languageswitch.h"
#include "session/sessiontimeboxes.h"
#include "studioappearance.h"
#include "uilanguage.h"
#include "widgets/placeholder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace debrief::studio {

SettingsDialog::SettingsDialog(QWidget* parent, InterviewRecords* records)
    : QDialog(parent), m_records(records), m_form(new QFormLayout), m_scorer(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_intro(new QLabel(this)), m_theme(new QComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_questionMinutes(new QSpinBox(this)), m_totalMinutes(new QSpinBox(this)),
      m_language(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto* layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_scorer->setObjectName(QStringLiteral("scorerName"));
    m_scorer->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_language->setObjectName(QStringLiteral("language"));
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString(), i);
    m_fontSize->setRange(0, 32);
    m_questionMinutes->setRange(0, 60);
    m_totalMinutes->setRange(5, 240);
    m_language->addItem(QString(), QString());
    for (const QString& language : UiLanguage::available())
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    m_language->setItemText(m_language->findData(QStringLiteral("en")), QStringLiteral("English"));

    m_form->addRow(QStringLiteral("scorer"), m_scorer);
    m_form->addRow(QStringLiteral("theme"), m_theme);
    m_form->addRow(QStringLiteral("font"), m_fontSize);
    m_form->addRow(QStringLiteral("question"), m_questionMinutes);
    m_form->addRow(QStringLiteral("total"), m_totalMinutes);
    m_form->addRow(QStringLiteral("language"), m_language);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const StudioAppearance appearance = StudioAppearance::load();
    m_theme->setCurrentIndex(int(appearance.theme));
    m_fontSize->setValue(appearance.fontPointSize);
    const SessionTimeBoxes boxes = SessionTimeBoxes::defaults();
    m_questionMinutes->setValue(boxes.questionSeconds / 60);
    m_totalMinutes->setValue(boxes.totalSeconds / 60);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSwitch::saved())));
    m_shownLanguage = m_language->currentData().toString();
    if (m_records)
        m_scorer->setText(m_records->scorerName());
    m_scorer->setEnabled(m_records && m_records->isOpen());
    retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_questionMinutes->setSpecialValueText(tr("each question's own"));
    m_questionMinutes->setSuffix(tr(" min"));
    m_totalMinutes->setSuffix(tr(" min"));
    m_language->setItemText(0, tr("Follow the system"));
    setWholePlaceholder(m_scorer, tr("Your name, as the other interviewers know you"));
    const QStringList labels{tr("Scoring &as"),
                             tr("&Theme"),
                             tr("&Font size"),
                             tr("Default time box per &question"),
                             tr("Default &total time box"),
                             tr("&Language")};
    const QList<QWidget*> fields{m_scorer, m_theme, m_fontSize, m_questionMinutes, m_totalMinutes, m_language};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
        QString name = labels[row];
        fields[row]->setAccessibleName(name.remove(QLatin1Char('&')));
    }
}

void SettingsDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::accept()
{
    // The scorer's name first: a refused name keeps the dialog open and says why.
    if (m_records && m_scorer->isEnabled() && m_scorer->text().simplified() != m_records->scorerName() &&
        !m_scorer->text().simplified().isEmpty()) {
        QString problem;
        if (!m_records->setScorerName(m_scorer->text(), &problem)) {
            m_problem->setText(problem);
            m_problem->setVisible(true);
            m_scorer->setFocus();
            return;
        }
    }
    StudioAppearance appearance;
    appearance.theme = StudioAppearance::Theme(m_theme->currentData().toInt());
    appearance.fontPointSize = m_fontSize->value();
    appearance.save();
    SessionTimeBoxes boxes;
    boxes.questionSeconds = m_questionMinutes->value() * 60;
    boxes.totalSeconds = m_totalMinutes->value() * 60;
    QSettings settings;
    settings.setValue(QStringLiteral("timeboxes/questionSeconds"), boxes.questionSeconds);
    settings.setValue(QStringLiteral("timeboxes/totalSeconds"), boxes.totalSeconds);
    const QString language = m_language->currentData().toString();
    const QString before = LanguageSwitch::current();
    // Only a language the user picked here switches: OK on the first start's "who is scoring" must not
    // undo a --lang the studio was started with.
    const bool picked = language != m_shownLanguage;
    if (picked)
        LanguageSwitch::save(language);
    QDialog::accept();
    appearance.apply();
    const QString effective = UiLanguage::choose(language);
    if (picked && effective != before)
        LanguageSwitch::switchTo(effective);
}

}  // namespace debrief::studio

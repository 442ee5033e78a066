#include "metrictranslationpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <initializer_list>

namespace debrief::studio {

namespace {

QDoubleSpinBox* spinBox(QWidget* parent, double minimum, double maximum, int decimals, double value,
                        const QString& suffix = {}, const QString& prefix = {})
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setPrefix(prefix);
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);  // the sentence follows the number typed, not each keystroke
    box->setAlignment(Qt::AlignRight);
    return box;
}

// A "from -> to" pair on one line, after `label` (its caption is set by the panel's retranslate()).
QWidget* pair(QWidget* parent, QLabel* label, QDoubleSpinBox* from, QDoubleSpinBox* to)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    label->setParent(widget);
    label->setBuddy(from);
    layout->addWidget(label);
    layout->addWidget(from, 1);
    layout->addWidget(new QLabel(QStringLiteral("→"), widget));
    layout->addWidget(to, 1);
    return widget;
}

}  // namespace

MetricTranslationPanel::MetricTranslationPanel(QWidget* parent)
    : QWidget(parent), m_hours(spinBox(this, 0, 1e10, 0, 1.8e6)), m_price(spinBox(this, 0, 1e4, 2, 2.33)),
      m_change(new QComboBox(this)), m_changeInputs(new QStackedWidget(this)), m_cut(spinBox(this, 0, 100, 1, 14)),
      m_utilFrom(spinBox(this, 0.1, 100, 1, 71)), m_utilTo(spinBox(this, 0.1, 100, 1, 79.5)),
      m_latencyBefore(spinBox(this, 0, 1e7, 0, 120)), m_latencyAfter(spinBox(this, 0, 1e7, 0, 90)),
      m_monthly(new QLabel(this)), m_saved(new QLabel(this)), m_sentence(new QLabel(this)), m_insert(new QAction(this)),
      m_form(new QFormLayout), m_cutLabel(new QLabel(this)), m_utilisationLabel(new QLabel(this)),
      m_latencyLabel(new QLabel(this))
{
    m_hours->setObjectName(QStringLiteral("gpuHoursPerMonth"));
    m_price->setObjectName(QStringLiteral("pricePerGpuHour"));
    m_cut->setObjectName(QStringLiteral("cutPercent"));
    m_change->setObjectName(QStringLiteral("changeKind"));
    m_sentence->setObjectName(QStringLiteral("translationSentence"));
    for (Change change : {Change::Cut, Change::Utilisation, Change::Latency})
        m_change->addItem(QString(), int(change));

    auto* cutPage = new QWidget(m_changeInputs);
    auto* cutLayout = new QHBoxLayout(cutPage);
    cutLayout->setContentsMargins(0, 0, 0, 0);
    m_cutLabel->setParent(cutPage);
    m_cutLabel->setBuddy(m_cut);
    cutLayout->addWidget(m_cutLabel);
    cutLayout->addWidget(m_cut, 1);
    m_changeInputs->addWidget(cutPage);
    m_changeInputs->addWidget(pair(m_changeInputs, m_utilisationLabel, m_utilFrom, m_utilTo));
    m_changeInputs->addWidget(pair(m_changeInputs, m_latencyLabel, m_latencyBefore, m_latencyAfter));

    m_sentence->setWordWrap(true);
    m_saved->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_insert->setObjectName(QStringLiteral("insertTranslation"));
    m_insert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_insert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* insertButton = new QToolButton(this);
    insertButton->setDefaultAction(m_insert);
    insertButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QFormLayout* form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // long captions (German) go above their field
    for (QWidget* field : std::initializer_list<QWidget*>{m_hours, m_price, m_monthly, m_change}) {
        auto* caption = new QLabel(this);  // its text: retranslate()
        caption->setBuddy(field);
        form->addRow(caption, field);
    }
    form->addRow(m_changeInputs);
    auto* savedCaption = new QLabel(this);
    savedCaption->setBuddy(m_saved);
    form->addRow(savedCaption, m_saved);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_sentence);
    layout->addWidget(insertButton, 0, Qt::AlignRight);

    for (QDoubleSpinBox* box : {m_hours, m_price, m_cut, m_utilFrom, m_utilTo, m_latencyBefore, m_latencyAfter})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MetricTranslationPanel::recompute);
    connect(m_change, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_changeInputs->setCurrentIndex(index);
        recompute();
    });
    connect(m_insert, &QAction::triggered, this, [this] { emit insertRequested(sentence()); });
    retranslate();  // computes the results too
}

void MetricTranslationPanel::retranslate()
{
    m_price->setPrefix(tr("$"));
    for (QDoubleSpinBox* box : {m_cut, m_utilFrom, m_utilTo})
        box->setSuffix(tr(" %"));
    for (QDoubleSpinBox* box : {m_latencyBefore, m_latencyAfter})
        box->setSuffix(tr(" ms"));
    m_change->setItemText(m_change->findData(int(Change::Cut)), tr("A cut in GPU time"));
    m_change->setItemText(m_change->findData(int(Change::Utilisation)), tr("A utilisation change"));
    m_change->setItemText(m_change->findData(int(Change::Latency)), tr("A latency change"));
    m_cutLabel->setText(tr("Cu&t:"));
    m_utilisationLabel->setText(tr("Utilisation:"));
    m_latencyLabel->setText(tr("Latency:"));
    m_utilFrom->setToolTip(tr("The same work at a higher utilisation needs from / to of the GPU time"));
    m_latencyBefore->setToolTip(tr("GPUs are held for the latency of each job: the GPU time scales with it"));
    m_insert->setText(tr("&Insert into answer"));
    m_insert->setToolTip(tr("Insert the sentence into the answer at the cursor (%1)")
                             .arg(m_insert->shortcut().toString(QKeySequence::NativeText)));
    const std::pair<QWidget*, QString> captions[] = {{m_hours, tr("&GPU-hours a month:")},
                                                     {m_price, tr("&Price per GPU-hour:")},
                                                     {m_monthly, tr("Money a month:")},
                                                     {m_change, tr("C&hange:")},
                                                     {m_saved, tr("Saved a month:")}};
    for (const auto& [field, caption] : captions) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(caption);
    }
    recompute();  // the saved amount and the sentence are worded in the current language
}

void MetricTranslationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricTranslationPanel::setGpuHoursPerMonth(double hours)
{
    m_hours->setValue(hours);
}

void MetricTranslationPanel::setPricePerGpuHour(double usd)
{
    m_price->setValue(usd);
}

void MetricTranslationPanel::setChange(Change change)
{
    m_change->setCurrentIndex(m_change->findData(int(change)));
}

void MetricTranslationPanel::setCutPercent(double percent)
{
    m_cut->setValue(percent);
}

void MetricTranslationPanel::setUtilisation(double fromPercent, double toPercent)
{
    m_utilFrom->setValue(fromPercent);
    m_utilTo->setValue(toPercent);
}

void MetricTranslationPanel::setLatency(double beforeMs, double afterMs)
{
    m_latencyBefore->setValue(beforeMs);
    m_latencyAfter->setValue(afterMs);
}

interview::MetricSaving MetricTranslationPanel::saving() const
{
    const interview::GpuTime perMonth = interview::GpuTime::fromHours(m_hours->value());
    const double price = m_price->value();
    using Ms = std::chrono::duration<double, std::milli>;
    switch (Change(m_change->currentData().toInt())) {
    case Change::Utilisation:
        return interview::MetricTranslation::utilisationChange(perMonth, price, m_utilFrom->value(), m_utilTo->value());
    case Change::Latency:
        return interview::MetricTranslation::latencyChange(perMonth, price, Ms(m_latencyBefore->value()),
                                                           Ms(m_latencyAfter->value()));
    case Change::Cut: break;
    }
    return interview::MetricTranslation::cut(perMonth, price, m_cut->value());
}

double MetricTranslationPanel::monthlyCost() const
{
    return interview::MetricTranslation::monthlyCost(interview::GpuTime::fromHours(m_hours->value()), m_price->value());
}

QString MetricTranslationPanel::sentence() const
{
    return interview::MetricTranslation::sentence(interview::GpuTime::fromHours(m_hours->value()), m_price->value(),
                                                  saving().fractionSaved * 100.0);
}

void MetricTranslationPanel::recompute()
{
    const interview::MetricSaving saved = saving();
    m_monthly->setText(interview::MetricTranslation::money(monthlyCost()));
    m_saved->setText(tr("%1 GPU-hours, %2 (%3)")
                         .arg(interview::MetricTranslation::count(saved.gpuTimeSaved.hours()),
                              interview::MetricTranslation::money(saved.usdSaved),
                              interview::MetricTranslation::percent(saved.fractionSaved * 100.0)));
    m_sentence->setText(sentence());
}

}  // namespace debrief::studio

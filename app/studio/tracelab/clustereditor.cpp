#include "clustereditor.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace debrief::studio {

ClusterEditor::ClusterEditor(QWidget* parent)
    : QWidget(parent), m_placement(new QComboBox(this)), m_gpus(new QSpinBox(this)), m_nodes(new QSpinBox(this)),
      m_gpusPerNode(new QSpinBox(this)), m_price(new QDoubleSpinBox(this)), m_model(new QComboBox(this)),
      m_pricesEdited(new QLabel(this)), m_prices(GpuPriceTable::load()), m_gpuJobsOnly(new QCheckBox(this)),
      m_total(new QLabel(this)), m_priceLabel(new QLabel(this)), m_form(new QFormLayout(this))
{
    m_placement->addItem(QString(), int(replay::Placement::Pooled));
    m_placement->addItem(QString(), int(replay::Placement::Packed));
    // As wide as its longest choice in the current language: the chosen one is never cut.
    m_placement->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_gpus->setRange(1, 1'000'000);
    m_gpus->setValue(64);
    m_nodes->setRange(1, 100'000);
    m_nodes->setValue(16);
    m_gpusPerNode->setRange(1, 64);
    m_gpusPerNode->setValue(8);
    m_price->setRange(0.0, 1000.0);
    m_price->setDecimals(2);
    m_price->setSingleStep(0.1);
    m_price->setValue(2.50);
    m_model->addItem(QString(), QString());
    for (const GpuPriceTable::Entry& entry : m_prices.entries())
        m_model->addItem(entry.model, entry.model);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pricesEdited->setWordWrap(true);
    QFont small = m_pricesEdited->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_pricesEdited->setFont(small);

    // The row labels get their words in retranslate(); each is its field's buddy, for the mnemonics.
    const auto addLabelledRow = [this](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    m_form->setContentsMargins(0, 0, 0, 0);
    // A field goes under its label when both do not fit side by side ("Preis pro GPU-Stunde").
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addLabelledRow(m_placement);
    addLabelledRow(m_gpus);
    addLabelledRow(m_nodes);
    addLabelledRow(m_gpusPerNode);
    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_model);
    priceRow->addWidget(m_price, 1);
    m_priceLabel->setBuddy(m_price);
    m_form->addRow(m_priceLabel, priceRow);
    // Across the whole width: the form's label column may be all the room there is.
    m_form->addRow(m_pricesEdited);
    m_form->addRow(m_gpuJobsOnly);
    addLabelledRow(m_total);

    setTabOrder(m_placement, m_gpus);
    setTabOrder(m_gpus, m_nodes);
    setTabOrder(m_nodes, m_gpusPerNode);
    setTabOrder(m_gpusPerNode, m_model);
    setTabOrder(m_model, m_price);
    setTabOrder(m_price, m_gpuJobsOnly);

    const auto changed = [this] {
        updatePlacementFields();
        emit clusterChanged();
    };
    connect(m_placement, &QComboBox::currentIndexChanged, this, changed);
    connect(m_gpus, &QSpinBox::valueChanged, this, changed);
    connect(m_nodes, &QSpinBox::valueChanged, this, changed);
    connect(m_gpusPerNode, &QSpinBox::valueChanged, this, changed);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this, changed](double price) {
        const QString model = m_model->currentData().toString();
        if (!model.isEmpty() && m_prices.price(model) != price) {
            m_prices.setPrice(model, price);
            updatePricesEdited();
        }
        changed();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto price = m_prices.price(m_model->currentData().toString()))
            m_price->setValue(*price);  // emits clusterChanged() when it differs
    });
    connect(m_gpuJobsOnly, &QCheckBox::toggled, this, changed);
    retranslate();
}

void ClusterEditor::retranslate()
{
    const auto setRowLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    m_placement->setItemText(0, tr("Pooled (one pool of GPUs)"));
    m_placement->setItemText(1, tr("Packed (nodes x GPUs per node)"));
    m_placement->setAccessibleName(tr("Placement"));
    m_gpus->setAccessibleName(tr("GPUs in the pool"));
    m_nodes->setAccessibleName(tr("Nodes"));
    m_gpusPerNode->setAccessibleName(tr("GPUs per node"));
    m_price->setPrefix(tr("$"));
    m_price->setAccessibleName(tr("Price per GPU-hour in US dollars"));
    m_model->setItemText(0, tr("Own price"));
    m_model->setAccessibleName(tr("GPU model"));
    m_model->setToolTip(tr("Take the price per GPU-hour from your price table; editing the price changes the "
                           "table"));
    m_gpuJobsOnly->setText(tr("&GPU jobs only"));
    m_gpuJobsOnly->setAccessibleName(tr("Replay GPU jobs only"));
    m_gpuJobsOnly->setToolTip(tr("Leave jobs that use no GPU out of the replay (they are counted, not hidden)"));
    setRowLabel(m_placement, tr("&Placement:"));
    setRowLabel(m_gpus, tr("GP&Us:"));
    setRowLabel(m_nodes, tr("&Nodes:"));
    setRowLabel(m_gpusPerNode, tr("GPUs per n&ode:"));
    m_priceLabel->setText(tr("P&rice per GPU-hour:"));
    setRowLabel(m_total, tr("Total:"));
    updatePricesEdited();
    updatePlacementFields();
}

void ClusterEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

replay::Cluster ClusterEditor::cluster() const
{
    const double price = m_price->value();
    if (m_placement->currentData().toInt() == int(replay::Placement::Packed))
        return replay::Cluster::packed(std::uint32_t(m_nodes->value()), std::uint32_t(m_gpusPerNode->value()), price);
    return replay::Cluster::pooled(std::uint32_t(m_gpus->value()), price);
}

void ClusterEditor::setCluster(const replay::Cluster& cluster)
{
    // One clusterChanged() for the whole edit, not one per field.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_placement),   QSignalBlocker(m_gpus),  QSignalBlocker(m_nodes),
                                       QSignalBlocker(m_gpusPerNode), QSignalBlocker(m_price), QSignalBlocker(m_model)};
    m_placement->setCurrentIndex(m_placement->findData(int(cluster.placement)));
    if (cluster.placement == replay::Placement::Packed) {
        m_nodes->setValue(int(cluster.nodes));
        m_gpusPerNode->setValue(int(cluster.gpusPerNode));
    } else {
        m_gpus->setValue(int(cluster.totalGpus()));
    }
    m_price->setValue(cluster.pricePerGpuHour);
    // A price that is not the picked model's (a demo, a trade-off point) is a price of its own.
    if (m_prices.price(m_model->currentData().toString()) != m_price->value())
        m_model->setCurrentIndex(0);
    updatePlacementFields();
    emit clusterChanged();
}

bool ClusterEditor::gpuJobsOnly() const
{
    return m_gpuJobsOnly->isChecked();
}

void ClusterEditor::setGpuJobsOnly(bool on)
{
    m_gpuJobsOnly->setChecked(on);
}

void ClusterEditor::setGpuModel(const QString& model)
{
    const int index = m_model->findData(model);
    m_model->setCurrentIndex(std::max(0, index));
}

void ClusterEditor::updatePricesEdited()
{
    const auto edited = m_prices.lastEdited();
    m_pricesEdited->setText(edited ? tr("Your prices, last edited %1")
                                         .arg(QLocale().toString(edited->toLocalTime().date(), QLocale::ShortFormat))
                                   : tr("Preset prices (starting points, not quotes)"));
}

QString ClusterEditor::describe() const
{
    return describe(cluster());
}

QString ClusterEditor::describe(const replay::Cluster& c)
{
    const QString price = DisplayFormat::money(c.pricePerGpuHour);
    if (c.placement == replay::Placement::Packed)
        return tr("packed, %1 nodes x %2 GPUs, %3 per GPU-hour")
            .arg(DisplayFormat::count(c.nodes), DisplayFormat::count(c.gpusPerNode), price);
    return tr("pooled, %1 GPUs, %2 per GPU-hour").arg(DisplayFormat::count(c.totalGpus()), price);
}

QWidget* ClusterEditor::lastInTabOrder() const
{
    return m_gpuJobsOnly;
}

void ClusterEditor::updatePlacementFields()
{
    const bool packed = m_placement->currentData().toInt() == int(replay::Placement::Packed);
    m_gpus->setEnabled(!packed);
    m_nodes->setEnabled(packed);
    m_gpusPerNode->setEnabled(packed);
    m_total->setText(tr("%1 GPUs").arg(DisplayFormat::count(cluster().totalGpus())));
}

}  // namespace debrief::studio

#include "clustereditor.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace debrief::studio {

ClusterEditor::ClusterEditor(QWidget* parent)
    : QWidget(parent), m_placement(new QComboBox(this)), m_gpus(new QSpinBox(this)), m_nodes(new QSpinBox(this)),
      m_gpusPerNode(new QSpinBox(this)), m_price(new QDoubleSpinBox(this)),
      m_gpuJobsOnly(new QCheckBox(tr("&GPU jobs only"), this)), m_total(new QLabel(this))
{
    m_placement->addItem(tr("Pooled (one pool of GPUs)"), int(replay::Placement::Pooled));
    m_placement->addItem(tr("Packed (nodes x GPUs per node)"), int(replay::Placement::Packed));
    m_placement->setAccessibleName(tr("Placement"));

    m_gpus->setRange(1, 1'000'000);
    m_gpus->setValue(64);
    m_gpus->setAccessibleName(tr("GPUs in the pool"));
    m_nodes->setRange(1, 100'000);
    m_nodes->setValue(16);
    m_nodes->setAccessibleName(tr("Nodes"));
    m_gpusPerNode->setRange(1, 64);
    m_gpusPerNode->setValue(8);
    m_gpusPerNode->setAccessibleName(tr("GPUs per node"));
    m_price->setRange(0.0, 1000.0);
    m_price->setDecimals(2);
    m_price->setSingleStep(0.1);
    m_price->setValue(2.50);
    m_price->setPrefix(tr("$"));
    m_price->setAccessibleName(tr("Price per GPU-hour in US dollars"));
    m_gpuJobsOnly->setAccessibleName(tr("Replay GPU jobs only"));
    m_gpuJobsOnly->setToolTip(tr("Leave jobs that use no GPU out of the replay (they are counted, not hidden)"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Placement:"), m_placement);
    form->addRow(tr("GP&Us:"), m_gpus);
    form->addRow(tr("&Nodes:"), m_nodes);
    form->addRow(tr("GPUs per n&ode:"), m_gpusPerNode);
    form->addRow(tr("P&rice per GPU-hour:"), m_price);
    form->addRow(QString(), m_gpuJobsOnly);
    form->addRow(tr("Total:"), m_total);

    setTabOrder(m_placement, m_gpus);
    setTabOrder(m_gpus, m_nodes);
    setTabOrder(m_nodes, m_gpusPerNode);
    setTabOrder(m_gpusPerNode, m_price);
    setTabOrder(m_price, m_gpuJobsOnly);

    const auto changed = [this] {
        updatePlacementFields();
        emit clusterChanged();
    };
    connect(m_placement, &QComboBox::currentIndexChanged, this, changed);
    connect(m_gpus, &QSpinBox::valueChanged, this, changed);
    connect(m_nodes, &QSpinBox::valueChanged, this, changed);
    connect(m_gpusPerNode, &QSpinBox::valueChanged, this, changed);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_gpuJobsOnly, &QCheckBox::toggled, this, changed);
    updatePlacementFields();
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
    const QSignalBlocker blockers[] = {QSignalBlocker(m_placement), QSignalBlocker(m_gpus), QSignalBlocker(m_nodes),
                                       QSignalBlocker(m_gpusPerNode), QSignalBlocker(m_price)};
    m_placement->setCurrentIndex(m_placement->findData(int(cluster.placement)));
    if (cluster.placement == replay::Placement::Packed) {
        m_nodes->setValue(int(cluster.nodes));
        m_gpusPerNode->setValue(int(cluster.gpusPerNode));
    } else {
        m_gpus->setValue(int(cluster.totalGpus()));
    }
    m_price->setValue(cluster.pricePerGpuHour);
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

QString ClusterEditor::describe() const
{
    const replay::Cluster c = cluster();
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

#pragma once

#include <replay/cluster.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace debrief::studio {

// The cluster a trace is replayed on: placement, size, price, and the "GPU jobs only" filter.
// Editing is cheap: every change just emits clusterChanged() and the page re-enables replay.
class ClusterEditor : public QWidget {
    Q_OBJECT

public:
    explicit ClusterEditor(QWidget* parent = nullptr);

    replay::Cluster cluster() const;
    void setCluster(const replay::Cluster& cluster);
    bool gpuJobsOnly() const;
    void setGpuJobsOnly(bool on);
    QString describe() const;  // "pooled, 64 GPUs, $2.50 per GPU-hour"

    QComboBox* placementBox() const { return m_placement; }
    QSpinBox* gpusBox() const { return m_gpus; }
    QSpinBox* nodesBox() const { return m_nodes; }
    QSpinBox* gpusPerNodeBox() const { return m_gpusPerNode; }
    QDoubleSpinBox* priceBox() const { return m_price; }
    QCheckBox* gpuJobsOnlyBox() const { return m_gpuJobsOnly; }
    QWidget* lastInTabOrder() const;

signals:
    void clusterChanged();

private:
    void updatePlacementFields();

    QComboBox* m_placement;
    QSpinBox* m_gpus;
    QSpinBox* m_nodes;
    QSpinBox* m_gpusPerNode;
    QDoubleSpinBox* m_price;
    QCheckBox* m_gpuJobsOnly;
    QLabel* m_total;
};

}  // namespace debrief::studio

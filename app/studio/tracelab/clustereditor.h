#pragma once

#include "gpupricetable.h"

#include <replay/cluster.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace debrief::studio {

// The cluster a trace is replayed on: placement, size, GPU model and price, and the "GPU jobs only"
// filter. Picking a GPU model takes its price from the user's price table; editing the price while
// a model is picked changes that model's price in the table (saved, with the date). Editing is
// cheap: every change just emits clusterChanged() and the page re-enables replay.
class ClusterEditor : public QWidget {
    Q_OBJECT

public:
    explicit ClusterEditor(QWidget* parent = nullptr);

    replay::Cluster cluster() const;
    void setCluster(const replay::Cluster& cluster);
    bool gpuJobsOnly() const;
    void setGpuJobsOnly(bool on);
    QString describe() const;  // "pooled, 64 GPUs, $2.50 per GPU-hour"
    static QString describe(const replay::Cluster& cluster);

    QComboBox* placementBox() const { return m_placement; }
    QSpinBox* gpusBox() const { return m_gpus; }
    QSpinBox* nodesBox() const { return m_nodes; }
    QSpinBox* gpusPerNodeBox() const { return m_gpusPerNode; }
    QDoubleSpinBox* priceBox() const { return m_price; }
    QComboBox* gpuModelBox() const { return m_model; }
    QLabel* pricesEditedLabel() const { return m_pricesEdited; }
    const GpuPriceTable& priceTable() const { return m_prices; }
    void setGpuModel(const QString& model);  // "" for a price of the user's own
    QCheckBox* gpuJobsOnlyBox() const { return m_gpuJobsOnly; }
    QWidget* lastInTabOrder() const;

signals:
    void clusterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // every text again in the current language; values and picks stay
    void updatePlacementFields();
    void updatePricesEdited();

    QComboBox* m_placement;
    QSpinBox* m_gpus;
    QSpinBox* m_nodes;
    QSpinBox* m_gpusPerNode;
    QDoubleSpinBox* m_price;
    QComboBox* m_model;
    QLabel* m_pricesEdited;
    GpuPriceTable m_prices;
    QCheckBox* m_gpuJobsOnly;
    QLabel* m_total;
    QLabel* m_priceLabel;
    QFormLayout* m_form;
};

}  // namespace debrief::studio

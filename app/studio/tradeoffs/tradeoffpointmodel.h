#pragma once

#include <replay/sweep.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>

#include <vector>

namespace debrief::studio {

// The finished scenarios of a trade-off sweep, one row each: policy, cluster, price, monthly cost,
// p95 queueing delay, throughput, whether the scenario is on the Pareto frontier and the backend
// that replayed it ("cpu" or "cuda:<device>"). Set whole
// each time a batch of scenarios finishes; SortRole is the raw number.
class TradeoffPointModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Policy,
        Gpus,
        Price,
        ArrivalRate,
        CostPerMonth,
        P95Queueing,
        Throughput,
        OnFrontier,
        Backend,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TradeoffPointModel(QObject* parent = nullptr);

    void setRows(std::vector<replay::SweepRow> rows);  // rows without metrics are left out
    void clear();
    // After a language switch: the headers and every cell are shown again in the new language.
    void retranslate();
    const std::vector<replay::SweepRow>& rows() const { return m_rows; }
    // Per row: (monthly cost in dollars, p95 queueing delay in hours), and the frontier's rows.
    QList<QPointF> costDelayPoints() const { return m_points; }
    QList<int> frontier() const { return m_frontier; }
    static double monthlyCost(const replay::Cluster& cluster);  // GPUs x price x 720 h
    // A row's backend for people: "CPU", or "GPU: <device name>" for "cuda:<device name>".
    static QString backendTitle(const std::string& backend);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<replay::SweepRow> m_rows;
    QList<QPointF> m_points;
    QList<int> m_frontier;
    std::vector<bool> m_onFrontier;
};

}  // namespace debrief::studio

#pragma once

#include <replay/sweep.h>

#include <QAbstractTableModel>

#include <vector>

namespace debrief::studio {

// One row per replayed policy, one column per metric of replay-semantics.md. Filled whole from a
// finished sweep (never row by row); DisplayRole is for people, SortRole is the raw number.
class PolicyMetricsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Policy,
        Jobs,
        Rejected,
        MeanQueueing,
        P95Queueing,
        MeanJct,
        P95Jct,
        P95Slowdown,
        Makespan,
        Utilisation,
        Throughput,
        ClusterCost,
        UsedCost,
        IdleCost,
        Preemptions,
        Fragmentation,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PolicyMetricsModel(QObject* parent = nullptr);

    void setResults(std::vector<replay::ReplayResult> results);
    void clear();
    // After a language switch: the headers and every cell are shown again in the new language.
    void retranslate();
    const std::vector<replay::ReplayResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const replay::ReplayResult& result, int column) const;
    QVariant sortValue(const replay::ReplayResult& result, int column) const;

    std::vector<replay::ReplayResult> m_results;
};

}  // namespace debrief::studio

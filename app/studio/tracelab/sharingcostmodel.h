#pragma once

#include "sharingsession.h"

#include <QAbstractTableModel>

#include <optional>

namespace debrief::studio {

// The Sharing tab's "rounded up vs shared" table: one row per measure of the time replay on the
// node list (GPU-hours used and paid, utilisation, cost used and paid, queueing), a column for each
// replay and one for the change. Fed whole from the controller's cost comparison.
class SharingCostModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Measure, RoundedUp, Shared, Change, ColumnCount };
    enum Row { Jobs, UsedGpuHours, PaidGpuHours, Utilisation, UsedCost, PaidCost, QueueingMean, Makespan, RowCount };
    static constexpr int kValueRole = Qt::UserRole;  // the number behind a cell

    explicit SharingCostModel(QObject* parent = nullptr);

    void setComparison(const std::optional<SharingSession::CostComparison>& comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    static std::optional<double> value(const sharing::ShareReplayResult& result, int row);
    QString text(int row, double value) const;

    std::optional<SharingSession::CostComparison> m_comparison;
};

}  // namespace debrief::studio

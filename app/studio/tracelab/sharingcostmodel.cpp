#include "sharingcostmodel.h"

#include "displayformat.h"

namespace debrief::studio {

SharingCostModel::SharingCostModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void SharingCostModel::setComparison(const std::optional<SharingSession::CostComparison>& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int SharingCostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_comparison ? 0 : RowCount;
}

int SharingCostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> SharingCostModel::value(const sharing::ShareReplayResult& result, int row)
{
    if (row == Jobs)
        return double(result.jobs);
    if (!result.metrics)
        return std::nullopt;
    const sharing::ShareReplayMetrics& m = *result.metrics;
    switch (row) {
    case UsedGpuHours: return m.usedGpuHours;
    case PaidGpuHours: return m.paidGpuHours;
    case Utilisation: return m.utilization;
    case UsedCost: return m.usedCost;
    case PaidCost: return m.paidCost;
    case QueueingMean: return m.queueingMean;
    case Makespan: return double(m.makespan);
    default: return std::nullopt;
    }
}

QString SharingCostModel::text(int row, double v) const
{
    switch (row) {
    case Jobs: return DisplayFormat::count(std::uint64_t(v));
    case UsedGpuHours:
    case PaidGpuHours: return DisplayFormat::count(std::uint64_t(v + 0.5));
    case Utilisation: return DisplayFormat::percent(v);
    case UsedCost:
    case PaidCost: return DisplayFormat::money(v);
    case QueueingMean:
    case Makespan: return DisplayFormat::duration(v);
    default: return {};
    }
}

QVariant SharingCostModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= RowCount)
        return {};
    const int row = index.row();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Measure ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != kValueRole)
        return {};
    if (index.column() == Measure)
        return role == Qt::DisplayRole ? headerData(row, Qt::Vertical) : QVariant();
    const std::optional<double> up = value(m_comparison->roundedUp, row);
    const std::optional<double> shared = value(m_comparison->shared, row);
    std::optional<double> cell;
    if (index.column() == RoundedUp)
        cell = up;
    else if (index.column() == Shared)
        cell = shared;
    else if (up && shared)
        cell = *shared - *up;
    if (!cell)
        return role == kValueRole ? QVariant() : QVariant(QStringLiteral("-"));
    if (role == kValueRole)
        return *cell;
    if (index.column() != Change)
        return text(row, *cell);
    // A change: signed, and for GPU-hours and money also relative to the rounded-up figure.
    switch (row) {
    case UsedCost:
    case PaidCost: return DisplayFormat::signedMoney(*cell);
    case Utilisation: return tr("%1 points").arg(DisplayFormat::signedDecimal(*cell * 100.0, 1));
    default: break;
    }
    // A change that shows as zero has no sign, as QuantityFormat::signedDecimal and signedMoney
    // write it: "0", "0 s", next to "$0" and "0.0 points", not "+0" and "+0 s".
    const QString magnitude = text(row, std::abs(*cell));
    const bool zero = magnitude == text(row, 0.0);
    const QString sign = zero ? QString() : *cell < 0 ? QStringLiteral("-") : QStringLiteral("+");
    QString out = sign + magnitude;
    if ((row == UsedGpuHours || row == PaidGpuHours) && *up > 0)
        out += QStringLiteral(" (%1)").arg(sign + DisplayFormat::percent(std::abs(*cell) / *up));
    return out;
}

QVariant SharingCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        switch (section) {
        case Measure: return tr("Measure");
        case RoundedUp: return tr("Rounded up");
        case Shared: return tr("Shared");
        case Change: return tr("Change");
        default: return {};
        }
    }
    switch (section) {
    case Jobs: return tr("Jobs replayed");
    case UsedGpuHours: return tr("GPU-hours used");
    case PaidGpuHours: return tr("GPU-hours paid");
    case Utilisation: return tr("Utilisation");
    case UsedCost: return tr("Cost of the GPU-hours used");
    case PaidCost: return tr("Cost of the cluster (paid)");
    case QueueingMean: return tr("Mean queueing delay");
    case Makespan: return tr("Makespan");
    default: return {};
    }
}

void SharingCostModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_comparison)
        emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

}  // namespace debrief::studio

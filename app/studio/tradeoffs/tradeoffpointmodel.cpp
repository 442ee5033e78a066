#include "tradeoffpointmodel.h"

#include "displayformat.h"
#include "paretofrontier.h"

#include <algorithm>
#include <string_view>

namespace debrief::studio {

TradeoffPointModel::TradeoffPointModel(QObject* parent) : QAbstractTableModel(parent)
{
}

double TradeoffPointModel::monthlyCost(const replay::Cluster& cluster)
{
    return double(cluster.totalGpus()) * cluster.pricePerGpuHour * 720.0;
}

QString TradeoffPointModel::backendTitle(const std::string& backend)
{
    static constexpr std::string_view cudaPrefix = "cuda:";
    if (backend.rfind(cudaPrefix, 0) == 0)
        return tr("GPU: %1").arg(QString::fromStdString(backend.substr(cudaPrefix.size())));
    if (backend == "cpu")
        return tr("CPU");
    return QString::fromStdString(backend);
}

void TradeoffPointModel::setRows(std::vector<replay::SweepRow> rows)
{
    beginResetModel();
    m_rows.clear();
    for (replay::SweepRow& row : rows) {
        if (row.result.metrics)
            m_rows.push_back(std::move(row));
    }
    m_points.clear();
    for (const replay::SweepRow& row : m_rows)
        m_points.append({monthlyCost(row.scenario.cluster), double(row.result.metrics->queueingDelay.p95) / 3600.0});
    m_frontier = ParetoFrontier::of(m_points);
    m_onFrontier.assign(m_rows.size(), false);
    for (int index : m_frontier)
        m_onFrontier[std::size_t(index)] = true;
    endResetModel();
}

void TradeoffPointModel::clear()
{
    setRows({});
}

int TradeoffPointModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TradeoffPointModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeoffPointModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t r = std::size_t(index.row());
    const replay::SweepRow& row = m_rows[r];
    const replay::Metrics& m = *row.result.metrics;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Policy: return QString::fromUtf8(replay::policyName(row.scenario.policy));
        case Gpus: return DisplayFormat::count(row.scenario.cluster.totalGpus());
        case Price: return DisplayFormat::money(row.scenario.cluster.pricePerGpuHour);
        case ArrivalRate: return tr("%1x").arg(QString::fromStdString(row.scenario.arrivalScale.text()));
        case CostPerMonth: return DisplayFormat::money(m_points[index.row()].x());
        case P95Queueing: return DisplayFormat::duration(double(m.queueingDelay.p95));
        case Throughput: return DisplayFormat::rate(m.throughputJobsPerHour);
        case OnFrontier: return m_onFrontier[r] ? tr("yes") : tr("no");
        case Backend: return backendTitle(row.backend);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Policy: return QString::fromUtf8(replay::policyName(row.scenario.policy));
        case Gpus: return qulonglong(row.scenario.cluster.totalGpus());
        case Price: return row.scenario.cluster.pricePerGpuHour;
        case ArrivalRate:
            return double(row.scenario.arrivalScale.numerator) / double(row.scenario.arrivalScale.denominator);
        case CostPerMonth: return m_points[index.row()].x();
        case P95Queueing: return qlonglong(m.queueingDelay.p95);
        case Throughput: return m.throughputJobsPerHour;
        case OnFrontier: return bool(m_onFrontier[r]);
        case Backend: return QString::fromStdString(row.backend);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Policy || index.column() == Backend ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TradeoffPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Policy: return tr("Policy");
    case Gpus: return tr("GPUs");
    case Price: return tr("Price per GPU-hour");
    case ArrivalRate: return tr("Arrival rate");
    case CostPerMonth: return tr("Cost per month");
    case P95Queueing: return tr("p95 queueing delay");
    case Throughput: return tr("Throughput");
    case OnFrontier: return tr("On the frontier");
    case Backend: return tr("Replayed on");
    case ColumnCount: break;
    }
    return {};
}

void TradeoffPointModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace debrief::studio

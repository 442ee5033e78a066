#include "policymetricsmodel.h"

#include "displayformat.h"

#include <QString>

namespace debrief::studio {

namespace {
QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
}  // namespace

PolicyMetricsModel::PolicyMetricsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void PolicyMetricsModel::setResults(std::vector<replay::ReplayResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

void PolicyMetricsModel::clear()
{
    setResults({});
}

int PolicyMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int PolicyMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const replay::ReplayResult& result = m_results[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayValue(result, index.column());
    case SortRole: return sortValue(result, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Policy ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Rejected && !result.rejectedLines.empty()) {
            QStringList lines;
            for (std::size_t i = 0; i < result.rejectedLines.size() && i < 10; ++i)
                lines << QString::number(result.rejectedLines[i]);
            return tr("Rejected (more GPUs than the cluster has), lines: %1").arg(lines.join(QStringLiteral(", ")));
        }
        if (index.column() == Fragmentation && !result.metrics.has_value())
            return tr("No accepted jobs");
        return {};
    default: return {};
    }
}

QVariant PolicyMetricsModel::displayValue(const replay::ReplayResult& result, int column) const
{
    if (column == Policy)
        return toQString(replay::policyName(result.policy));
    if (column == Jobs)
        return DisplayFormat::count(result.jobs);
    if (column == Rejected)
        return DisplayFormat::count(result.rejected);
    if (column == Preemptions)
        return DisplayFormat::count(result.preemptions);
    if (!result.metrics)
        return QStringLiteral("-");  // n = 0: no metric is defined
    const replay::Metrics& m = *result.metrics;
    switch (column) {
    case MeanQueueing: return DisplayFormat::duration(m.queueingDelay.mean);
    case P95Queueing: return DisplayFormat::duration(double(m.queueingDelay.p95));
    case MeanJct: return DisplayFormat::duration(m.jct.mean);
    case P95Jct: return DisplayFormat::duration(double(m.jct.p95));
    case P95Slowdown: return DisplayFormat::decimal(m.slowdown.p95, 2);
    case Makespan: return DisplayFormat::duration(double(m.makespan));
    case Utilisation: return DisplayFormat::percent(m.utilization);
    case Throughput: return DisplayFormat::rate(m.throughputJobsPerHour);
    case ClusterCost: return DisplayFormat::money(m.cost.cluster);
    case UsedCost: return DisplayFormat::money(m.cost.used);
    case IdleCost: return DisplayFormat::money(m.cost.idle);
    case Fragmentation:
        // Only packed placement has node boundaries that can strand GPUs.
        return m.fragmentation ? DisplayFormat::percent(*m.fragmentation) : QStringLiteral("-");
    default: return {};
    }
}

QVariant PolicyMetricsModel::sortValue(const replay::ReplayResult& result, int column) const
{
    switch (column) {
    case Policy: return int(result.policy);
    case Jobs: return qulonglong(result.jobs);
    case Rejected: return qulonglong(result.rejected);
    case Preemptions: return qulonglong(result.preemptions);
    default: break;
    }
    // Rows without metrics sort below every real number.
    if (!result.metrics)
        return -1.0;
    const replay::Metrics& m = *result.metrics;
    switch (column) {
    case MeanQueueing: return m.queueingDelay.mean;
    case P95Queueing: return double(m.queueingDelay.p95);
    case MeanJct: return m.jct.mean;
    case P95Jct: return double(m.jct.p95);
    case P95Slowdown: return m.slowdown.p95;
    case Makespan: return double(m.makespan);
    case Utilisation: return m.utilization;
    case Throughput: return m.throughputJobsPerHour;
    case ClusterCost: return m.cost.cluster;
    case UsedCost: return m.cost.used;
    case IdleCost: return m.cost.idle;
    case Fragmentation: return m.fragmentation.value_or(-1.0);
    default: return {};
    }
}

QVariant PolicyMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeanQueueing:
        case P95Queueing: return tr("Queueing delay = first start - submit");
        case MeanJct:
        case P95Jct: return tr("Job completion time = end - submit");
        case P95Slowdown: return tr("Bounded slowdown = JCT / max(run time, 10 s)");
        case Utilisation: return tr("GPU-seconds used / (cluster GPUs x makespan)");
        case IdleCost: return tr("Cluster cost - used cost: GPUs paid for but idle");
        case Fragmentation: return tr("Packed placement only: share of GPUs free but unusable by any waiting job");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Policy: return tr("Policy");
    case Jobs: return tr("Jobs");
    case Rejected: return tr("Rejected");
    case MeanQueueing: return tr("Mean queueing");
    case P95Queueing: return tr("p95 queueing");
    case MeanJct: return tr("Mean JCT");
    case P95Jct: return tr("p95 JCT");
    case P95Slowdown: return tr("p95 slowdown");
    case Makespan: return tr("Makespan");
    case Utilisation: return tr("Utilisation");
    case Throughput: return tr("Throughput");
    case ClusterCost: return tr("Cluster cost");
    case UsedCost: return tr("Used cost");
    case IdleCost: return tr("Idle cost");
    case Preemptions: return tr("Preemptions");
    case Fragmentation: return tr("Fragmentation");
    default: return {};
    }
}

void PolicyMetricsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace debrief::studio

#include "comparisonmodel.h"

#include "displayformat.h"

#include <QLocale>

#include <cmath>

namespace debrief::studio {

namespace {
QString nameOf(replay::PolicyKind policy)
{
    return QString::fromUtf8(replay::policyName(policy));
}
}  // namespace

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent)
{
}

std::optional<double> ComparisonModel::relativeChange(double before, double after)
{
    if (before == 0.0)
        return std::nullopt;
    return (after - before) / before;
}

double ComparisonModel::monthlyDelta(double before, double after, std::int64_t baselineMakespan)
{
    if (baselineMakespan <= 0)
        return 0.0;
    return (after - before) * kMonthSeconds / double(baselineMakespan);
}

std::vector<ComparisonModel::Row> ComparisonModel::compare(const std::vector<replay::ReplayResult>& results,
                                                           std::size_t baseline)
{
    std::vector<Row> rows;
    if (baseline >= results.size() || !results[baseline].metrics)
        return rows;
    const replay::Metrics& base = *results[baseline].metrics;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i == baseline || !results[i].metrics)
            continue;
        const replay::Metrics& m = *results[i].metrics;
        rows.push_back(Row{results[i].policy,
                           relativeChange(double(base.queueingDelay.p95), double(m.queueingDelay.p95)),
                           relativeChange(base.jct.mean, m.jct.mean),
                           relativeChange(base.throughputJobsPerHour, m.throughputJobsPerHour),
                           (m.utilization - base.utilization) * 100.0,
                           monthlyDelta(base.cost.cluster, m.cost.cluster, base.makespan),
                           monthlyDelta(base.cost.idle, m.cost.idle, base.makespan),
                           base,
                           m});
    }
    return rows;
}

void ComparisonModel::setComparison(std::vector<replay::ReplayResult> results, std::size_t baseline)
{
    beginResetModel();
    m_rows = compare(results, baseline);
    m_baseline.reset();
    if (baseline < results.size() && results[baseline].metrics)
        m_baseline = results[baseline].policy;
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_baseline.reset();
    endResetModel();
}

std::optional<replay::PolicyKind> ComparisonModel::baselinePolicy() const
{
    return m_baseline;
}

QString ComparisonModel::sentence(const Row& row, replay::PolicyKind baselinePolicy)
{
    const replay::Metrics& base = row.base;
    const replay::Metrics& other = row.other;
    const QString policy = nameOf(row.policy);
    const QString baseline = nameOf(baselinePolicy);
    const QString from = DisplayFormat::duration(double(base.queueingDelay.p95));
    const QString to = DisplayFormat::duration(double(other.queueingDelay.p95));
    QString delay;
    if (!row.p95Queueing || std::abs(*row.p95Queueing) < 0.005)
        delay = tr("%1 keeps the p95 queueing delay about where %2 has it (%3)").arg(policy, baseline, to);
    else if (*row.p95Queueing < 0)
        delay = tr("%1 cuts the p95 queueing delay by %2 against %3 (from %4 to %5)")
                    .arg(policy, DisplayFormat::percent(-*row.p95Queueing), baseline, from, to);
    else
        delay = tr("%1 raises the p95 queueing delay by %2 against %3 (from %4 to %5)")
                    .arg(policy, DisplayFormat::percent(*row.p95Queueing), baseline, from, to);
    QString money;
    const double idle = row.idleCostPerMonth;
    if (std::abs(idle) < 1.0)
        money = tr("and costs the same in idle GPUs.");
    else if (idle < 0)
        money = tr("and saves %1 per month in idle GPUs.").arg(DisplayFormat::money(-idle));
    else
        money = tr("and wastes %1 more per month in idle GPUs.").arg(DisplayFormat::money(idle));
    return tr("%1, %2").arg(delay, money);
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::changeText(const std::optional<double>& change)
{
    if (!change)
        return QStringLiteral("-");
    const QString sign = *change > 0 ? QStringLiteral("+") : QString();
    return sign + DisplayFormat::percent(*change);
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Policy: return nameOf(row.policy);
        case P95QueueingChange: return changeText(row.p95Queueing);
        case MeanJctChange: return changeText(row.meanJct);
        case ThroughputChange: return changeText(row.throughput);
        case UtilisationChange:
            return tr("%1 pts").arg((row.utilisationPoints > 0 ? QStringLiteral("+") : QString()) +
                                    DisplayFormat::decimal(row.utilisationPoints));
        case CostPerMonth: return DisplayFormat::signedMoney(row.idleCostPerMonth);
        case InWords: return sentence(row, *m_baseline);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Policy: return nameOf(row.policy);
        case P95QueueingChange: return row.p95Queueing.value_or(0.0);
        case MeanJctChange: return row.meanJct.value_or(0.0);
        case ThroughputChange: return row.throughput.value_or(0.0);
        case UtilisationChange: return row.utilisationPoints;
        case CostPerMonth: return row.idleCostPerMonth;
        case InWords: return sentence(row, *m_baseline);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Policy || index.column() == InWords ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == InWords)
        return sentence(row, *m_baseline);
    if (role == Qt::ToolTipRole && index.column() == CostPerMonth)
        return tr("Cluster cost %1 per month, of which idle GPUs %2")
            .arg(DisplayFormat::signedMoney(row.clusterCostPerMonth), DisplayFormat::signedMoney(row.idleCostPerMonth));
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CostPerMonth)
        return tr("What the policy's idle GPUs cost more (+) or less (-) than the baseline's, per 30-day month");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Policy: return tr("Policy");
    case P95QueueingChange: return tr("p95 queueing");
    case MeanJctChange: return tr("Mean JCT");
    case ThroughputChange: return tr("Throughput");
    case UtilisationChange: return tr("Utilisation");
    case CostPerMonth: return tr("Idle GPUs / month");
    case InWords: return tr("In words");
    case ColumnCount: break;
    }
    return {};
}

void ComparisonModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace debrief::studio

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

void ComparisonModel::setComparison(std::vector<replay::ReplayResult> results, std::size_t baseline)
{
    beginResetModel();
    m_comparison = replay::Comparison::of(results, baseline);
    m_rows.clear();
    for (const replay::Comparison::Row& row : m_comparison.rows) {
        if (!row.isBaseline)
            m_rows.push_back(&row);
    }
    if (!m_comparison.baselineRow())
        m_rows.clear();
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_comparison = {};
    endResetModel();
}

std::optional<replay::PolicyKind> ComparisonModel::baselinePolicy() const
{
    return m_comparison.baselineRow() ? std::optional(m_comparison.baselineRow()->policy) : std::nullopt;
}

QString ComparisonModel::sentence(const replay::Comparison::Row& row, const replay::Comparison::Row& baselineRow)
{
    const replay::Metrics& base = baselineRow.metrics;
    const replay::Metrics& other = row.metrics;
    const QString policy = nameOf(row.policy);
    const QString baseline = nameOf(baselineRow.policy);
    const QString from = DisplayFormat::duration(double(base.queueingDelay.p95));
    const QString to = DisplayFormat::duration(double(other.queueingDelay.p95));
    QString delay;
    if (!row.p95QueueingChange || std::abs(*row.p95QueueingChange) < 0.005)
        delay = tr("%1 keeps the p95 queueing delay about where %2 has it (%3)").arg(policy, baseline, to);
    else if (*row.p95QueueingChange < 0)
        delay = tr("%1 cuts the p95 queueing delay by %2 against %3 (from %4 to %5)")
                    .arg(policy, DisplayFormat::percent(-*row.p95QueueingChange), baseline, from, to);
    else
        delay = tr("%1 raises the p95 queueing delay by %2 against %3 (from %4 to %5)")
                    .arg(policy, DisplayFormat::percent(*row.p95QueueingChange), baseline, from, to);
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
    const replay::Comparison::Row& row = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Policy: return nameOf(row.policy);
        case P95QueueingChange: return changeText(row.p95QueueingChange);
        case MeanJctChange: return changeText(row.meanJctChange);
        case ThroughputChange: return changeText(row.throughputChange);
        case UtilisationChange:
            return tr("%1 pts").arg((row.utilisationPoints > 0 ? QStringLiteral("+") : QString()) +
                                    DisplayFormat::decimal(row.utilisationPoints));
        case CostPerMonth: return DisplayFormat::signedMoney(row.idleCostPerMonth);
        case InWords: return sentence(row, *m_comparison.baselineRow());
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Policy: return nameOf(row.policy);
        case P95QueueingChange: return row.p95QueueingChange.value_or(0.0);
        case MeanJctChange: return row.meanJctChange.value_or(0.0);
        case ThroughputChange: return row.throughputChange.value_or(0.0);
        case UtilisationChange: return row.utilisationPoints;
        case CostPerMonth: return row.idleCostPerMonth;
        case InWords: return sentence(row, *m_comparison.baselineRow());
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Policy || index.column() == InWords ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == InWords)
        return sentence(row, *m_comparison.baselineRow());
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

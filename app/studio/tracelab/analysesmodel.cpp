#include "analysesmodel.h"

#include "displayformat.h"

namespace debrief::studio {

namespace {

QString policyText(replay::PolicyKind policy)
{
    return QString::fromUtf8(replay::policyName(policy));
}

QString none()
{
    return QStringLiteral("\u2014");  // an em dash: nothing to show, the tooltip says why
}

}  // namespace

// --- AnalysesBucketModel

AnalysesBucketModel::AnalysesBucketModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnalysesBucketModel::setAnalyses(PolicyAnalysesList analyses)
{
    beginResetModel();
    m_analyses = std::move(analyses);
    endResetModel();
}

void AnalysesBucketModel::clear()
{
    setAnalyses({});
}

void AnalysesBucketModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AnalysesBucketModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_analyses.empty() ? 0 : kRowCount;
}

int AnalysesBucketModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstPolicyColumn + int(m_analyses.size()) * FigureCount;
}

const replay::BucketStats& AnalysesBucketModel::bucketOf(const replay::Analyses& analyses, int row) const
{
    if (row < int(replay::kGpuBucketCount))
        return analyses.byGpus[std::size_t(row)];
    return analyses.byRuntime[std::size_t(row) - replay::kGpuBucketCount];
}

QString AnalysesBucketModel::bucketName(int row) const
{
    if (row < int(replay::kGpuBucketCount))
        return tr("GPUs %1").arg(QString::fromUtf8(replay::kGpuBucketNames[std::size_t(row)]));
    switch (row - int(replay::kGpuBucketCount)) {
    case 0: return tr("Run time < 10 min");
    case 1: return tr("Run time < 1 h");
    case 2: return tr("Run time < 6 h");
    case 3: return tr("Run time < 1 day");
    default: return tr("Run time \u2265 1 day");
    }
}

QVariant AnalysesBucketModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Bucket ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Every policy replays the same accepted jobs, so the buckets hold the same jobs under each.
    const replay::BucketStats& first = bucketOf(m_analyses.front().analyses, row);
    if (column == Bucket)
        return role == Qt::DisplayRole ? QVariant(bucketName(row)) : QVariant();
    if (column == Jobs) {
        if (role == Qt::DisplayRole)
            return DisplayFormat::count(first.jobs);
        if (role == SortRole)
            return QVariant::fromValue(first.jobs);
        return {};
    }
    const int policy = (column - FirstPolicyColumn) / FigureCount;
    const auto figure = Figure((column - FirstPolicyColumn) % FigureCount);
    const replay::BucketStats& bucket = bucketOf(m_analyses[std::size_t(policy)].analyses, row);
    if (!bucket.queueingDelay || !bucket.slowdown) {
        if (role == Qt::DisplayRole)
            return none();
        if (role == Qt::ToolTipRole)
            return tr("No accepted job falls in this bucket");
        return {};
    }
    double value = 0.0;
    switch (figure) {
    case QueueingP50: value = double(bucket.queueingDelay->p50); break;
    case QueueingP95: value = double(bucket.queueingDelay->p95); break;
    case SlowdownP50: value = bucket.slowdown->p50; break;
    case SlowdownP95: value = bucket.slowdown->p95; break;
    case FigureCount: break;
    }
    if (role == SortRole)
        return value;
    if (role == Qt::DisplayRole)
        return figure == QueueingP50 || figure == QueueingP95 ? DisplayFormat::duration(value)
                                                              : DisplayFormat::decimal(value, value >= 100.0 ? 0 : 2);
    return {};
}

QVariant AnalysesBucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Bucket)
            return tr("Jobs grouped by the GPUs they ask for (0, 1, 2, 3-4, 5-8, 9-16, 17-64, >64) and by run "
                      "time (< 10 min, < 1 h, < 6 h, < 1 day, longer; upper bounds exclusive, so 600 s is < 1 h)");
        if (section == Jobs)
            return tr("Accepted jobs in the bucket (the same under every policy)");
        const auto figure = Figure((section - FirstPolicyColumn) % FigureCount);
        if (figure == QueueingP50 || figure == QueueingP95)
            return tr("Queueing delay = first start - submit; nearest-rank percentile over the bucket's jobs");
        return tr("Bounded slowdown = JCT / max(run time, 10 s); nearest-rank percentile over the bucket's jobs");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == Bucket)
        return tr("Jobs by");
    if (section == Jobs)
        return tr("Jobs");
    const int policy = (section - FirstPolicyColumn) / FigureCount;
    const QString name = policyText(m_analyses[std::size_t(policy)].policy);
    switch (Figure((section - FirstPolicyColumn) % FigureCount)) {
    case QueueingP50: return tr("%1\nqueueing p50").arg(name);
    case QueueingP95: return tr("%1\nqueueing p95").arg(name);
    case SlowdownP50: return tr("%1\nslowdown p50").arg(name);
    case SlowdownP95: return tr("%1\nslowdown p95").arg(name);
    case FigureCount: break;
    }
    return {};
}

// --- AnalysesSummaryModel

AnalysesSummaryModel::AnalysesSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnalysesSummaryModel::setAnalyses(PolicyAnalysesList analyses)
{
    beginResetModel();
    m_analyses = std::move(analyses);
    endResetModel();
}

void AnalysesSummaryModel::clear()
{
    setAnalyses({});
}

void AnalysesSummaryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AnalysesSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_analyses.size());
}

int AnalysesSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnalysesSummaryModel::definition(Column column)
{
    switch (column) {
    case Policy: return tr("The replayed policy");
    case WaitingP95:
        return tr("Waiting time = (end - submit) - run time: queued before the first start, preempted after it, "
                  "plus any restart penalty. Equals the queueing delay under non-preemptive policies. p95 over "
                  "the accepted jobs (nearest rank).");
    case PreemptedP95:
        return tr("Preempted time = the seconds a job spent off its GPUs after its first start, from each "
                  "preemption until it ran again; 0 for jobs never preempted. p95 over the accepted jobs.");
    case JobsPreempted: return tr("Accepted jobs preempted at least once");
    case LostGpuHours:
        return tr("Lost work = restart penalty seconds re-run after preemptions x the job's GPUs, summed over the "
                  "jobs, in GPU-hours (srtf's restart penalty; 0 for other policies)");
    case JainUsers:
        return tr("Jain's index J = (sum x)\u00b2 / (m \u00d7 sum x\u00b2) over the m users' mean bounded slowdown: "
                  "1 when every user's jobs are slowed alike, 1/m when one user takes all of it. Jobs without a "
                  "user are left out.");
    case JainVcs:
        return tr("Jain's index J = (sum x)\u00b2 / (m \u00d7 sum x\u00b2) over the m virtual clusters' mean bounded "
                  "slowdown: 1 when every virtual cluster's jobs are slowed alike, 1/m when one takes all of it. "
                  "Jobs without a virtual cluster are left out.");
    case ColumnCount: break;
    }
    return {};
}

QVariant AnalysesSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const PolicyAnalyses& row = m_analyses[std::size_t(index.row())];
    const replay::Analyses& a = row.analyses;
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Policy ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == JainUsers || column == JainVcs) {
        const std::optional<double>& jain = column == JainUsers ? a.fairness.jainUserSlowdown : a.fairness.jainVcSlowdown;
        const std::uint64_t groups = column == JainUsers ? a.fairness.users : a.fairness.virtualClusters;
        if (!jain) {
            if (role == Qt::DisplayRole)
                return none();
            if (role == Qt::ToolTipRole)
                return column == JainUsers ? tr("The trace names no user, so there is nobody to compare")
                                           : tr("The trace names no virtual cluster, so there is nothing to compare");
            return {};
        }
        if (role == Qt::DisplayRole)
            return DisplayFormat::decimal(*jain, 3);
        if (role == SortRole)
            return *jain;
        if (role == Qt::ToolTipRole)
            return column == JainUsers ? tr("Users compared: %1").arg(DisplayFormat::count(groups))
                                       : tr("Virtual clusters compared: %1").arg(DisplayFormat::count(groups));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Policy: return policyText(row.policy);
        case WaitingP95: return DisplayFormat::duration(double(a.waiting.p95));
        case PreemptedP95: return DisplayFormat::duration(double(a.preempted.p95));
        case JobsPreempted: return DisplayFormat::count(a.jobsPreempted);
        case LostGpuHours:
            return tr("%1 GPU-h").arg(DisplayFormat::decimal(double(a.lostGpuSeconds) / 3600.0, 1));
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Policy: return int(row.policy);
        case WaitingP95: return QVariant::fromValue(a.waiting.p95);
        case PreemptedP95: return QVariant::fromValue(a.preempted.p95);
        case JobsPreempted: return QVariant::fromValue(a.jobsPreempted);
        case LostGpuHours: return QVariant::fromValue(a.lostGpuSeconds);
        default: return {};
        }
    }
    return {};
}

QVariant AnalysesSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return definition(Column(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Policy: return tr("Policy");
    case WaitingP95: return tr("p95 waiting");
    case PreemptedP95: return tr("p95 preempted");
    case JobsPreempted: return tr("Jobs preempted");
    case LostGpuHours: return tr("Lost work");
    case JainUsers: return tr("Jain (users)");
    case JainVcs: return tr("Jain (virtual clusters)");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace debrief::studio

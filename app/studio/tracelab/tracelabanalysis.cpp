#include "tracelabanalysis.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace debrief::studio {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonObject clusterJson(const replay::Cluster& cluster)
{
    return {{key("nodes"), qint64(cluster.nodes)},
            {key("gpusPerNode"), qint64(cluster.gpusPerNode)},
            {key("placement"), QString::fromUtf8(replay::placementName(cluster.placement))},
            {key("pricePerGpuHour"), cluster.pricePerGpuHour}};
}

replay::Cluster clusterFrom(const QJsonObject& json)
{
    replay::Cluster cluster;
    cluster.nodes = std::uint32_t(json.value(key("nodes")).toInteger(1));
    cluster.gpusPerNode = std::uint32_t(json.value(key("gpusPerNode")).toInteger());
    cluster.placement = replay::placementFromName(json.value(key("placement")).toString().toStdString())
                            .value_or(replay::Placement::Pooled);
    cluster.pricePerGpuHour = json.value(key("pricePerGpuHour")).toDouble();
    return cluster;
}

template <typename T> QJsonArray distributionJson(const replay::Distribution<T>& d)
{
    if constexpr (std::is_integral_v<T>)
        return {qint64(d.sum), d.mean, qint64(d.p50), qint64(d.p95), qint64(d.p99), qint64(d.max)};
    else
        return {d.sum, d.mean, d.p50, d.p95, d.p99, d.max};
}

template <typename T> replay::Distribution<T> distributionFrom(const QJsonArray& a)
{
    replay::Distribution<T> d;
    const auto value = [&](int i) {
        if constexpr (std::is_integral_v<T>)
            return T(a.at(i).toInteger());
        else
            return T(a.at(i).toDouble());
    };
    d.sum = value(0);
    d.mean = a.at(1).toDouble();
    d.p50 = value(2);
    d.p95 = value(3);
    d.p99 = value(4);
    d.max = value(5);
    return d;
}

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonArray cdfPointsJson(const std::vector<replay::CdfPoint>& points)
{
    QJsonArray rows;
    for (const replay::CdfPoint& p : points)
        rows.append(QJsonArray{p.value, p.share});
    return rows;
}

std::vector<replay::CdfPoint> cdfPointsFrom(const QJsonArray& rows)
{
    std::vector<replay::CdfPoint> points;
    points.reserve(std::size_t(rows.size()));
    for (const QJsonValue& row : rows)
        points.push_back({row.toArray().at(0).toDouble(), row.toArray().at(1).toDouble()});
    return points;
}

// Every bucket is listed, empty ones too, so policies line up column by column when reopened.
template <std::size_t N> QJsonArray bucketsJson(const std::array<replay::BucketStats, N>& buckets)
{
    QJsonArray rows;
    for (const replay::BucketStats& b : buckets) {
        QJsonObject row{{key("jobs"), qint64(b.jobs)}};
        if (b.queueingDelay)
            row.insert(key("queueingDelay"), distributionJson(*b.queueingDelay));
        if (b.slowdown)
            row.insert(key("slowdown"), distributionJson(*b.slowdown));
        rows.append(row);
    }
    return rows;
}

template <std::size_t N>
std::array<replay::BucketStats, N> bucketsFrom(const QJsonArray& rows, const std::array<std::string_view, N>& names)
{
    std::array<replay::BucketStats, N> buckets;
    for (std::size_t i = 0; i < N; ++i) {
        buckets[i].bucket = names[i];
        const QJsonObject row = rows.at(qsizetype(i)).toObject();
        buckets[i].jobs = std::uint64_t(row.value(key("jobs")).toInteger());
        if (row.contains(key("queueingDelay")))
            buckets[i].queueingDelay = distributionFrom<std::int64_t>(row.value(key("queueingDelay")).toArray());
        if (row.contains(key("slowdown")))
            buckets[i].slowdown = distributionFrom<double>(row.value(key("slowdown")).toArray());
    }
    return buckets;
}

// The Analyses tab's numbers: a reopened analysis shows the same figures without the per-job
// vectors they were computed from (those are not kept).
QJsonObject analysesJson(const replay::Analyses& a)
{
    return {{key("waiting"), distributionJson(a.waiting)},
            {key("preempted"), distributionJson(a.preempted)},
            {key("jobsPreempted"), qint64(a.jobsPreempted)},
            {key("restartPenaltySeconds"), qint64(a.restartPenaltySeconds)},
            {key("lostGpuSeconds"), qint64(a.lostGpuSeconds)},
            {key("byGpus"), bucketsJson(a.byGpus)},
            {key("byRuntime"), bucketsJson(a.byRuntime)},
            {key("fairness"),
             QJsonObject{{key("jainUserSlowdown"), optionalJson(a.fairness.jainUserSlowdown)},
                         {key("jainVcSlowdown"), optionalJson(a.fairness.jainVcSlowdown)},
                         {key("users"), qint64(a.fairness.users)},
                         {key("virtualClusters"), qint64(a.fairness.virtualClusters)}}},
            {key("jctCdf"), cdfPointsJson(a.jctCdf)},
            {key("slowdownCdf"), cdfPointsJson(a.slowdownCdf)}};
}

replay::Analyses analysesFrom(const QJsonObject& json)
{
    replay::Analyses a;
    a.waiting = distributionFrom<std::int64_t>(json.value(key("waiting")).toArray());
    a.preempted = distributionFrom<std::int64_t>(json.value(key("preempted")).toArray());
    a.jobsPreempted = std::uint64_t(json.value(key("jobsPreempted")).toInteger());
    a.restartPenaltySeconds = json.value(key("restartPenaltySeconds")).toInteger();
    a.lostGpuSeconds = json.value(key("lostGpuSeconds")).toInteger();
    a.byGpus = bucketsFrom(json.value(key("byGpus")).toArray(), replay::kGpuBucketNames);
    a.byRuntime = bucketsFrom(json.value(key("byRuntime")).toArray(), replay::kRuntimeBucketNames);
    const QJsonObject fairness = json.value(key("fairness")).toObject();
    a.fairness.jainUserSlowdown = optionalFrom(fairness.value(key("jainUserSlowdown")));
    a.fairness.jainVcSlowdown = optionalFrom(fairness.value(key("jainVcSlowdown")));
    a.fairness.users = std::uint64_t(fairness.value(key("users")).toInteger());
    a.fairness.virtualClusters = std::uint64_t(fairness.value(key("virtualClusters")).toInteger());
    a.jctCdf = cdfPointsFrom(json.value(key("jctCdf")).toArray());
    a.slowdownCdf = cdfPointsFrom(json.value(key("slowdownCdf")).toArray());
    return a;
}

QJsonObject resultJson(const replay::ReplayResult& result)
{
    QJsonObject json{{key("cluster"), clusterJson(result.cluster)},
                     {key("jobs"), qint64(result.jobs)},
                     {key("rejected"), qint64(result.rejected)},
                     {key("cpuOnlyExcluded"), qint64(result.cpuOnlyExcluded)},
                     {key("preemptions"), qint64(result.preemptions)}};
    if (const auto& m = result.metrics) {
        QJsonObject metrics{{key("jct"), distributionJson(m->jct)},
                            {key("queueingDelay"), distributionJson(m->queueingDelay)},
                            {key("slowdown"), distributionJson(m->slowdown)},
                            {key("makespan"), qint64(m->makespan)},
                            {key("gpuSeconds"), qint64(m->gpuSeconds)},
                            {key("utilization"), m->utilization},
                            {key("throughputJobsPerHour"), m->throughputJobsPerHour},
                            {key("cost"), QJsonArray{m->cost.cluster, m->cost.used, m->cost.idle, m->cost.perJob}}};
        if (m->fragmentation)
            metrics.insert(key("fragmentation"), *m->fragmentation);
        json.insert(key("metrics"), metrics);
    }
    if (result.analyses)
        json.insert(key("analyses"), analysesJson(*result.analyses));
    return json;
}

replay::ReplayResult resultFrom(replay::PolicyKind policy, const QJsonObject& json)
{
    replay::ReplayResult result;
    result.policy = policy;
    result.cluster = clusterFrom(json.value(key("cluster")).toObject());
    result.jobs = std::uint64_t(json.value(key("jobs")).toInteger());
    result.rejected = std::uint64_t(json.value(key("rejected")).toInteger());
    result.cpuOnlyExcluded = std::uint64_t(json.value(key("cpuOnlyExcluded")).toInteger());
    result.preemptions = std::uint64_t(json.value(key("preemptions")).toInteger());
    if (json.contains(key("metrics"))) {
        const QJsonObject m = json.value(key("metrics")).toObject();
        replay::Metrics metrics;
        metrics.jct = distributionFrom<std::int64_t>(m.value(key("jct")).toArray());
        metrics.queueingDelay = distributionFrom<std::int64_t>(m.value(key("queueingDelay")).toArray());
        metrics.slowdown = distributionFrom<double>(m.value(key("slowdown")).toArray());
        metrics.makespan = m.value(key("makespan")).toInteger();
        metrics.gpuSeconds = m.value(key("gpuSeconds")).toInteger();
        metrics.utilization = m.value(key("utilization")).toDouble();
        metrics.throughputJobsPerHour = m.value(key("throughputJobsPerHour")).toDouble();
        const QJsonArray cost = m.value(key("cost")).toArray();
        metrics.cost = {cost.at(0).toDouble(), cost.at(1).toDouble(), cost.at(2).toDouble(), cost.at(3).toDouble()};
        if (m.contains(key("fragmentation")))
            metrics.fragmentation = m.value(key("fragmentation")).toDouble();
        result.metrics = metrics;
    }
    if (json.contains(key("analyses")))  // analyses saved before they were kept have none
        result.analyses = analysesFrom(json.value(key("analyses")).toObject());
    return result;
}

// A snapshot as a compact row: the history holds up to a few thousand of them per policy.
QJsonArray historyJson(const SnapshotHistory& history)
{
    QJsonArray rows;
    for (const replay::Snapshot& s : history.snapshots())
        rows.append(QJsonArray{qint64(s.time), qint64(s.waitingJobs), qint64(s.waitingGpus), qint64(s.runningJobs),
                               qint64(s.busyGpus), qint64(s.completedJobs), s.usedCostUsd, s.idleCostUsd,
                               s.throughputJobsPerHour, qint64(s.p95QueueingDelayWindow), s.final});
    return rows;
}

SnapshotHistory historyFrom(const QJsonArray& rows)
{
    // Saved histories are at most the live capacity, so appending them back drops nothing.
    SnapshotHistory history(std::max<std::size_t>(4096, std::size_t(rows.size())));
    for (const QJsonValue& value : rows) {
        const QJsonArray r = value.toArray();
        replay::Snapshot s;
        s.time = r.at(0).toInteger();
        s.waitingJobs = std::uint64_t(r.at(1).toInteger());
        s.waitingGpus = std::uint64_t(r.at(2).toInteger());
        s.runningJobs = std::uint64_t(r.at(3).toInteger());
        s.busyGpus = std::uint64_t(r.at(4).toInteger());
        s.completedJobs = std::uint64_t(r.at(5).toInteger());
        s.usedCostUsd = r.at(6).toDouble();
        s.idleCostUsd = r.at(7).toDouble();
        s.throughputJobsPerHour = r.at(8).toDouble();
        s.p95QueueingDelayWindow = r.at(9).toInteger();
        s.final = r.at(10).toBool();
        history.append(s);
    }
    return history;
}

QJsonArray cdfJson(const QList<QPointF>& points)
{
    QJsonArray rows;
    for (const QPointF& p : points)
        rows.append(QJsonArray{p.x(), p.y()});
    return rows;
}

QList<QPointF> cdfFrom(const QJsonArray& rows)
{
    QList<QPointF> points;
    for (const QJsonValue& value : rows)
        points << QPointF(value.toArray().at(0).toDouble(), value.toArray().at(1).toDouble());
    return points;
}

}  // namespace

storage::SavedAnalysis TraceLabAnalysis::toSaved() const
{
    storage::SavedAnalysis saved;
    saved.name = name;
    saved.traceName = traceName;
    saved.traceFingerprint = traceFingerprint;
    saved.jobCount = jobCount;
    saved.traceSpanSeconds = traceSpanSeconds;
    saved.cluster = clusterJson(cluster);
    saved.gpuJobsOnly = gpuJobsOnly;
    saved.baseline = QString::fromUtf8(replay::policyName(baseline));
    for (std::size_t i = 0; i < results.size(); ++i) {
        saved.results << storage::SavedPolicyResult{
            QString::fromUtf8(replay::policyName(results[i].policy)), resultJson(results[i]),
            i < histories.size() ? historyJson(histories[i]) : QJsonArray(),
            qsizetype(i) < delayCdfs.size() ? cdfJson(delayCdfs[qsizetype(i)]) : QJsonArray()};
    }
    return saved;
}

std::optional<TraceLabAnalysis> TraceLabAnalysis::fromSaved(const storage::SavedAnalysis& saved)
{
    TraceLabAnalysis analysis;
    analysis.name = saved.name;
    analysis.traceName = saved.traceName;
    analysis.traceFingerprint = saved.traceFingerprint;
    analysis.jobCount = saved.jobCount;
    analysis.traceSpanSeconds = saved.traceSpanSeconds;
    analysis.cluster = clusterFrom(saved.cluster);
    analysis.gpuJobsOnly = saved.gpuJobsOnly;
    const auto baseline = replay::policyFromName(saved.baseline.toStdString());
    if (!baseline)
        return std::nullopt;
    analysis.baseline = *baseline;
    for (const storage::SavedPolicyResult& result : saved.results) {
        const auto policy = replay::policyFromName(result.policy.toStdString());
        if (!policy)
            return std::nullopt;
        analysis.results.push_back(resultFrom(*policy, result.result));
        analysis.histories.push_back(historyFrom(result.history));
        analysis.delayCdfs << cdfFrom(result.delayCdf);
    }
    return analysis;
}

namespace {
thread_local int t_fingerprintsHashed = 0;
}

int TraceLabAnalysis::fingerprintsHashedOnThisThread()
{
    return t_fingerprintsHashed;
}

QString TraceLabAnalysis::fingerprint(const trace::Trace& trace, const QString& name)
{
    ++t_fingerprintsHashed;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const trace::Job& job : trace.jobs) {
        const std::int64_t fields[3] = {job.submit, job.duration, std::int64_t(job.gpus)};
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(fields), sizeof fields));
    }
    hash.addData(QByteArray::number(qulonglong(trace.jobs.size())));
    hash.addData(name.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

}  // namespace debrief::studio

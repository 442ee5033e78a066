#include "replayevidence.h"

#include "displayformat.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/tracelabanalysis.h"

#include "interview/metrictranslation.h"

#include <QLocale>

namespace debrief::studio {

QList<ReplayEvidence> ReplayEvidence::fromAnalysis(const storage::SavedAnalysis& analysis)
{
    QList<ReplayEvidence> out;
    const std::optional<TraceLabAnalysis> lab = TraceLabAnalysis::fromSaved(analysis);
    if (!lab)
        return out;
    const replay::ReplayResult* base = nullptr;
    for (const replay::ReplayResult& result : lab->results) {
        if (result.policy == lab->baseline && result.metrics)
            base = &result;
    }
    if (!base)
        return out;
    for (const replay::ReplayResult& result : lab->results) {
        if (&result == base || !result.metrics)
            continue;
        ReplayEvidence evidence;
        evidence.m_analysisName = analysis.name;
        evidence.m_traceName = analysis.traceName;
        evidence.m_jobCount = analysis.jobCount;
        evidence.m_policy = QString::fromUtf8(replay::policyName(result.policy));
        evidence.m_baseline = QString::fromUtf8(replay::policyName(base->policy));
        evidence.m_throughputChange = replay::Comparison::relativeChange(base->metrics->throughputJobsPerHour,
                                                                      result.metrics->throughputJobsPerHour);
        evidence.m_p95QueueingChange = replay::Comparison::relativeChange(double(base->metrics->queueingDelay.p95),
                                                                       double(result.metrics->queueingDelay.p95));
        evidence.m_baselineUtilisation = base->metrics->utilization;
        evidence.m_utilisation = result.metrics->utilization;
        out << evidence;
    }
    return out;
}

ReplayEvidence::Measure ReplayEvidence::measureFor(interview::Kpi kpi)
{
    switch (kpi) {
    case interview::Kpi::Latency: return Measure::QueueingDelay;
    case interview::Kpi::Cost: return Measure::GpuTime;
    case interview::Kpi::Throughput:
    case interview::Kpi::Observability:
    case interview::Kpi::Reliability: break;
    }
    return Measure::Throughput;
}

QString ReplayEvidence::measureTitle(Measure measure)
{
    switch (measure) {
    case Measure::Throughput: return tr("Throughput gain");
    case Measure::QueueingDelay: return tr("Cut in p95 queueing delay");
    case Measure::GpuTime: return tr("GPU time saved for the same work");
    }
    return {};
}

std::optional<double> ReplayEvidence::impactPercent(Measure measure) const
{
    switch (measure) {
    case Measure::Throughput:
        if (m_throughputChange)
            return *m_throughputChange * 100.0;
        return std::nullopt;
    case Measure::QueueingDelay:
        if (m_p95QueueingChange)
            return -*m_p95QueueingChange * 100.0;
        return std::nullopt;
    case Measure::GpuTime:
        if (m_baselineUtilisation <= 0 || m_utilisation <= 0)
            return std::nullopt;
        // One GPU-hour at $1: the fraction saved is all that is read.
        return interview::MetricTranslation::utilisationChange(interview::GpuTime::fromHours(1.0), 1.0,
                                                               m_baselineUtilisation * 100.0, m_utilisation * 100.0)
                   .fractionSaved *
               100.0;
    }
    return std::nullopt;
}

QString ReplayEvidence::evidenceText(Measure measure) const
{
    const std::optional<double> impact = impactPercent(measure);
    const QString number = impact ? interview::MetricTranslation::percent(*impact) : tr("not measurable");
    QString what;
    switch (measure) {
    case Measure::Throughput:
        what = impact && *impact < 0 ? tr("throughput down %1").arg(interview::MetricTranslation::percent(-*impact))
                                     : tr("throughput up %1").arg(number);
        break;
    case Measure::QueueingDelay: what = tr("p95 queueing delay cut by %1").arg(number); break;
    case Measure::GpuTime:
        what = tr("utilisation %1 -> %2, %3 less GPU time")
                   .arg(DisplayFormat::percent(m_baselineUtilisation), DisplayFormat::percent(m_utilisation), number);
        break;
    }
    return tr("Trace Lab analysis \"%1\": replay of %2 (%3 jobs), %4 against %5: %6")
        .arg(m_analysisName, m_traceName, DisplayFormat::count(std::uint64_t(m_jobCount)), m_policy, m_baseline, what);
}

}  // namespace debrief::studio

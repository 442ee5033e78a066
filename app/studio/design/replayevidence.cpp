#include "replayevidence.h"

#include "displayformat.h"
#include "tracelab/comparisonmodel.h"
#include "tracelab/sharingsession.h"
#include "tracelab/tracelabanalysis.h"

#include "interview/metrictranslation.h"

#include <QJsonObject>
#include <QLocale>

namespace debrief::studio {

QList<ReplayEvidence> ReplayEvidence::fromAnalysis(const storage::SavedAnalysis& analysis)
{
    QList<ReplayEvidence> out;
    const std::optional<TraceLabAnalysis> lab = TraceLabAnalysis::fromSaved(analysis);
    const replay::ReplayResult* base = nullptr;
    if (lab) {
        for (const replay::ReplayResult& result : lab->results) {
            if (result.policy == lab->baseline && result.metrics)
                base = &result;
        }
    }
    if (base) {
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
            evidence.m_p95QueueingChange = replay::Comparison::relativeChange(
                double(base->metrics->queueingDelay.p95), double(result.metrics->queueingDelay.p95));
            evidence.m_baselineUtilisation = base->metrics->utilization;
            evidence.m_utilisation = result.metrics->utilization;
            out << evidence;
        }
    }
    for (const storage::EvidenceStatement& statement : analysis.evidence) {
        if (const std::optional<ReplayEvidence> sharing = fromSharingStatement(analysis, statement))
            out << *sharing;
    }
    return out;
}

std::optional<ReplayEvidence> ReplayEvidence::fromSharingStatement(const storage::SavedAnalysis& analysis,
                                                                   const storage::EvidenceStatement& statement)
{
    using Keys = SharingSession::CostEvidence;
    const QJsonObject& numbers = statement.numbers;
    if (!numbers.contains(Keys::kUsedGpuHoursRoundedUp) || !numbers.contains(Keys::kUsedGpuHoursShared))
        return std::nullopt;
    ReplayEvidence evidence;
    evidence.m_analysisName = analysis.name;
    evidence.m_traceName = analysis.traceName;
    evidence.m_jobCount = analysis.jobCount;
    // The statement's own words, so the scorecard finds the statement behind the attached sentence.
    evidence.m_policy = statement.policy;
    evidence.m_baseline = statement.baseline;
    evidence.m_usedGpuHours = std::pair(numbers.value(Keys::kUsedGpuHoursRoundedUp).toDouble(),
                                        numbers.value(Keys::kUsedGpuHoursShared).toDouble());
    // Both replays run the same jobs: throughput changes as 1 / makespan (statements kept before
    // these numbers were written have neither change).
    const double upMakespan = numbers.value(Keys::kMakespanRoundedUp).toDouble();
    const double sharedMakespan = numbers.value(Keys::kMakespanShared).toDouble();
    if (upMakespan > 0 && sharedMakespan > 0)
        evidence.m_throughputChange = replay::Comparison::relativeChange(1.0 / upMakespan, 1.0 / sharedMakespan);
    if (numbers.contains(Keys::kQueueingP95RoundedUp) && numbers.contains(Keys::kQueueingP95Shared))
        evidence.m_p95QueueingChange = replay::Comparison::relativeChange(
            numbers.value(Keys::kQueueingP95RoundedUp).toDouble(), numbers.value(Keys::kQueueingP95Shared).toDouble());
    return evidence;
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
        if (m_usedGpuHours) {
            if (m_usedGpuHours->first <= 0)
                return std::nullopt;
            return (1.0 - m_usedGpuHours->second / m_usedGpuHours->first) * 100.0;
        }
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
        if (m_usedGpuHours) {
            what = tr("GPU-hours used %1 -> %2, %3 less GPU time")
                       .arg(DisplayFormat::count(std::uint64_t(m_usedGpuHours->first + 0.5)),
                            DisplayFormat::count(std::uint64_t(m_usedGpuHours->second + 0.5)), number);
            break;
        }
        what = tr("utilisation %1 -> %2, %3 less GPU time")
                   .arg(DisplayFormat::percent(m_baselineUtilisation), DisplayFormat::percent(m_utilisation), number);
        break;
    }
    return tr("Trace Lab analysis \"%1\": replay of %2 (%3 jobs), %4 against %5: %6")
        .arg(m_analysisName, m_traceName, DisplayFormat::count(std::uint64_t(m_jobCount)), m_policy, m_baseline, what);
}

}  // namespace debrief::studio

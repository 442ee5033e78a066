#pragma once

#include "interview/rubric.h"

#include <storage/savedanalysis.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace debrief::studio {

// One comparison of a saved Trace Lab analysis, as evidence for a feature request's expected impact:
// a policy against the analysis' baseline, or the Sharing tab's time replay with GPU shares packed
// against rounded up to whole GPUs (kept as its evidence statement). The changes are the Trace Lab's
// own (replay::Comparison::relativeChange); the GPU time the same work needs at the new utilisation
// is MetricTranslation's rule, and for sharing the GPU-hours the jobs use.
class ReplayEvidence {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::ReplayEvidence)

public:
    // What a replay can measure, and so what an expected impact can be read from.
    enum class Measure { Throughput, QueueingDelay, GpuTime };
    static constexpr Measure kAllMeasures[] = {Measure::Throughput, Measure::QueueingDelay, Measure::GpuTime};

    // Every replayed policy with metrics against the baseline (the baseline itself left out; none
    // when the analysis names a policy this version does not know or the baseline has no metrics),
    // then every sharing cost comparison among the analysis' evidence statements.
    static QList<ReplayEvidence> fromAnalysis(const storage::SavedAnalysis& analysis);

    // The measure a request's KPI is read from: latency from the p95 queueing delay, cost from the GPU
    // time the same work needs; throughput (and what a replay cannot see) from throughput.
    static Measure measureFor(interview::Kpi kpi);
    static QString measureTitle(Measure measure);

    // The gain in percent, positive when the policy is better: +12 (throughput), 40 (p95 queueing cut
    // by 40 %), 10.7 (GPU time saved). Nothing when the baseline's number is 0.
    std::optional<double> impactPercent(Measure measure) const;
    // The sentence kept as the request's evidence: analysis, trace, job count, policies and the number.
    QString evidenceText(Measure measure) const;

    QString analysisName() const { return m_analysisName; }
    QString traceName() const { return m_traceName; }
    qint64 jobCount() const { return m_jobCount; }
    QString policy() const { return m_policy; }
    QString baseline() const { return m_baseline; }

private:
    static std::optional<ReplayEvidence> fromSharingStatement(const storage::SavedAnalysis& analysis,
                                                              const storage::EvidenceStatement& statement);

    QString m_analysisName;
    QString m_traceName;
    qint64 m_jobCount = 0;
    QString m_policy;
    QString m_baseline;
    std::optional<double> m_throughputChange;  // (new - old) / old
    std::optional<double> m_p95QueueingChange;
    double m_baselineUtilisation = 0.0;  // 0..1
    double m_utilisation = 0.0;
    // Sharing: GPU-hours the jobs use rounded up and shared; the GPU time is their ratio.
    std::optional<std::pair<double, double>> m_usedGpuHours;
};

}  // namespace debrief::studio

#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace debrief::storage {

// One policy's part of a saved Trace Lab analysis. The replay numbers are JSON the studio writes
// and reads (core/storage knows no replay types): the result's metrics, the downsampled snapshot
// history the charts redraw from, and the queueing-delay CDF.
struct SavedPolicyResult {
    QString policy;  // replay::policyName
    QJsonObject result;
    QJsonArray history;
    QJsonArray delayCdf;
};

// "Use as evidence": a comparison turned into a metric statement a candidate can cite, with the
// numbers behind it and where they come from (trace, job count, policies).
struct EvidenceStatement {
    std::int64_t analysisId = 0;
    QString analysisName;  // filled when read
    QString policy;
    QString baseline;
    QString statement;    // the sentence the comparison makes
    QJsonObject numbers;  // the comparison's changes and money per month
    QString source;       // "trace (N jobs), cluster, policies"
    QDateTime createdAt;
};

// A named analysis: what was replayed and what came out, enough to show it again without replaying.
struct SavedAnalysis {
    std::int64_t id = 0;
    QString name;
    QDateTime createdAt;  // set by the store when null
    QString traceName;
    QString traceFingerprint;
    std::int64_t jobCount = 0;
    std::int64_t traceSpanSeconds = 0;  // the charts' time axes span this
    QJsonObject cluster;
    bool gpuJobsOnly = false;
    QString baseline;  // the policy the comparison is against
    QList<SavedPolicyResult> results;
    QList<EvidenceStatement> evidence;
};

// A line of the "Open analysis" list.
struct AnalysisSummary {
    std::int64_t id = 0;
    QString name;
    QDateTime createdAt;
    QString traceName;
    std::int64_t jobCount = 0;
    QStringList policies;
};

}  // namespace debrief::storage

#pragma once

#include "snapshothistory.h"

#include <replay/simulator.h>
#include <storage/savedanalysis.h>
#include <trace/trace.h>

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace debrief::studio {

// Everything the Trace Lab shows after a replay: what was replayed (trace, cluster, policies), the
// results the metrics and comparison tables are computed from, and the downsampled snapshot
// histories and CDFs the charts redraw from. Converts to and from the database's SavedAnalysis;
// numbers go through JSON in their shortest exact form, so a reopened analysis is identical.
struct TraceLabAnalysis {
    QString name;
    QString traceName;
    QString traceFingerprint;
    std::int64_t jobCount = 0;
    std::int64_t traceSpanSeconds = 0;  // the charts' time axes span this
    replay::Cluster cluster;
    bool gpuJobsOnly = false;
    replay::PolicyKind baseline = replay::PolicyKind::Fifo;
    std::vector<replay::ReplayResult> results;  // metrics only; per-job vectors are not kept
    std::vector<SnapshotHistory> histories;     // one per result, same order
    QList<QList<QPointF>> delayCdfs;            // one per result, same order

    storage::SavedAnalysis toSaved() const;
    // Nothing when the saved analysis names a policy this version does not know.
    static std::optional<TraceLabAnalysis> fromSaved(const storage::SavedAnalysis& saved);

    // The trace's identity for "is this the same trace": a hash of every job's submit, duration and
    // GPUs, with the job count and the source file's name.
    // Hashes every job: call it on a worker thread (replays do), not the UI thread.
    static QString fingerprint(const trace::Trace& trace, const QString& name);
    // How many fingerprints the calling thread has hashed (tests check the UI thread hashes none).
    static int fingerprintsHashedOnThisThread();
};

}  // namespace debrief::studio

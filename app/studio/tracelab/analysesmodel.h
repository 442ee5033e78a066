#pragma once

#include "policyanalyses.h"

#include <QAbstractTableModel>

namespace debrief::studio {

// Queueing delay and bounded slowdown by job size (GPUs 0 ... >64) and by run time (< 10 min ...
// >= 1 day) for one or more policies side by side: one row per bucket (every bucket, so policies
// line up; an empty one shows "—"), the bucket's job count, then p50 / p95 of queueing delay and of
// slowdown per policy (slowdown with 2 decimals below 100, whole above). Set whole from a finished
// replay's analyses.
class AnalysesBucketModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Bucket, Jobs, FirstPolicyColumn };
    enum Figure { QueueingP50, QueueingP95, SlowdownP50, SlowdownP95, FigureCount };
    enum Role { SortRole = Qt::UserRole + 1 };  // the raw number (seconds, slowdown), or nothing
    static constexpr int kRowCount = int(replay::kGpuBucketCount + replay::kRuntimeBucketCount);

    explicit AnalysesBucketModel(QObject* parent = nullptr);

    void setAnalyses(PolicyAnalysesList analyses);
    void clear();
    void retranslate();
    const PolicyAnalysesList& analyses() const { return m_analyses; }
    static int columnOf(int policyIndex, Figure figure) { return FirstPolicyColumn + policyIndex * FigureCount + figure; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const replay::BucketStats& bucketOf(const replay::Analyses& analyses, int row) const;
    QString bucketName(int row) const;

    PolicyAnalysesList m_analyses;
};

// One row per policy: p95 waiting time (queueing plus preempted plus restart penalty), p95
// preempted time, jobs preempted at least once, lost GPU-hours under the restart penalty, and
// Jain's fairness index over users' and over virtual clusters' mean slowdown ("—" with a tooltip
// why when the trace names none).
class AnalysesSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Policy, WaitingP95, PreemptedP95, JobsPreempted, LostGpuHours, JainUsers, JainVcs, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit AnalysesSummaryModel(QObject* parent = nullptr);

    void setAnalyses(PolicyAnalysesList analyses);
    void clear();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The definitions the column tooltips give (README, "Replay semantics: analyses").
    static QString definition(Column column);

private:
    PolicyAnalysesList m_analyses;
};

}  // namespace debrief::studio

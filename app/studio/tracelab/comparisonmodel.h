#pragma once

#include <replay/simulator.h>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace debrief::studio {

// Every replayed policy against a baseline the user picks: each metric's change in percent, the
// cost changes in dollars per 30-day month, and one sentence a candidate could say out loud.
// Set whole from finished results (never row by row); SortRole is the raw number.
class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // One cost column: the cluster's and the idle GPUs' monthly changes are the same number (the
    // used GPU-hours do not depend on the policy), so the table shows it once, as what it is.
    enum Column { Policy, P95QueueingChange, MeanJctChange, ThroughputChange, UtilisationChange, CostPerMonth, InWords, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    static constexpr double kMonthSeconds = 30.0 * 24 * 3600;

    explicit ComparisonModel(QObject* parent = nullptr);

    // One policy against the baseline, in numbers (what the table shows and evidence stores).
    struct Row {
        replay::PolicyKind policy;
        std::optional<double> p95Queueing, meanJct, throughput;
        double utilisationPoints = 0.0;
        double clusterCostPerMonth = 0.0;
        double idleCostPerMonth = 0.0;
        // Kept so the sentence can be said again in another language.
        replay::Metrics base, other;
    };
    // The rows for every result with metrics but the baseline, in `results` order.
    static std::vector<Row> compare(const std::vector<replay::ReplayResult>& results, std::size_t baseline);
    // The row as one sentence a candidate could say out loud, in the current language.
    static QString sentence(const Row& row, replay::PolicyKind baseline);

    // `results` with metrics; `baseline` indexes into them. Costs are scaled from the baseline's
    // makespan to a month of the same workload.
    void setComparison(std::vector<replay::ReplayResult> results, std::size_t baseline);
    void clear();
    // After a language switch: the headers and every cell are shown again in the new language.
    void retranslate();
    std::optional<replay::PolicyKind> baselinePolicy() const;
    const std::vector<Row>& rows() const { return m_rows; }

    // The relative change (new - old) / old, or nothing when old is 0 (no percent to speak of).
    static std::optional<double> relativeChange(double before, double after);
    // Dollars per month that `after` costs more (positive) or less than `before`.
    static double monthlyDelta(double before, double after, std::int64_t baselineMakespan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant changeText(const std::optional<double>& change);

    std::vector<Row> m_rows;
    std::optional<replay::PolicyKind> m_baseline;
};

}  // namespace debrief::studio

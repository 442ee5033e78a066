#pragma once

#include <replay/comparison.h>
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


    explicit ComparisonModel(QObject* parent = nullptr);

    // The row as one sentence a candidate could say out loud, in the current language.
    static QString sentence(const replay::Comparison::Row& row, const replay::Comparison::Row& baseline);

    // `results` with metrics; `baseline` indexes into them. Costs are scaled from the baseline's
    // makespan to a month of the same workload.
    void setComparison(std::vector<replay::ReplayResult> results, std::size_t baseline);
    void clear();
    // After a language switch: the headers and every cell are shown again in the new language.
    void retranslate();
    std::optional<replay::PolicyKind> baselinePolicy() const;
    // The numbers behind the table (the baseline's row included).
    const replay::Comparison& comparison() const { return m_comparison; }


    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant changeText(const std::optional<double>& change);

    const replay::Comparison::Row& rowAt(int row) const { return *m_rows[std::size_t(row)]; }

    replay::Comparison m_comparison;
    std::vector<const replay::Comparison::Row*> m_rows;  // the shown rows: every one but the baseline's
};

}  // namespace debrief::studio

#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

// Product design round: how the candidate splits a scenario's quarterly budget over its feature
// requests. Sums are checked in whole hundredths (0.01 % or one cent) so 33.33 + 33.33 + 33.34 is
// exact and floating-point noise never turns a right answer wrong.
namespace debrief::interview {

struct BudgetCheck {
    bool balanced = false;
    double total = 0.0;       // sum of the entries, in percent or money
    double difference = 0.0;  // total - target: > 0 over-allocated, < 0 left over
    QString message;          // "Shares sum to 99.9 %: 0.1 % left to allocate"
};

class BudgetAllocation {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::BudgetAllocation)

public:
    // Shares in percent must sum to 100.00 (exact to 0.01 %); a negative share is never balanced.
    static BudgetCheck checkShares(const QList<double>& sharesPercent);
    static BudgetCheck checkShares(const QList<DesignAllocation>& allocations);
    // Amounts in dollars must sum to the budget (exact to a cent).
    static BudgetCheck checkAmounts(const QList<double>& amountsUsd, double budgetUsd);

    // Sets shares[index] to newShare (clamped to 0-100, rounded to 0.1 %) and scales the others in
    // proportion to their old values so the sum stays 100 %. Results are in 0.1 % steps; the tenths
    // lost to rounding go by largest remainder, ties to the lower index, so the result is
    // deterministic. When the others were all 0 they share the rest equally.
    static QList<double> rebalance(const QList<double>& sharesPercent, qsizetype index, double newShare);

    // Weighted roadmap score = sum over requests of expectedImpactPercent x confidence (0..1) x
    // share / 100. Normalised so it reads as "percent of KPI gain bought per budget": a whole budget on
    // one sure 10 % gain scores 10; confidence and share outside their ranges are clamped.
    static double roadmapScore(const QList<DesignAllocation>& allocations);

private:
    static BudgetCheck check(std::int64_t totalHundredths, std::int64_t targetHundredths, bool money, bool negative);
};

}  // namespace debrief::interview

#include "budgetallocation.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace debrief::interview {

namespace {

std::int64_t hundredths(double value)
{
    return std::llround(value * 100.0);
}

QString percentText(std::int64_t hundredths)
{
    // Trailing zeros dropped: 99.9 %, 100 %, 33.33 %.
    return QLocale::c()
        .toString(double(hundredths) / 100.0, 'f', 2)
        .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString moneyText(std::int64_t cents)
{
    return QStringLiteral("$") +
           QLocale(QLocale::English, QLocale::UnitedStates).toString(double(cents) / 100.0, 'f', 2);
}

}  // namespace

BudgetCheck BudgetAllocation::check(std::int64_t total, std::int64_t target, bool money, bool negative)
{
    BudgetCheck result;
    result.total = double(total) / 100.0;
    result.difference = double(total - target) / 100.0;
    result.balanced = total == target && !negative;
    const auto text = [money](std::int64_t value) { return money ? moneyText(value) : percentText(value); };
    const QString sum =
        money ? tr("Allocations sum to %1").arg(text(total)) : tr("Shares sum to %1 %").arg(text(total));
    if (negative)
        result.message = tr("%1: a share is negative").arg(sum);
    else if (total == target)
        result.message = money ? tr("%1: the whole budget").arg(sum) : tr("%1: balanced").arg(sum);
    else if (total > target)
        result.message = money ? tr("%1: %2 over the budget").arg(sum, text(total - target))
                               : tr("%1: %2 % over").arg(sum, text(total - target));
    else
        result.message = money ? tr("%1: %2 left to allocate").arg(sum, text(target - total))
                               : tr("%1: %2 % left to allocate").arg(sum, text(target - total));
    return result;
}

BudgetCheck BudgetAllocation::checkShares(const QList<double>& sharesPercent)
{
    std::int64_t total = 0;
    bool negative = false;
    for (double share : sharesPercent) {
        total += hundredths(share);
        negative = negative || share < 0;
    }
    return check(total, 100 * 100, false, negative);
}

BudgetCheck BudgetAllocation::checkShares(const QList<DesignAllocation>& allocations)
{
    QList<double> shares;
    for (const DesignAllocation& allocation : allocations)
        shares.append(allocation.sharePercent);
    return checkShares(shares);
}

BudgetCheck BudgetAllocation::checkAmounts(const QList<double>& amountsUsd, double budgetUsd)
{
    std::int64_t total = 0;
    bool negative = false;
    for (double amount : amountsUsd) {
        total += hundredths(amount);
        negative = negative || amount < 0;
    }
    return check(total, hundredths(budgetUsd), true, negative);
}

QList<double> BudgetAllocation::rebalance(const QList<double>& sharesPercent, qsizetype index, double newShare)
{
    if (index < 0 || index >= sharesPercent.size())
        return sharesPercent;
    // Work in tenths of a percent: 1000 = 100 %.
    const std::int64_t fixed = std::clamp<std::int64_t>(std::llround(newShare * 10.0), 0, 1000);
    const std::int64_t rest = 1000 - fixed;
    const qsizetype others = sharesPercent.size() - 1;
    QList<double> result(sharesPercent.size(), 0.0);
    result[index] = double(fixed) / 10.0;
    if (others == 0)
        return result;
    double oldSum = 0.0;
    for (qsizetype i = 0; i < sharesPercent.size(); ++i)
        if (i != index)
            oldSum += std::max(sharesPercent.at(i), 0.0);
    QList<std::int64_t> tenths(sharesPercent.size(), 0);
    QList<double> remainders(sharesPercent.size(), -1.0);
    std::int64_t given = 0;
    for (qsizetype i = 0; i < sharesPercent.size(); ++i) {
        if (i == index)
            continue;
        const double exact =
            oldSum > 0 ? std::max(sharesPercent.at(i), 0.0) / oldSum * double(rest) : double(rest) / double(others);
        tenths[i] = std::int64_t(std::floor(exact + 1e-9));
        remainders[i] = exact - double(tenths[i]);
        given += tenths[i];
    }
    for (std::int64_t left = rest - given; left > 0; --left) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < remainders.size(); ++i)
            if (i != index && (best < 0 || remainders.at(i) > remainders.at(best) + 1e-12))
                best = i;
        ++tenths[best];
        remainders[best] = -1.0;  // one extra tenth each at most
    }
    for (qsizetype i = 0; i < sharesPercent.size(); ++i)
        if (i != index)
            result[i] = double(tenths.at(i)) / 10.0;
    return result;
}

double BudgetAllocation::roadmapScore(const QList<DesignAllocation>& allocations)
{
    double score = 0.0;
    for (const DesignAllocation& allocation : allocations)
        score += allocation.expectedImpactPercent * std::clamp(allocation.confidence, 0.0, 1.0) *
                 std::clamp(allocation.sharePercent, 0.0, 100.0) / 100.0;
    return score;
}

}  // namespace debrief::interview

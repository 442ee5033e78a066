#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace debrief::studio {

// The studio's short names for core's one formatter (interview::QuantityFormat) in the default
// QLocale, so a German UI writes "93,3 %"; only the replay rate ("72.0 jobs/h") is the studio's own.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString duration(double seconds);
    static QString money(double usd);
    static QString signedMoney(double usd);  // a change: -$810, +$1.2 k
    static QString percent(double fraction);  // 0.933 -> "93.3 %"
    static QString count(std::uint64_t value);
    static QString decimal(double value, int decimals = 1);
    static QString signedDecimal(double value, int decimals = 1);  // a change: +1.3, -0.1, 0.0
    static QString rate(double jobsPerHour);  // "72.0 jobs/h"
};

}  // namespace debrief::studio

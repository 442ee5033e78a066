#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>

// How every number a person reads is written: the studio, the PDF reports and the CLI all call this,
// so "2 h 14 min", "$4.2 M" and "93.3 %" read the same everywhere. The cut into units comes from
// core/units; the words go through tr() (context debrief::interview::QuantityFormat) and the digits
// through the given locale, so a German studio writes "93,3 %" while the CLI passes an English one.
namespace debrief::interview {

class QuantityFormat {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::QuantityFormat)

public:
    enum class PercentDigits {
        One,         // always one decimal: 93.3 %, 14.0 %
        WhenNeeded,  // a decimal only when it carries information: 14 %, 16.7 %
    };

    // Always with units: "4.5 s" (a fraction only below a minute), "12 min 5 s", "28 min",
    // "1 h 05 min", "3 d 4 h". A zero second part is left out.
    static QString duration(double seconds, const QLocale& locale = QLocale());
    // $12.34, $600 k, $4.2 M, $1.1 B; a negative amount is -$12.50.
    static QString money(double usd, const QLocale& locale = QLocale());
    // A change in money, always signed and rounded to what a table needs: -$810, +$1.2 k, +$45 k,
    // -$3.4 M; $0 when it rounds to nothing.
    static QString signedMoney(double usd, const QLocale& locale = QLocale());
    // A fraction: 0.933 -> "93.3 %".
    static QString percent(double fraction, const QLocale& locale = QLocale(),
                           PercentDigits digits = PercentDigits::One);
    // Grouped: 8152 -> "8,152".
    static QString count(std::uint64_t value, const QLocale& locale = QLocale());
    // A large amount scaled like money, without the dollar: 1.8 M, 587 k, 12.
    static QString scaledCount(double value, const QLocale& locale = QLocale());
    // Fixed decimals: decimal(45, 1) -> "45.0".
    static QString decimal(double value, int decimals, const QLocale& locale = QLocale());
    // A change at fixed decimals, signed: 1.26 -> "+1.3", -0.06 -> "-0.1"; what rounds to zero has no
    // sign (-0.04 -> "0.0", never "-0.0").
    static QString signedDecimal(double value, int decimals, const QLocale& locale = QLocale());
    // As short as it reads exactly, at most `maxDecimals` decimals: 6 -> "6", 5.1 -> "5.1", 7/3 -> "2.33".
    static QString shortest(double value, int maxDecimals = 2, const QLocale& locale = QLocale());
};

}  // namespace debrief::interview

#pragma once

#include <QString>

class QAbstractItemModel;

namespace debrief::studio {

// Writes any table model as CSV (RFC 4180: comma-separated, quoted when needed, CRLF lines), header
// first, the display text of every cell, so what a person reads is what the file holds.
class TableExport {
public:
    static QString toCsv(const QAbstractItemModel& model);
    static bool writeCsv(const QAbstractItemModel& model, const QString& path);
};

}  // namespace debrief::studio

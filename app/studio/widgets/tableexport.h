#pragma once

#include <QString>

class QAbstractItemModel;

namespace debrief::studio {

// Writes any table model as CSV (RFC 4180: comma-separated, quoted when needed, CRLF lines), header
// first, the display text of every cell, so what a person reads is what the file holds. A cell a
// spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return, and is not a
// plain signed number) is written behind an apostrophe, so it opens as the text it is.
class TableExport {
public:
    static QString toCsv(const QAbstractItemModel& model);
    static bool writeCsv(const QAbstractItemModel& model, const QString& path);
};

}  // namespace debrief::studio

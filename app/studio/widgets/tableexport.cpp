#include "tableexport.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QSaveFile>

namespace debrief::studio {

namespace {
// A spreadsheet reads a cell that begins with = + - @ (or a tab or carriage return) as a formula, and
// trace-supplied names (users, virtual clusters) can begin so: "=HYPERLINK(...)". Such a cell is
// written as text behind an apostrophe, the spreadsheet convention, unless it is a plain signed number
// ("-12.5", "+20.0 %"), which stays a number.
QString defused(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                              first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!formulaStart)
        return text;
    static const QRegularExpression signedNumber(QStringLiteral("^[+-][0-9]+(?:[.,][0-9]+)*(?: ?%)?$"));
    return signedNumber.match(text).hasMatch() ? text : QLatin1Char('\'') + text;
}

QString field(const QString& cell)
{
    const QString text = defused(cell);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
}  // namespace

QString TableExport::toCsv(const QAbstractItemModel& model)
{
    QString out;
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << field(model.headerData(column, Qt::Horizontal).toString());
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << field(model.index(row, column).data().toString());
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

bool TableExport::writeCsv(const QAbstractItemModel& model, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(toCsv(model).toUtf8());
    return file.commit();
}

}  // namespace debrief::studio

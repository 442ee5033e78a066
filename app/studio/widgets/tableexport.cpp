#include "tableexport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace debrief::studio {

namespace {
QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
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

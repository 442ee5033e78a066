#include "importissuemodel.h"

#include "displayformat.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace debrief::studio {

namespace {
QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}
}  // namespace

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ImportIssueModel::setFailure(const trace::ImportIssue& issue)
{
    beginResetModel();
    m_rows.clear();
    m_rows.push_back(
        Row{issue, 1, issue.line > 0 ? std::vector<std::uint64_t>{issue.line} : std::vector<std::uint64_t>{}});
    endResetModel();
}

void ImportIssueModel::setSkipped(const std::map<trace::IssueReason, trace::SkippedRows>& skipped)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& [reason, rows] : skipped) {
        Row row{rows.example, rows.count, rows.firstLines};
        row.issue.reason = reason;
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void ImportIssueModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ImportIssueModel::describe(const trace::ImportIssue& issue)
{
    const QString value = toQString(issue.value);
    const QString column = toQString(issue.column);
    switch (issue.reason) {
    case trace::IssueReason::MissingColumn:
        return column.isEmpty() ? tr("a required column is missing") : tr("column \"%1\" is missing").arg(column);
    case trace::IssueReason::WrongFieldCount: return tr("the row has the wrong number of fields");
    case trace::IssueReason::NotANumber: return tr("\"%1\" is not a number").arg(value);
    case trace::IssueReason::Negative: return tr("\"%1\" is negative").arg(value);
    case trace::IssueReason::Overflow: return tr("\"%1\" is too large").arg(value);
    case trace::IssueReason::ImpossibleDate: return tr("\"%1\" is not a valid date").arg(value);
    case trace::IssueReason::BinaryData: return tr("the file holds binary data, not text");
    case trace::IssueReason::EmptyFile: return tr("the file is empty");
    case trace::IssueReason::MissingValue: return tr("a required value is empty");
    case trace::IssueReason::BadJson: return tr("the JSON is malformed");
    case trace::IssueReason::UnknownFormat:
        return tr("the trace format is not recognised; pick one in the Format list");
    case trace::IssueReason::CannotOpen: return tr("the file cannot be opened");
    case trace::IssueReason::Cancelled: return tr("the import was cancelled");
    case trace::IssueReason::RecordTooLong:
        return tr("a record is longer than %1 bytes").arg(QLocale().toString(qulonglong(trace::kMaxRecordBytes)));
    }
    return tr("unknown problem");
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const trace::ImportIssue& issue = row.issue;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return QFileInfo(toQString(issue.file)).fileName();
        case Line: return issue.line > 0 ? QVariant(DisplayFormat::count(issue.line)) : QVariant(QString());
        case ColumnName: return toQString(issue.column);
        case Value: return toQString(issue.value);
        case Problem: return describe(issue);
        case Rows: return DisplayFormat::count(row.count);
        case FirstLines: {
            QStringList lines;
            for (std::uint64_t line : row.firstLines)
                lines << QString::number(line);
            return lines.join(QStringLiteral(", "));
        }
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Line: return qulonglong(issue.line);
        case Rows: return qulonglong(row.count);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        // The importer's own detail ("expected 11 fields, found 9") and full path help to find the row.
        if (index.column() == Problem && !issue.detail.empty())
            return toQString(issue.detail);
        if (index.column() == File)
            return toQString(issue.file);
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Value: return tr("Value");
    case Problem: return tr("Problem");
    case Rows: return tr("Rows");
    case FirstLines: return tr("First lines");
    default: return {};
    }
}

void ImportIssueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace debrief::studio

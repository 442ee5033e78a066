#pragma once

#include <trace/importissue.h>
#include <trace/trace.h>

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace debrief::studio {

// The problems of the last import: one row for a strict failure, or one row per reason with its
// count and first lines for what a lenient import skipped. Texts come from the reason enum through
// tr(), not from ImportIssue::message(), so they are translated.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Line, ColumnName, Value, Problem, Rows, FirstLines, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setFailure(const trace::ImportIssue& issue);
    void setSkipped(const std::map<trace::IssueReason, trace::SkippedRows>& skipped);
    void clear();
    // After a language switch: the headers and every cell are shown again in the new language.
    void retranslate();

    // A person-readable, translated sentence for one issue (without file and line).
    static QString describe(const trace::ImportIssue& issue);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        trace::ImportIssue issue;
        std::uint64_t count = 1;
        std::vector<std::uint64_t> firstLines;
    };
    std::vector<Row> m_rows;
};

}  // namespace debrief::studio

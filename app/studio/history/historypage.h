#pragma once

#include "studiopage.h"

#include <cstdint>

class QAction;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace debrief::studio {

class InterviewRecords;
class SessionPicker;
class SessionTableModel;
class TimeSeriesChartView;

// Every session in a sortable, filterable table, the trend of each score over time (Depth, Vision and
// the four matrix dimensions), two sessions side by side, and delete with undo (the page's own
// QUndoStack: the session leaves the database at once and is inserted again on undo).
class HistoryPage : public StudioPage {
    Q_OBJECT

public:
    explicit HistoryPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("history"); }
    QString title() const override { return tr("History"); }

    SessionTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    TimeSeriesChartView* trend() const { return m_trend; }
    QTableWidget* comparison() const { return m_comparison; }
    QUndoStack* undoStack() const { return m_undo; }

    void compare(std::int64_t first, std::int64_t second);
    bool deleteSelected();  // the selected sessions; false when nothing is selected

signals:
    void sessionOpened(std::int64_t id);  // double-click: open its debrief

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the fixed texts; changeEvent() refills the computed ones, keeping the state
    void reload();
    void updateTrend();
    void updateComparison();

    InterviewRecords& m_records;
    SessionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    TimeSeriesChartView* m_trend;
    SessionPicker* m_first;
    SessionPicker* m_second;
    QTableWidget* m_comparison;
    QAction* m_remove;
    QGroupBox* m_compareBox;
    QFormLayout* m_pickers;
    QUndoStack* m_undo;
};

}  // namespace debrief::studio

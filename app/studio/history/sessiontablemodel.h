#pragma once

#include "interview/session.h"
#include "storage/sessionsummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

#include <cstdint>

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// One session as the history shows it: its summary and the scores it ended with.
struct SessionHistoryEntry {
    storage::SessionSummary summary;
    double depth = 0.0;   // mean Depth over the interviewers' scored answers (the self-score in a solo practice)
    double vision = 0.0;  // mean Vision after the evidence cap, same answers; 0 = nothing scored
    int scoredAnswers = 0;
    QMap<interview::MatrixDimension, int>
        matrix;  // the interviewer's levels, or the self-assessment when there is none
    int strategicFit = 0;
};

// Every stored session, one row each (QAbstractTableModel for a QSortFilterProxyModel). The rows are
// read whole and handed over in one reset. Qt::UserRole gives the sort key of a cell (dates, numbers).
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Started,
        Candidate,
        Mode,
        Interviewers,
        Questions,
        Depth,
        Vision,
        Recommendation,
        ColumnCount
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    // Reads every session with its scores (throws StorageError).
    static QList<SessionHistoryEntry> read(const storage::Database& database, int visionCap = 2);
    static SessionHistoryEntry entryFor(const interview::Session& session, int visionCap = 2);

    void setEntries(const QList<SessionHistoryEntry>& entries);
    const QList<SessionHistoryEntry>& entries() const { return m_entries; }
    const SessionHistoryEntry* entry(int row) const;
    int rowOf(std::int64_t sessionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a language change: the headers and the translated cells (mode, recommendation, dates in the
    // new locale) are asked for again; the rows, and so the views' selection, stay.
    void retranslate();

private:
    QList<SessionHistoryEntry> m_entries;
};

}  // namespace debrief::studio

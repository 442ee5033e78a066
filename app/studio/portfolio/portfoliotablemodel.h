#pragma once

#include "interview/contentlibrary.h"
#include "interview/orchestrationimpactscore.h"
#include "interview/session.h"

#include <QAbstractTableModel>
#include <QList>

namespace debrief::studio {

// The candidate's projects, one row each, with their Orchestration Impact Score and the number of
// catalogue warnings. Read-only: the page's form edits a project. Set whole (setPortfolio), never row by row.
class PortfolioTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, TeamsColumn, GainColumn, MonthsColumn, ScoreColumn, WarningsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPortfolio(const QList<interview::PortfolioProject>& projects, const interview::PortfolioImpact& impact,
                      const QList<QList<interview::Mistake>>& warnings);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(std::int64_t projectId) const;  // -1 when absent
    // After a language switch: the headers and every cell (tooltips, locale-formatted numbers) again,
    // without a reset, so the view keeps its selection and scroll position.
    void retranslate();

private:
    QList<interview::PortfolioProject> m_projects;
    interview::PortfolioImpact m_impact;
    QList<QList<interview::Mistake>> m_warnings;
};

}  // namespace debrief::studio

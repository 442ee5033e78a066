#include "portfoliotablemodel.h"

#include "displayformat.h"
#include "widgets/statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace debrief::studio {

void PortfolioTableModel::setPortfolio(const QList<interview::PortfolioProject>& projects,
                                       const interview::PortfolioImpact& impact,
                                       const QList<QList<interview::Mistake>>& warnings)
{
    beginResetModel();
    m_projects = projects;
    m_impact = impact;
    m_warnings = warnings;
    endResetModel();
}

void PortfolioTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_projects.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_projects.size()) - 1, ColumnCount - 1));
}

int PortfolioTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int PortfolioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PortfolioTableModel::rowOf(std::int64_t projectId) const
{
    for (qsizetype row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == projectId)
            return int(row);
    }
    return -1;
}

QVariant PortfolioTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_projects.size() || index.row() >= m_impact.projects.size())
        return {};
    const interview::PortfolioProject& project = m_projects.at(index.row());
    const interview::ProjectImpact& impact = m_impact.projects.at(index.row());
    const QList<interview::Mistake> warnings = m_warnings.value(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return project.title;
        case TeamsColumn: return project.teams.join(QLatin1String(", "));
        case GainColumn: return DisplayFormat::percent(impact.gainPercent / 100.0);
        case MonthsColumn: return QLocale().toString(project.months);
        case ScoreColumn: return DisplayFormat::decimal(impact.score, 1);
        case WarningsColumn: return warnings.isEmpty() ? QStringLiteral("–") : QLocale().toString(warnings.size());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ScoreColumn)
            return tr("%n other team(s) × %1 gain", nullptr, impact.collaborations)
                .arg(DisplayFormat::percent(std::max(impact.gainPercent, 0.0) / 100.0));
        if (index.column() == WarningsColumn && !warnings.isEmpty()) {
            QStringList titles;
            for (const interview::Mistake& mistake : warnings)
                titles.append(mistake.title);
            return titles.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= GainColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == WarningsColumn && !warnings.isEmpty())
            return QBrush(StatusColors::warning());  // the palette of now: views repaint on a theme switch
        if (index.column() == GainColumn && impact.gainPercent < 0.0)
            return QBrush(StatusColors::bad());
    }
    return {};
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn: return tr("Project");
        case TeamsColumn: return tr("Other teams");
        case GainColumn: return tr("Gain");
        case MonthsColumn: return tr("Months");
        case ScoreColumn: return tr("Impact score");
        case WarningsColumn: return tr("Warnings");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == ScoreColumn)
        return tr("Orchestration Impact Score: other teams involved × measured gain in percent");
    return {};
}

}  // namespace debrief::studio

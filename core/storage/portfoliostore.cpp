#include "portfoliostore.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

QString teamsJson(const QStringList& teams)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams)).toJson(QJsonDocument::Compact));
}

QString noProject(std::int64_t id)
{
    return QCoreApplication::translate("debrief::storage", "there is no portfolio project %1").arg(id);
}

}  // namespace

namespace {

// One project row. A null id lets SQLite choose it (add); a given one puts a removed project back
// under its old id (restore, for undo).
std::int64_t insertProject(const QSqlDatabase& db, const QVariant& id, const QString& candidate,
                           const PortfolioProject& project)
{
    Statement insert(db, QStringLiteral("INSERT INTO portfolio_projects (id, candidate, title, teams, role, metric, "
                                        "before, after, lower_is_better, kpi, roadmap_item, months) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(id)
        .bind(candidate)
        .bind(project.title)
        .bind(teamsJson(project.teams))
        .bind(project.role)
        .bind(project.metric)
        .bind(project.before)
        .bind(project.after)
        .bind(project.lowerIsBetter)
        .bind(int(project.kpi))
        .bind(project.roadmapItem)
        .bind(project.months)
        .exec();
    return insert.lastInsertId();
}

}  // namespace

std::int64_t PortfolioStore::add(const QString& candidate, PortfolioProject& project) const
{
    m_database.write([&](const QSqlDatabase& db) {
        project.id = insertProject(db, QVariant(QMetaType::fromType<qlonglong>()), candidate, project);
    });
    return project.id;
}

void PortfolioStore::restore(const QString& candidate, const PortfolioProject& project) const
{
    m_database.write(
        [&](const QSqlDatabase& db) { insertProject(db, QVariant(qlonglong(project.id)), candidate, project); });
}

void PortfolioStore::update(const PortfolioProject& project) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement update(db, QStringLiteral("UPDATE portfolio_projects SET title = ?, teams = ?, role = ?, "
                                            "metric = ?, before = ?, after = ?, lower_is_better = ?, kpi = ?, "
                                            "roadmap_item = ?, months = ? WHERE id = ?"));
        update.bind(project.title)
            .bind(teamsJson(project.teams))
            .bind(project.role)
            .bind(project.metric)
            .bind(project.before)
            .bind(project.after)
            .bind(project.lowerIsBetter)
            .bind(int(project.kpi))
            .bind(project.roadmapItem)
            .bind(project.months)
            .bind(qint64(project.id))
            .exec();
        if (update.rowsAffected() < 1)
            throw StorageError(noProject(project.id));
    });
}

void PortfolioStore::remove(std::int64_t id) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement erase(db, QStringLiteral("DELETE FROM portfolio_projects WHERE id = ?"));
        erase.bind(qint64(id)).exec();
        if (erase.rowsAffected() < 1)
            throw StorageError(noProject(id));
    });
}

QList<PortfolioProject> PortfolioStore::list(const QString& candidate) const
{
    Statement rows(m_database.connection(),
                   QStringLiteral("SELECT id, title, teams, role, metric, before, after, lower_is_better, kpi, "
                                  "roadmap_item, months FROM portfolio_projects WHERE candidate = ? ORDER BY id"));
    rows.bind(candidate).exec();
    QList<PortfolioProject> projects;
    while (rows.next()) {
        PortfolioProject project;
        project.id = rows.value(0).toLongLong();
        project.title = rows.value(1).toString();
        for (const QJsonValue& team : QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).array())
            project.teams << team.toString();
        project.role = rows.value(3).toString();
        project.metric = rows.value(4).toString();
        project.before = rows.value(5).toDouble();
        project.after = rows.value(6).toDouble();
        project.lowerIsBetter = rows.value(7).toBool();
        project.kpi = Kpi(rows.value(8).toInt());
        project.roadmapItem = rows.value(9).toString();
        project.months = rows.value(10).toInt();
        projects << project;
    }
    return projects;
}

}  // namespace debrief::storage

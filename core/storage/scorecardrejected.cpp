#include "scorecardrejected.h"

#include <QStringList>

namespace debrief::storage {
namespace {

QString describe(const QString& file, const QList<ScorecardRejected::Issue>& issues)
{
    QStringList lines;
    for (const ScorecardRejected::Issue& issue : issues)
        lines << (file.isEmpty() ? issue.text() : file + QStringLiteral(": ") + issue.text());
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

ScorecardRejected::ScorecardRejected(QString file, QList<Issue> issues)
    : std::runtime_error(describe(file, issues).toStdString()), m_file(std::move(file)), m_issues(std::move(issues))
{
}

QString ScorecardRejected::message() const
{
    return describe(m_file, m_issues);
}

}  // namespace debrief::storage

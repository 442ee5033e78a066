#include "candidateroster.h"

#include "database.h"
#include "drillstore.h"
#include "statement.h"

#include "interview/starterdeck.h"

#include <algorithm>

namespace debrief::storage {

QStringList CandidateRoster::names() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT candidate FROM sessions UNION SELECT candidate FROM portfolio_projects "
                                   "UNION SELECT candidate FROM drill_cards"));
    query.exec();
    QStringList names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!name.trimmed().isEmpty())
            names << name;
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return names;
}

bool CandidateRoster::contains(const QString& name) const
{
    return !name.isEmpty() && names().contains(name);
}

int CandidateRoster::addStarterDeck(const QString& candidate, const interview::ContentLibrary& content,
                                    const QDateTime& now) const
{
    const DrillStore cards(m_database);
    int added = 0;
    m_database.write([&](const QSqlDatabase&) {
        if (!cards.list(candidate).isEmpty())
            return;
        for (interview::DrillCard card : interview::StarterDeck::cards(candidate, content, now)) {
            cards.save(card);
            ++added;
        }
    });
    return added;
}

}  // namespace debrief::storage

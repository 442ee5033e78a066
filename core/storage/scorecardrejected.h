#pragma once

#include <QList>
#include <QString>

#include <stdexcept>

namespace debrief::storage {

// A scorecard file that was not imported (nothing was written), with every problem found in it:
// where in the JSON ("$.answers[2].vision") and what is wrong.
class ScorecardRejected : public std::runtime_error {
public:
    struct Issue {
        QString path;
        QString message;
        QString text() const { return path + QStringLiteral(": ") + message; }
    };

    ScorecardRejected(QString file, QList<Issue> issues);
    const QString& file() const { return m_file; }
    const QList<Issue>& issues() const { return m_issues; }
    // "FILE: $.path: message", one line per issue.
    QString message() const;

private:
    QString m_file;
    QList<Issue> m_issues;
};

}  // namespace debrief::storage

#include "analysisstore.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace debrief::storage {
namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QVariant& text)
{
    QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString noAnalysis(std::int64_t id)
{
    return QCoreApplication::translate("debrief::storage", "there is no saved analysis %1").arg(id);
}

void insertEvidence(const QSqlDatabase& db, std::int64_t id, const QList<EvidenceStatement>& statements)
{
    for (int position = 0; position < statements.size(); ++position) {
        const EvidenceStatement& evidence = statements[position];
        const QDateTime created = evidence.createdAt.isValid() ? evidence.createdAt : QDateTime::currentDateTimeUtc();
        Statement(db, QStringLiteral("INSERT INTO analysis_evidence (analysis_id, position, policy, baseline, "
                                     "statement, numbers, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            .bind(qint64(id))
            .bind(position)
            .bind(evidence.policy)
            .bind(evidence.baseline)
            .bind(evidence.statement)
            .bind(json(evidence.numbers))
            .bind(evidence.source)
            .bind(stamp(created))
            .exec();
    }
}

}  // namespace

std::int64_t AnalysisStore::save(SavedAnalysis& analysis) const
{
    if (!analysis.createdAt.isValid())
        analysis.createdAt = QDateTime::currentDateTimeUtc();
    m_database.write([&](const QSqlDatabase& db) {
        Statement insert(db, QStringLiteral("INSERT INTO analyses (name, created_at, trace_name, trace_fingerprint, "
                                            "job_count, trace_span_seconds, cluster, gpu_jobs_only, baseline) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(analysis.name)
            .bind(stamp(analysis.createdAt))
            .bind(analysis.traceName)
            .bind(analysis.traceFingerprint)
            .bind(qint64(analysis.jobCount))
            .bind(qint64(analysis.traceSpanSeconds))
            .bind(json(analysis.cluster))
            .bind(analysis.gpuJobsOnly)
            .bind(analysis.baseline)
            .exec();
        const std::int64_t id = insert.lastInsertId();
        for (int position = 0; position < analysis.results.size(); ++position) {
            const SavedPolicyResult& result = analysis.results[position];
            Statement(db, QStringLiteral("INSERT INTO analysis_results (analysis_id, position, policy, result, "
                                         "history, delay_cdf) VALUES (?, ?, ?, ?, ?, ?)"))
                .bind(qint64(id))
                .bind(position)
                .bind(result.policy)
                .bind(json(result.result))
                .bind(json(result.history))
                .bind(json(result.delayCdf))
                .exec();
        }
        insertEvidence(db, id, analysis.evidence);
        analysis.id = id;
    });
    return analysis.id;
}

SavedAnalysis AnalysisStore::load(std::int64_t id) const
{
    const QSqlDatabase db = m_database.connection();
    Statement row(db, QStringLiteral("SELECT name, created_at, trace_name, trace_fingerprint, job_count, cluster, "
                                     "gpu_jobs_only, baseline, trace_span_seconds FROM analyses WHERE id = ?"));
    row.bind(qint64(id)).exec();
    if (!row.next())
        throw StorageError(noAnalysis(id));
    SavedAnalysis analysis;
    analysis.id = id;
    analysis.name = row.value(0).toString();
    analysis.createdAt = dateFrom(row.value(1));
    analysis.traceName = row.value(2).toString();
    analysis.traceFingerprint = row.value(3).toString();
    analysis.jobCount = row.value(4).toLongLong();
    analysis.cluster = objectFrom(row.value(5));
    analysis.gpuJobsOnly = row.value(6).toBool();
    analysis.baseline = row.value(7).toString();
    analysis.traceSpanSeconds = row.value(8).toLongLong();

    Statement results(db, QStringLiteral("SELECT policy, result, history, delay_cdf FROM analysis_results "
                                         "WHERE analysis_id = ? ORDER BY position"));
    results.bind(qint64(id)).exec();
    while (results.next())
        analysis.results << SavedPolicyResult{results.value(0).toString(), objectFrom(results.value(1)),
                                              arrayFrom(results.value(2)), arrayFrom(results.value(3))};
    analysis.evidence = readEvidence(QStringLiteral("e.analysis_id = ?"), qint64(id));
    return analysis;
}

QList<AnalysisSummary> AnalysisStore::list() const
{
    Statement rows(m_database.connection(),
                   QStringLiteral("SELECT a.id, a.name, a.created_at, a.trace_name, a.job_count, "
                                  "(SELECT json_group_array(policy) FROM (SELECT policy FROM analysis_results r "
                                  "WHERE r.analysis_id = a.id ORDER BY r.position)) "
                                  "FROM analyses a ORDER BY a.created_at DESC, a.id DESC"));
    rows.exec();
    QList<AnalysisSummary> summaries;
    while (rows.next()) {
        AnalysisSummary summary;
        summary.id = rows.value(0).toLongLong();
        summary.name = rows.value(1).toString();
        summary.createdAt = dateFrom(rows.value(2));
        summary.traceName = rows.value(3).toString();
        summary.jobCount = rows.value(4).toLongLong();
        for (const QJsonValue& policy : arrayFrom(rows.value(5)))
            summary.policies << policy.toString();
        summaries << summary;
    }
    return summaries;
}

void AnalysisStore::remove(std::int64_t id) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement erase(db, QStringLiteral("DELETE FROM analyses WHERE id = ?"));
        erase.bind(qint64(id)).exec();
        if (erase.rowsAffected() < 1)
            throw StorageError(noAnalysis(id));
    });
}

void AnalysisStore::setEvidence(std::int64_t id, const QList<EvidenceStatement>& statements) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement exists(db, QStringLiteral("SELECT 1 FROM analyses WHERE id = ?"));
        exists.bind(qint64(id)).exec();
        if (!exists.next())
            throw StorageError(noAnalysis(id));
        Statement(db, QStringLiteral("DELETE FROM analysis_evidence WHERE analysis_id = ?")).bind(qint64(id)).exec();
        insertEvidence(db, id, statements);
    });
}

QList<EvidenceStatement> AnalysisStore::evidenceStatements() const
{
    return readEvidence({}, {});
}

QList<EvidenceStatement> AnalysisStore::readEvidence(const QString& where, const QVariant& value) const
{
    Statement rows(m_database.connection(),
                   QStringLiteral("SELECT e.analysis_id, a.name, e.policy, e.baseline, e.statement, e.numbers, "
                                  "e.source, e.created_at FROM analysis_evidence e JOIN analyses a "
                                  "ON a.id = e.analysis_id %1 ORDER BY a.created_at DESC, a.id DESC, e.position")
                       .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    if (!where.isEmpty())
        rows.bind(value);
    rows.exec();
    QList<EvidenceStatement> statements;
    while (rows.next()) {
        EvidenceStatement evidence;
        evidence.analysisId = rows.value(0).toLongLong();
        evidence.analysisName = rows.value(1).toString();
        evidence.policy = rows.value(2).toString();
        evidence.baseline = rows.value(3).toString();
        evidence.statement = rows.value(4).toString();
        evidence.numbers = objectFrom(rows.value(5));
        evidence.source = rows.value(6).toString();
        evidence.createdAt = dateFrom(rows.value(7));
        statements << evidence;
    }
    return statements;
}

}  // namespace debrief::storage

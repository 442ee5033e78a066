#pragma once

#include "savedanalysis.h"

#include <QList>

#include <cstdint>

namespace debrief::storage {

class Database;

// Named Trace Lab analyses and the evidence statements made from them. Every write is one
// transaction; throws StorageError on failure (an unknown id included).
class AnalysisStore {
public:
    explicit AnalysisStore(const Database& database) : m_database(database) {}

    // Stores `analysis` with its results and evidence as a new analysis; sets its id (and createdAt
    // when null).
    std::int64_t save(SavedAnalysis& analysis) const;
    SavedAnalysis load(std::int64_t id) const;
    QList<AnalysisSummary> list() const;  // newest first
    void remove(std::int64_t id) const;   // its results and evidence go with it

    // Replaces the evidence statements of analysis `id`.
    void setEvidence(std::int64_t id, const QList<EvidenceStatement>& statements) const;
    // Every evidence statement of every analysis, newest analysis first: what the product design
    // round and the answer editor offer to cite.
    QList<EvidenceStatement> evidenceStatements() const;

private:
    QList<EvidenceStatement> readEvidence(const QString& where, const QVariant& value) const;

    const Database& m_database;
};

}  // namespace debrief::storage

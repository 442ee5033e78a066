// Saved Trace Lab analyses: a round trip keeps every number exactly, the list shows name, date,
// trace and policies, deleting takes the results and evidence along, evidence is offered to others.
#include "storage/analysisstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;

namespace {

SavedAnalysis sample(const QString& name)
{
    SavedAnalysis analysis;
    analysis.name = name;
    analysis.traceName = QStringLiteral("60_job.csv");
    analysis.traceFingerprint = QStringLiteral("3f2a");
    analysis.jobCount = 60;
    analysis.traceSpanSeconds = 86400;
    analysis.cluster = QJsonObject{{QStringLiteral("nodes"), 2}, {QStringLiteral("price"), 2.49}};
    analysis.gpuJobsOnly = true;
    analysis.baseline = QStringLiteral("fifo");
    for (const char* policy : {"fifo", "sjf"}) {
        SavedPolicyResult result;
        result.policy = QLatin1String(policy);
        result.result = QJsonObject{{QStringLiteral("utilization"), 0.1 + 0.2},
                                    {QStringLiteral("makespan"), qint64(1234567890123)}};
        result.history = QJsonArray{QJsonArray{0, 1.0 / 3.0}, QJsonArray{60, 2.0 / 7.0}};
        result.delayCdf = QJsonArray{QJsonArray{0.0, 0.5}};
        analysis.results << result;
    }
    return analysis;
}

}  // namespace

class AnalysisStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aSavedAnalysisLoadsIdentical()
    {
        Database database(m_dir.filePath(QStringLiteral("roundtrip.sqlite")));
        QVERIFY(database.open());
        const AnalysisStore store(database);
        SavedAnalysis saved = sample(QStringLiteral("FIFO vs SJF"));
        saved.evidence << EvidenceStatement{0,
                                            {},
                                            QStringLiteral("sjf"),
                                            QStringLiteral("fifo"),
                                            QStringLiteral("sjf cuts p95 queueing by 40%."),
                                            QJsonObject{{QStringLiteral("p95QueueingChange"), -0.4}},
                                            QStringLiteral("60_job.csv (60 jobs)"),
                                            {}};
        const std::int64_t id = store.save(saved);
        QVERIFY(id > 0);
        const SavedAnalysis loaded = store.load(id);
        QCOMPARE(loaded.name, saved.name);
        QCOMPARE(loaded.createdAt, saved.createdAt);
        QCOMPARE(loaded.traceFingerprint, saved.traceFingerprint);
        QCOMPARE(loaded.jobCount, 60);
        QCOMPARE(loaded.traceSpanSeconds, 86400);
        QCOMPARE(loaded.cluster, saved.cluster);
        QVERIFY(loaded.gpuJobsOnly);
        QCOMPARE(loaded.baseline, QStringLiteral("fifo"));
        QCOMPARE(loaded.results.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(loaded.results[i].policy, saved.results[i].policy);
            QCOMPARE(loaded.results[i].result, saved.results[i].result);
            QCOMPARE(loaded.results[i].history, saved.results[i].history);
            QCOMPARE(loaded.results[i].delayCdf, saved.results[i].delayCdf);
        }
        QCOMPARE(loaded.results[0].result.value(QStringLiteral("utilization")).toDouble(), 0.1 + 0.2);
        QCOMPARE(loaded.results[0].history[0].toArray()[1].toDouble(), 1.0 / 3.0);
        QCOMPARE(loaded.evidence.size(), 1);
        QCOMPARE(loaded.evidence[0].analysisName, saved.name);
        QCOMPARE(loaded.evidence[0].statement, saved.evidence[0].statement);
    }

    void theListIsNewestFirstAndDeletingCascades()
    {
        Database database(m_dir.filePath(QStringLiteral("list.sqlite")));
        QVERIFY(database.open());
        const AnalysisStore store(database);
        SavedAnalysis older = sample(QStringLiteral("older"));
        older.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        SavedAnalysis newer = sample(QStringLiteral("newer"));
        newer.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        store.save(older);
        store.save(newer);
        const QList<AnalysisSummary> list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, QStringLiteral("newer"));
        QCOMPARE(list[0].traceName, QStringLiteral("60_job.csv"));
        QCOMPARE(list[0].policies, (QStringList{QStringLiteral("fifo"), QStringLiteral("sjf")}));
        QCOMPARE(list[1].createdAt, older.createdAt);

        store.setEvidence(newer.id, {EvidenceStatement{0,
                                                       {},
                                                       QStringLiteral("sjf"),
                                                       QStringLiteral("fifo"),
                                                       QStringLiteral("a statement"),
                                                       {},
                                                       QStringLiteral("src"),
                                                       {}}});
        QCOMPARE(store.evidenceStatements().size(), 1);
        QCOMPARE(store.evidenceStatements()[0].analysisName, QStringLiteral("newer"));
        store.remove(newer.id);
        QCOMPARE(store.list().size(), 1);
        QVERIFY(store.evidenceStatements().isEmpty());
        QVERIFY_THROWS_EXCEPTION(StorageError, store.load(newer.id));
        QVERIFY_THROWS_EXCEPTION(StorageError, store.remove(newer.id));
        QVERIFY_THROWS_EXCEPTION(StorageError, store.setEvidence(newer.id, {}));
    }
};

QTEST_GUILESS_MAIN(AnalysisStoreTest)
#include "analysisstoretest.moc"

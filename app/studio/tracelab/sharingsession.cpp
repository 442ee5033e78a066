#include "sharingsession.h"

#include "backgroundwork.h"
#include "displayformat.h"
#include "gpupricetable.h"
#include "tracelabanalysis.h"

#include <sharing/shareworkload.h>
#include <storage/analysisstore.h>
#include <storage/database.h>
#include <storage/storageerror.h>
#include <trace/trace.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

namespace debrief::studio {

namespace {

QString placementText(sharing::PlacementPolicy placement)
{
    return QString::fromUtf8(sharing::placementName(placement));
}

}  // namespace

const sharing::StudyPoint* SharingSession::Curve::at(int arrivedPct) const
{
    const auto found = std::find_if(points.begin(), points.end(),
                                    [&](const sharing::StudyPoint& p) { return p.arrivedPct == arrivedPct; });
    return found == points.end() ? nullptr : &*found;
}

const QString& SharingSession::bundledNodeListPath()
{
    static const QString path = QStringLiteral(":/demo/openb_node_list_gpu_node.csv");
    return path;
}

SharingSession::SharingSession(QObject* parent) : QObject(parent), m_work(std::make_unique<BackgroundWork>())
{
    connect(m_work.get(), &BackgroundWork::progressChanged, this, &SharingSession::progressChanged);
    connect(m_work.get(), &BackgroundWork::failed, this, &SharingSession::failed);
    connect(m_work.get(), &BackgroundWork::finished, this, &SharingSession::busyChanged);
    loadNodeList(bundledNodeListPath());
}

SharingSession::~SharingSession()
{
    m_work->cancel();
}

std::vector<std::uint64_t> SharingSession::seedRange(std::uint64_t first, int count)
{
    std::vector<std::uint64_t> seeds;
    for (int i = 0; i < count; ++i)
        seeds.push_back(first + std::uint64_t(i));
    return seeds;
}

sharing::GpuPrices SharingSession::pricesFromTable()
{
    // The engine's per-model defaults for the openb models, and the user's table wherever it names
    // the same model (so an edited A100 price is the one used).
    sharing::GpuPrices prices = sharing::GpuPrices::openbDefaults();
    const GpuPriceTable table = GpuPriceTable::load();
    for (const GpuPriceTable::Entry& entry : table.entries())
        prices.perModel[entry.model.toStdString()] = entry.pricePerGpuHour;
    return prices;
}

void SharingSession::setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name)
{
    if (isRunning())
        cancel();
    m_trace = std::move(trace);
    m_traceName = name;
    m_traceFingerprint.clear();
    ++m_generation;
    clearResults();
    emit traceChanged();
}

bool SharingSession::loadNodeList(const QString& path)
{
    // Node lists are small (the openb one is 42 kB): read here, on the UI thread.
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    try {
        std::shared_ptr<const sharing::NodeList> nodes;
        if (path.startsWith(QLatin1Char(':'))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw sharing::NodeListError(tr("%1: cannot be read").arg(name).toStdString());
            std::istringstream in(file.readAll().toStdString());
            nodes = std::make_shared<sharing::NodeList>(sharing::NodeList::read(in, name.toStdString()));
        } else {
            nodes = std::make_shared<sharing::NodeList>(sharing::NodeList::read(path.toStdString()));
        }
        if (nodes->nodes().empty() || nodes->totalGpus() == 0)
            throw sharing::NodeListError(tr("%1: no node with a GPU").arg(name).toStdString());
        setNodeList(std::move(nodes), name);
        return true;
    } catch (const sharing::NodeListError& error) {
        const QString message = QString::fromStdString(error.what());
        emit statusMessage(tr("Cannot use the node list: %1").arg(message));
        emit nodeListFailed(message);
        return false;
    }
}

void SharingSession::setNodeList(std::shared_ptr<const sharing::NodeList> nodes, const QString& name)
{
    if (isRunning())
        cancel();
    m_nodes = std::move(nodes);
    m_nodeListName = QFileInfo(name).fileName();
    ++m_generation;
    clearResults();
    emit nodeListChanged();
}

bool SharingSession::isRunning() const
{
    return m_work->isRunning();
}

void SharingSession::cancel()
{
    m_work->cancel();
}

void SharingSession::clearResults()
{
    m_runs.clear();
    m_curves.clear();
    m_runsDone = 0;
    m_runsPlanned = 0;
    m_costs.reset();
    m_savedId.reset();
    m_restored = false;
    m_restoredSource.clear();
    emit curvesChanged();
    emit costsChanged();
}

const SharingSession::Curve* SharingSession::curve(sharing::PlacementPolicy placement) const
{
    for (const Curve& c : m_curves) {
        if (c.placement == placement)
            return &c;
    }
    return nullptr;
}

bool SharingSession::runStudy()
{
    if (isRunning() || !m_trace || !m_nodes || m_placements.empty() || m_seeds.empty() || m_inflation <= 0)
        return false;
    if (m_restored)
        clearResults();  // saved results and new ones do not mix
    const std::uint64_t generation = ++m_generation;
    m_runs.assign(m_placements.size(), {});
    m_curves.clear();
    for (const sharing::PlacementPolicy placement : m_placements)
        m_curves.push_back({placement, 0, {}});
    m_runsDone = 0;
    m_runsPlanned = int(m_placements.size() * m_seeds.size());
    m_studiedInflation = m_inflation;
    m_savedId.reset();

    sharing::StudyOptions options;
    options.placements = m_placements;
    options.seeds = m_seeds;
    options.inflation = m_inflation;
    unsigned threads = m_threads ? m_threads : unsigned(BackgroundWork::workerThreads());
    const auto trace = m_trace;
    const auto nodes = m_nodes;
    const QString traceName = m_traceName;
    const bool fingerprintKnown = !m_traceFingerprint.isEmpty();
    const bool started = m_work->start(
        [this, generation, trace, nodes, options, threads, traceName, fingerprintKnown](
            const std::atomic<bool>& cancel, const BackgroundWork::Progress& progress) -> std::function<void()> {
            sendFingerprint(trace, traceName, fingerprintKnown);  // before the first run
            const sharing::ShareWorkload workload(*trace, *nodes);
            const sharing::SharingStudy study(workload, *nodes, options);
            // Seed by seed, every placement of a seed before the next seed: each line shows up with the
            // first seed and settles as the others come in.
            struct Task {
                sharing::PlacementPolicy placement;
                std::uint64_t seed;
            };
            std::vector<Task> tasks;
            for (const std::uint64_t seed : options.seeds)
                for (const sharing::PlacementPolicy placement : options.placements)
                    tasks.push_back({placement, seed});
            std::atomic<std::size_t> next{0};
            std::mutex progressMutex;
            std::size_t done = 0;
            progress(0, tasks.size());
            // A run that throws (a logic error, memory) must not end the process from a pool thread:
            // the first exception stops the others and is rethrown here after every thread has
            // joined, where BackgroundWork turns it into failed(...).
            std::exception_ptr failure;
            std::atomic<bool> failed{false};
            const auto work = [&] {
                for (std::size_t i = next++; i < tasks.size(); i = next++) {
                    if (cancel.load() || failed.load())
                        return;
                    sharing::StudyRun run;
                    try {
                        run = study.runOne(tasks[i].placement, tasks[i].seed);
                    } catch (...) {
                        const std::lock_guard lock(progressMutex);
                        if (!failed.exchange(true))
                            failure = std::current_exception();
                        return;
                    }
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, run = std::move(run)] {
                            if (generation == m_generation)
                                addRun(run);
                        },
                        Qt::QueuedConnection);
                    const std::lock_guard lock(progressMutex);
                    progress(++done, tasks.size());
                }
            };
            std::vector<std::thread> pool;
            for (unsigned t = 1; t < std::min<std::size_t>(threads, tasks.size()); ++t)
                pool.emplace_back(work);
            work();
            for (std::thread& thread : pool)
                thread.join();
            if (failure)
                std::rethrow_exception(failure);
            const bool stopped = cancel.load() && done < tasks.size();
            return [this, generation, stopped] {
                if (generation != m_generation)
                    return;
                if (stopped) {
                    emit statusMessage(
                        tr("Sharing study cancelled after %1 of %2 runs").arg(m_runsDone).arg(m_runsPlanned));
                    emit cancelled();
                    return;
                }
                emit statusMessage(tr("Sharing study done: %1 runs").arg(m_runsDone));
                emit studyFinished();
            };
        });
    if (started)
        emit studyStarted();
    emit busyChanged();
    return started;
}

void SharingSession::sendFingerprint(const std::shared_ptr<const trace::Trace>& trace, const QString& name,
                                     bool known)
{
    if (known)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, trace, name, fingerprint = TraceLabAnalysis::fingerprint(*trace, name)] {
            // Kept while the session still has this trace under this name (a newer study or comparison
            // of it uses it too); setTrace clears it.
            if (trace == m_trace && name == m_traceName)
                m_traceFingerprint = fingerprint;
        },
        Qt::QueuedConnection);
}

void SharingSession::addRun(const sharing::StudyRun& run)
{
    const auto at = std::find(m_placements.begin(), m_placements.end(), run.placement);
    const std::size_t slot = std::size_t(at - m_placements.begin());
    if (slot >= m_runs.size())
        return;
    std::vector<sharing::StudyRun>& runs = m_runs[slot];
    runs.push_back(run);
    ++m_runsDone;
    // The mean of each percent over the runs that reached it.
    struct Sum {
        int n = 0;
        double allocated = 0, fragmentation = 0, ratio = 0;
    };
    std::map<int, Sum> sums;
    for (const sharing::StudyRun& r : runs) {
        for (const sharing::StudyPoint& p : r.points) {
            Sum& sum = sums[p.arrivedPct];
            ++sum.n;
            sum.allocated += p.allocatedPct;
            sum.fragmentation += p.fragmentationPct;
            sum.ratio += p.fragRatioPct;
        }
    }
    Curve& curve = m_curves[slot];
    curve.seeds = int(runs.size());
    curve.points.clear();
    for (const auto& [pct, sum] : sums)
        curve.points.push_back({pct, sum.allocated / sum.n, sum.fragmentation / sum.n, sum.ratio / sum.n});
    emit curvesChanged();
}

bool SharingSession::compareCosts()
{
    if (isRunning() || !m_trace || !m_nodes)
        return false;
    if (m_restored)
        clearResults();  // saved results and new ones do not mix
    const std::uint64_t generation = ++m_generation;
    m_costs.reset();
    m_savedId.reset();
    emit costsChanged();
    sharing::ShareReplayOptions options;
    options.policy = m_replayPolicy;
    options.placement = m_replayPlacement;
    options.prices = m_prices;
    const auto trace = m_trace;
    const auto nodes = m_nodes;
    const QString traceName = m_traceName;
    const bool fingerprintKnown = !m_traceFingerprint.isEmpty();
    const bool started = m_work->start(
        [this, generation, trace, nodes, options, traceName, fingerprintKnown](
            const std::atomic<bool>& cancel, const BackgroundWork::Progress& progress) -> std::function<void()> {
            sendFingerprint(trace, traceName, fingerprintKnown);  // before the costs
            CostComparison costs;
            costs.policy = options.policy;
            costs.placement = options.placement;
            progress(0, 2);
            sharing::ShareReplayOptions rounded = options;
            rounded.shareGpus = false;
            costs.roundedUp = sharing::replayShares(*trace, *nodes, rounded);
            progress(1, 2);
            if (cancel.load())
                return [this, generation] {
                    if (generation == m_generation)
                        emit cancelled();
                };
            costs.shared = sharing::replayShares(*trace, *nodes, options);
            progress(2, 2);
            // The per-job vectors are not shown: only the metrics cross back.
            for (sharing::ShareReplayResult* result : {&costs.roundedUp, &costs.shared}) {
                result->jobIndex = {};
                result->node = {};
                result->start = {};
                result->end = {};
            }
            return [this, generation, costs = std::move(costs)] {
                if (generation != m_generation)
                    return;
                m_costs = costs;
                emit statusMessage(tr("Rounded up against shared: replayed on %1").arg(m_nodeListName));
                emit costsChanged();
            };
        });
    emit busyChanged();
    return started;
}

bool SharingSession::hasEvidence() const
{
    if (m_restored)
        return false;  // kept with the analysis it came from
    const bool studied = std::any_of(m_curves.begin(), m_curves.end(), [](const Curve& c) { return c.seeds > 0; });
    return (studied && !isRunning()) || (m_costs && m_costs->roundedUp.metrics && m_costs->shared.metrics);
}

QString SharingSession::suggestedAnalysisName() const
{
    return tr("GPU sharing: %1 on %2").arg(m_traceName, m_nodeListName);
}

int SharingSession::useAsEvidence(const QString& name)
{
    if (!m_database || !hasEvidence() || !m_trace || !m_nodes)
        return 0;
    const QString nodesText = tr("%1 (%2 nodes, %3 GPUs)")
                                  .arg(m_nodeListName, DisplayFormat::count(m_nodes->nodes().size()),
                                       DisplayFormat::count(m_nodes->totalGpus()));
    const QString traceText =
        tr("%1 (%2 jobs)").arg(m_traceName, DisplayFormat::count(std::uint64_t(m_trace->jobs.size())));
    QList<storage::EvidenceStatement> statements;

    if (m_costs && m_costs->roundedUp.metrics && m_costs->shared.metrics) {
        const sharing::ShareReplayMetrics& up = *m_costs->roundedUp.metrics;
        const sharing::ShareReplayMetrics& shared = *m_costs->shared.metrics;
        const QString policy = QString::fromUtf8(replay::policyName(m_costs->policy));
        const QString placement = placementText(m_costs->placement);
        storage::EvidenceStatement evidence;
        evidence.policy = tr("shared GPUs (%1)").arg(placement);
        evidence.baseline = tr("rounded up to whole GPUs");
        const double saved = up.usedGpuHours > 0 ? 1.0 - shared.usedGpuHours / up.usedGpuHours : 0.0;
        evidence.statement =
            tr("Sharing fractional GPUs instead of rounding them up uses %1 GPU-hours instead of %2 "
               "(%3 less) and costs %4 instead of %5 for the work done; the cluster is paid %6 "
               "instead of %7, mean queueing %8 instead of %9.")
                .arg(DisplayFormat::count(std::uint64_t(shared.usedGpuHours + 0.5)),
                     DisplayFormat::count(std::uint64_t(up.usedGpuHours + 0.5)), DisplayFormat::percent(saved),
                     DisplayFormat::money(shared.usedCost), DisplayFormat::money(up.usedCost),
                     DisplayFormat::money(shared.paidCost), DisplayFormat::money(up.paidCost),
                     DisplayFormat::duration(shared.queueingMean), DisplayFormat::duration(up.queueingMean));
        evidence.numbers.insert(CostEvidence::kUsedGpuHoursRoundedUp, up.usedGpuHours);
        evidence.numbers.insert(CostEvidence::kUsedGpuHoursShared, shared.usedGpuHours);
        evidence.numbers.insert(QStringLiteral("paidGpuHoursRoundedUp"), up.paidGpuHours);
        evidence.numbers.insert(QStringLiteral("paidGpuHoursShared"), shared.paidGpuHours);
        evidence.numbers.insert(QStringLiteral("usedCostRoundedUpUsd"), up.usedCost);
        evidence.numbers.insert(QStringLiteral("usedCostSharedUsd"), shared.usedCost);
        evidence.numbers.insert(QStringLiteral("paidCostRoundedUpUsd"), up.paidCost);
        evidence.numbers.insert(QStringLiteral("paidCostSharedUsd"), shared.paidCost);
        evidence.numbers.insert(QStringLiteral("utilisationRoundedUp"), up.utilization);
        evidence.numbers.insert(QStringLiteral("utilisationShared"), shared.utilization);
        evidence.numbers.insert(QStringLiteral("queueingMeanRoundedUpSeconds"), up.queueingMean);
        evidence.numbers.insert(QStringLiteral("queueingMeanSharedSeconds"), shared.queueingMean);
        evidence.numbers.insert(CostEvidence::kQueueingP95RoundedUp, qint64(up.queueingP95));
        evidence.numbers.insert(CostEvidence::kQueueingP95Shared, qint64(shared.queueingP95));
        evidence.numbers.insert(CostEvidence::kMakespanRoundedUp, qint64(up.makespan));
        evidence.numbers.insert(CostEvidence::kMakespanShared, qint64(shared.makespan));
        evidence.source = tr("Trace Lab sharing replay of %1 on %2; policy %3, placement %4")
                              .arg(traceText, nodesText, policy, placement);
        statements << evidence;
    }
    if (!isRunning()) {
        for (const Curve& curve : m_curves) {
            const sharing::StudyPoint* full = curve.at(100);
            const sharing::StudyPoint* last = curve.at(int(m_studiedInflation * 100.0 + 0.5));
            if (curve.seeds == 0 || !full || !last)
                continue;
            storage::EvidenceStatement evidence;
            evidence.policy = placementText(curve.placement);
            evidence.baseline = tr("arrived workload");
            evidence.statement =
                tr("With %1 placement, %2 of the GPU capacity is allocated and %3 fragmented when the arrived "
                   "workload equals it; %4 and %5 at %6 arrived (mean of %n seed(s)).",
                   nullptr, curve.seeds)
                    .arg(evidence.policy, DisplayFormat::percent(full->allocatedPct / 100.0),
                         DisplayFormat::percent(full->fragmentationPct / 100.0),
                         DisplayFormat::percent(last->allocatedPct / 100.0),
                         DisplayFormat::percent(last->fragmentationPct / 100.0),
                         DisplayFormat::percent(double(last->arrivedPct) / 100.0));
            evidence.numbers.insert(QStringLiteral("allocatedPctAt100"), full->allocatedPct);
            evidence.numbers.insert(QStringLiteral("fragmentationPctAt100"), full->fragmentationPct);
            evidence.numbers.insert(QStringLiteral("allocatedPctAtEnd"), last->allocatedPct);
            evidence.numbers.insert(QStringLiteral("fragmentationPctAtEnd"), last->fragmentationPct);
            evidence.numbers.insert(QStringLiteral("arrivedPctAtEnd"), last->arrivedPct);
            evidence.numbers.insert(QStringLiteral("seeds"), curve.seeds);
            evidence.source = tr("Trace Lab sharing study of %1 on %2; inflation %3")
                                  .arg(traceText, nodesText, DisplayFormat::decimal(m_studiedInflation, 2));
            statements << evidence;
        }
    }
    if (statements.isEmpty())
        return 0;

    const storage::AnalysisStore store(*m_database);
    try {
        if (!m_savedId) {
            storage::SavedAnalysis analysis;
            analysis.name = name.trimmed().isEmpty() ? suggestedAnalysisName() : name.trimmed();
            analysis.traceName = m_traceName;
            analysis.traceFingerprint = m_traceFingerprint;  // hashed by the study's or comparison's worker
            analysis.jobCount = std::int64_t(m_trace->jobs.size());
            analysis.traceSpanSeconds = m_trace->span();
            analysis.cluster = QJsonObject{{QStringLiteral("nodeList"), m_nodeListName},
                                           {QStringLiteral("nodes"), qint64(m_nodes->nodes().size())},
                                           {QStringLiteral("gpus"), qint64(m_nodes->totalGpus())}};
            analysis.baseline = QString::fromUtf8(replay::policyName(m_costs ? m_costs->policy : m_replayPolicy));
            analysis.cluster.insert(kSavedKey, savedState());  // reopens with the tab as it is
            m_savedId = store.save(analysis);
            m_savedName = analysis.name;
        }
        store.setEvidence(*m_savedId, statements);
    } catch (const storage::StorageError& error) {
        emit statusMessage(tr("Cannot keep the evidence: %1").arg(error.message()));
        return 0;
    }
    emit statusMessage(tr("%n metric statement(s) kept as evidence", nullptr, int(statements.size())));
    emit evidenceStored(int(statements.size()), m_savedName);
    return int(statements.size());
}

}  // namespace debrief::studio

// The Sharing tab's part of a saved Trace Lab analysis: the study's parameters and mean curves and
// the cost comparison, as JSON kept in the analysis (SharingSession::kSavedKey of its cluster
// object), so an analysis reopens with the tab as it was, without running anything again.
#include "sharingsession.h"

#include "displayformat.h"

#include <sharing/sharereplayjson.h>
#include <trace/trace.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace debrief::studio {

namespace {

constexpr int kSavedVersion = 1;

// core's ShareReplayResult fields into a QJsonObject (nested objects kept on a stack until closed).
class QJsonSink : public sharing::ShareResultSink {
public:
    void beginObject(std::string_view key) override { m_open.push_back({utf8(key), {}}); }
    void endObject() override
    {
        auto [key, object] = std::move(m_open.back());
        m_open.pop_back();
        m_open.back().second.insert(key, object);
    }
    void text(std::string_view key, std::string_view value) override { insert(key, utf8(value)); }
    void flag(std::string_view key, bool value) override { insert(key, value); }
    void count(std::string_view key, std::uint64_t value) override { insert(key, qint64(value)); }
    void integer(std::string_view key, std::int64_t value) override { insert(key, qint64(value)); }
    void number(std::string_view key, double value) override { insert(key, value); }
    void lines(std::string_view key, const std::vector<std::uint32_t>& values) override
    {
        QJsonArray array;
        for (const std::uint32_t line : values)
            array << qint64(line);
        insert(key, array);
    }
    QJsonObject take() { return std::move(m_open.front().second); }

private:
    static QString utf8(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
    void insert(std::string_view key, const QJsonValue& value) { m_open.back().second.insert(utf8(key), value); }
    std::vector<std::pair<QString, QJsonObject>> m_open{{QString(), QJsonObject()}};
};

QJsonObject resultToJson(const sharing::ShareReplayResult& result)
{
    QJsonSink sink;
    sharing::writeShareReplayResult(result, sink, sharing::ShareResultLayout::Saved);
    return sink.take();
}

std::optional<sharing::ShareReplayResult> resultFromJson(const QJsonObject& json)
{
    const auto policy = replay::policyFromName(json.value(QStringLiteral("policy")).toString().toStdString());
    const auto placement = sharing::placementFromName(json.value(QStringLiteral("placement")).toString().toStdString());
    if (!policy || !placement)
        return std::nullopt;
    sharing::ShareReplayResult result;
    result.policy = *policy;
    result.placement = *placement;
    result.shareGpus = json.value(QStringLiteral("shareGpus")).toBool();
    result.jobs = std::uint64_t(json.value(QStringLiteral("jobs")).toInteger());
    result.rejected = std::uint64_t(json.value(QStringLiteral("rejected")).toInteger());
    result.cpuOnlyExcluded = std::uint64_t(json.value(QStringLiteral("cpuOnlyExcluded")).toInteger());
    result.preemptions = std::uint64_t(json.value(QStringLiteral("preemptions")).toInteger());
    if (json.contains(QStringLiteral("metrics"))) {
        const QJsonObject m = json.value(QStringLiteral("metrics")).toObject();
        sharing::ShareReplayMetrics metrics;
        metrics.queueingMean = m.value(QStringLiteral("queueingMean")).toDouble();
        metrics.queueingP50 = m.value(QStringLiteral("queueingP50")).toInteger();
        metrics.queueingP95 = m.value(QStringLiteral("queueingP95")).toInteger();
        metrics.queueingMax = m.value(QStringLiteral("queueingMax")).toInteger();
        metrics.jctMean = m.value(QStringLiteral("jctMean")).toDouble();
        metrics.jctP95 = m.value(QStringLiteral("jctP95")).toInteger();
        metrics.makespan = m.value(QStringLiteral("makespan")).toInteger();
        metrics.usedGpuHours = m.value(QStringLiteral("usedGpuHours")).toDouble();
        metrics.paidGpuHours = m.value(QStringLiteral("paidGpuHours")).toDouble();
        metrics.utilization = m.value(QStringLiteral("utilization")).toDouble();
        metrics.usedCost = m.value(QStringLiteral("usedCost")).toDouble();
        metrics.paidCost = m.value(QStringLiteral("paidCost")).toDouble();
        result.metrics = metrics;
    }
    return result;
}

}  // namespace

QJsonObject SharingSession::savedState() const
{
    const bool anyCurve = std::any_of(m_curves.begin(), m_curves.end(), [](const Curve& c) { return c.seeds > 0; });
    if (isRunning() || (!anyCurve && !m_costs))
        return {};
    QJsonObject state{{QStringLiteral("version"), kSavedVersion},
                      {QStringLiteral("source"), m_restored ? m_restoredSource : sourceText()}};
    QJsonArray placements, seeds;
    for (const sharing::PlacementPolicy placement : m_placements)
        placements << QString::fromUtf8(sharing::placementName(placement));
    for (const std::uint64_t seed : m_seeds)
        seeds << qint64(seed);
    state.insert(QStringLiteral("placements"), placements);
    state.insert(QStringLiteral("seeds"), seeds);
    state.insert(QStringLiteral("inflation"), m_inflation);
    if (anyCurve) {
        QJsonArray curves;
        for (const Curve& curve : m_curves) {
            QJsonArray points;
            for (const sharing::StudyPoint& p : curve.points)
                points << QJsonArray{p.arrivedPct, p.allocatedPct, p.fragmentationPct, p.fragRatioPct};
            curves << QJsonObject{
                {QStringLiteral("placement"), QString::fromUtf8(sharing::placementName(curve.placement))},
                {QStringLiteral("seeds"), curve.seeds},
                {QStringLiteral("points"), points}};
        }
        state.insert(QStringLiteral("curves"), curves);
        state.insert(QStringLiteral("studiedInflation"), m_studiedInflation);
        state.insert(QStringLiteral("runsDone"), m_runsDone);
        state.insert(QStringLiteral("runsPlanned"), m_runsPlanned);
    }
    if (m_costs) {
        state.insert(QStringLiteral("costs"),
                     QJsonObject{{QStringLiteral("roundedUp"), resultToJson(m_costs->roundedUp)},
                                 {QStringLiteral("shared"), resultToJson(m_costs->shared)}});
    }
    return state;
}

bool SharingSession::restoreSaved(const QJsonObject& state)
{
    if (state.value(QStringLiteral("version")).toInt() != kSavedVersion)
        return false;
    std::vector<sharing::PlacementPolicy> placements;
    for (const QJsonValue& name : state.value(QStringLiteral("placements")).toArray()) {
        const auto placement = sharing::placementFromName(name.toString().toStdString());
        if (!placement)
            return false;
        placements.push_back(*placement);
    }
    std::vector<Curve> curves;
    for (const QJsonValue& value : state.value(QStringLiteral("curves")).toArray()) {
        const QJsonObject json = value.toObject();
        const auto placement =
            sharing::placementFromName(json.value(QStringLiteral("placement")).toString().toStdString());
        if (!placement)
            return false;
        Curve curve{*placement, json.value(QStringLiteral("seeds")).toInt(), {}};
        for (const QJsonValue& point : json.value(QStringLiteral("points")).toArray()) {
            const QJsonArray p = point.toArray();
            curve.points.push_back({p.at(0).toInt(), p.at(1).toDouble(), p.at(2).toDouble(), p.at(3).toDouble()});
        }
        curves.push_back(std::move(curve));
    }
    std::optional<CostComparison> costs;
    if (state.contains(QStringLiteral("costs"))) {
        const QJsonObject json = state.value(QStringLiteral("costs")).toObject();
        const auto roundedUp = resultFromJson(json.value(QStringLiteral("roundedUp")).toObject());
        const auto shared = resultFromJson(json.value(QStringLiteral("shared")).toObject());
        if (!roundedUp || !shared)
            return false;
        costs = CostComparison{shared->policy, shared->placement, *roundedUp, *shared};
    }
    if (curves.empty() && !costs)
        return false;

    // The saved results replace whatever the tab showed; work still running is dropped.
    if (isRunning())
        cancel();
    ++m_generation;
    if (!placements.empty())
        m_placements = placements;
    m_seeds.clear();
    for (const QJsonValue& seed : state.value(QStringLiteral("seeds")).toArray())
        m_seeds.push_back(std::uint64_t(seed.toInteger()));
    if (m_seeds.empty())
        m_seeds = seedRange(42, 10);
    m_inflation = state.value(QStringLiteral("inflation")).toDouble(kDefaultInflation);
    m_studiedInflation = state.value(QStringLiteral("studiedInflation")).toDouble(m_inflation);
    m_runs.clear();
    m_runs.resize(curves.size());
    m_curves = std::move(curves);
    m_runsDone = state.value(QStringLiteral("runsDone")).toInt();
    m_runsPlanned = state.value(QStringLiteral("runsPlanned")).toInt();
    m_costs = std::move(costs);
    if (m_costs) {
        m_replayPolicy = m_costs->policy;
        m_replayPlacement = m_costs->placement;
    }
    m_savedId.reset();
    m_restored = true;
    m_restoredSource = state.value(QStringLiteral("source")).toString();
    emit restored();
    emit curvesChanged();
    emit costsChanged();
    return true;
}

QString SharingSession::sourceText() const
{
    if (!m_trace || !m_nodes)
        return {};
    return tr("%1 (%2 jobs) on %3 (%4 nodes, %5 GPUs)")
        .arg(m_traceName, DisplayFormat::count(std::uint64_t(m_trace->jobs.size())), m_nodeListName,
             DisplayFormat::count(m_nodes->nodes().size()), DisplayFormat::count(m_nodes->totalGpus()));
}

}  // namespace debrief::studio

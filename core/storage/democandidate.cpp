#include "democandidate.h"

#include "committeestore.h"
#include "database.h"
#include "drillstore.h"
#include "loopplanstore.h"
#include "portfoliostore.h"
#include "scorecardexchange.h"
#include "sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

const QString kCandidate = QStringLiteral("Priya Raman");
const QString kDana = QStringLiteral("Dana Okafor");    // engineering manager, GPU platform
const QString kLukas = QStringLiteral("Lukas Brandt");  // group PM, infrastructure
const QString kSelf = QStringLiteral("self");

constexpr std::uint8_t kPolicy = std::uint8_t(VisionEvidence::ProposedPolicy);
constexpr std::uint8_t kGain = std::uint8_t(VisionEvidence::QuantifiedGain);
constexpr std::uint8_t kKpi = std::uint8_t(VisionEvidence::TiedToKpi);
constexpr std::uint8_t kTeams = std::uint8_t(VisionEvidence::NamedTeams);

QDateTime daysAgo(int days, int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(hour, minute), Qt::UTC);
}

AskedQuestion asked(RoundKind round, const char* id, int askedMin, int answeredMin, const char* answer,
                    QList<AnswerScore> scores)
{
    return AskedQuestion{round,
                         QLatin1String(id),
                         askedMin * 60'000LL,
                         answeredMin * 60'000LL,
                         QString::fromUtf8(answer),
                         std::move(scores)};
}

AnswerScore score(const QString& who, int depth, int vision, std::uint8_t evidence, const char* why)
{
    return AnswerScore{who, depth, vision, evidence, QString::fromUtf8(why), true};
}

SessionNote note(const QString& who, int minute, int second, const char* text)
{
    return SessionNote{who, (minute * 60 + second) * 1000LL, QString::fromUtf8(text)};
}

// Week 1: solo practice, self-scored. Deep on mechanics, little product framing yet.
Session firstPractice()
{
    Session s;
    s.mode = SessionMode::SoloPractice;
    s.status = SessionStatus::Completed;
    s.candidate = kCandidate;
    s.interviewers = {kSelf};
    s.rounds = {RoundKind::Screen, RoundKind::Technical};
    s.startedAt = daysAgo(14, 18, 30);
    s.updatedAt = s.startedAt.addSecs(41 * 60);
    s.elapsedMs = 41 * 60'000;
    s.currentQuestion = 2;
    s.questions
        << asked(RoundKind::Screen, "screen-capacity-story", 0, 6,
                 "On the training platform I rewrote the NCCL all-reduce tuning for our 8-GPU nodes and got "
                 "about 18 % faster step times on the big language model runs. I led that work and it was "
                 "picked up by two research teams.",
                 {score(kSelf, 3, 2, 0, "")})
        << asked(RoundKind::Technical, "technical-scheduler-to-fabric", 7, 21,
                 "The job lands in the queue, then the scheduler picks nodes. Inside each node the kernels launch "
                 "per GPU, and the interesting part is how the warps overlap communication with compute, so I'd "
                 "walk through the CUDA streams we used to hide the all-reduce latency.",
                 {score(kSelf, 2, 1, 0, "")})
        << asked(RoundKind::Technical, "technical-fragmentation-packing", 22, 38,
                 "Free GPUs are scattered across nodes, two here, three there, so a 32-GPU job needs four whole "
                 "nodes and none are free. Packing small jobs onto partly used nodes would help; maybe a "
                 "defragmentation pass at night.",
                 {score(kSelf, 3, 2, kPolicy, "suggested best-fit packing, no numbers")});
    s.notes << note(kSelf, 4, 10, "Caught myself saying \"I led\" - it was me and one other engineer.")
            << note(kSelf, 12, 45, "Went straight into CUDA streams. Should have started with queue time.")
            << note(kSelf, 35, 5, "Need a number for fragmentation: how many GPU-hours a week sit idle?");
    s.matrix.self = {{MatrixDimension::ResourceAbstraction, 3},
                     {MatrixDimension::FailureIsolation, 2},
                     {MatrixDimension::CrossTeamCommunication, 2},
                     {MatrixDimension::RoadmapImpact, 1}};
    s.strategicFit = 2;
    s.recommendation = Recommendation::No;
    s.recommendationReason = QStringLiteral("Depth without Vision: no KPI, no teams, no roadmap item.");
    return s;
}

// Week 2: live mock with both interviewers. Metrics appear; evidence still thin on one answer.
Session secondMock()
{
    Session s;
    s.mode = SessionMode::LiveMock;
    s.status = SessionStatus::Completed;
    s.candidate = kCandidate;
    s.interviewers = {kDana, kLukas};
    s.rounds = {RoundKind::Technical, RoundKind::Pm};
    s.startedAt = daysAgo(7, 15, 0);
    s.updatedAt = s.startedAt.addSecs(58 * 60);
    s.elapsedMs = 58 * 60'000;
    s.currentQuestion = 3;
    s.questions
        << asked(RoundKind::Technical, "technical-fifo-head-of-line", 1, 13,
                 "With strict FIFO the 256-GPU job blocks everything behind it while 180 GPUs idle. I would add "
                 "EASY backfill: small jobs may jump ahead if they finish before the big job's reserved start. "
                 "On last month's trace that should cut median queue time by roughly 20 %, but it needs run-time "
                 "estimates we don't have yet.",
                 {score(kDana, 3, 3, kPolicy | kGain, "proposed EASY backfill and quantified ~20 % queue time"),
                  score(kLukas, 3, 2, kPolicy, "policy is right but no KPI owner or team named")})
        << asked(RoundKind::Technical, "technical-queueing-vs-utilisation", 14, 27,
                 "Past about 85 % utilisation queueing delay grows very fast, so 95 % means researchers wait hours. "
                 "I'd set a p95 queue-time target per priority tier and let utilisation float under it.",
                 {score(kDana, 3, 3, kKpi | kPolicy, "tied utilisation to a p95 queue-time SLO per tier"),
                  score(kLukas, 3, 3, kKpi, "good KPI framing; a number for the tier targets would make it a 4")})
        << asked(RoundKind::Pm, "pm-metric-translation", 28, 42,
                 "1.8 M GPU-hours a month at about $2.33 an hour is roughly $4.2 M a month. If backfill lifts "
                 "allocation efficiency by 5 %, that is about 90k GPU-hours, around $210 k a month we stop "
                 "buying.",
                 {score(kDana, 2, 3, kGain | kKpi, "clean translation from hours to dollars"),
                  score(kLukas, 3, 3, kGain | kKpi, "quantified; would like the finance partner named")})
        << asked(RoundKind::Pm, "pm-prioritise-three-asks", 43, 57,
                 "I'd do the priority lane first because the model launch is the company's top goal, then the "
                 "dashboard.",
                 {score(kDana, 2, 2, 0, ""), score(kLukas, 2, 1, 0, "")});
    s.notes << note(kDana, 3, 20, "Starts with the queue, not kernels - better than her practice notes suggest.")
            << note(kLukas, 9, 5, "Backfill estimate: 20 % median queue time. Ask where the estimate comes from.")
            << note(kDana, 31, 40, "Metric translation done in her head, numbers check out.")
            << note(kLukas, 50, 15, "Prioritisation answer has no KPI and no budget reasoning.");
    s.matrix.self = {{MatrixDimension::ResourceAbstraction, 4},
                     {MatrixDimension::FailureIsolation, 3},
                     {MatrixDimension::CrossTeamCommunication, 3},
                     {MatrixDimension::RoadmapImpact, 3}};
    s.matrix.interviewer = {{MatrixDimension::ResourceAbstraction, 3},
                            {MatrixDimension::FailureIsolation, 2},
                            {MatrixDimension::CrossTeamCommunication, 3},
                            {MatrixDimension::RoadmapImpact, 2}};
    s.strategicFit = 3;
    s.recommendation = Recommendation::No;
    s.recommendationReason =
        QStringLiteral("Close: strong technical framing, but prioritisation lacks KPI and budget reasoning.");
    return s;
}

// Week 3: product design and leadership. The metric-to-roadmap story lands.
Session thirdMock()
{
    Session s;
    s.mode = SessionMode::LiveMock;
    s.status = SessionStatus::Completed;
    s.candidate = kCandidate;
    s.interviewers = {kDana, kLukas};
    s.rounds = {RoundKind::ProductDesign, RoundKind::Leadership};
    s.startedAt = daysAgo(1, 16, 0);
    s.updatedAt = s.startedAt.addSecs(62 * 60);
    s.elapsedMs = 62 * 60'000;
    s.currentQuestion = 2;
    s.questions
        << asked(RoundKind::ProductDesign, "product-design-three-requests", 1, 30,
                 "I'd map each request to a KPI first. The scheduler redesign raises GPU utilisation by about 12 % "
                 "on a replay of 10k recent jobs, which is throughput and roughly $500 k a month, so it gets 40 % "
                 "of the $2 M. The monitoring dashboard is observability: it makes the next policy change "
                 "measurable, 25 %. The tensor core work helps one model family, 35 %, staged behind a "
                 "benchmark gate. I'd align this with the networking and storage leads before committing.",
                 {score(kDana, 3, 4, kPolicy | kGain | kKpi | kTeams,
                        "every request mapped to a KPI, replay-backed 12 %, named networking and storage"),
                  score(kLukas, 4, 4, kPolicy | kGain | kKpi | kTeams,
                        "budget split argued from impact x confidence; staged the risky item")})
        << asked(RoundKind::Leadership, "leadership-real-role", 31, 45,
                 "I was co-owner of the scheduler roll-out, coordinating with storage and networking. I wrote the "
                 "placement changes; the SRE lead owned the canary. Queue time for 128-GPU jobs fell 15 % over "
                 "two quarters.",
                 {score(kDana, 3, 3, kTeams | kGain, "real role stated, teams and result named"),
                  score(kLukas, 3, 4, kTeams | kGain | kKpi, "scope honest and tied to queue time")})
        << asked(RoundKind::Leadership, "leadership-influence-without-title", 46, 60,
                 "Networking wanted to freeze fabric changes for a quarter. I showed them the 120 ms cross-team "
                 "latency in our traces and proposed a joint budget to get it under 90 ms; we hit 88 ms in the "
                 "quarter and they now review scheduler changes with us monthly.",
                 {score(kDana, 3, 3, kTeams | kGain, "quantified and named the team"),
                  score(kLukas, 3, 3, kTeams | kGain | kKpi, "good: turned a blocker into a shared KPI")});
    s.notes << note(kLukas, 5, 30, "Maps requests to KPIs before talking solutions.")
            << note(kDana, 12, 10, "Replay of 10k jobs as evidence for the 12 % - asked, she knew the caveats.")
            << note(kLukas, 27, 55, "Budget: 40 / 25 / 35, sums to 100 %, argued from confidence.")
            << note(kDana, 44, 0, "No more \"I led\": states co-owner and who did what.");
    s.matrix.self = {{MatrixDimension::ResourceAbstraction, 4},
                     {MatrixDimension::FailureIsolation, 3},
                     {MatrixDimension::CrossTeamCommunication, 4},
                     {MatrixDimension::RoadmapImpact, 4}};
    s.matrix.interviewer = {{MatrixDimension::ResourceAbstraction, 4},
                            {MatrixDimension::FailureIsolation, 3},
                            {MatrixDimension::CrossTeamCommunication, 4},
                            {MatrixDimension::RoadmapImpact, 3}};
    DesignRound design;
    design.scenarioId = QStringLiteral("accelerator-roadmap-q3");
    design.allocations << DesignAllocation{QStringLiteral("scheduler-redesign"),
                                           Kpi::Throughput,
                                           12.0,
                                           0.7,
                                           QStringLiteral("replay of 10k recent jobs: utilisation 71 % -> 79.5 %"),
                                           40.0}
                       << DesignAllocation{QStringLiteral("monitoring-dashboard"),
                                           Kpi::Observability,
                                           30.0,
                                           0.6,
                                           QStringLiteral("share of queued jobs with a visible wait reason"),
                                           25.0}
                       << DesignAllocation{QStringLiteral("tensor-core"),
                                           Kpi::Throughput,
                                           8.0,
                                           0.4,
                                           QStringLiteral("vendor benchmark on one model family"),
                                           35.0};
    design.designScore = 3;
    design.metricTranslation = 3;
    design.roadmapAlignment = 4;
    s.design = design;
    s.strategicFit = 4;
    s.recommendation = Recommendation::Yes;
    s.recommendationReason =
        QStringLiteral("Metric-to-roadmap story end to end; Vision backed by evidence on every answer.");
    return s;
}

// The newest mock's committee: both interviewers' scorecards as they handed them over. Lukas rated
// roadmap impact 5 where Dana (and the session) has 3: the one split the committee must look at.
void addCommittee(const Database& database, std::int64_t sessionId)
{
    const Session session = SessionStore(database).load(sessionId);
    const CommitteeStore committee(database);
    committee.add(sessionId, QJsonDocument(ScorecardExchange::toJson(session, kDana)).toJson(),
                  QStringLiteral("dana-okafor.json"));
    QJsonObject lukas = ScorecardExchange::toJson(session, kLukas);
    QJsonObject matrix = lukas.value(QLatin1String("matrix")).toObject();
    QJsonObject levels = matrix.value(QLatin1String("interviewer")).toObject();
    levels.insert(key(MatrixDimension::RoadmapImpact), 5);
    matrix.insert(QStringLiteral("interviewer"), levels);
    lukas.insert(QStringLiteral("matrix"), matrix);
    committee.add(sessionId, QJsonDocument(lukas).toJson(), QStringLiteral("lukas-brandt.json"));
}

QList<PortfolioProject> portfolio()
{
    PortfolioProject placement;
    placement.title = QStringLiteral("Topology-aware gang scheduling for 128+ GPU jobs");
    placement.teams = {QStringLiteral("storage"), QStringLiteral("networking"), QStringLiteral("SRE")};
    placement.role = QStringLiteral("co-owner of the scheduler roll-out, coordinating with storage and networking");
    placement.metric = QStringLiteral("GPU queue time for jobs of 128+ GPUs (p95, hours)");
    placement.before = 6.0;
    placement.after = 5.1;
    placement.kpi = Kpi::Latency;
    placement.roadmapItem = QStringLiteral("H2: topology-aware placement on by default");
    placement.months = 7;
    PortfolioProject latency;
    latency.title = QStringLiteral("Cross-team latency budget for the training fabric");
    latency.teams = {QStringLiteral("networking"), QStringLiteral("research platform")};
    latency.role = QStringLiteral("proposed and ran the joint latency budget review");
    latency.metric = QStringLiteral("cross-team request latency (p95, ms)");
    latency.before = 120.0;
    latency.after = 88.0;
    latency.kpi = Kpi::Latency;
    latency.roadmapItem = QStringLiteral("Q3: fabric change review in the scheduler release train");
    latency.months = 4;
    PortfolioProject failures;
    failures.title = QStringLiteral("Pre-emptive failure reduction across three data centres");
    failures.teams = {QStringLiteral("SRE"), QStringLiteral("hardware operations"), QStringLiteral("storage")};
    failures.role = QStringLiteral("owned the failure taxonomy and the pre-flight health-check rollout plan");
    failures.metric = QStringLiteral("large training jobs interrupted by infrastructure failures (%)");
    failures.before = 2.3;
    failures.after = 0.7;
    failures.kpi = Kpi::Reliability;
    failures.roadmapItem = QStringLiteral("Q4: pre-flight checks for every job over 64 GPUs");
    failures.months = 5;
    return {placement, latency, failures};
}

QList<DrillCard> drills()
{
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(6, 0), Qt::UTC);
    auto card = [&](DrillSubject subject, const char* ref, DrillState state, double stability, double difficulty,
                    int dueInDays, int reps, int lapses) {
        DrillCard c;
        c.candidate = kCandidate;
        c.subject = subject;
        c.ref = QLatin1String(ref);
        c.state = state;
        c.stability = stability;
        c.difficulty = difficulty;
        c.due = today.addDays(dueInDays);
        c.lastReview = reps > 0 ? today.addDays(-2) : QDateTime();
        c.reps = reps;
        c.lapses = lapses;
        return c;
    };
    return {card(DrillSubject::Question, "technical-scheduler-to-fabric", DrillState::Review, 4.2, 6.8, 1, 3, 1),
            card(DrillSubject::Question, "pm-prioritise-three-asks", DrillState::Learning, 0.6, 7.4, 0, 1, 0),
            card(DrillSubject::Dimension, "failure-isolation", DrillState::New, 0.0, 0.0, 0, 0, 0),
            card(DrillSubject::Dimension, "roadmap-impact", DrillState::Review, 8.9, 5.1, 3, 4, 0)};
}

// The loop started eight days ago: the screen is behind her, its preparation done, and the
// technical round's under way (checklist.json ids).
constexpr int kLoopStartedDaysAgo = 8;
const char* const kTickedItems[] = {"screen-impact-story",  "screen-why-orchestration", "screen-portfolio-numbers",
                                    "screen-real-role",     "technical-job-flow",       "technical-queueing-curve",
                                    "pm-metric-translation"};

}  // namespace

QString DemoCandidate::name()
{
    return kCandidate;
}

void DemoCandidate::fill(const Database& database)
{
    const SessionStore sessions(database);
    const PortfolioStore projects(database);
    const DrillStore cards(database);
    const LoopPlanStore loop(database);
    database.write([&](const QSqlDatabase&) {
        for (const SessionSummary& summary : sessions.list()) {
            if (summary.candidate == kCandidate)
                sessions.remove(summary.id);
        }
        for (const PortfolioProject& project : projects.list(kCandidate))
            projects.remove(project.id);
        for (const DrillCard& card : cards.list(kCandidate))
            cards.remove(card.id);

        std::int64_t newest = 0;
        for (Session session : {firstPractice(), secondMock(), thirdMock()})
            newest = sessions.create(session);
        addCommittee(database, newest);
        for (PortfolioProject project : portfolio())
            projects.add(kCandidate, project);
        for (DrillCard card : drills())
            cards.save(card);
        for (const QString& item : loop.tickedItems(kCandidate))
            loop.setTicked(kCandidate, item, false);
        loop.setStartDate(kCandidate, QDate::currentDate().addDays(-kLoopStartedDaysAgo));
        for (const char* item : kTickedItems)
            loop.setTicked(kCandidate, QLatin1String(item), true);
    });
}

}  // namespace debrief::storage

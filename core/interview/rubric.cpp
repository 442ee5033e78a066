#include "rubric.h"

#include <QCoreApplication>

#include <utility>

namespace debrief::interview {

namespace {

// One table per enum: the key is stored in files and the database, so it never changes once shipped.
template <typename Enum, std::size_t N>
QString keyFrom(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, text] : table)
        if (entry == value)
            return QString::fromLatin1(text);
    return {};
}

template <typename Enum, std::size_t N>
bool enumFrom(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text, Enum& value)
{
    for (const auto& [entry, key] : table) {
        if (text == QLatin1String(key)) {
            value = entry;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<SessionMode, const char*>, 2> kModes{{
    {SessionMode::SoloPractice, "solo-practice"},
    {SessionMode::LiveMock, "live-mock"},
}};
constexpr std::array<std::pair<RoundKind, const char*>, 5> kRounds{{
    {RoundKind::Screen, "screen"},
    {RoundKind::Technical, "technical"},
    {RoundKind::Pm, "pm"},
    {RoundKind::ProductDesign, "product-design"},
    {RoundKind::Leadership, "leadership"},
}};
constexpr std::array<std::pair<MatrixDimension, const char*>, 4> kDimensions{{
    {MatrixDimension::ResourceAbstraction, "resource-abstraction"},
    {MatrixDimension::FailureIsolation, "failure-isolation"},
    {MatrixDimension::CrossTeamCommunication, "cross-team-communication"},
    {MatrixDimension::RoadmapImpact, "roadmap-impact"},
}};
constexpr std::array<std::pair<Recommendation, const char*>, 4> kRecommendations{{
    {Recommendation::StrongNo, "strong-no"},
    {Recommendation::No, "no"},
    {Recommendation::Yes, "yes"},
    {Recommendation::StrongYes, "strong-yes"},
}};
constexpr std::array<std::pair<Kpi, const char*>, 5> kKpis{{
    {Kpi::Throughput, "throughput"},
    {Kpi::Latency, "latency"},
    {Kpi::Observability, "observability"},
    {Kpi::Cost, "cost"},
    {Kpi::Reliability, "reliability"},
}};
constexpr std::array<std::pair<VisionEvidence, const char*>, 4> kEvidence{{
    {VisionEvidence::ProposedPolicy, "proposed-policy"},
    {VisionEvidence::QuantifiedGain, "quantified-gain"},
    {VisionEvidence::TiedToKpi, "tied-to-kpi"},
    {VisionEvidence::NamedTeams, "named-teams"},
}};

}  // namespace

QString key(SessionMode value)
{
    return keyFrom(kModes, value);
}
QString key(RoundKind value)
{
    return keyFrom(kRounds, value);
}
QString key(MatrixDimension value)
{
    return keyFrom(kDimensions, value);
}
QString key(Recommendation value)
{
    return keyFrom(kRecommendations, value);
}
QString key(Kpi value)
{
    return keyFrom(kKpis, value);
}
QString key(VisionEvidence value)
{
    return keyFrom(kEvidence, value);
}
bool fromKey(const QString& text, SessionMode& value)
{
    return enumFrom(kModes, text, value);
}
bool fromKey(const QString& text, RoundKind& value)
{
    return enumFrom(kRounds, text, value);
}
bool fromKey(const QString& text, MatrixDimension& value)
{
    return enumFrom(kDimensions, text, value);
}
bool fromKey(const QString& text, Recommendation& value)
{
    return enumFrom(kRecommendations, text, value);
}
bool fromKey(const QString& text, Kpi& value)
{
    return enumFrom(kKpis, text, value);
}
bool fromKey(const QString& text, VisionEvidence& value)
{
    return enumFrom(kEvidence, text, value);
}

QString title(Recommendation value)
{
    switch (value) {
    case Recommendation::StrongNo: return QCoreApplication::translate("debrief::interview::Rubric", "Strong No");
    case Recommendation::No: return QCoreApplication::translate("debrief::interview::Rubric", "No");
    case Recommendation::Yes: return QCoreApplication::translate("debrief::interview::Rubric", "Yes");
    case Recommendation::StrongYes: return QCoreApplication::translate("debrief::interview::Rubric", "Strong Yes");
    case Recommendation::None: break;
    }
    return QCoreApplication::translate("debrief::interview::Rubric", "No verdict");
}

QString title(RoundKind value)
{
    switch (value) {
    case RoundKind::Screen: return QCoreApplication::translate("debrief::interview::Rubric", "Screen");
    case RoundKind::Technical: return QCoreApplication::translate("debrief::interview::Rubric", "Technical");
    case RoundKind::Pm: return QCoreApplication::translate("debrief::interview::Rubric", "PM");
    case RoundKind::ProductDesign: return QCoreApplication::translate("debrief::interview::Rubric", "Product Design");
    case RoundKind::Leadership: return QCoreApplication::translate("debrief::interview::Rubric", "Leadership");
    }
    return {};
}

QString title(Kpi value)
{
    switch (value) {
    case Kpi::Throughput: return QCoreApplication::translate("debrief::interview::Rubric", "Throughput");
    case Kpi::Latency: return QCoreApplication::translate("debrief::interview::Rubric", "Latency");
    case Kpi::Observability: return QCoreApplication::translate("debrief::interview::Rubric", "Observability");
    case Kpi::Cost: return QCoreApplication::translate("debrief::interview::Rubric", "Cost");
    case Kpi::Reliability: return QCoreApplication::translate("debrief::interview::Rubric", "Reliability");
    }
    return {};
}

}  // namespace debrief::interview

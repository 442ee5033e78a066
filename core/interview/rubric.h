#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

// The fixed vocabulary of the interview rubric (domain.md). Content (descriptors, questions,
// scenarios) is data in resources/content; these enums are what code and the database store.
namespace debrief::interview {

enum class SessionMode : std::uint8_t { SoloPractice, LiveMock };

enum class RoundKind : std::uint8_t { Screen, Technical, Pm, ProductDesign, Leadership };
inline constexpr std::array<RoundKind, 5> kAllRounds{RoundKind::Screen, RoundKind::Technical, RoundKind::Pm,
                                                     RoundKind::ProductDesign, RoundKind::Leadership};

// GPU Orchestration Maturity Matrix dimensions, levels 1-5, Level 3 is the bar.
enum class MatrixDimension : std::uint8_t {
    ResourceAbstraction,
    FailureIsolation,
    CrossTeamCommunication,
    RoadmapImpact
};
inline constexpr std::array<MatrixDimension, 4> kAllDimensions{
    MatrixDimension::ResourceAbstraction, MatrixDimension::FailureIsolation, MatrixDimension::CrossTeamCommunication,
    MatrixDimension::RoadmapImpact};
inline constexpr int kMatrixMinLevel = 1;
inline constexpr int kMatrixMaxLevel = 5;
inline constexpr int kMatrixBarLevel = 3;

// Depth and Vision: 1-4, no neutral middle. 0 means "not scored yet".
inline constexpr int kTagMin = 1;
inline constexpr int kTagMax = 4;

// What a Vision score may rest on (bit flags, stored as an integer).
enum class VisionEvidence : std::uint8_t {
    ProposedPolicy = 1 << 0,  // proposed a (scheduling) policy
    QuantifiedGain = 1 << 1,  // quantified the expected gain
    TiedToKpi = 1 << 2,       // tied it to a KPI
    NamedTeams = 1 << 3,      // named the teams involved
};
inline constexpr std::uint8_t kAllEvidence = 0x0f;

enum class Recommendation : std::int8_t { None = -1, StrongNo, No, Yes, StrongYes };  // no neutral option

enum class Kpi : std::uint8_t { Throughput, Latency, Observability, Cost, Reliability };
// The order every KPI picker and table lists them in.
inline constexpr std::array<Kpi, 5> kAllKpis{Kpi::Throughput, Kpi::Latency, Kpi::Observability, Kpi::Cost,
                                             Kpi::Reliability};

// Stable keys used in JSON content, exchange files and the database ("screen", "resource-abstraction",
// "strong-yes", ...). fromKey returns false for an unknown key.
QString key(SessionMode value);
QString key(RoundKind value);
QString key(MatrixDimension value);
QString key(Recommendation value);
QString key(Kpi value);
bool fromKey(const QString& text, SessionMode& value);
bool fromKey(const QString& text, RoundKind& value);
bool fromKey(const QString& text, MatrixDimension& value);
bool fromKey(const QString& text, Recommendation& value);
bool fromKey(const QString& text, Kpi& value);
QString key(VisionEvidence value);
bool fromKey(const QString& text, VisionEvidence& value);

// Display names for people (translated, context "debrief::interview::Rubric"): "Strong No", "Product Design".
QString title(Recommendation value);
QString title(RoundKind value);
QString title(Kpi value);

}  // namespace debrief::interview

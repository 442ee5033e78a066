#pragma once

#include "rubric.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// The interview content (resources/content/SCHEMA.md) as typed values, loaded and validated field by
// field. Shipped files come from :/content/; a user adds question banks and scenarios from a folder.
namespace debrief::interview {

class VerdictGrid;

// One problem in one content file: which file, where in it (JSON path "$.questions[3].examples.good";
// "$" for the whole file), what is wrong.
struct ContentError {
    QString file;
    QString path;
    QString message;
    QString text() const { return file + QLatin1String(": ") + path + QLatin1String(": ") + message; }
    bool operator==(const ContentError&) const = default;
};

struct MatrixLevelText {
    int level = 0;
    QString title;
    QString descriptor;
};

struct MatrixDimensionText {
    MatrixDimension dimension = MatrixDimension::ResourceAbstraction;
    QString name;
    QString summary;
    QList<MatrixLevelText> levels;  // exactly 5, levels 1..5 in order
};

struct MaturityMatrixText {
    int bar = kMatrixBarLevel;
    QList<MatrixDimensionText> dimensions;  // exactly 4, in kAllDimensions order
};

struct ScaleStep {
    int score = 0;
    QString title;
    QString descriptor;
};

struct EvidenceItem {
    VisionEvidence flag = VisionEvidence::ProposedPolicy;
    QString label;
    QString hint;
};

using VerdictCells = std::array<std::array<Recommendation, 4>, 4>;  // [depth - 1][vision - 1]

struct Scales {
    QList<ScaleStep> depth;   // exactly 4, scores 1..4
    QList<ScaleStep> vision;  // exactly 4, scores 1..4
    QList<EvidenceItem> evidence;
    int visionCapWithoutEvidence = 2;
    VerdictCells verdictGrid{};
};

struct QuestionExamples {
    QString poor, mixed, good, excellent;
};

struct Question {
    QString id;
    RoundKind round = RoundKind::Screen;
    QString prompt;
    QList<MatrixDimension> focus;
    int timeBoxSeconds = 0;
    QStringList followUps;
    QuestionExamples examples;
    QString bank;        // "shipped" or the user file's bank name
    QString sourceFile;  // where it was loaded from
};

struct FeatureRequest {
    QString id;
    QString title;
    QString description;
    double estimatedCostUsd = 0.0;
    Kpi suggestedKpi = Kpi::Throughput;
};

struct Scenario {
    QString id;
    QString title;
    QString context;
    double quarterlyBudgetUsd = 0.0;
    QList<Kpi> kpis;
    QList<FeatureRequest> requests;  // 3 or 4
    QString sourceFile;
};

struct MistakeDetect {
    QStringList anyOf;  // case-insensitive QRegularExpression patterns
    QStringList unlessAnyOf;
    QList<RoundKind> rounds;  // empty = every round
};

struct Mistake {
    QString id;
    QString title;
    QString bad;
    QString good;
    QString explanation;
    MistakeDetect detect;
    int maxScore = 100;  // an answer with this mistake scores at most this (mistakes.json "maxScore", optional)
};

// One preparation step of the loop planner's checklist (checklist.json), for one round.
struct ChecklistItem {
    QString id;
    RoundKind round = RoundKind::Screen;
    QString text;
};

struct CoachWeights {
    int quantified = 30;
    int kpi = 20;
    int teams = 20;
    int proposal = 20;
    int noMistakes = 10;
};

// An answer under `minWords` words scores at most `maxScore` (coach.json "shortAnswer", optional; absent = no
// cap), so a two-line answer that happens to name a number, a KPI, a team and a proposal is not "100/100".
struct CoachShortAnswerCap {
    int minWords = 0;
    int maxScore = 100;
};

struct CoachLexicon {
    QStringList kpiWords;
    QStringList teamWords;
    QStringList proposalPatterns;
    CoachWeights weights;
    CoachShortAnswerCap shortAnswer;
};

class ContentLibrary {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::ContentLibrary)

public:
    static constexpr int kMinQuestionsPerRound = 8;  // shipped bank only

    // Loads matrix/scales/questions/scenarios/mistakes/coach/checklist .json from `folder` (the embedded
    // ":/content" by default; tests point it at fixtures). Each file is taken whole or not at all;
    // returns true when every file loaded without error.
    bool loadShipped(const QString& folder = QStringLiteral(":/content"));

    // A user's question bank or scenario file. A file with any error is rejected whole, its errors are
    // added to errors(), and what was loaded before stays. Returns true when accepted.
    bool loadUserFile(const QString& path);
    // Every *.json in `folder`, in file-name order; returns how many files were accepted.
    int loadUserFolder(const QString& folder);

    // The shipped texts in `language`: "en" (or empty) restores the English of loadShipped(); "de" and
    // "zh_CN" overlay the translation files <folder>/<language>/X.json (X in translatedFiles(), the folder
    // loadShipped() read) on the English, which stays the source of ids, rounds, KPIs, numbers and
    // patterns. Each translation file is checked like the English ones (every text present and not
    // empty, no unknown id, as many follow-ups as the English) and taken whole or not at all: a file
    // with any error leaves its texts in English and adds its errors to errors(). A user's question
    // banks and scenarios stay as written. Returns true when every file of the language was taken.
    // Called before loadShipped(), the language is remembered and applied once the English is read.
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }  // "en" until setLanguage() took another
    static QStringList translatedFiles();             // "questions", "matrix", ... (not coach: English only)

    const QList<ContentError>& errors() const { return m_errors; }
    void clearErrors() { m_errors.clear(); }

    const MaturityMatrixText& matrix() const { return m_matrix; }
    const Scales& scales() const { return m_scales; }
    VerdictGrid verdictGrid() const;
    QList<Question> questions() const { return m_questions; }
    QList<Question> questions(RoundKind round) const;
    const Question* question(const QString& id) const;
    const QList<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario* scenario(const QString& id) const;
    const QList<Mistake>& mistakes() const { return m_mistakes; }
    const CoachLexicon& coach() const { return m_coach; }
    const QList<ChecklistItem>& checklist() const { return m_checklist; }
    QList<ChecklistItem> checklist(RoundKind round) const;

private:
    // The texts of loadShipped() as read, so a language can be laid over them again and again.
    struct ShippedTexts {
        MaturityMatrixText matrix;
        Scales scales;
        QList<Question> questions;
        QList<Scenario> scenarios;
        QList<Mistake> mistakes;
        QList<ChecklistItem> checklist;
    };

    QList<ContentError> m_errors;
    QString m_folder = QStringLiteral(":/content");
    QString m_language = QStringLiteral("en");
    bool m_shippedLoaded = false;  // loadShipped() has read the English texts setLanguage() overlays
    ShippedTexts m_english;
    MaturityMatrixText m_matrix;
    Scales m_scales;
    QList<Question> m_questions;
    QList<Scenario> m_scenarios;
    QList<Mistake> m_mistakes;
    CoachLexicon m_coach;
    QList<ChecklistItem> m_checklist;
};

}  // namespace debrief::interview

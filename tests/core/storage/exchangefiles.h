#pragma once
// Scorecard exchange files built to a size: every text at its cap of ScorecardExchange::Limits and
// `share` of every list's cap (1.0 = everything at its cap; 0.5 = half the answers and notes, so
// half the bytes). Used by the exchange test (a file at the caps imports) and the import benchmark
// (a file at the caps against one half its size).
#include "interview/contentlibrary.h"
#include "interview/rubric.h"
#include "storage/scorecardexchange.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief::testing {

inline QByteArray scorecardAtCaps(const interview::ContentLibrary& content, double share = 1.0)
{
    using Limits = storage::ScorecardExchange::Limits;
    const auto sized = [share](int cap) { return std::max(1, int(cap * share)); };
    const auto filled = [](int cap, char fill) { return QString(cap, QLatin1Char(fill)); };
    QJsonArray rounds;
    for (const interview::RoundKind round : interview::kAllRounds)
        rounds << interview::key(round);
    // Every (round, question) pair once, as many as the cap allows: ids must name the content.
    QJsonArray answers;
    const int answerCount = sized(Limits::answers);
    for (const interview::RoundKind round : interview::kAllRounds) {
        for (const interview::Question& question : content.questions()) {
            if (answers.size() >= answerCount)
                break;
            answers << QJsonObject{{QStringLiteral("questionId"), question.id},
                                   {QStringLiteral("round"), interview::key(round)},
                                   {QStringLiteral("depth"), 3},
                                   {QStringLiteral("vision"), 3},
                                   {QStringLiteral("evidence"), QJsonArray{QStringLiteral("proposed-policy")}},
                                   {QStringLiteral("justification"), filled(Limits::justificationChars, 'j')},
                                   {QStringLiteral("submitted"), true}};
        }
    }
    QJsonArray notes;
    for (int i = 0; i < sized(Limits::notes); ++i)
        notes << QJsonObject{{QStringLiteral("elapsedMs"), i * 1000}, {QStringLiteral("text"), filled(Limits::noteChars, 'n')}};
    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("debrief-scorecard")},
        {QStringLiteral("version"), storage::ScorecardExchange::kVersion},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("candidate"), filled(Limits::nameChars, 'c')},
                     {QStringLiteral("startedAt"), QStringLiteral("2024-06-01T10:00:00.000Z")},
                     {QStringLiteral("mode"), QStringLiteral("live-mock")},
                     {QStringLiteral("rounds"), rounds}}},
        {QStringLiteral("interviewer"), filled(Limits::nameChars, 'i')},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("design"),
         QJsonObject{{QStringLiteral("scenarioId"), content.scenarios().first().id},
                     {QStringLiteral("designScore"), 3},
                     {QStringLiteral("metricTranslation"), 2},
                     {QStringLiteral("roadmapAlignment"), 1}}},
        {QStringLiteral("strategicFit"), 3},
        {QStringLiteral("recommendation"), QStringLiteral("yes")},
        {QStringLiteral("recommendationReason"), filled(Limits::reasonChars, 'r')},
        {QStringLiteral("notes"), notes}};
    return QJsonDocument(file).toJson(QJsonDocument::Compact);
}

}  // namespace debrief::testing

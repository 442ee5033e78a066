#include "contentlibrary.h"

#include "verdictgrid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace debrief::interview {

namespace {

// Every message of this file is ContentLibrary's (one context, the one lupdate files them under):
// ContentLibrary::tr() also in the helpers and FileChecker below, never a free ContentLibrary::tr() lupdate would file
// under "debrief::interview" or "...::FileChecker".

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return ContentLibrary::tr("null");
    case QJsonValue::Bool: return ContentLibrary::tr("true or false");
    case QJsonValue::Double: return ContentLibrary::tr("a number");
    case QJsonValue::String: return ContentLibrary::tr("a string");
    case QJsonValue::Array: return ContentLibrary::tr("an array");
    case QJsonValue::Object: return ContentLibrary::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ContentLibrary::tr("nothing");
}

QString expectedName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool: return ContentLibrary::tr("true or false");
    case QJsonValue::Double: return ContentLibrary::tr("a number");
    case QJsonValue::String: return ContentLibrary::tr("a string");
    case QJsonValue::Array: return ContentLibrary::tr("an array");
    case QJsonValue::Object: return ContentLibrary::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return ContentLibrary::tr("null");
}

QString member(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}
QString item(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Walks one JSON file and records every problem with its path; getters return nullopt on a problem so
// the caller can go on and report the next one.
class FileChecker {
public:
    FileChecker(QString file, QList<ContentError>& errors) : m_file(std::move(file)), m_errors(errors) {}

    void fail(const QString& path, const QString& message)
    {
        m_errors.append({m_file, path, message});
        ++m_count;
    }
    int count() const { return m_count; }
    const QString& file() const { return m_file; }

    std::optional<QJsonValue> value(const QJsonObject& object, const QString& key, const QString& path)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            fail(member(path, key), ContentLibrary::tr("missing"));
            return std::nullopt;
        }
        return it.value();
    }

    bool expect(const QJsonValue& value, QJsonValue::Type type, const QString& path)
    {
        if (value.type() == type)
            return true;
        fail(path, ContentLibrary::tr("expected %1, found %2").arg(expectedName(type), typeName(value)));
        return false;
    }

    std::optional<QString> text(const QJsonObject& object, const QString& key, const QString& path)
    {
        const auto found = value(object, key, path);
        if (!found || !expect(*found, QJsonValue::String, member(path, key)))
            return std::nullopt;
        return textValue(*found, member(path, key));
    }

    std::optional<QString> textValue(const QJsonValue& found, const QString& at)
    {
        if (!expect(found, QJsonValue::String, at))
            return std::nullopt;
        const QString result = found.toString();
        if (result.trimmed().isEmpty()) {
            fail(at, ContentLibrary::tr("empty"));
            return std::nullopt;
        }
        return result;
    }

    std::optional<double> number(const QJsonObject& object, const QString& key, const QString& path)
    {
        const auto found = value(object, key, path);
        if (!found || !expect(*found, QJsonValue::Double, member(path, key)))
            return std::nullopt;
        return found->toDouble();
    }

    // A whole number within [min, max]; `what` names it in the message ("score 5 is outside 1-4").
    std::optional<int> whole(const QJsonValue& found, const QString& at, const QString& what, int min, int max)
    {
        if (!expect(found, QJsonValue::Double, at))
            return std::nullopt;
        const double number = found.toDouble();
        if (number != std::floor(number)) {
            fail(at, ContentLibrary::tr("%1 %2 is not a whole number").arg(what).arg(number));
            return std::nullopt;
        }
        if (number < min || number > max) {
            fail(at, ContentLibrary::tr("%1 %2 is outside %3-%4").arg(what).arg(number).arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    std::optional<int> whole(const QJsonObject& object, const QString& key, const QString& path, int min, int max)
    {
        const auto found = value(object, key, path);
        if (!found)
            return std::nullopt;
        return whole(*found, member(path, key), key, min, max);
    }

    std::optional<QJsonArray> array(const QJsonObject& object, const QString& key, const QString& path)
    {
        const auto found = value(object, key, path);
        if (!found || !expect(*found, QJsonValue::Array, member(path, key)))
            return std::nullopt;
        return found->toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue& found, const QString& at)
    {
        if (!expect(found, QJsonValue::Object, at))
            return std::nullopt;
        return found.toObject();
    }

    // An array of exactly `count` entries (count < 0: any), or between min and max.
    bool size(const QJsonArray& list, const QString& at, qsizetype min, qsizetype max, const QString& what)
    {
        if (list.size() >= min && list.size() <= max)
            return true;
        if (min == max)
            fail(at, ContentLibrary::tr("expected exactly %1 %2, found %3").arg(min).arg(what).arg(list.size()));
        else if (list.size() < min)
            fail(at, ContentLibrary::tr("expected at least %1 %2, found %3").arg(min).arg(what).arg(list.size()));
        else
            fail(at, ContentLibrary::tr("expected at most %1 %2, found %3").arg(max).arg(what).arg(list.size()));
        return false;
    }

    // A stable id: lower-case kebab-case, unique among `seen`.
    std::optional<QString> id(const QJsonObject& object, const QString& path, QSet<QString>& seen)
    {
        const auto found = text(object, QStringLiteral("id"), path);
        if (!found)
            return std::nullopt;
        static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!kebab.match(*found).hasMatch()) {
            fail(member(path, QStringLiteral("id")),
                 ContentLibrary::tr("id `%1` is not lower-case kebab-case").arg(*found));
            return std::nullopt;
        }
        if (seen.contains(*found)) {
            fail(member(path, QStringLiteral("id")), ContentLibrary::tr("duplicate id `%1`").arg(*found));
            return std::nullopt;
        }
        seen.insert(*found);
        return found;
    }

    template <typename Enum> std::optional<Enum> keyed(const QJsonValue& found, const QString& at, const QString& what)
    {
        if (!expect(found, QJsonValue::String, at))
            return std::nullopt;
        Enum result{};
        if (!fromKey(found.toString(), result)) {
            fail(at, ContentLibrary::tr("%1 `%2` is unknown").arg(what, found.toString()));
            return std::nullopt;
        }
        return result;
    }

    std::optional<QStringList> patterns(const QJsonArray& list, const QString& at)
    {
        QStringList result;
        bool good = true;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto pattern = textValue(list.at(i), item(at, i));
            if (!pattern) {
                good = false;
                continue;
            }
            const QRegularExpression expression(*pattern, QRegularExpression::CaseInsensitiveOption);
            if (!expression.isValid()) {
                fail(item(at, i), ContentLibrary::tr("invalid regular expression: %1").arg(expression.errorString()));
                good = false;
                continue;
            }
            result.append(*pattern);
        }
        return good ? std::optional<QStringList>(result) : std::nullopt;
    }

    std::optional<QStringList> texts(const QJsonArray& list, const QString& at)
    {
        QStringList result;
        bool good = true;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (const auto entry = textValue(list.at(i), item(at, i)))
                result.append(*entry);
            else
                good = false;
        }
        return good ? std::optional<QStringList>(result) : std::nullopt;
    }

private:
    QString m_file;
    QList<ContentError>& m_errors;
    int m_count = 0;
};

// Reads the file and checks the envelope every content file shares: an object, its kind, version 1.
std::optional<QJsonObject> openContent(FileChecker& check, const QString& path, QString* kindOut,
                                       const QString& expectedKind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.fail(QStringLiteral("$"), ContentLibrary::tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        check.fail(
            QStringLiteral("$"),
            ContentLibrary::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        check.fail(QStringLiteral("$"),
                   ContentLibrary::tr("expected an object, found %1")
                       .arg(document.isArray() ? ContentLibrary::tr("an array") : ContentLibrary::tr("nothing")));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString at = QStringLiteral("$");
    const auto kind = check.text(root, QStringLiteral("kind"), at);
    if (kind && !expectedKind.isEmpty() && *kind != expectedKind) {
        check.fail(member(at, QStringLiteral("kind")),
                   ContentLibrary::tr("expected kind `%1`, found `%2`").arg(expectedKind, *kind));
        return std::nullopt;
    }
    if (const auto version = check.value(root, QStringLiteral("version"), at)) {
        if (check.expect(*version, QJsonValue::Double, member(at, QStringLiteral("version"))) &&
            version->toDouble() != 1.0)
            check.fail(member(at, QStringLiteral("version")),
                       ContentLibrary::tr("version %1 is not supported (expected 1)").arg(version->toDouble()));
    }
    if (!kind || check.count() > 0)
        return std::nullopt;
    if (kindOut)
        *kindOut = *kind;
    return root;
}

std::optional<MaturityMatrixText> readMatrix(FileChecker& check, const QJsonObject& root)
{
    const QString at = QStringLiteral("$");
    MaturityMatrixText matrix;
    if (const auto bar = check.whole(root, QStringLiteral("bar"), at, kMatrixMinLevel, kMatrixMaxLevel))
        matrix.bar = *bar;
    QMap<MatrixDimension, MatrixDimensionText> byDimension;
    if (const auto dimensions = check.array(root, QStringLiteral("dimensions"), at)) {
        const QString listAt = member(at, QStringLiteral("dimensions"));
        check.size(*dimensions, listAt, 4, 4, ContentLibrary::tr("dimensions"));
        for (qsizetype i = 0; i < dimensions->size(); ++i) {
            const QString dimAt = item(listAt, i);
            const auto object = check.object(dimensions->at(i), dimAt);
            if (!object)
                continue;
            MatrixDimensionText text;
            if (const auto idValue = check.value(*object, QStringLiteral("id"), dimAt)) {
                if (const auto dimension = check.keyed<MatrixDimension>(*idValue, member(dimAt, QStringLiteral("id")),
                                                                        ContentLibrary::tr("dimension"))) {
                    if (byDimension.contains(*dimension))
                        check.fail(member(dimAt, QStringLiteral("id")),
                                   ContentLibrary::tr("duplicate id `%1`").arg(key(*dimension)));
                    text.dimension = *dimension;
                }
            }
            text.name = check.text(*object, QStringLiteral("name"), dimAt).value_or(QString());
            text.summary = check.text(*object, QStringLiteral("summary"), dimAt).value_or(QString());
            if (const auto levels = check.array(*object, QStringLiteral("levels"), dimAt)) {
                const QString levelsAt = member(dimAt, QStringLiteral("levels"));
                check.size(*levels, levelsAt, 5, 5, ContentLibrary::tr("levels"));
                for (qsizetype l = 0; l < levels->size(); ++l) {
                    const QString levelAt = item(levelsAt, l);
                    const auto levelObject = check.object(levels->at(l), levelAt);
                    if (!levelObject)
                        continue;
                    MatrixLevelText level;
                    if (const auto number = check.whole(*levelObject, QStringLiteral("level"), levelAt, kMatrixMinLevel,
                                                        kMatrixMaxLevel)) {
                        if (*number != l + 1)
                            check.fail(member(levelAt, QStringLiteral("level")),
                                       ContentLibrary::tr("expected level %1, found %2").arg(l + 1).arg(*number));
                        level.level = *number;
                    }
                    level.title = check.text(*levelObject, QStringLiteral("title"), levelAt).value_or(QString());
                    level.descriptor =
                        check.text(*levelObject, QStringLiteral("descriptor"), levelAt).value_or(QString());
                    text.levels.append(level);
                }
            }
            byDimension.insert(text.dimension, text);
        }
    }
    if (check.count() > 0)
        return std::nullopt;
    for (MatrixDimension dimension : kAllDimensions)
        matrix.dimensions.append(byDimension.value(dimension));
    return matrix;
}

std::optional<QList<ScaleStep>> readScale(FileChecker& check, const QJsonObject& root, const QString& name)
{
    const QString at = QStringLiteral("$");
    const auto steps = check.array(root, name, at);
    if (!steps)
        return std::nullopt;
    const QString listAt = member(at, name);
    bool good = check.size(*steps, listAt, kTagMax, kTagMax, ContentLibrary::tr("scores"));
    QList<ScaleStep> result;
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const QString stepAt = item(listAt, i);
        const auto object = check.object(steps->at(i), stepAt);
        if (!object) {
            good = false;
            continue;
        }
        ScaleStep step;
        const auto score = check.whole(*object, QStringLiteral("score"), stepAt, kTagMin, kTagMax);
        if (score && *score != i + 1) {
            check.fail(member(stepAt, QStringLiteral("score")),
                       ContentLibrary::tr("expected score %1, found %2").arg(i + 1).arg(*score));
            good = false;
        }
        const auto title = check.text(*object, QStringLiteral("title"), stepAt);
        const auto descriptor = check.text(*object, QStringLiteral("descriptor"), stepAt);
        if (!score || !title || !descriptor) {
            good = false;
            continue;
        }
        result.append({*score, *title, *descriptor});
    }
    return good ? std::optional<QList<ScaleStep>>(result) : std::nullopt;
}

std::optional<Scales> readScales(FileChecker& check, const QJsonObject& root)
{
    const QString at = QStringLiteral("$");
    Scales scales;
    scales.depth = readScale(check, root, QStringLiteral("depth")).value_or(QList<ScaleStep>());
    scales.vision = readScale(check, root, QStringLiteral("vision")).value_or(QList<ScaleStep>());
    if (const auto evidence = check.array(root, QStringLiteral("evidence"), at)) {
        const QString listAt = member(at, QStringLiteral("evidence"));
        check.size(*evidence, listAt, 4, 4, ContentLibrary::tr("evidence items"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < evidence->size(); ++i) {
            const QString itemAt = item(listAt, i);
            const auto object = check.object(evidence->at(i), itemAt);
            if (!object)
                continue;
            EvidenceItem entry;
            if (const auto id = check.id(*object, itemAt, seen)) {
                if (!fromKey(*id, entry.flag))
                    check.fail(member(itemAt, QStringLiteral("id")),
                               ContentLibrary::tr("evidence `%1` is unknown").arg(*id));
            }
            entry.label = check.text(*object, QStringLiteral("label"), itemAt).value_or(QString());
            entry.hint = check.text(*object, QStringLiteral("hint"), itemAt).value_or(QString());
            scales.evidence.append(entry);
        }
    }
    if (const auto cap = check.whole(root, QStringLiteral("visionCapWithoutEvidence"), at, kTagMin, kTagMax))
        scales.visionCapWithoutEvidence = *cap;
    if (const auto rows = check.array(root, QStringLiteral("verdictGrid"), at)) {
        const QString gridAt = member(at, QStringLiteral("verdictGrid"));
        if (check.size(*rows, gridAt, kTagMax, kTagMax, ContentLibrary::tr("rows"))) {
            for (qsizetype d = 0; d < rows->size(); ++d) {
                const QString rowAt = item(gridAt, d);
                if (!check.expect(rows->at(d), QJsonValue::Array, rowAt))
                    continue;
                const QJsonArray row = rows->at(d).toArray();
                if (!check.size(row, rowAt, kTagMax, kTagMax, ContentLibrary::tr("verdicts")))
                    continue;
                for (qsizetype v = 0; v < row.size(); ++v) {
                    const QString cellAt = item(rowAt, v);
                    const auto verdict = check.keyed<Recommendation>(row.at(v), cellAt, ContentLibrary::tr("verdict"));
                    if (!verdict)
                        continue;
                    // Depth without Vision is "nice-to-have", never a hire (domain.md).
                    if (v + 1 <= scales.visionCapWithoutEvidence &&
                        (*verdict == Recommendation::Yes || *verdict == Recommendation::StrongYes))
                        check.fail(cellAt,
                                   ContentLibrary::tr("verdict `%1` for vision %2: depth without vision is not a hire "
                                                      "(expected `no` or `strong-no`)")
                                       .arg(key(*verdict))
                                       .arg(v + 1));
                    scales.verdictGrid[d][v] = *verdict;
                }
            }
        }
    }
    if (check.count() > 0)
        return std::nullopt;
    return scales;
}

std::optional<QList<Question>> readQuestions(FileChecker& check, const QJsonObject& root, QSet<QString> takenIds,
                                             bool shipped)
{
    const QString at = QStringLiteral("$");
    const QString bank = check.text(root, QStringLiteral("bank"), at).value_or(QString());
    QList<Question> result;
    const auto list = check.array(root, QStringLiteral("questions"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("questions"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString qAt = item(listAt, i);
        const auto object = check.object(list->at(i), qAt);
        if (!object)
            continue;
        Question question;
        question.bank = bank;
        question.sourceFile = check.file();
        if (const auto id = check.id(*object, qAt, seen)) {
            question.id = *id;
            if (takenIds.contains(*id))
                check.fail(member(qAt, QStringLiteral("id")),
                           ContentLibrary::tr("id `%1` is already used by a loaded question").arg(*id));
        }
        if (const auto round = check.value(*object, QStringLiteral("round"), qAt))
            question.round =
                check.keyed<RoundKind>(*round, member(qAt, QStringLiteral("round")), ContentLibrary::tr("round"))
                    .value_or(RoundKind::Screen);
        question.prompt = check.text(*object, QStringLiteral("prompt"), qAt).value_or(QString());
        if (const auto focus = check.array(*object, QStringLiteral("focus"), qAt)) {
            for (qsizetype f = 0; f < focus->size(); ++f)
                if (const auto dimension = check.keyed<MatrixDimension>(
                        focus->at(f), item(member(qAt, QStringLiteral("focus")), f), ContentLibrary::tr("dimension")))
                    question.focus.append(*dimension);
        }
        question.timeBoxSeconds = check.whole(*object, QStringLiteral("timeBoxSeconds"), qAt, 1, 24 * 3600).value_or(0);
        if (const auto followUps = check.array(*object, QStringLiteral("followUps"), qAt)) {
            const QString followAt = member(qAt, QStringLiteral("followUps"));
            check.size(*followUps, followAt, 1, std::numeric_limits<qsizetype>::max(),
                       ContentLibrary::tr("follow-ups"));
            question.followUps = check.texts(*followUps, followAt).value_or(QStringList());
        }
        if (const auto examplesValue = check.value(*object, QStringLiteral("examples"), qAt)) {
            const QString exAt = member(qAt, QStringLiteral("examples"));
            if (const auto examples = check.object(*examplesValue, exAt)) {
                question.examples.poor = check.text(*examples, QStringLiteral("poor"), exAt).value_or(QString());
                question.examples.mixed = check.text(*examples, QStringLiteral("mixed"), exAt).value_or(QString());
                question.examples.good = check.text(*examples, QStringLiteral("good"), exAt).value_or(QString());
                question.examples.excellent =
                    check.text(*examples, QStringLiteral("excellent"), exAt).value_or(QString());
            }
        }
        result.append(question);
    }
    if (shipped && check.count() == 0) {
        // The shipped bank promises every round enough questions to run a full loop.
        for (RoundKind round : kAllRounds) {
            const auto count =
                std::count_if(result.cbegin(), result.cend(), [round](const Question& q) { return q.round == round; });
            if (count < ContentLibrary::kMinQuestionsPerRound)
                check.fail(listAt, ContentLibrary::tr("fewer than %1 questions for round `%2`")
                                       .arg(ContentLibrary::kMinQuestionsPerRound)
                                       .arg(key(round)));
        }
    }
    if (check.count() > 0)
        return std::nullopt;
    return result;
}

std::optional<QList<Scenario>> readScenarios(FileChecker& check, const QJsonObject& root, QSet<QString> takenIds)
{
    const QString at = QStringLiteral("$");
    const auto list = check.array(root, QStringLiteral("scenarios"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("scenarios"));
    QList<Scenario> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString sAt = item(listAt, i);
        const auto object = check.object(list->at(i), sAt);
        if (!object)
            continue;
        Scenario scenario;
        scenario.sourceFile = check.file();
        if (const auto id = check.id(*object, sAt, seen)) {
            scenario.id = *id;
            if (takenIds.contains(*id))
                check.fail(member(sAt, QStringLiteral("id")),
                           ContentLibrary::tr("id `%1` is already used by a loaded scenario").arg(*id));
        }
        scenario.title = check.text(*object, QStringLiteral("title"), sAt).value_or(QString());
        scenario.context = check.text(*object, QStringLiteral("context"), sAt).value_or(QString());
        if (const auto budget = check.number(*object, QStringLiteral("quarterlyBudgetUsd"), sAt)) {
            if (*budget <= 0)
                check.fail(member(sAt, QStringLiteral("quarterlyBudgetUsd")),
                           ContentLibrary::tr("budget %1 is not positive").arg(*budget));
            scenario.quarterlyBudgetUsd = *budget;
        }
        if (const auto kpis = check.array(*object, QStringLiteral("kpis"), sAt)) {
            const QString kpisAt = member(sAt, QStringLiteral("kpis"));
            check.size(*kpis, kpisAt, 1, 5, ContentLibrary::tr("KPIs"));
            for (qsizetype k = 0; k < kpis->size(); ++k)
                if (const auto kpi = check.keyed<Kpi>(kpis->at(k), item(kpisAt, k), ContentLibrary::tr("KPI")))
                    scenario.kpis.append(*kpi);
        }
        if (const auto requests = check.array(*object, QStringLiteral("requests"), sAt)) {
            const QString reqsAt = member(sAt, QStringLiteral("requests"));
            check.size(*requests, reqsAt, 3, 4, ContentLibrary::tr("feature requests"));
            QSet<QString> requestIds;
            for (qsizetype r = 0; r < requests->size(); ++r) {
                const QString rAt = item(reqsAt, r);
                const auto requestObject = check.object(requests->at(r), rAt);
                if (!requestObject)
                    continue;
                FeatureRequest request;
                request.id = check.id(*requestObject, rAt, requestIds).value_or(QString());
                request.title = check.text(*requestObject, QStringLiteral("title"), rAt).value_or(QString());
                request.description =
                    check.text(*requestObject, QStringLiteral("description"), rAt).value_or(QString());
                if (const auto cost = check.number(*requestObject, QStringLiteral("estimatedCostUsd"), rAt)) {
                    if (*cost < 0)
                        check.fail(member(rAt, QStringLiteral("estimatedCostUsd")),
                                   ContentLibrary::tr("cost %1 is negative").arg(*cost));
                    request.estimatedCostUsd = *cost;
                }
                if (const auto kpi = check.value(*requestObject, QStringLiteral("suggestedKpi"), rAt))
                    request.suggestedKpi =
                        check.keyed<Kpi>(*kpi, member(rAt, QStringLiteral("suggestedKpi")), ContentLibrary::tr("KPI"))
                            .value_or(Kpi{});
                scenario.requests.append(request);
            }
        }
        result.append(scenario);
    }
    if (check.count() > 0)
        return std::nullopt;
    return result;
}

std::optional<QList<Mistake>> readMistakes(FileChecker& check, const QJsonObject& root)
{
    const QString at = QStringLiteral("$");
    const auto list = check.array(root, QStringLiteral("mistakes"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("mistakes"));
    QList<Mistake> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString mAt = item(listAt, i);
        const auto object = check.object(list->at(i), mAt);
        if (!object)
            continue;
        Mistake mistake;
        mistake.id = check.id(*object, mAt, seen).value_or(QString());
        mistake.title = check.text(*object, QStringLiteral("title"), mAt).value_or(QString());
        mistake.bad = check.text(*object, QStringLiteral("bad"), mAt).value_or(QString());
        mistake.good = check.text(*object, QStringLiteral("good"), mAt).value_or(QString());
        mistake.explanation = check.text(*object, QStringLiteral("explanation"), mAt).value_or(QString());
        // maxScore may be left out: the mistake costs its criterion's weight and caps nothing.
        if (object->contains(QStringLiteral("maxScore")))
            mistake.maxScore = check.whole(*object, QStringLiteral("maxScore"), mAt, 0, 100).value_or(100);
        if (const auto detectValue = check.value(*object, QStringLiteral("detect"), mAt)) {
            const QString dAt = member(mAt, QStringLiteral("detect"));
            if (const auto detect = check.object(*detectValue, dAt)) {
                if (const auto anyOf = check.array(*detect, QStringLiteral("anyOf"), dAt)) {
                    check.size(*anyOf, member(dAt, QStringLiteral("anyOf")), 1, std::numeric_limits<qsizetype>::max(),
                               ContentLibrary::tr("patterns"));
                    mistake.detect.anyOf =
                        check.patterns(*anyOf, member(dAt, QStringLiteral("anyOf"))).value_or(QStringList());
                }
                // unlessAnyOf and rounds may be left out: nothing excuses the mistake, every round.
                if (detect->contains(QStringLiteral("unlessAnyOf"))) {
                    if (const auto unless = check.array(*detect, QStringLiteral("unlessAnyOf"), dAt))
                        mistake.detect.unlessAnyOf =
                            check.patterns(*unless, member(dAt, QStringLiteral("unlessAnyOf"))).value_or(QStringList());
                }
                if (detect->contains(QStringLiteral("rounds"))) {
                    if (const auto rounds = check.array(*detect, QStringLiteral("rounds"), dAt)) {
                        for (qsizetype r = 0; r < rounds->size(); ++r)
                            if (const auto round = check.keyed<RoundKind>(
                                    rounds->at(r), item(member(dAt, QStringLiteral("rounds")), r),
                                    ContentLibrary::tr("round")))
                                mistake.detect.rounds.append(*round);
                    }
                }
            }
        }
        result.append(mistake);
    }
    if (check.count() > 0)
        return std::nullopt;
    return result;
}

std::optional<CoachLexicon> readCoach(FileChecker& check, const QJsonObject& root)
{
    const QString at = QStringLiteral("$");
    CoachLexicon coach;
    const auto words = [&](const QString& name) {
        QStringList result;
        if (const auto list = check.array(root, name, at)) {
            check.size(*list, member(at, name), 1, std::numeric_limits<qsizetype>::max(),
                       ContentLibrary::tr("entries"));
            result = check.texts(*list, member(at, name)).value_or(QStringList());
        }
        return result;
    };
    coach.kpiWords = words(QStringLiteral("kpiWords"));
    coach.teamWords = words(QStringLiteral("teamWords"));
    if (const auto list = check.array(root, QStringLiteral("proposalPatterns"), at)) {
        check.size(*list, member(at, QStringLiteral("proposalPatterns")), 1, std::numeric_limits<qsizetype>::max(),
                   ContentLibrary::tr("patterns"));
        coach.proposalPatterns =
            check.patterns(*list, member(at, QStringLiteral("proposalPatterns"))).value_or(QStringList());
    }
    if (const auto weightsValue = check.value(root, QStringLiteral("weights"), at)) {
        const QString wAt = member(at, QStringLiteral("weights"));
        if (const auto weights = check.object(*weightsValue, wAt)) {
            const auto weight = [&](const QString& name, int& out) {
                if (const auto value = check.whole(*weights, name, wAt, 0, 100))
                    out = *value;
            };
            weight(QStringLiteral("quantified"), coach.weights.quantified);
            weight(QStringLiteral("kpi"), coach.weights.kpi);
            weight(QStringLiteral("teams"), coach.weights.teams);
            weight(QStringLiteral("proposal"), coach.weights.proposal);
            weight(QStringLiteral("noMistakes"), coach.weights.noMistakes);
            const int sum = coach.weights.quantified + coach.weights.kpi + coach.weights.teams +
                            coach.weights.proposal + coach.weights.noMistakes;
            if (check.count() == 0 && sum != 100)
                check.fail(wAt, ContentLibrary::tr("weights sum to %1, expected 100").arg(sum));
        }
    }
    // shortAnswer may be left out: no length cap.
    if (root.contains(QStringLiteral("shortAnswer"))) {
        const QString sAt = member(at, QStringLiteral("shortAnswer"));
        if (const auto cap = check.object(root.value(QStringLiteral("shortAnswer")), sAt)) {
            if (const auto words = check.whole(*cap, QStringLiteral("minWords"), sAt, 0, 10000))
                coach.shortAnswer.minWords = *words;
            if (const auto score = check.whole(*cap, QStringLiteral("maxScore"), sAt, 0, 100))
                coach.shortAnswer.maxScore = *score;
        }
    }
    if (check.count() > 0)
        return std::nullopt;
    return coach;
}

// Every round needs at least one item, so the loop planner never shows a round with nothing to prepare.
std::optional<QList<ChecklistItem>> readChecklist(FileChecker& check, const QJsonObject& root)
{
    const QString at = QStringLiteral("$");
    const auto list = check.array(root, QStringLiteral("items"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("items"));
    QList<ChecklistItem> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString iAt = item(listAt, i);
        const auto object = check.object(list->at(i), iAt);
        if (!object)
            continue;
        ChecklistItem entry;
        entry.id = check.id(*object, iAt, seen).value_or(QString());
        if (const auto round = check.value(*object, QStringLiteral("round"), iAt))
            entry.round =
                check.keyed<RoundKind>(*round, member(iAt, QStringLiteral("round")), ContentLibrary::tr("round"))
                    .value_or(RoundKind::Screen);
        entry.text = check.text(*object, QStringLiteral("text"), iAt).value_or(QString());
        result.append(entry);
    }
    if (check.count() == 0) {
        for (RoundKind round : kAllRounds) {
            if (std::none_of(result.cbegin(), result.cend(),
                             [round](const ChecklistItem& entry) { return entry.round == round; }))
                check.fail(listAt, ContentLibrary::tr("no item for round `%1`").arg(key(round)));
        }
    }
    if (check.count() > 0)
        return std::nullopt;
    return result;
}

// ---- Translation files (SCHEMA.md "Translations"): only the texts, keyed by the English ids. ----

// `parent[key]` as an object; "missing" or "expected an object" otherwise.
std::optional<QJsonObject> keyedObject(FileChecker& check, const QJsonObject& parent, const QString& key,
                                       const QString& at)
{
    const auto found = check.value(parent, key, at);
    if (!found)
        return std::nullopt;
    return check.object(*found, member(at, key));
}

// Every key of `object` must name an entry of the English file: a misspelt id would hide a text.
void rejectUnknown(FileChecker& check, const QJsonObject& object, const QStringList& known, const QString& at,
                   const QString& what)
{
    for (const QString& name : object.keys())
        if (!known.contains(name))
            check.fail(member(at, name), ContentLibrary::tr("unknown %1 id").arg(what));
}

// Replaces `target` with object[key] when that is a non-empty string; reports it otherwise.
void overlayText(FileChecker& check, const QJsonObject& object, const QString& key, const QString& at, QString& target)
{
    if (const auto text = check.text(object, key, at))
        target = *text;
}

// The envelope of a translation file: kind `translation`, version 1, its language and the file it translates.
bool translationHeader(FileChecker& check, const QJsonObject& root, const QString& language, const QString& of)
{
    const QString at = QStringLiteral("$");
    const auto expect = [&](const QString& name, const QString& wanted) {
        if (const auto found = check.text(root, name, at); found && *found != wanted)
            check.fail(member(at, name), ContentLibrary::tr("expected `%1`, found `%2`").arg(wanted, *found));
    };
    expect(QStringLiteral("language"), language);
    expect(QStringLiteral("of"), of);
    return check.count() == 0;
}

std::optional<QList<Question>> translateQuestions(FileChecker& check, const QJsonObject& root, QList<Question> questions)
{
    const QString at = QStringLiteral("$");
    const auto list = keyedObject(check, root, QStringLiteral("questions"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("questions"));
    QStringList ids;
    for (Question& question : questions) {
        ids.append(question.id);
        const auto entry = keyedObject(check, *list, question.id, listAt);
        if (!entry)
            continue;
        const QString qAt = member(listAt, question.id);
        overlayText(check, *entry, QStringLiteral("prompt"), qAt, question.prompt);
        if (const auto followUps = check.array(*entry, QStringLiteral("followUps"), qAt)) {
            const QString followAt = member(qAt, QStringLiteral("followUps"));
            if (check.size(*followUps, followAt, question.followUps.size(), question.followUps.size(),
                           ContentLibrary::tr("follow-ups")))
                question.followUps = check.texts(*followUps, followAt).value_or(question.followUps);
        }
        if (const auto examples = keyedObject(check, *entry, QStringLiteral("examples"), qAt)) {
            const QString exAt = member(qAt, QStringLiteral("examples"));
            overlayText(check, *examples, QStringLiteral("poor"), exAt, question.examples.poor);
            overlayText(check, *examples, QStringLiteral("mixed"), exAt, question.examples.mixed);
            overlayText(check, *examples, QStringLiteral("good"), exAt, question.examples.good);
            overlayText(check, *examples, QStringLiteral("excellent"), exAt, question.examples.excellent);
        }
    }
    rejectUnknown(check, *list, ids, listAt, ContentLibrary::tr("question"));
    if (check.count() > 0)
        return std::nullopt;
    return questions;
}

std::optional<MaturityMatrixText> translateMatrix(FileChecker& check, const QJsonObject& root, MaturityMatrixText matrix)
{
    const QString at = QStringLiteral("$");
    const auto list = keyedObject(check, root, QStringLiteral("dimensions"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("dimensions"));
    QStringList ids;
    for (MatrixDimensionText& dimension : matrix.dimensions) {
        const QString id = key(dimension.dimension);
        ids.append(id);
        const auto entry = keyedObject(check, *list, id, listAt);
        if (!entry)
            continue;
        const QString dimAt = member(listAt, id);
        overlayText(check, *entry, QStringLiteral("name"), dimAt, dimension.name);
        overlayText(check, *entry, QStringLiteral("summary"), dimAt, dimension.summary);
        const auto levels = keyedObject(check, *entry, QStringLiteral("levels"), dimAt);
        if (!levels)
            continue;
        const QString levelsAt = member(dimAt, QStringLiteral("levels"));
        QStringList numbers;
        for (MatrixLevelText& level : dimension.levels) {
            const QString number = QString::number(level.level);
            numbers.append(number);
            if (const auto levelEntry = keyedObject(check, *levels, number, levelsAt)) {
                overlayText(check, *levelEntry, QStringLiteral("title"), member(levelsAt, number), level.title);
                overlayText(check, *levelEntry, QStringLiteral("descriptor"), member(levelsAt, number),
                            level.descriptor);
            }
        }
        rejectUnknown(check, *levels, numbers, levelsAt, ContentLibrary::tr("level"));
    }
    rejectUnknown(check, *list, ids, listAt, ContentLibrary::tr("dimension"));
    if (check.count() > 0)
        return std::nullopt;
    return matrix;
}

std::optional<Scales> translateScales(FileChecker& check, const QJsonObject& root, Scales scales)
{
    const QString at = QStringLiteral("$");
    const auto steps = [&](const QString& name, QList<ScaleStep>& list) {
        const auto object = keyedObject(check, root, name, at);
        if (!object)
            return;
        const QString listAt = member(at, name);
        QStringList numbers;
        for (ScaleStep& step : list) {
            const QString number = QString::number(step.score);
            numbers.append(number);
            if (const auto entry = keyedObject(check, *object, number, listAt)) {
                overlayText(check, *entry, QStringLiteral("title"), member(listAt, number), step.title);
                overlayText(check, *entry, QStringLiteral("descriptor"), member(listAt, number), step.descriptor);
            }
        }
        rejectUnknown(check, *object, numbers, listAt, ContentLibrary::tr("score"));
    };
    steps(QStringLiteral("depth"), scales.depth);
    steps(QStringLiteral("vision"), scales.vision);
    if (const auto evidence = keyedObject(check, root, QStringLiteral("evidence"), at)) {
        const QString listAt = member(at, QStringLiteral("evidence"));
        QStringList ids;
        for (EvidenceItem& item : scales.evidence) {
            const QString id = key(item.flag);
            ids.append(id);
            if (const auto entry = keyedObject(check, *evidence, id, listAt)) {
                overlayText(check, *entry, QStringLiteral("label"), member(listAt, id), item.label);
                overlayText(check, *entry, QStringLiteral("hint"), member(listAt, id), item.hint);
            }
        }
        rejectUnknown(check, *evidence, ids, listAt, ContentLibrary::tr("evidence"));
    }
    if (check.count() > 0)
        return std::nullopt;
    return scales;
}

std::optional<QList<Scenario>> translateScenarios(FileChecker& check, const QJsonObject& root, QList<Scenario> scenarios)
{
    const QString at = QStringLiteral("$");
    const auto list = keyedObject(check, root, QStringLiteral("scenarios"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("scenarios"));
    QStringList ids;
    for (Scenario& scenario : scenarios) {
        ids.append(scenario.id);
        const auto entry = keyedObject(check, *list, scenario.id, listAt);
        if (!entry)
            continue;
        const QString sAt = member(listAt, scenario.id);
        overlayText(check, *entry, QStringLiteral("title"), sAt, scenario.title);
        overlayText(check, *entry, QStringLiteral("context"), sAt, scenario.context);
        const auto requests = keyedObject(check, *entry, QStringLiteral("requests"), sAt);
        if (!requests)
            continue;
        const QString reqsAt = member(sAt, QStringLiteral("requests"));
        QStringList requestIds;
        for (FeatureRequest& request : scenario.requests) {
            requestIds.append(request.id);
            if (const auto requestEntry = keyedObject(check, *requests, request.id, reqsAt)) {
                const QString rAt = member(reqsAt, request.id);
                overlayText(check, *requestEntry, QStringLiteral("title"), rAt, request.title);
                overlayText(check, *requestEntry, QStringLiteral("description"), rAt, request.description);
            }
        }
        rejectUnknown(check, *requests, requestIds, reqsAt, ContentLibrary::tr("request"));
    }
    rejectUnknown(check, *list, ids, listAt, ContentLibrary::tr("scenario"));
    if (check.count() > 0)
        return std::nullopt;
    return scenarios;
}

std::optional<QList<Mistake>> translateMistakes(FileChecker& check, const QJsonObject& root, QList<Mistake> mistakes)
{
    const QString at = QStringLiteral("$");
    const auto list = keyedObject(check, root, QStringLiteral("mistakes"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("mistakes"));
    QStringList ids;
    for (Mistake& mistake : mistakes) {
        ids.append(mistake.id);
        if (const auto entry = keyedObject(check, *list, mistake.id, listAt)) {
            const QString mAt = member(listAt, mistake.id);
            overlayText(check, *entry, QStringLiteral("title"), mAt, mistake.title);
            overlayText(check, *entry, QStringLiteral("bad"), mAt, mistake.bad);
            overlayText(check, *entry, QStringLiteral("good"), mAt, mistake.good);
            overlayText(check, *entry, QStringLiteral("explanation"), mAt, mistake.explanation);
        }
    }
    rejectUnknown(check, *list, ids, listAt, ContentLibrary::tr("mistake"));
    if (check.count() > 0)
        return std::nullopt;
    return mistakes;
}

std::optional<QList<ChecklistItem>> translateChecklist(FileChecker& check, const QJsonObject& root,
                                                       QList<ChecklistItem> items)
{
    const QString at = QStringLiteral("$");
    const auto list = keyedObject(check, root, QStringLiteral("items"), at);
    if (!list)
        return std::nullopt;
    const QString listAt = member(at, QStringLiteral("items"));
    QStringList ids;
    for (ChecklistItem& entry : items) {
        ids.append(entry.id);
        if (const auto object = keyedObject(check, *list, entry.id, listAt))
            overlayText(check, *object, QStringLiteral("text"), member(listAt, entry.id), entry.text);
    }
    rejectUnknown(check, *list, ids, listAt, ContentLibrary::tr("checklist item"));
    if (check.count() > 0)
        return std::nullopt;
    return items;
}

// Puts the entries of `translated` in place of those of `list` with the same id (a user's have none there).
template <typename Entry> void replaceById(QList<Entry>& list, const QList<Entry>& translated)
{
    for (Entry& entry : list) {
        const auto found = std::find_if(translated.cbegin(), translated.cend(),
                                        [&](const Entry& candidate) { return candidate.id == entry.id; });
        if (found != translated.cend())
            entry = *found;
    }
}

QSet<QString> idsOf(const auto& list)
{
    QSet<QString> ids;
    for (const auto& entry : list)
        ids.insert(entry.id);
    return ids;
}

}  // namespace

bool ContentLibrary::loadShipped(const QString& folder)
{
    const qsizetype errorsBefore = m_errors.size();
    const QString wanted = m_language;  // a language chosen before (or for the files loaded before)
    const auto load = [&](const QString& name, const QString& kind, auto read) {
        const QString path = QDir(folder).filePath(name);
        FileChecker check(path, m_errors);
        if (const auto root = openContent(check, path, nullptr, kind))
            read(check, *root);
    };
    load(QStringLiteral("matrix.json"), QStringLiteral("matrix"), [this](FileChecker& check, const QJsonObject& root) {
        if (auto matrix = readMatrix(check, root))
            m_matrix = *matrix;
    });
    load(QStringLiteral("scales.json"), QStringLiteral("scales"), [this](FileChecker& check, const QJsonObject& root) {
        if (auto scales = readScales(check, root))
            m_scales = *scales;
    });
    load(QStringLiteral("questions.json"), QStringLiteral("questions"),
         [this](FileChecker& check, const QJsonObject& root) {
             if (auto questions = readQuestions(check, root, {}, true))
                 m_questions = *questions + m_questions;
         });
    load(QStringLiteral("scenarios.json"), QStringLiteral("scenarios"),
         [this](FileChecker& check, const QJsonObject& root) {
             if (auto scenarios = readScenarios(check, root, {}))
                 m_scenarios = *scenarios + m_scenarios;
         });
    load(QStringLiteral("mistakes.json"), QStringLiteral("mistakes"),
         [this](FileChecker& check, const QJsonObject& root) {
             if (auto mistakes = readMistakes(check, root))
                 m_mistakes = *mistakes;
         });
    load(QStringLiteral("coach.json"), QStringLiteral("coach"), [this](FileChecker& check, const QJsonObject& root) {
        if (auto coach = readCoach(check, root))
            m_coach = *coach;
    });
    load(QStringLiteral("checklist.json"), QStringLiteral("checklist"),
         [this](FileChecker& check, const QJsonObject& root) {
             if (auto checklist = readChecklist(check, root))
                 m_checklist = *checklist;
         });
    m_folder = folder;
    m_language = QStringLiteral("en");
    m_english = {m_matrix, m_scales, {}, {}, m_mistakes, m_checklist};
    for (const Question& question : std::as_const(m_questions))
        if (question.sourceFile == QDir(folder).filePath(QStringLiteral("questions.json")))
            m_english.questions.append(question);
    for (const Scenario& scenario : std::as_const(m_scenarios))
        if (scenario.sourceFile == QDir(folder).filePath(QStringLiteral("scenarios.json")))
            m_english.scenarios.append(scenario);
    m_shippedLoaded = true;
    bool good = m_errors.size() == errorsBefore;
    if (wanted != QLatin1String("en"))
        good = setLanguage(wanted) && good;
    return good;
}

QStringList ContentLibrary::translatedFiles()
{
    return {QStringLiteral("questions"), QStringLiteral("matrix"),   QStringLiteral("scales"),
            QStringLiteral("scenarios"), QStringLiteral("mistakes"), QStringLiteral("checklist")};
}

bool ContentLibrary::setLanguage(const QString& language)
{
    const bool english = language.isEmpty() || language == QLatin1String("en");
    if (!m_shippedLoaded) {
        // Nothing to translate yet (the English texts would be blanked): loadShipped() applies it.
        m_language = english ? QStringLiteral("en") : language;
        return true;
    }
    ShippedTexts texts = m_english;
    const qsizetype errorsBefore = m_errors.size();
    const auto load = [&](const QString& name, auto translate) {
        const QString path = QDir(m_folder).filePath(language + QLatin1Char('/') + name + QStringLiteral(".json"));
        FileChecker check(path, m_errors);
        if (const auto root = openContent(check, path, nullptr, QStringLiteral("translation")))
            if (translationHeader(check, *root, language, name))
                translate(check, *root);
    };
    if (!english) {
        load(QStringLiteral("questions"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateQuestions(check, root, texts.questions))
                texts.questions = *translated;
        });
        load(QStringLiteral("matrix"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateMatrix(check, root, texts.matrix))
                texts.matrix = *translated;
        });
        load(QStringLiteral("scales"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateScales(check, root, texts.scales))
                texts.scales = *translated;
        });
        load(QStringLiteral("scenarios"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateScenarios(check, root, texts.scenarios))
                texts.scenarios = *translated;
        });
        load(QStringLiteral("mistakes"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateMistakes(check, root, texts.mistakes))
                texts.mistakes = *translated;
        });
        load(QStringLiteral("checklist"), [&](FileChecker& check, const QJsonObject& root) {
            if (auto translated = translateChecklist(check, root, texts.checklist))
                texts.checklist = *translated;
        });
    }
    m_matrix = texts.matrix;
    m_scales = texts.scales;
    m_mistakes = texts.mistakes;
    m_checklist = texts.checklist;
    replaceById(m_questions, texts.questions);
    replaceById(m_scenarios, texts.scenarios);
    m_language = english ? QStringLiteral("en") : language;
    return m_errors.size() == errorsBefore;
}

bool ContentLibrary::loadUserFile(const QString& path)
{
    FileChecker check(path, m_errors);
    QString kind;
    const auto root = openContent(check, path, &kind, QString());
    if (!root)
        return false;
    if (kind == QLatin1String("questions")) {
        if (auto questions = readQuestions(check, *root, idsOf(m_questions), false)) {
            m_questions += *questions;
            return true;
        }
        return false;
    }
    if (kind == QLatin1String("scenarios")) {
        if (auto scenarios = readScenarios(check, *root, idsOf(m_scenarios))) {
            m_scenarios += *scenarios;
            return true;
        }
        return false;
    }
    check.fail(QStringLiteral("$.kind"),
               ContentLibrary::tr("kind `%1` cannot be added by a user (only `questions` and `scenarios`)").arg(kind));
    return false;
}

int ContentLibrary::loadUserFolder(const QString& folder)
{
    int accepted = 0;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        accepted += loadUserFile(dir.filePath(name)) ? 1 : 0;
    return accepted;
}

VerdictGrid ContentLibrary::verdictGrid() const
{
    return VerdictGrid(m_scales.verdictGrid, m_scales.visionCapWithoutEvidence);
}

QList<Question> ContentLibrary::questions(RoundKind round) const
{
    QList<Question> result;
    for (const Question& question : m_questions)
        if (question.round == round)
            result.append(question);
    return result;
}

const Question* ContentLibrary::question(const QString& id) const
{
    for (const Question& question : m_questions)
        if (question.id == id)
            return &question;
    return nullptr;
}

QList<ChecklistItem> ContentLibrary::checklist(RoundKind round) const
{
    QList<ChecklistItem> items;
    for (const ChecklistItem& entry : m_checklist) {
        if (entry.round == round)
            items.append(entry);
    }
    return items;
}

const Scenario* ContentLibrary::scenario(const QString& id) const
{
    for (const Scenario& scenario : m_scenarios)
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

}  // namespace debrief::interview

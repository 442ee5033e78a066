#include "scorecardexchange.h"

#include "database.h"
#include "scorecardrejected.h"
#include "sessionstore.h"
#include "storageerror.h"

#include "interview/contentlibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

constexpr const char* kFormat = "debrief-scorecard";
constexpr const char* kSessionFormat = "debrief-session";

// The translation context of every message about an exchange file (lupdate files a free tr()
// wrapper under the enclosing namespace, which the running code never asked for).
class ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(debrief::storage::ScorecardExchange)
};

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return ExchangeText::tr("null");
    case QJsonValue::Bool: return ExchangeText::tr("a boolean");
    case QJsonValue::Double: return ExchangeText::tr("a number");
    case QJsonValue::String: return ExchangeText::tr("a string");
    case QJsonValue::Array: return ExchangeText::tr("an array");
    case QJsonValue::Object: return ExchangeText::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ExchangeText::tr("nothing");
}

// A number as the file wrote it (1.0000000001 stays that, not the "1" of six digits).
QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

using Limits = ScorecardExchange::Limits;

// A value quoted in a message: a megabyte of name must not become a megabyte of error.
QString excerpt(const QString& value)
{
    constexpr int kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QChar(0x2026);
}

// The first control character a text may not hold, or -1. Tabs and line breaks are allowed: names are
// read with their whitespace simplified, and the longer texts keep theirs.
qsizetype forbiddenCharacter(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        if (control && c != u'\n' && c != u'\t' && c != u'\r')
            return i;
    }
    return -1;
}

// Reads typed fields and collects every problem with its JSON path instead of stopping at the first.
class FieldReader {
public:
    QList<ScorecardRejected::Issue> issues;

    void fail(const QString& path, const QString& message) { issues << ScorecardRejected::Issue{path, message}; }

    std::optional<QString> text(const QJsonObject& object, const QString& path, const char* name, bool required,
                                int maxChars)
    {
        return text(object.value(QLatin1String(name)), path + QLatin1Char('.') + QLatin1String(name), required,
                    maxChars);
    }

    std::optional<QString> text(const QJsonValue& value, const QString& at, bool required, int maxChars)
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(at, ExchangeText::tr("missing"));
            return required ? std::nullopt : std::optional<QString>(QString());
        }
        if (!value.isString()) {
            fail(at, ExchangeText::tr("expected a string, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        const QString string = value.toString();
        if (string.size() > maxChars) {
            fail(at, ExchangeText::tr("%1 characters, more than the %2 allowed").arg(string.size()).arg(maxChars));
            return std::nullopt;
        }
        if (const qsizetype bad = forbiddenCharacter(string); bad >= 0) {
            fail(at, ExchangeText::tr("control character U+%1 at character %2")
                         .arg(uint(string.at(bad).unicode()), 4, 16, QLatin1Char('0'))
                         .arg(bad + 1));
            return std::nullopt;
        }
        if (required && string.trimmed().isEmpty()) {
            fail(at, ExchangeText::tr("missing"));
            return std::nullopt;
        }
        return string;
    }

    // An integer in [min, max]; null/absent gives `absent` when allowed.
    std::optional<int> integer(const QJsonValue& value, const QString& at, int min, int max,
                               std::optional<int> absent = std::nullopt)
    {
        if (value.isUndefined() || value.isNull()) {
            if (!absent)
                fail(at, ExchangeText::tr("missing"));
            return absent;
        }
        if (!value.isDouble()) {
            fail(at, ExchangeText::tr("expected an integer, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        if (std::floor(value.toDouble()) != value.toDouble()) {
            fail(at, ExchangeText::tr("expected an integer, found %1").arg(numberText(value.toDouble())));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (number < min || number > max) {
            fail(at, ExchangeText::tr("%1 is out of range (%2-%3)").arg(number).arg(min).arg(max));
            return std::nullopt;
        }
        return int(number);
    }

    template <typename Enum> std::optional<Enum> keyed(const QJsonValue& value, const QString& at, const char* what)
    {
        if (!value.isString()) {
            fail(at, value.isUndefined() ? ExchangeText::tr("missing")
                                         : ExchangeText::tr("expected a string, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        Enum result{};
        if (!fromKey(value.toString(), result)) {
            fail(at, ExchangeText::tr("unknown %1 `%2`").arg(ExchangeText::tr(what), excerpt(value.toString())));
            return std::nullopt;
        }
        return result;
    }

    // An array of at most `maxItems` (a longer one is refused whole, so nothing reads its items).
    QJsonArray array(const QJsonObject& object, const QString& path, const char* name, int maxItems)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        const QString at = path + QLatin1Char('.') + QLatin1String(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(at, ExchangeText::tr("expected an array, found %1").arg(typeName(value)));
            return {};
        }
        const QJsonArray items = value.toArray();
        if (items.size() > maxItems) {
            fail(at, ExchangeText::tr("%1 items, more than the %2 allowed").arg(items.size()).arg(maxItems));
            return {};
        }
        return items;
    }

    QJsonObject object(const QJsonValue& value, const QString& at, bool required)
    {
        if ((value.isUndefined() || value.isNull()) && !required)
            return {};
        if (!value.isObject())
            fail(at, value.isUndefined() ? ExchangeText::tr("missing")
                                         : ExchangeText::tr("expected an object, found %1").arg(typeName(value)));
        return value.toObject();
    }
};

using ParsedAnswer = ScorecardExchange::ScoredAnswer;
using ParsedScorecard = ScorecardExchange::Scorecard;

QString indexed(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

void readMatrix(FieldReader& reader, const QJsonObject& levels, const QString& path, QMap<MatrixDimension, int>& out)
{
    for (auto entry = levels.constBegin(); entry != levels.constEnd(); ++entry) {
        const QString at = path + QLatin1Char('.') + excerpt(entry.key());
        MatrixDimension dimension{};
        if (!fromKey(entry.key(), dimension)) {
            reader.fail(at, ExchangeText::tr("unknown dimension `%1`").arg(excerpt(entry.key())));
            continue;
        }
        if (const auto level = reader.integer(entry.value(), at, kMatrixMinLevel, kMatrixMaxLevel))
            out.insert(dimension, *level);
    }
}

// The root object of an exchange file of `format` at this build's version, or ScorecardRejected.
QJsonObject readRoot(const QByteArray& json, const QString& file, const char* format, const QString& what)
{
    if (json.size() > Limits::fileBytes)
        throw ScorecardRejected(file, {{QStringLiteral("$"), ExchangeText::tr("%1 bytes, more than the %2 allowed")
                                                                 .arg(json.size())
                                                                 .arg(Limits::fileBytes)}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw ScorecardRejected(
            file,
            {{QStringLiteral("$"),
              parseError.error != QJsonParseError::NoError
                  ? ExchangeText::tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
                  : ExchangeText::tr("expected an object")}});
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(format))
        throw ScorecardRejected(
            file, {{QStringLiteral("$.format"),
                    ExchangeText::tr("not a Debrief Studio %1 (expected \"%2\")").arg(what, QLatin1String(format))}});
    // An integer first: 1.0000000001 is not version 1, and must not read as "unknown version 1".
    FieldReader versionReader;
    const auto version = versionReader.integer(root.value(QLatin1String("version")), QStringLiteral("$.version"),
                                               std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!versionReader.issues.isEmpty())
        throw ScorecardRejected(file, versionReader.issues);
    if (*version != ScorecardExchange::kVersion)
        throw ScorecardRejected(
            file, {{QStringLiteral("$.version"), ExchangeText::tr("unknown version %1 (this build reads version %2)")
                                                     .arg(*version)
                                                     .arg(ScorecardExchange::kVersion)}});
    return root;
}

// The "session" object both file kinds start with: who, when, which mode and rounds.
void readSessionHeader(FieldReader& reader, const QJsonObject& root, ScorecardExchange::Rules rules,
                       ParsedScorecard& card)
{
    const QJsonObject session = reader.object(root.value(QLatin1String("session")), QStringLiteral("$.session"), true);
    // Names are matched as written: "Dana Okafor " must be the same scorer as "Dana Okafor".
    card.candidate =
        reader.text(session, QStringLiteral("$.session"), "candidate", true, Limits::nameChars).value_or(QString()).simplified();
    if (const auto started = reader.text(session, QStringLiteral("$.session"), "startedAt", true, Limits::nameChars)) {
        const QDateTime written = QDateTime::fromString(*started, Qt::ISODateWithMs);
        if (!written.isValid())
            reader.fail(QStringLiteral("$.session.startedAt"),
                        ExchangeText::tr("`%1` is not an ISO 8601 date-time").arg(*started));
        // Without a zone it would be read in this machine's time zone and miss the session by hours.
        else if (written.timeSpec() == Qt::LocalTime && rules == ScorecardExchange::Rules::Import)
            reader.fail(QStringLiteral("$.session.startedAt"),
                        ExchangeText::tr("`%1` has no time zone: end it with \"Z\" (UTC) or an offset such as "
                                         "\"+01:00\"")
                            .arg(*started));
        else
            card.startedAt = written.toUTC();
    }
    if (const auto mode =
            reader.keyed<SessionMode>(session.value(QLatin1String("mode")), QStringLiteral("$.session.mode"),
                                      QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "mode")))
        card.mode = *mode;
    const QJsonArray rounds = reader.array(session, QStringLiteral("$.session"), "rounds", Limits::rounds);
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        if (const auto round =
                reader.keyed<RoundKind>(rounds.at(i), indexed(QStringLiteral("$.session.rounds"), i),
                                        QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "round")))
            card.rounds << *round;
    }
}

// With the content loaded, an id must name one of its questions (or scenarios).
void checkQuestion(FieldReader& reader, const interview::ContentLibrary* content, const QString& id, const QString& at)
{
    if (content && !id.isEmpty() && !content->question(id))
        reader.fail(at, ExchangeText::tr("unknown question `%1`: not in this studio's question bank").arg(excerpt(id)));
}

ParsedScorecard parseScorecard(const QByteArray& json, const QString& file, ScorecardExchange::Rules rules,
                               const interview::ContentLibrary* content)
{
    FieldReader reader;
    ParsedScorecard card;
    const QJsonObject root = readRoot(json, file, kFormat, ExchangeText::tr("scorecard"));
    readSessionHeader(reader, root, rules, card);
    card.interviewer =
        reader.text(root, QStringLiteral("$"), "interviewer", true, Limits::nameChars).value_or(QString()).simplified();

    // (round, question id) pairs already read: a second score for one is refused, in linear time.
    QSet<QString> seen;
    const QJsonArray answers = reader.array(root, QStringLiteral("$"), "answers", Limits::answers);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString at = indexed(QStringLiteral("$.answers"), i);
        const QJsonObject answer = reader.object(answers.at(i), at, true);
        ParsedAnswer parsed;
        parsed.questionId = reader.text(answer, at, "questionId", true, Limits::idChars).value_or(QString());
        checkQuestion(reader, content, parsed.questionId, at + QStringLiteral(".questionId"));
        const auto round = reader.keyed<RoundKind>(answer.value(QLatin1String("round")), at + QStringLiteral(".round"),
                                                   QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "round"));
        if (round) {
            parsed.round = *round;
            if (!card.rounds.contains(*round))
                reader.fail(at + QStringLiteral(".round"),
                            ExchangeText::tr("round `%1` is not one of the session's rounds").arg(key(*round)));
        }
        const auto depth =
            reader.integer(answer.value(QLatin1String("depth")), at + QStringLiteral(".depth"), kTagMin, kTagMax);
        const auto vision =
            reader.integer(answer.value(QLatin1String("vision")), at + QStringLiteral(".vision"), kTagMin, kTagMax);
        const QJsonArray evidence = reader.array(answer, at, "evidence", Limits::evidence);
        for (qsizetype e = 0; e < evidence.size(); ++e) {
            if (const auto item = reader.keyed<VisionEvidence>(
                    evidence.at(e), indexed(at + QStringLiteral(".evidence"), e),
                    QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "evidence id")))
                parsed.score.evidence |= std::uint8_t(*item);
        }
        parsed.score.justification =
            reader.text(answer, at, "justification", false, Limits::justificationChars).value_or(QString());
        const QJsonValue submitted = answer.value(QLatin1String("submitted"));
        if (!submitted.isUndefined() && !submitted.isBool())
            reader.fail(at + QStringLiteral(".submitted"),
                        ExchangeText::tr("expected a boolean, found %1").arg(typeName(submitted)));
        parsed.score.submitted = submitted.toBool(true);
        parsed.score.interviewer = card.interviewer;
        parsed.score.depth = depth.value_or(0);
        parsed.score.vision = vision.value_or(0);
        // The Vision cap's rule (domain.md): above 2 only with evidence and a written reason.
        if (vision && *vision > 2 && parsed.score.evidence == 0 && evidence.isEmpty())
            reader.fail(
                at + QStringLiteral(".evidence"),
                ExchangeText::tr("missing justification: Vision %1 needs at least one evidence item").arg(*vision));
        if (vision && *vision > 2 && parsed.score.justification.trimmed().isEmpty())
            reader.fail(at + QStringLiteral(".justification"),
                        ExchangeText::tr("missing justification: Vision %1 needs a written reason").arg(*vision));
        if (round && !parsed.questionId.isEmpty()) {
            const QString pair = key(*round) + QLatin1Char('/') + parsed.questionId;
            if (seen.contains(pair))
                reader.fail(at, ExchangeText::tr("a second score for `%1` in round `%2`")
                                    .arg(excerpt(parsed.questionId), key(*round)));
            seen.insert(pair);
        }
        card.answers << parsed;
    }

    const QJsonObject matrix = reader.object(root.value(QLatin1String("matrix")), QStringLiteral("$.matrix"), false);
    readMatrix(reader, reader.object(matrix.value(QLatin1String("self")), QStringLiteral("$.matrix.self"), false),
               QStringLiteral("$.matrix.self"), card.matrix.self);
    readMatrix(reader,
               reader.object(matrix.value(QLatin1String("interviewer")), QStringLiteral("$.matrix.interviewer"), false),
               QStringLiteral("$.matrix.interviewer"), card.matrix.interviewer);

    const QJsonValue designValue = root.value(QLatin1String("design"));
    if (!designValue.isUndefined() && !designValue.isNull()) {
        const QJsonObject design = reader.object(designValue, QStringLiteral("$.design"), true);
        DesignRound round;
        round.scenarioId =
            reader.text(design, QStringLiteral("$.design"), "scenarioId", true, Limits::idChars).value_or(QString());
        if (content && !round.scenarioId.isEmpty() && !content->scenario(round.scenarioId))
            reader.fail(QStringLiteral("$.design.scenarioId"),
                        ExchangeText::tr("unknown scenario `%1`: not in this studio's scenarios")
                            .arg(excerpt(round.scenarioId)));
        round.designScore =
            reader.integer(design.value(QLatin1String("designScore")), QStringLiteral("$.design.designScore"), 0, 4, -1)
                .value_or(-1);
        round.metricTranslation = reader
                                      .integer(design.value(QLatin1String("metricTranslation")),
                                               QStringLiteral("$.design.metricTranslation"), 0, 4, -1)
                                      .value_or(-1);
        round.roadmapAlignment = reader
                                     .integer(design.value(QLatin1String("roadmapAlignment")),
                                              QStringLiteral("$.design.roadmapAlignment"), 0, 4, -1)
                                     .value_or(-1);
        card.design = round;
    }
    card.strategicFit =
        reader.integer(root.value(QLatin1String("strategicFit")), QStringLiteral("$.strategicFit"), kTagMin, kTagMax, 0)
            .value_or(0);
    const QJsonValue recommendation = root.value(QLatin1String("recommendation"));
    if (!recommendation.isUndefined() && !recommendation.isNull())
        card.recommendation =
            reader
                .keyed<Recommendation>(recommendation, QStringLiteral("$.recommendation"),
                                       QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "recommendation"))
                .value_or(Recommendation::None);
    card.recommendationReason =
        reader.text(root, QStringLiteral("$"), "recommendationReason", false, Limits::reasonChars)
            .value_or(QString());

    const QJsonArray notes = reader.array(root, QStringLiteral("$"), "notes", Limits::notes);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString at = indexed(QStringLiteral("$.notes"), i);
        const QJsonObject note = reader.object(notes.at(i), at, true);
        const auto elapsed = reader.integer(note.value(QLatin1String("elapsedMs")), at + QStringLiteral(".elapsedMs"),
                                            0, std::numeric_limits<int>::max());
        const auto text = reader.text(note, at, "text", true, Limits::noteChars);
        if (elapsed && text)
            card.notes << SessionNote{card.interviewer, *elapsed, *text};
    }

    if (!reader.issues.isEmpty())
        throw ScorecardRejected(file, reader.issues);
    return card;
}

QJsonObject matrixJson(const QMap<MatrixDimension, int>& levels)
{
    QJsonObject object;
    for (auto level = levels.cbegin(); level != levels.cend(); ++level)
        object.insert(key(level.key()), level.value());
    return object;
}

QJsonValue scoreOrNull(int score)
{
    return score < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(score);
}

}  // namespace

ScorecardExchange::Scorecard ScorecardExchange::parse(const QByteArray& json, const QString& file, Rules rules,
                                                      const interview::ContentLibrary* content)
{
    return parseScorecard(json, file, rules, content);
}

QJsonObject ScorecardExchange::toJson(const Session& session, const QString& interviewer)
{
    QJsonArray rounds;
    for (const RoundKind round : session.rounds)
        rounds.append(key(round));
    QJsonArray answers;
    for (const AskedQuestion& question : session.questions) {
        for (const AnswerScore& score : question.scores) {
            if (score.interviewer != interviewer || score.depth == 0 || score.vision == 0)
                continue;
            QJsonArray evidence;
            for (const std::uint8_t bit : {1, 2, 4, 8}) {
                if (score.evidence & bit)
                    evidence.append(key(VisionEvidence(bit)));
            }
            answers.append(QJsonObject{{QStringLiteral("questionId"), question.questionId},
                                       {QStringLiteral("round"), key(question.round)},
                                       {QStringLiteral("depth"), score.depth},
                                       {QStringLiteral("vision"), score.vision},
                                       {QStringLiteral("evidence"), evidence},
                                       {QStringLiteral("justification"), score.justification},
                                       {QStringLiteral("submitted"), score.submitted}});
        }
    }
    if (answers.isEmpty() && !session.interviewers.contains(interviewer))
        throw StorageError(ExchangeText::tr("session %1 has no scorecard by %2 (interviewers: %3)")
                               .arg(session.id)
                               .arg(interviewer, session.interviewers.join(QStringLiteral(", "))));
    QJsonArray notes;
    for (const SessionNote& note : session.notes) {
        if (note.interviewer == interviewer)
            notes.append(QJsonObject{{QStringLiteral("elapsedMs"), qint64(note.elapsedMs)},
                                     {QStringLiteral("text"), note.text}});
    }
    QJsonValue design = QJsonValue::Null;
    if (session.design)
        design = QJsonObject{{QStringLiteral("scenarioId"), session.design->scenarioId},
                             {QStringLiteral("designScore"), scoreOrNull(session.design->designScore)},
                             {QStringLiteral("metricTranslation"), scoreOrNull(session.design->metricTranslation)},
                             {QStringLiteral("roadmapAlignment"), scoreOrNull(session.design->roadmapAlignment)}};
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("candidate"), session.candidate},
                     {QStringLiteral("startedAt"), session.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("mode"), key(session.mode)},
                     {QStringLiteral("rounds"), rounds}}},
        {QStringLiteral("interviewer"), interviewer},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("matrix"),
         QJsonObject{{QStringLiteral("self"), matrixJson(session.matrix.self)},
                     {QStringLiteral("interviewer"), matrixJson(session.matrix.interviewer)}}},
        {QStringLiteral("design"), design},
        {QStringLiteral("strategicFit"), session.strategicFit > 0 ? QJsonValue(session.strategicFit) : QJsonValue()},
        {QStringLiteral("recommendation"),
         session.recommendation == Recommendation::None ? QJsonValue() : QJsonValue(key(session.recommendation))},
        {QStringLiteral("recommendationReason"), session.recommendationReason},
        {QStringLiteral("notes"), notes},
    };
}

QJsonObject ScorecardExchange::exportScorecard(std::int64_t sessionId, const QString& interviewer) const
{
    return toJson(SessionStore(m_database).load(sessionId), interviewer);
}

void ScorecardExchange::exportToFile(std::int64_t sessionId, const QString& interviewer, const QString& path) const
{
    const QByteArray bytes = QJsonDocument(exportScorecard(sessionId, interviewer)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);  // all or nothing: a failed export leaves no half-written file
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(ExchangeText::tr("cannot write %1: %2").arg(path, file.errorString()));
}

namespace {
// An exchange file's bytes; one over the cap is refused before it is read.
QByteArray readExchangeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ScorecardRejected(
            path, {{QStringLiteral("$"), ExchangeText::tr("cannot read the file: %1").arg(file.errorString())}});
    if (file.size() > ScorecardExchange::Limits::fileBytes)
        throw ScorecardRejected(path, {{QStringLiteral("$"), ExchangeText::tr("%1 bytes, more than the %2 allowed")
                                                                 .arg(file.size())
                                                                 .arg(ScorecardExchange::Limits::fileBytes)}});
    return file.readAll();
}

bool sameScore(const AnswerScore& a, const AnswerScore& b)
{
    return a.interviewer == b.interviewer && a.depth == b.depth && a.vision == b.vision && a.evidence == b.evidence &&
           a.justification == b.justification && a.submitted == b.submitted;
}
}  // namespace

ScorecardExchange::ImportResult ScorecardExchange::importFile(const QString& path,
                                                              const interview::ContentLibrary& content) const
{
    return importScorecard(readExchangeFile(path), content, path);
}

ScorecardExchange::ImportResult ScorecardExchange::importScorecard(const QByteArray& json,
                                                                   const interview::ContentLibrary& content,
                                                                   const QString& file) const
{
    const Scorecard card = parse(json, file, Rules::Import, &content);
    const SessionStore sessions(m_database);
    ImportResult result;
    result.interviewer = card.interviewer;
    result.answers = int(card.answers.size());
    // One transaction: the store's edits below nest as savepoints.
    m_database.write([&](const QSqlDatabase&) {
        Session session;
        if (const auto id = sessions.findId(card.candidate, card.startedAt, card.mode)) {
            session = sessions.load(*id);
        } else {
            session.mode = card.mode;
            session.status = SessionStatus::Completed;
            session.candidate = card.candidate;
            session.startedAt = card.startedAt;
            session.updatedAt = card.startedAt;
            sessions.create(session);
            result.sessionCreated = true;
        }
        result.sessionId = session.id;
        if (!session.interviewers.contains(card.interviewer))
            sessions.setInterviewers(session.id, session.interviewers + QStringList{card.interviewer});
        QList<RoundKind> rounds = session.rounds;
        for (const RoundKind round : card.rounds) {
            if (!rounds.contains(round))
                rounds << round;
        }
        if (rounds != session.rounds)
            sessions.setRounds(session.id, rounds);

        // Each question's position by round and id, so a file at the caps imports in linear time.
        QHash<QString, int> positions;
        const auto pairKey = [](RoundKind round, const QString& id) { return key(round) + QLatin1Char('/') + id; };
        for (qsizetype i = 0; i < session.questions.size(); ++i)
            positions.insert(pairKey(session.questions[i].round, session.questions[i].questionId), int(i));
        for (const ParsedAnswer& answer : card.answers) {
            int position = positions.value(pairKey(answer.round, answer.questionId), -1);
            if (position < 0) {
                AskedQuestion question;
                question.round = answer.round;
                question.questionId = answer.questionId;
                position = sessions.addQuestion(session.id, question);
                session.questions << question;
                positions.insert(pairKey(answer.round, answer.questionId), position);
            }
            // What is stored already as the file says is left alone: a second import writes nothing.
            const QList<AnswerScore>& stored = session.questions[position].scores;
            const bool unchanged = std::any_of(stored.cbegin(), stored.cend(), [&](const AnswerScore& score) {
                return sameScore(score, answer.score);
            });
            if (!unchanged)
                sessions.setScore(session.id, position, answer.score);
        }
        // The session-level marks belong to the session, not to one interviewer: a file fills only
        // what is still unset (everything, in a session this import created) and never overwrites.
        for (auto level = card.matrix.self.cbegin(); level != card.matrix.self.cend(); ++level) {
            if (!session.matrix.self.contains(level.key()))
                sessions.setMatrixLevel(session.id, SessionStore::Rater::Self, level.key(), level.value());
        }
        for (auto level = card.matrix.interviewer.cbegin(); level != card.matrix.interviewer.cend(); ++level) {
            if (!session.matrix.interviewer.contains(level.key()))
                sessions.setMatrixLevel(session.id, SessionStore::Rater::Interviewer, level.key(), level.value());
        }
        if (card.design) {
            const bool noScenario = !session.design || session.design->scenarioId.isEmpty();
            if (noScenario)
                sessions.setDesignScenario(session.id, card.design->scenarioId);
            // Scores of another scenario than the session's say nothing about the session's design round.
            if (noScenario || session.design->scenarioId == card.design->scenarioId) {
                const DesignRound stored = session.design.value_or(DesignRound{});
                const auto kept = [](int storedScore, int fileScore) {
                    return storedScore < 0 ? fileScore : storedScore;
                };
                const int design = kept(stored.designScore, card.design->designScore);
                const int metric = kept(stored.metricTranslation, card.design->metricTranslation);
                const int roadmap = kept(stored.roadmapAlignment, card.design->roadmapAlignment);
                if (design != stored.designScore || metric != stored.metricTranslation ||
                    roadmap != stored.roadmapAlignment)
                    sessions.setDesignScores(session.id, design, metric, roadmap);
            }
        }
        if (card.strategicFit > 0 && session.strategicFit == 0)
            sessions.setStrategicFit(session.id, card.strategicFit);
        if (card.recommendation != Recommendation::None && session.recommendation == Recommendation::None)
            sessions.setRecommendation(session.id, card.recommendation, card.recommendationReason);
        // The interviewer's notes are replaced only when they differ: the same notes keep their ids.
        QList<SessionNote> storedNotes;
        for (const SessionNote& note : session.notes) {
            if (note.interviewer == card.interviewer)
                storedNotes << note;
        }
        const bool sameNotes =
            storedNotes.size() == card.notes.size() &&
            std::equal(storedNotes.cbegin(), storedNotes.cend(), card.notes.cbegin(),
                       [](const SessionNote& a, const SessionNote& b) {
                           return a.elapsedMs == b.elapsedMs && a.text == b.text;
                       });
        if (!sameNotes) {
            sessions.removeInterviewerNotes(session.id, card.interviewer);
            for (const SessionNote& note : card.notes)
                sessions.addNote(session.id, note);
        }
    });
    return result;
}

// --- Session files: a session to score, for the other interviewers ---------------------------------

QJsonObject ScorecardExchange::sessionToJson(const Session& session)
{
    QJsonArray rounds;
    for (const RoundKind round : session.rounds)
        rounds << key(round);
    QJsonArray questions;
    for (const AskedQuestion& question : session.questions) {
        questions << QJsonObject{{QStringLiteral("questionId"), question.questionId},
                                 {QStringLiteral("round"), key(question.round)},
                                 {QStringLiteral("answer"), question.answer}};
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kSessionFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("candidate"), session.candidate},
                     {QStringLiteral("startedAt"), session.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("mode"), key(session.mode)},
                     {QStringLiteral("rounds"), rounds},
                     {QStringLiteral("interviewers"), QJsonArray::fromStringList(session.interviewers)}}},
        {QStringLiteral("questions"), questions}};
}

void ScorecardExchange::exportSessionToFile(std::int64_t sessionId, const QString& path) const
{
    const QByteArray bytes =
        QJsonDocument(sessionToJson(SessionStore(m_database).load(sessionId))).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(ExchangeText::tr("cannot write %1: %2").arg(path, file.errorString()));
}

ScorecardExchange::ImportResult ScorecardExchange::importSessionFile(const QString& path, const QString& scorer,
                                                                     const interview::ContentLibrary& content) const
{
    const QJsonObject root = readRoot(readExchangeFile(path), path, kSessionFormat, ExchangeText::tr("session file"));
    FieldReader reader;
    ParsedScorecard header;
    readSessionHeader(reader, root, Rules::Import, header);
    const QJsonObject sessionObject = root.value(QLatin1String("session")).toObject();
    QStringList interviewers;
    const QJsonArray names =
        reader.array(sessionObject, QStringLiteral("$.session"), "interviewers", Limits::interviewers);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto name = reader.text(names.at(i), indexed(QStringLiteral("$.session.interviewers"), i), true, Limits::nameChars);
        if (name)
            interviewers << name->simplified();
    }
    QList<AskedQuestion> questions;
    const QJsonArray asked = reader.array(root, QStringLiteral("$"), "questions", Limits::answers);
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const QString at = indexed(QStringLiteral("$.questions"), i);
        const QJsonObject object = reader.object(asked.at(i), at, true);
        AskedQuestion question;
        question.questionId = reader.text(object, at, "questionId", true, Limits::idChars).value_or(QString());
        checkQuestion(reader, &content, question.questionId, at + QStringLiteral(".questionId"));
        if (const auto round =
                reader.keyed<RoundKind>(object.value(QLatin1String("round")), at + QStringLiteral(".round"),
                                        QT_TRANSLATE_NOOP("debrief::storage::ScorecardExchange", "round")))
            question.round = *round;
        question.answer = reader.text(object, at, "answer", false, Limits::answerChars).value_or(QString());
        questions << question;
    }
    if (!reader.issues.isEmpty())
        throw ScorecardRejected(path, reader.issues);

    const SessionStore sessions(m_database);
    ImportResult result;
    result.interviewer = scorer.simplified();
    result.answers = int(questions.size());
    m_database.write([&](const QSqlDatabase&) {
        // The same file twice is the same session: found by candidate, start time and mode.
        if (const auto id = sessions.findId(header.candidate, header.startedAt, header.mode)) {
            result.sessionId = *id;
            const Session stored = sessions.load(*id);
            if (!result.interviewer.isEmpty() && !stored.interviewers.contains(result.interviewer))
                sessions.setInterviewers(*id, stored.interviewers + QStringList{result.interviewer});
            return;
        }
        Session session;
        session.mode = header.mode;
        session.status = SessionStatus::Completed;  // the run happened elsewhere: this studio scores it
        session.candidate = header.candidate;
        session.startedAt = header.startedAt;
        session.updatedAt = header.startedAt;
        session.rounds = header.rounds;
        session.interviewers = interviewers;
        if (!result.interviewer.isEmpty() && !session.interviewers.contains(result.interviewer))
            session.interviewers << result.interviewer;
        session.questions = questions;
        sessions.create(session);
        result.sessionId = session.id;
        result.sessionCreated = true;
    });
    return result;
}

}  // namespace debrief::storage

#include "interview/contentlibrary.h"
#include "interview/verdictgrid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <optional>
#include <QTest>

using namespace debrief::interview;

namespace {

const QString kData = QStringLiteral(DEBRIEF_TEST_DATA "/studio");

QString userFile(const QString& name)
{
    return kData + QStringLiteral("/user/") + name;
}

// "path | message" per error, so a data row reads like the report a user sees.
QStringList describe(const QList<ContentError>& errors)
{
    QStringList lines;
    for (const ContentError& error : errors)
        lines.append(error.path + QStringLiteral(" | ") + error.message);
    return lines;
}


// ---- Translation fixtures: a complete translation made from the English, then spoilt one way per test. ----

QString marked(const QString& language, const QString& text)
{
    return QLatin1Char('[') + language + QStringLiteral("] ") + text;
}

// The translation file `name` of `library`'s shipped texts into `language`, every text marked "[de] ...".
QJsonObject translation(const ContentLibrary& library, const QString& name, const QString& language)
{
    const auto t = [&](const QString& text) { return QJsonValue(marked(language, text)); };
    QJsonObject root{{"kind", "translation"}, {"version", 1}, {"language", language}, {"of", name}};
    if (name == QLatin1String("questions")) {
        QJsonObject questions;
        for (const Question& q : library.questions()) {
            QJsonArray followUps;
            for (const QString& followUp : q.followUps)
                followUps.append(t(followUp));
            questions.insert(q.id, QJsonObject{{"prompt", t(q.prompt)},
                                               {"followUps", followUps},
                                               {"examples", QJsonObject{{"poor", t(q.examples.poor)},
                                                                        {"mixed", t(q.examples.mixed)},
                                                                        {"good", t(q.examples.good)},
                                                                        {"excellent", t(q.examples.excellent)}}}});
        }
        root.insert("questions", questions);
    } else if (name == QLatin1String("matrix")) {
        QJsonObject dimensions;
        for (const MatrixDimensionText& d : library.matrix().dimensions) {
            QJsonObject levels;
            for (const MatrixLevelText& l : d.levels)
                levels.insert(QString::number(l.level),
                              QJsonObject{{"title", t(l.title)}, {"descriptor", t(l.descriptor)}});
            dimensions.insert(key(d.dimension),
                              QJsonObject{{"name", t(d.name)}, {"summary", t(d.summary)}, {"levels", levels}});
        }
        root.insert("dimensions", dimensions);
    } else if (name == QLatin1String("scales")) {
        const auto steps = [&](const QList<ScaleStep>& list) {
            QJsonObject object;
            for (const ScaleStep& s : list)
                object.insert(QString::number(s.score), QJsonObject{{"title", t(s.title)}, {"descriptor", t(s.descriptor)}});
            return object;
        };
        root.insert("depth", steps(library.scales().depth));
        root.insert("vision", steps(library.scales().vision));
        QJsonObject evidence;
        for (const EvidenceItem& e : library.scales().evidence)
            evidence.insert(key(e.flag), QJsonObject{{"label", t(e.label)}, {"hint", t(e.hint)}});
        root.insert("evidence", evidence);
    } else if (name == QLatin1String("scenarios")) {
        QJsonObject scenarios;
        for (const Scenario& s : library.scenarios()) {
            QJsonObject requests;
            for (const FeatureRequest& r : s.requests)
                requests.insert(r.id, QJsonObject{{"title", t(r.title)}, {"description", t(r.description)}});
            scenarios.insert(s.id, QJsonObject{{"title", t(s.title)}, {"context", t(s.context)}, {"requests", requests}});
        }
        root.insert("scenarios", scenarios);
    } else if (name == QLatin1String("mistakes")) {
        QJsonObject mistakes;
        for (const Mistake& m : library.mistakes())
            mistakes.insert(m.id, QJsonObject{{"title", t(m.title)},
                                              {"bad", t(m.bad)},
                                              {"good", t(m.good)},
                                              {"explanation", t(m.explanation)}});
        root.insert("mistakes", mistakes);
    } else if (name == QLatin1String("checklist")) {
        QJsonObject items;
        for (const ChecklistItem& i : library.checklist())
            items.insert(i.id, QJsonObject{{"text", t(i.text)}});
        root.insert("items", items);
    }
    return root;
}

// `value` at `path` inside `object` (an absent value removes the key); the objects on the way must exist.
QJsonObject changed(QJsonObject object, QStringList path, const std::optional<QJsonValue>& value)
{
    const QString name = path.takeFirst();
    if (!path.isEmpty())
        object.insert(name, changed(object.value(name).toObject(), path, value));
    else if (value)
        object.insert(name, *value);
    else
        object.remove(name);
    return object;
}

// The fixture content of tests/data/studio/shipped copied to a temporary folder, with a complete
// translation into "de" beside it.
struct TranslatedFixture {
    QTemporaryDir dir;
    ContentLibrary english;

    TranslatedFixture()
    {
        const QDir source(kData + QStringLiteral("/shipped"));
        for (const QString& file : source.entryList({QStringLiteral("*.json")}, QDir::Files))
            QFile::copy(source.filePath(file), dir.filePath(file));
        english.loadShipped(dir.path());
        QDir(dir.path()).mkdir(QStringLiteral("de"));
        for (const QString& name : ContentLibrary::translatedFiles())
            write(name, translation(english, name, QStringLiteral("de")));
    }
    QString path(const QString& name) const { return dir.filePath(QStringLiteral("de/") + name + QStringLiteral(".json")); }
    QJsonObject read(const QString& name) const
    {
        QFile file(path(name));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    void write(const QString& name, const QJsonObject& root) const { writeRaw(name, QJsonDocument(root).toJson()); }
    void writeRaw(const QString& name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
};

// Every text of the translated files, by the path the translation file gives it ("questions.<id>.prompt").
QMap<QString, QString> textsByPath(const ContentLibrary& library)
{
    QMap<QString, QString> texts;
    const auto add = [&](const QStringList& path, const QString& text) { texts.insert(path.join(QLatin1Char('.')), text); };
    for (const Question& q : library.questions()) {
        add({"questions", q.id, "prompt"}, q.prompt);
        for (qsizetype i = 0; i < q.followUps.size(); ++i)
            add({"questions", q.id, "followUps", QString::number(i)}, q.followUps[i]);
        add({"questions", q.id, "examples", "poor"}, q.examples.poor);
        add({"questions", q.id, "examples", "mixed"}, q.examples.mixed);
        add({"questions", q.id, "examples", "good"}, q.examples.good);
        add({"questions", q.id, "examples", "excellent"}, q.examples.excellent);
    }
    for (const MatrixDimensionText& d : library.matrix().dimensions) {
        add({"dimensions", key(d.dimension), "name"}, d.name);
        add({"dimensions", key(d.dimension), "summary"}, d.summary);
        for (const MatrixLevelText& l : d.levels) {
            add({"dimensions", key(d.dimension), "levels", QString::number(l.level), "title"}, l.title);
            add({"dimensions", key(d.dimension), "levels", QString::number(l.level), "descriptor"}, l.descriptor);
        }
    }
    for (const auto& [name, steps] : {std::pair{QStringLiteral("depth"), library.scales().depth},
                                      std::pair{QStringLiteral("vision"), library.scales().vision}}) {
        for (const ScaleStep& s : steps) {
            add({name, QString::number(s.score), "title"}, s.title);
            add({name, QString::number(s.score), "descriptor"}, s.descriptor);
        }
    }
    for (const EvidenceItem& e : library.scales().evidence) {
        add({"evidence", key(e.flag), "label"}, e.label);
        add({"evidence", key(e.flag), "hint"}, e.hint);
    }
    for (const Scenario& s : library.scenarios()) {
        add({"scenarios", s.id, "title"}, s.title);
        add({"scenarios", s.id, "context"}, s.context);
        for (const FeatureRequest& r : s.requests) {
            add({"scenarios", s.id, "requests", r.id, "title"}, r.title);
            add({"scenarios", s.id, "requests", r.id, "description"}, r.description);
        }
    }
    for (const Mistake& m : library.mistakes()) {
        add({"mistakes", m.id, "title"}, m.title);
        add({"mistakes", m.id, "bad"}, m.bad);
        add({"mistakes", m.id, "good"}, m.good);
        add({"mistakes", m.id, "explanation"}, m.explanation);
    }
    for (const ChecklistItem& i : library.checklist())
        add({"items", i.id, "text"}, i.text);
    return texts;
}

}  // namespace

class ContentLibraryTest : public QObject {
    Q_OBJECT

private slots:
    void rubricKeysRoundTrip()
    {
        for (RoundKind round : kAllRounds) {
            RoundKind back{};
            QVERIFY(fromKey(key(round), back));
            QCOMPARE(back, round);
        }
        QCOMPARE(key(RoundKind::ProductDesign), QStringLiteral("product-design"));
        QCOMPARE(key(MatrixDimension::CrossTeamCommunication), QStringLiteral("cross-team-communication"));
        QCOMPARE(key(Recommendation::StrongYes), QStringLiteral("strong-yes"));
        QCOMPARE(key(Kpi::Observability), QStringLiteral("observability"));
        QCOMPARE(key(SessionMode::LiveMock), QStringLiteral("live-mock"));
        QCOMPARE(key(VisionEvidence::TiedToKpi), QStringLiteral("tied-to-kpi"));
        Recommendation recommendation = Recommendation::Yes;
        QVERIFY(!fromKey(QStringLiteral("maybe"), recommendation));
        QCOMPARE(recommendation, Recommendation::Yes);  // untouched on an unknown key
        QVERIFY(key(Recommendation::None).isEmpty());
        for (MatrixDimension dimension : kAllDimensions) {
            MatrixDimension back{};
            QVERIFY(fromKey(key(dimension), back));
            QCOMPARE(back, dimension);
        }
    }

    // Whatever the content engineer has shipped must load: the app refuses nothing at start.
    void shippedContentLoads()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/content/matrix.json")));
        ContentLibrary library;
        const bool loaded = library.loadShipped();
        if (!loaded)
            qWarning().noquote() << [&] {
                QStringList lines;
                for (const ContentError& error : library.errors())
                    lines.append(error.text());
                return lines.join(QLatin1Char('\n'));
            }();
        QVERIFY(loaded);
        QCOMPARE(library.matrix().dimensions.size(), 4);
        for (const MatrixDimensionText& dimension : library.matrix().dimensions)
            QCOMPARE(dimension.levels.size(), 5);
        QCOMPARE(library.matrix().bar, 3);
        QCOMPARE(library.scales().evidence.size(), 4);
        for (RoundKind round : kAllRounds)
            QVERIFY(library.questions(round).size() >= ContentLibrary::kMinQuestionsPerRound);
        QVERIFY(!library.scenarios().isEmpty());
        QVERIFY(!library.mistakes().isEmpty());
        QVERIFY(!library.coach().kpiWords.isEmpty());
        for (RoundKind round : kAllRounds)
            QVERIFY(!library.checklist(round).isEmpty());
        // The grid keeps domain.md's rule: no hire without Vision.
        const VerdictGrid grid = library.verdictGrid();
        for (int depth = 1; depth <= 4; ++depth)
            for (int vision = 1; vision <= library.scales().visionCapWithoutEvidence; ++vision)
                QVERIFY(grid.cell(depth, vision) == Recommendation::No ||
                        grid.cell(depth, vision) == Recommendation::StrongNo);
    }

    void fixtureContentLoads()
    {
        ContentLibrary library;
        QVERIFY(library.loadShipped(kData + QStringLiteral("/shipped")));
        QVERIFY(library.errors().isEmpty());
        QCOMPARE(library.questions().size(), 40);
        QCOMPARE(library.questions(RoundKind::Pm).size(), 8);
        QCOMPARE(library.matrix().dimensions.at(1).dimension, MatrixDimension::FailureIsolation);
        QCOMPARE(library.matrix().dimensions.at(1).levels.at(2).descriptor,
                 QStringLiteral("Fixture descriptor 3 for failure-isolation"));
        QCOMPARE(library.scales().verdictGrid[3][3], Recommendation::StrongYes);
        QCOMPARE(library.scales().evidence.at(3).flag, VisionEvidence::NamedTeams);
        const Scenario* scenario = library.scenario(QStringLiteral("accelerator-roadmap-q3"));
        QVERIFY(scenario);
        QCOMPARE(scenario->quarterlyBudgetUsd, 2000000.0);
        QCOMPARE(scenario->requests.size(), 3);
        QCOMPARE(scenario->requests.at(2).suggestedKpi, Kpi::Observability);
        QCOMPARE(library.mistakes().at(2).detect.rounds, QList<RoundKind>{RoundKind::ProductDesign});
        QCOMPARE(library.coach().weights.quantified, 30);
        QVERIFY(!library.scenario(QStringLiteral("nope")));
    }

    void userFileErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("wrong type") << "wrong-type.json"
                                    << QStringList{"$.questions[1].examples.good | expected a string, found a number"};
        QTest::newRow("missing") << "missing-prompt.json" << QStringList{"$.questions[0].prompt | missing"};
        QTest::newRow("unknown round") << "unknown-round.json"
                                       << QStringList{"$.questions[0].round | round `foo` is unknown"};
        QTest::newRow("duplicate") << "duplicate-id.json" << QStringList{"$.questions[1].id | duplicate id `same-id`"};
        QTest::newRow("collides with shipped")
            << "shipped-collision.json"
            << QStringList{"$.questions[0].id | id `screen-q1` is already used by a loaded question"};
        QTest::newRow("not kebab") << "bad-id.json"
                                   << QStringList{"$.questions[0].id | id `Pool Sizing` is not lower-case kebab-case"};
        QTest::newRow("version") << "version-2.json"
                                 << QStringList{"$.version | version 2 is not supported (expected 1)"};
        QTest::newRow("kind") << "wrong-kind.json"
                              << QStringList{"$.kind | kind `matrix` cannot be added by a user (only `questions` and "
                                             "`scenarios`)"};
        QTest::newRow("no follow-up") << "no-follow-up.json"
                                      << QStringList{
                                             "$.questions[0].followUps | expected at least 1 follow-ups, found 0"};
        QTest::newRow("fractional") << "time-box.json"
                                    << QStringList{
                                           "$.questions[0].timeBoxSeconds | timeBoxSeconds 2.5 is not a whole number"};
        QTest::newRow("scenario") << "bad-scenario.json"
                                  << QStringList{
                                         "$.scenarios[0].kpis[1] | KPI `speed` is unknown",
                                         "$.scenarios[0].requests | expected at least 3 feature requests, found 2"};
        QTest::newRow("budget as text") << "budget-text.json"
                                        << QStringList{
                                               "$.scenarios[0].quarterlyBudgetUsd | expected a number, found a string"};
        QTest::newRow("good scenario") << "good-scenario.json" << QStringList{};
    }

    void userFileErrors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        ContentLibrary library;
        QVERIFY(library.loadShipped(kData + QStringLiteral("/shipped")));
        const qsizetype shippedQuestions = library.questions().size();
        const bool accepted = library.loadUserFile(userFile(file));
        QCOMPARE(accepted, expected.isEmpty());
        QCOMPARE(describe(library.errors()), expected);
        for (const ContentError& error : library.errors())
            QCOMPARE(error.file, userFile(file));
        // A rejected file adds nothing; the shipped content stays whole.
        if (!accepted)
            QCOMPARE(library.questions().size(), shippedQuestions);
        QCOMPARE(library.scenarios().isEmpty(), false);
    }

    void notJsonNamesTheOffset()
    {
        ContentLibrary library;
        QVERIFY(!library.loadUserFile(userFile(QStringLiteral("not-json.json"))));
        QCOMPARE(library.errors().size(), 1);
        QCOMPARE(library.errors().at(0).path, QStringLiteral("$"));
        QVERIFY2(library.errors().at(0).message.startsWith(QStringLiteral("not valid JSON at offset ")),
                 qPrintable(library.errors().at(0).message));
    }

    // A folder mixes good and bad files: the good ones count, each bad one is reported.
    void userFolderKeepsGoodFiles()
    {
        ContentLibrary library;
        QVERIFY(library.loadShipped(kData + QStringLiteral("/shipped")));
        // good-bank and good-scenario are accepted; the other 13 files are rejected.
        QCOMPARE(library.loadUserFolder(kData + QStringLiteral("/user")), 2);
        QCOMPARE(library.questions().size(), 42);
        QCOMPARE(library.questions(RoundKind::Pm).size(), 9);  // fewer than 8 is fine for a user bank
        QCOMPARE(library.question(QStringLiteral("pool-sizing"))->bank, QStringLiteral("my-bank"));
        QVERIFY(library.scenario(QStringLiteral("gpu-fleet-q1")));
        QCOMPARE(library.checklist().size(), 6);
        QCOMPARE(library.checklist(RoundKind::Pm).size(), 2);
        QCOMPARE(library.checklist(RoundKind::Pm).at(1).id, QStringLiteral("fixture-pm-two"));
        QCOMPARE(library.checklist(RoundKind::ProductDesign).at(0).text,
                 QStringLiteral("Fixture step for product design"));
        QSet<QString> files;
        for (const ContentError& error : library.errors())
            files.insert(error.file.section(QLatin1Char('/'), -1));
        QCOMPARE(files.size(), 13);
        QVERIFY(!files.contains(QStringLiteral("good-bank.json")));
        // Loading the same bank twice collides with itself.
        library.clearErrors();
        QVERIFY(!library.loadUserFile(userFile(QStringLiteral("good-bank.json"))));
        QCOMPARE(describe(library.errors()).first(),
                 QStringLiteral("$.questions[0].id | id `pool-sizing` is already used by a loaded question"));
    }

    void brokenShippedFilesAreNamed()
    {
        ContentLibrary library;
        const QString folder = kData + QStringLiteral("/broken-shipped");
        QVERIFY(!library.loadShipped(folder));
        QStringList lines;
        for (const ContentError& error : library.errors())
            lines.append(error.file.section(QLatin1Char('/'), -1) + QStringLiteral(" | ") + error.path +
                         QStringLiteral(" | ") + error.message);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.at(0),
                 QStringLiteral("matrix.json | $.dimensions[2].levels | expected exactly 5 levels, found 4"));
        QCOMPARE(lines.at(1), QStringLiteral("scales.json | $.depth[3].score | score 5 is outside 1-4"));
        QCOMPARE(lines.at(2), QStringLiteral("scales.json | $.verdictGrid[3][1] | verdict `yes` for vision 2: depth "
                                             "without vision is not a hire (expected `no` or `strong-no`)"));
        QCOMPARE(lines.at(3), QStringLiteral("questions.json | $.questions | fewer than 8 questions for round `pm`"));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("scenarios.json | $ | cannot be read: ")),
                 qPrintable(lines.at(4)));
        QVERIFY2(
            lines.at(5).startsWith(QStringLiteral("mistakes.json | $.mistakes[1].detect.anyOf[0] | invalid regular "
                                                  "expression: ")),
            qPrintable(lines.at(5)));
        QCOMPARE(lines.at(6), QStringLiteral("coach.json | $.weights | weights sum to 90, expected 100"));
        QCOMPARE(lines.at(7), QStringLiteral("checklist.json | $.items[1].round | round `dinner` is unknown"));
        // Each broken file is left out whole.
        QVERIFY(library.matrix().dimensions.isEmpty());
        QVERIFY(library.questions().isEmpty());
        QVERIFY(library.mistakes().isEmpty());
        QVERIFY(library.checklist().isEmpty());
    }

    void checklistNeedsEveryRound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("checklist.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"kind": "checklist", "version": 1, "items": [
            {"id": "one", "round": "screen", "text": "a"}, {"id": "two", "round": "pm", "text": "b"},
            {"id": "three", "round": "technical", "text": "c"}, {"id": "four", "round": "leadership", "text": "d"}]})");
        file.close();
        ContentLibrary library;
        QVERIFY(!library.loadShipped(dir.path()));
        QStringList checklistErrors;
        for (const ContentError& error : library.errors()) {
            if (error.file.endsWith(QStringLiteral("checklist.json")))
                checklistErrors.append(error.path + QStringLiteral(" | ") + error.message);
        }
        QCOMPARE(checklistErrors, QStringList{QStringLiteral("$.items | no item for round `product-design`")});
        QVERIFY(library.checklist().isEmpty());
    }

    // The translation lays its texts over the English; ids, rounds, numbers and patterns stay English,
    // and "en" brings the English back.
    void translationOverlaysTheTexts()
    {
        TranslatedFixture fixture;
        ContentLibrary library;
        QVERIFY(library.loadShipped(fixture.dir.path()));
        QVERIFY(library.loadUserFile(userFile(QStringLiteral("good-bank.json"))));
        const Question englishQuestion = *library.question(QStringLiteral("screen-q1"));
        const QString userPrompt = library.question(QStringLiteral("pool-sizing"))->prompt;
        QCOMPARE(library.language(), QStringLiteral("en"));

        QVERIFY(library.setLanguage(QStringLiteral("de")));
        QCOMPARE(library.errors(), QList<ContentError>{});
        QCOMPARE(library.language(), QStringLiteral("de"));
        const Question* question = library.question(QStringLiteral("screen-q1"));
        QVERIFY(question);
        QCOMPARE(question->prompt, marked("de", englishQuestion.prompt));
        QCOMPARE(question->followUps.first(), marked("de", englishQuestion.followUps.first()));
        QCOMPARE(question->examples.excellent, marked("de", englishQuestion.examples.excellent));
        QCOMPARE(question->round, englishQuestion.round);
        QCOMPARE(question->timeBoxSeconds, englishQuestion.timeBoxSeconds);
        QCOMPARE(question->focus, englishQuestion.focus);
        QCOMPARE(library.questions().size(), 42);
        // A user's bank has no translation: it stays as its author wrote it.
        QCOMPARE(library.question(QStringLiteral("pool-sizing"))->prompt, userPrompt);
        QCOMPARE(library.matrix().dimensions.at(1).levels.at(2).descriptor,
                 QStringLiteral("[de] Fixture descriptor 3 for failure-isolation"));
        QCOMPARE(library.scales().evidence.at(3).label, marked("de", fixture.english.scales().evidence.at(3).label));
        QCOMPARE(library.scales().verdictGrid, fixture.english.scales().verdictGrid);
        QCOMPARE(library.scenario(QStringLiteral("accelerator-roadmap-q3"))->requests.at(2).title,
                 marked("de", fixture.english.scenarios().first().requests.at(2).title));
        QCOMPARE(library.scenario(QStringLiteral("accelerator-roadmap-q3"))->requests.at(2).estimatedCostUsd,
                 fixture.english.scenarios().first().requests.at(2).estimatedCostUsd);
        QCOMPARE(library.mistakes().at(0).title, marked("de", fixture.english.mistakes().at(0).title));
        QCOMPARE(library.mistakes().at(0).detect.anyOf, fixture.english.mistakes().at(0).detect.anyOf);
        QCOMPARE(library.checklist().at(0).text, marked("de", fixture.english.checklist().at(0).text));
        QCOMPARE(library.coach().kpiWords, fixture.english.coach().kpiWords);

        QVERIFY(library.setLanguage(QStringLiteral("en")));
        QCOMPARE(library.question(QStringLiteral("screen-q1"))->prompt, englishQuestion.prompt);
        QCOMPARE(library.matrix().dimensions.at(1).levels.at(2).descriptor,
                 QStringLiteral("Fixture descriptor 3 for failure-isolation"));
        QCOMPARE(library.language(), QStringLiteral("en"));
    }

    // What the translators flagged in the shipped English stays fixed, in every language: no
    // "pre-emptive failures" (the failures interrupt jobs; nothing pre-empts), the quota example's
    // saving is 15 % of the idle reserved cost its scenario states ($680 k -> $102 k), and the replay
    // example prices utilisation, not a queueing-delay cut, as idle-GPU money.
    void flaggedWordingStaysFixed()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            ContentLibrary library;
            QVERIFY(library.loadShipped());
            QVERIFY(library.setLanguage(language));
            QString all;
            for (const MatrixDimensionText& dimension : library.matrix().dimensions)
                for (const MatrixLevelText& level : dimension.levels)
                    all += level.descriptor + QLatin1Char('\n');
            for (const Scenario& scenario : library.scenarios())
                all += scenario.title + QLatin1Char('\n') + scenario.context + QLatin1Char('\n');
            QVERIFY2(!all.contains(QStringLiteral("pre-emptive"), Qt::CaseInsensitive), qPrintable(language));
            const Question* quota = library.question(QStringLiteral("product-design-quota-self-service"));
            QVERIFY(quota);
            const Question* replay = library.question(QStringLiteral("technical-replay-evaluation"));
            QVERIFY(replay);
            if (language == QLatin1String("en")) {
                const Scenario* fairness = library.scenario(QStringLiteral("multi-tenant-fairness"));
                QVERIFY(fairness);
                QVERIFY(fairness->context.contains(QStringLiteral("$680 k a month")));
                QVERIFY2(quota->examples.excellent.contains(QStringLiteral("down 15 %, about $102 k a month")),
                         qPrintable(quota->examples.excellent));
                QVERIFY(!replay->examples.excellent.contains(QStringLiteral("$120 k")));
                QVERIFY(replay->examples.excellent.contains(QStringLiteral("utilisation up 2 points")));
            }
            QVERIFY2(!quota->examples.excellent.contains(QStringLiteral("120")), qPrintable(quota->examples.excellent));
            QVERIFY2(!replay->examples.excellent.contains(QStringLiteral("120")) &&
                         !replay->examples.excellent.contains(QStringLiteral("12 万")),
                     qPrintable(replay->examples.excellent));
        }
    }

    // A language chosen before the shipped files are read blanks nothing: it is applied once they are.
    void languageChosenBeforeLoadingIsAppliedAfter()
    {
        TranslatedFixture fixture;
        ContentLibrary library;
        QVERIFY(library.setLanguage(QStringLiteral("de")));
        QCOMPARE(library.language(), QStringLiteral("de"));
        QVERIFY(library.loadShipped(fixture.dir.path()));
        QCOMPARE(library.errors(), QList<ContentError>{});
        QCOMPARE(library.language(), QStringLiteral("de"));
        QCOMPARE(library.questions().size(), fixture.english.questions().size());
        const Question* question = library.question(QStringLiteral("screen-q1"));
        QVERIFY(question);
        QCOMPARE(question->prompt, marked("de", fixture.english.question(QStringLiteral("screen-q1"))->prompt));
        QCOMPARE(library.matrix().dimensions.at(1).levels.at(2).descriptor,
                 QStringLiteral("[de] Fixture descriptor 3 for failure-isolation"));
        QCOMPARE(library.checklist().at(0).text, marked("de", fixture.english.checklist().at(0).text));
        // and English again gives the English back
        QVERIFY(library.setLanguage(QStringLiteral("en")));
        QCOMPARE(library.matrix().dimensions.at(1).levels.at(2).descriptor,
                 QStringLiteral("Fixture descriptor 3 for failure-isolation"));
    }

    // Each spoilt file is named with the JSON path and what is wrong; its texts stay English (never a
    // blank), the other files of the language are still taken.
    void translationErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("path");  // empty: the whole file is replaced by `raw`
        QTest::addColumn<QJsonValue>("value");  // Undefined: the key is removed
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("expected");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("missing text") << "questions" << QStringList{"questions", "screen-q1", "prompt"} << removed
                                      << QByteArray() << QStringList{"$.questions.screen-q1.prompt | missing"};
        QTest::newRow("empty text") << "questions" << QStringList{"questions", "screen-q1", "examples", "good"}
                                    << QJsonValue(" ") << QByteArray()
                                    << QStringList{"$.questions.screen-q1.examples.good | empty"};
        QTest::newRow("missing question") << "questions" << QStringList{"questions", "screen-q1"} << removed
                                          << QByteArray() << QStringList{"$.questions.screen-q1 | missing"};
        QTest::newRow("unknown id") << "questions" << QStringList{"questions", "screen-q99"}
                                    << QJsonValue(QJsonObject{{"prompt", "?"}}) << QByteArray()
                                    << QStringList{"$.questions.screen-q99 | unknown question id"};
        QTest::newRow("follow-up count")
            << "questions" << QStringList{"questions", "screen-q1", "followUps"}
            << QJsonValue(QJsonArray{"eins", "zwei"}) << QByteArray()
            << QStringList{"$.questions.screen-q1.followUps | expected exactly 1 follow-ups, found 2"};
        QTest::newRow("wrong type") << "matrix"
                                    << QStringList{"dimensions", "failure-isolation", "levels", "3", "descriptor"}
                                    << QJsonValue(3) << QByteArray()
                                    << QStringList{"$.dimensions.failure-isolation.levels.3.descriptor | expected a "
                                                   "string, found a number"};
        QTest::newRow("unknown level") << "matrix" << QStringList{"dimensions", "failure-isolation", "levels", "6"}
                                       << QJsonValue(QJsonObject{{"title", "x"}, {"descriptor", "y"}}) << QByteArray()
                                       << QStringList{"$.dimensions.failure-isolation.levels.6 | unknown level id"};
        QTest::newRow("evidence") << "scales" << QStringList{"evidence", "named-teams", "label"} << removed
                                  << QByteArray() << QStringList{"$.evidence.named-teams.label | missing"};
        QTest::newRow("request") << "scenarios"
                                 << QStringList{"scenarios", "accelerator-roadmap-q3", "requests", "tensor-core"}
                                 << removed << QByteArray()
                                 << QStringList{"$.scenarios.accelerator-roadmap-q3.requests.tensor-core | missing"};
        QTest::newRow("mistake") << "mistakes" << QStringList{"mistakes", "kernel-without-kpi", "good"} << removed
                                 << QByteArray() << QStringList{"$.mistakes.kernel-without-kpi.good | missing"};
        QTest::newRow("checklist") << "checklist" << QStringList{"items", "fixture-screen", "text"} << QJsonValue("")
                                   << QByteArray() << QStringList{"$.items.fixture-screen.text | empty"};
        QTest::newRow("language") << "checklist" << QStringList{"language"} << QJsonValue("zh_CN") << QByteArray()
                                  << QStringList{"$.language | expected `de`, found `zh_CN`"};
        QTest::newRow("of") << "mistakes" << QStringList{"of"} << QJsonValue("scales") << QByteArray()
                            << QStringList{"$.of | expected `mistakes`, found `scales`"};
        QTest::newRow("kind") << "scales" << QStringList{"kind"} << QJsonValue("scales") << QByteArray()
                              << QStringList{"$.kind | expected kind `translation`, found `scales`"};
        QTest::newRow("bad json") << "matrix" << QStringList{} << removed << QByteArray("{\"kind\": ")
                                  << QStringList{"$ | not valid JSON at offset 9: unterminated object"};
    }

    void translationErrors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, expected);
        TranslatedFixture fixture;
        if (path.isEmpty())
            fixture.writeRaw(file, raw);
        else
            fixture.write(file, changed(fixture.read(file), path,
                                        value.isUndefined() ? std::nullopt : std::optional<QJsonValue>(value)));
        ContentLibrary library;
        QVERIFY(library.loadShipped(fixture.dir.path()));
        QVERIFY(!library.setLanguage(QStringLiteral("de")));
        QCOMPARE(describe(library.errors()), expected);
        for (const ContentError& error : library.errors())
            QCOMPARE(error.file, fixture.path(file));
        // The spoilt file's texts stay English; the others are German.
        const QString prompt = library.question(QStringLiteral("screen-q1"))->prompt;
        const QString englishPrompt = fixture.english.question(QStringLiteral("screen-q1"))->prompt;
        QCOMPARE(prompt, file == QLatin1String("questions") ? englishPrompt : marked("de", englishPrompt));
        const QString descriptor = library.matrix().dimensions.at(0).levels.at(0).descriptor;
        const QString englishDescriptor = fixture.english.matrix().dimensions.at(0).levels.at(0).descriptor;
        QCOMPARE(descriptor, file == QLatin1String("matrix") ? englishDescriptor : marked("de", englishDescriptor));
        QCOMPARE(library.language(), QStringLiteral("de"));
    }

    void missingTranslationFileIsNamed()
    {
        TranslatedFixture fixture;
        QVERIFY(QFile::remove(fixture.path(QStringLiteral("checklist"))));
        ContentLibrary library;
        QVERIFY(library.loadShipped(fixture.dir.path()));
        QVERIFY(!library.setLanguage(QStringLiteral("de")));
        QCOMPARE(library.errors(),
                 (QList<ContentError>{{fixture.path(QStringLiteral("checklist")), QStringLiteral("$"),
                                       QStringLiteral("cannot be read: No such file or directory")}}));
        QCOMPARE(library.checklist().at(0).text, fixture.english.checklist().at(0).text);
    }

    // The shipped German and Chinese are complete: every file there, every text present, not empty and
    // translated (a text over 12 characters equal to the English counts as untranslated; short ones such
    // as "Kubernetes" may stay).
    void shippedTranslationsAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void shippedTranslationsAreComplete()
    {
        QFETCH(QString, language);
        QStringList missing;
        for (const QString& name : ContentLibrary::translatedFiles())
            if (!QFile::exists(QStringLiteral(":/content/%1/%2.json").arg(language, name)))
                missing.append(language + QLatin1Char('/') + name + QStringLiteral(".json"));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing translation files: ") + missing.join(", ")));
        ContentLibrary library;
        QVERIFY(library.loadShipped());
        const QMap<QString, QString> english = textsByPath(library);
        const bool taken = library.setLanguage(language);
        QStringList problems;
        for (const ContentError& error : library.errors())
            problems.append(error.text());
        QVERIFY2(taken, qPrintable(problems.join(QLatin1Char('\n'))));
        const QMap<QString, QString> translated = textsByPath(library);
        QCOMPARE(translated.keys(), english.keys());
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString text = translated.value(it.key()).trimmed();
            if (text.isEmpty())
                problems.append(it.key() + QStringLiteral(": empty"));
            else if (it.value().size() > 12 && text == it.value().trimmed())
                problems.append(it.key() + QStringLiteral(": still English"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(ContentLibraryTest)
#include "contentlibrarytest.moc"

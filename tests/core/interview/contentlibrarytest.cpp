#include "interview/contentlibrary.h"
#include "interview/verdictgrid.h"

#include <QFile>
#include <QTemporaryDir>
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
};

QTEST_GUILESS_MAIN(ContentLibraryTest)
#include "contentlibrarytest.moc"

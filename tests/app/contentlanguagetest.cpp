// The interview content follows the UI language: with German (or Chinese) chosen, the Live page's
// question prompt and the Maturity Matrix's descriptors read as the shipped translation files have
// them, at start and after a switch while the pages are open; the coach still reads English only.
#include "design/designroundpage.h"
#include "interviewrecords.h"
#include "loopplanner/loopplannerpage.h"
#include "matrix/matrixcellbutton.h"
#include "matrix/matrixpage.h"
#include "matrix/maturitymatrixgrid.h"
#include "session/livesessionpage.h"
#include "shell/languageswitch.h"
#include "uilanguage.h"
#include "widgets/coachedanswereditor.h"

#include "interview/answercoach.h"
#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace debrief;
using namespace debrief::studio;
using namespace debrief::interview;

namespace {

// A text straight from a shipped translation file (not through ContentLibrary): "questions", id, "prompt".
QString shipped(const QString& language, const QString& file, const QStringList& path)
{
    QFile json(QStringLiteral(":/content/%1/%2.json").arg(language, file));
    if (!json.open(QIODevice::ReadOnly))
        return {};
    QJsonValue value = QJsonDocument::fromJson(json.readAll()).object();
    for (const QString& name : path)
        value = value.toObject().value(name);
    return value.toString();
}

}  // namespace

class ContentLanguageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        static int run = 0;
        m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("content-%1.sqlite").arg(++run)));
        QVERIFY(m_records->isOpen());
        storage::DemoCandidate::fill(m_records->database());
    }
    void cleanup()
    {
        m_records.reset();
        QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    }

    void pagesFollowASwitch();
    void startsInTheChosenLanguage();
    void theCoachReadsEnglishOnly();
    void checklistFollowsASwitchAndKeepsItsTicks();
    void designRoundFollowsASwitch();
    void contentErrorsSpeakTheLanguage_data();
    void contentErrorsSpeakTheLanguage();

private:
    // A live mock with the first technical question, opened on a shown Live page.
    std::unique_ptr<LiveSessionPage> openLivePage(QString* questionId);

    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
};

std::unique_ptr<LiveSessionPage> ContentLanguageTest::openLivePage(QString* questionId)
{
    Session session;
    session.mode = SessionMode::LiveMock;
    session.candidate = QStringLiteral("Test Candidate");
    session.interviewers = {QStringLiteral("Dana")};
    session.rounds = {RoundKind::Technical};
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.updatedAt = session.startedAt;
    AskedQuestion asked;
    asked.round = RoundKind::Technical;
    asked.questionId = m_records->content().questions(RoundKind::Technical).first().id;
    session.questions << asked;
    *questionId = asked.questionId;
    const std::int64_t id = storage::SessionStore(m_records->database()).create(session);
    auto page = std::make_unique<LiveSessionPage>(*m_records);
    if (!page->openSession(id))
        return nullptr;
    page->resize(1200, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

void ContentLanguageTest::pagesFollowASwitch()
{
    QString questionId;
    auto live = openLivePage(&questionId);
    QVERIFY(live);
    MatrixPage matrix(*m_records);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    auto* prompt = live->findChild<QLabel*>(QStringLiteral("questionPrompt"));
    QVERIFY(prompt);
    const QString englishPrompt = m_records->content().question(questionId)->prompt;
    MatrixCellButton* cell = matrix.grid()->cell(MatrixDimension::FailureIsolation, 3);
    const QString englishDescriptor = cell->descriptor();
    QCOMPARE(prompt->text(), englishPrompt);

    const QString germanPrompt = shipped("de", "questions", {"questions", questionId, "prompt"});
    const QString germanDescriptor =
        shipped("de", "matrix", {"dimensions", "failure-isolation", "levels", "3", "descriptor"});
    QVERIFY(!germanPrompt.isEmpty() && germanPrompt != englishPrompt);
    QVERIFY(!germanDescriptor.isEmpty() && germanDescriptor != englishDescriptor);
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(prompt->text(), germanPrompt);
    QTRY_COMPARE(cell->descriptor(), germanDescriptor);
    QCOMPARE(cell->toolTip().contains(germanDescriptor.toHtmlEscaped()), true);

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("zh_CN")));
    QTRY_COMPARE(prompt->text(), shipped("zh_CN", "questions", {"questions", questionId, "prompt"}));
    QTRY_COMPARE(cell->descriptor(),
                 shipped("zh_CN", "matrix", {"dimensions", "failure-isolation", "levels", "3", "descriptor"}));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(prompt->text(), englishPrompt);
    QTRY_COMPARE(cell->descriptor(), englishDescriptor);
}

// The studio's start: the language is installed before the records and the pages exist.
void ContentLanguageTest::startsInTheChosenLanguage()
{
    m_records.reset();
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QCOMPARE(UiLanguage::installed(), QStringLiteral("de"));
    init();
    QCOMPARE(m_records->content().language(), QStringLiteral("de"));
    QCOMPARE(m_records->content().errors(), QList<ContentError>{});
    QString questionId;
    auto live = openLivePage(&questionId);
    QVERIFY(live);
    QCOMPARE(live->findChild<QLabel*>(QStringLiteral("questionPrompt"))->text(),
             shipped("de", "questions", {"questions", questionId, "prompt"}));
    MatrixPage matrix(*m_records);
    QCOMPARE(matrix.grid()->cell(MatrixDimension::RoadmapImpact, 5)->descriptor(),
             shipped("de", "matrix", {"dimensions", "roadmap-impact", "levels", "5", "descriptor"}));
}

// With the UI in German the candidate still answers in English; a German answer gets the note, no number.
void ContentLanguageTest::theCoachReadsEnglishOnly()
{
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QString questionId;
    auto live = openLivePage(&questionId);
    QVERIFY(live);
    auto* editor = live->findChild<CoachedAnswerEditor*>(QStringLiteral("coachedAnswer"));
    QVERIFY(editor);
    QTest::keyClicks(editor->textEdit(),
                     // typed as a keyboard would (QTest types ASCII only): "kuerzen" for "kürzen"
                     QStringLiteral("Ich plane die Warteschlange um 30 Prozent zu kuerzen, indem wir mit dem "
                                    "Speicher-Team einen Plan machen."));
    QTRY_VERIFY(editor->report().notEnglish);
    QVERIFY(!editor->report().hasScore());
    QVERIFY(editor->report().findings.isEmpty());
    const QString summary = editor->summaryLabel()->text();
    QVERIFY2(summary.contains(AnswerCoach::englishOnlyNote().toHtmlEscaped()), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("/100")), qPrintable(summary));
    QCOMPARE(editor->summaryLabel()->accessibleName(), QCoreApplication::translate("debrief::studio::CoachedAnswerEditor", "Coach"));

    editor->textEdit()->clear();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("I would cut queue time by 30 percent with the storage team."));
    QTRY_VERIFY(!editor->report().notEnglish);
    QVERIFY(editor->report().hasScore());
    QVERIFY(!editor->report().findings.isEmpty());
}

// The loop planner keeps its lists on a switch (ticks, selection): their texts must still follow.
void ContentLanguageTest::checklistFollowsASwitchAndKeepsItsTicks()
{
    LoopPlannerPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget* technical = page.checklist(RoundKind::Technical);
    QVERIFY(technical->count() > 0);
    QListWidgetItem* first = technical->item(0);
    const QString id = first->data(Qt::UserRole).toString();
    const Qt::CheckState ticked = first->checkState();
    QCOMPARE(first->text(), m_records->content().checklist(RoundKind::Technical).first().text);

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    const QString german = shipped("de", "checklist", {"items", id, "text"});
    QVERIFY(!german.isEmpty());
    QTRY_COMPARE(technical->item(0)->text(), german);
    QCOMPARE(technical->item(0), first);  // the same item, not a rebuilt list
    QCOMPARE(first->checkState(), ticked);
}

// The design round (the demo's newest session has one): its scenario, request titles and prompt.
void ContentLanguageTest::contentErrorsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notAnObject");  // a question bank that is a JSON array
    QTest::addColumn<QString>("missing");      // one without its "bank" and "questions"
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("expected an object, found an array")
                        << QStringLiteral("missing");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Objekt erwartet, ein Array gefunden")
                        << QStringLiteral("fehlt");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("应为对象，实际为 数组")
                           << QStringLiteral("缺失");
}

// A malformed question bank of the user's is refused with messages in the UI's language: the file's
// envelope check (a free helper) and its field checks (FileChecker) alike.
void ContentLanguageTest::contentErrorsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, notAnObject);
    QFETCH(QString, missing);
    QVERIFY(LanguageSwitch::switchTo(language));
    ContentLibrary library;
    QVERIFY(library.loadShipped());
    const auto write = [this](const QString& name, const QByteArray& json) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return QString();
        return file.fileName();
    };
    const QString array = write(QStringLiteral("array.json"), "[]");
    QVERIFY(!library.loadUserFile(array));
    QCOMPARE(library.errors().size(), 1);
    QCOMPARE(library.errors().first().message, notAnObject);
    library.clearErrors();
    const QString empty = write(QStringLiteral("no-bank.json"), R"({"kind": "questions", "version": 1})");
    QVERIFY(!library.loadUserFile(empty));
    QCOMPARE(library.errors().size(), 2);
    QCOMPARE(library.errors().at(0).path, QStringLiteral("$.bank"));
    QCOMPARE(library.errors().at(0).message, missing);
    QCOMPARE(library.errors().at(1).path, QStringLiteral("$.questions"));
    QCOMPARE(library.errors().at(1).message, missing);
}

void ContentLanguageTest::designRoundFollowsASwitch()
{
    DesignRoundPage page(*m_records);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* scenario = page.findChild<QComboBox*>(QStringLiteral("scenario"));
    auto* prompt = page.findChild<QLabel*>(QStringLiteral("designPrompt"));
    QVERIFY(scenario && prompt);
    const QString scenarioId = scenario->currentData().toString();
    QVERIFY(!scenarioId.isEmpty());
    const QString englishPrompt = prompt->text();
    QString questionId;
    for (const Question& question : m_records->content().questions(RoundKind::ProductDesign))
        if (question.prompt == englishPrompt)
            questionId = question.id;
    QVERIFY(!questionId.isEmpty());

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(scenario->currentText(), shipped("de", "scenarios", {"scenarios", scenarioId, "title"}));
    QCOMPARE(scenario->currentData().toString(), scenarioId);
    QTRY_COMPARE(prompt->text(), shipped("de", "questions", {"questions", questionId, "prompt"}));
}

QTEST_MAIN(ContentLanguageTest)
#include "contentlanguagetest.moc"

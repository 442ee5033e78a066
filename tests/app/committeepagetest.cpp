// The Committee page: scorecard files dropped on it are imported (a refused one is listed with its
// reason, the others still come in), a split of two points and a veto are flagged and highlighted,
// clicking a flag selects its row, and the decision typed and recorded survives a reload; undo takes
// an import and a decision back.
#include "committee/committeepage.h"
#include "interviewrecords.h"
#include "debrief/debriefpage.h"
#include "shell/languageswitch.h"
#include "shell/studioappearance.h"
#include "widgets/chartstyle.h"
#include "widgets/statuscolors.h"
#include "uilanguage.h"

#include "storage/committeestore.h"
#include "storage/democandidate.h"
#include "storage/scorecardexchange.h"

#include "markingtranslator.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>

using namespace debrief::studio;
using namespace debrief::interview;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/studio/committee/") + QLatin1String(name);
}

// Drops the files on the page as a file manager would.
void drop(QWidget* page, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = page->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &dropped);
}

void clickItem(QListWidget* list, int row)
{
    QListWidgetItem* item = list->item(row);
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(item).center());
}

// On the round indicator: a radio button takes clicks on its indicator and label only.
void clickRadio(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(6, button->height() / 2));
    QVERIFY(button->isChecked());
}

}  // namespace

class CommitteePageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A database with one session, made by the per-interviewer import of Alex's scorecard.
    void init()
    {
        static int run = 0;
        m_path = m_dir.filePath(QStringLiteral("committee-%1.sqlite").arg(++run));
        m_records = std::make_unique<InterviewRecords>(m_path);
        QVERIFY(m_records->isOpen());
        m_id = debrief::storage::ScorecardExchange(m_records->database()).importFile(dataFile("alex.json"), m_records->content()).sessionId;
    }

    void cleanup() { m_records.reset(); }

    void twoFilesThatDisagreeByTwoAreFlagged()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.sessionId(), m_id);
        QVERIFY(page.review().scorecards.isEmpty());

        drop(&page, {dataFile("alex.json"), dataFile("sam-split.json")});
        QCOMPARE(page.scorecardList()->count(), 2);
        QVERIFY(page.problemsText().isEmpty());
        // Side by side: row 1 Alex 3/3, Sam 1/3; row 2 Sam's Vision 2 (no evidence).
        QTableWidget* table = page.answerTable();
        QCOMPARE(table->rowCount(), 2);
        const int alex = page.depthColumn(QStringLiteral("Alex Moreno"));
        const int sam = page.depthColumn(QStringLiteral("Sam Okafor"));
        QCOMPARE(alex, 2);
        QCOMPARE(sam, 4);
        QCOMPARE(table->horizontalHeaderItem(sam)->text(), QStringLiteral("Sam Okafor\nDepth"));
        QCOMPARE(table->item(0, alex)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, sam)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, sam + 1)->text(), QStringLiteral("2"));

        // The flags: Q1 Depth 1 vs 3, Q2 Vision 2 vs 4, failure isolation 3 vs 5; highlighted where they are.
        QCOMPARE(page.flagList()->count(), 3);
        QCOMPARE(page.flagList()->item(0)->text(),
                 QStringLiteral("Split: Question 1 (Technical): Sam Okafor gave Depth 1, Alex Moreno gave 3 (2 points "
                                "apart)."));
        QCOMPARE(table->item(0, sam)->background().color(), QColor(0xfd, 0xe3, 0xa7));
        QCOMPARE(table->item(0, alex)->background().color(), QColor(0xfd, 0xe3, 0xa7));
        QCOMPARE(table->item(0, sam + 1)->background().style(), Qt::NoBrush);  // Vision 3 / 3: no split
        QTableWidget* marks = page.sessionMarkTable();
        QCOMPARE(marks->item(1, 0)->text(), QStringLiteral("Failure isolation"));
        QCOMPARE(marks->item(1, 2)->text(), QStringLiteral("5"));
        QCOMPARE(marks->item(1, 2)->background().color(), QColor(0xfd, 0xe3, 0xa7));

        // Clicking a flag selects its row.
        clickItem(page.flagList(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
        clickItem(page.flagList(), 2);
        QCOMPARE(marks->selectionModel()->selectedRows().first().row(), 1);
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());

        QVERIFY(page.verdictsText().contains(QStringLiteral("Sam Okafor: No")));
        QVERIFY(page.justificationsText().contains(
            QStringLiteral("Alex Moreno, Vision 3: “proposed EASY backfill, 20 % less queue time”")));
        QVERIFY(page.justificationsText().contains(
            QStringLiteral("Sam Okafor, Vision 2: no written justification (evidence: none)")));

        // The same files again add nothing; undo takes the import back, redo brings it again.
        drop(&page, {dataFile("sam-split.json")});
        QCOMPARE(page.scorecardList()->count(), 2);
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(page.scorecardList()->count(), 0);
        QCOMPARE(debrief::storage::CommitteeStore(m_records->database()).list(m_id).size(), 0);
        page.undoStack()->redo();
        QCOMPARE(page.flagList()->count(), 3);
        QCOMPARE(page.review().scorecards.at(1).interviewer, QStringLiteral("Sam Okafor"));

        // Sam's corrected file (Depth 2 on question 1) replaces his first one and ends that split;
        // undo puts the first one back, in its place.
        QFile original(dataFile("sam-split.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray corrected = original.readAll();
        corrected.replace("\"depth\": 1", "\"depth\": 2");
        const QString correctedPath = m_dir.filePath(QStringLiteral("sam-corrected.json"));
        QFile out(correctedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(corrected);
        out.close();
        drop(&page, {correctedPath});
        QCOMPARE(page.scorecardList()->count(), 2);
        QCOMPARE(table->item(0, sam)->text(), QStringLiteral("2"));
        QCOMPARE(page.review().flags.size(), 2);
        page.undoStack()->undo();
        QCOMPARE(table->item(0, sam)->text(), QStringLiteral("1"));
        QCOMPARE(page.review().flags.size(), 3);
        QCOMPARE(page.review().scorecards.at(1).sourceFile, dataFile("sam-split.json"));
    }

    // Kim's scores are all drafts: listed with their count, no marks, no flags.
    void draftsAreLeftOutAndSaidSo()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        drop(&page, {dataFile("alex.json"), dataFile("kim-drafts.json")});
        QCOMPARE(page.scorecardList()->count(), 2);
        QVERIFY2(!page.scorecardList()->item(0)->text().contains(QLatin1String("draft")),
                 qPrintable(page.scorecardList()->item(0)->text()));
        const QString kim = page.scorecardList()->item(1)->text();
        QVERIFY2(kim.startsWith(QStringLiteral("Kim Ito — kim-drafts.json, imported ")), qPrintable(kim));
        QVERIFY2(kim.endsWith(QStringLiteral("; 2 draft score(s) left out")), qPrintable(kim));
        QCOMPARE(page.scorecardList()->item(1)->toolTip(),
                 dataFile("kim-drafts.json") +
                     QStringLiteral("\nScores not submitted are drafts: the committee leaves them out."));
        const int column = page.depthColumn(QStringLiteral("Kim Ito"));
        // Kim's marks are drafts 2 points under Alex's: shown as not submitted, never as agreement.
        QCOMPARE(page.answerTable()->item(0, column)->text(), QStringLiteral("not submitted"));
        QCOMPARE(page.answerTable()->item(1, column + 1)->text(), QStringLiteral("not submitted"));
        QCOMPARE(page.flagList()->count(), 2);
        QCOMPARE(page.flagList()->item(0)->text(),
                 QStringLiteral("Not submitted: Kim Ito. Their drafts are not compared or counted."));
        QCOMPARE(page.flagList()->item(1)->text(),
                 QStringLiteral("Nothing to compare yet: agreement needs submitted scores from at least two "
                                "interviewers."));
        QVERIFY(page.review().flags.isEmpty());
    }

    void aVetoIsFlaggedAndARefusedFileNamed()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        drop(&page, {dataFile("alex.json"), dataFile("out-of-range.json"), dataFile("jo-veto.json")});
        // The bad file is named with its JSON path; the other two came in.
        QCOMPARE(page.problemsText(), QStringLiteral("Not imported:\n%1: $.answers[1].depth: 5 is out of range (1-4)")
                                          .arg(dataFile("out-of-range.json")));
        QCOMPARE(page.scorecardList()->count(), 2);
        QCOMPARE(page.flagList()->item(0)->text(),
                 QStringLiteral("Veto: Jo Lindqvist gave Metric Translation 0: a veto, Strong No whatever else "
                                "scored."));
        QCOMPARE(page.flagList()->item(0)->background().color(), QColor(0xf6, 0xc1, 0xc1));
        // Metric Translation is row 5 of the session marks; Jo's cell (column 2) in the veto colour.
        QCOMPARE(page.sessionMarkTable()->item(5, 0)->text(), QStringLiteral("Metric Translation"));
        QCOMPARE(page.sessionMarkTable()->item(5, 2)->text(), QStringLiteral("0"));
        QCOMPARE(page.sessionMarkTable()->item(5, 2)->background().color(), QColor(0xf6, 0xc1, 0xc1));
        clickItem(page.flagList(), 0);
        QCOMPARE(page.sessionMarkTable()->selectionModel()->selectedRows().first().row(), 5);
        QVERIFY(page.verdictsText().contains(QStringLiteral("Jo Lindqvist: Strong No (vetoed)")));
    }

    void theDecisionIsRecordedWithItsReasonAndSurvivesAReload()
    {
        {
            CommitteePage page(*m_records);
            page.resize(1300, 900);
            page.show();
            page.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            drop(&page, {dataFile("alex.json"), dataFile("sam-split.json")});
            QVERIFY(!page.recordButton()->isEnabled());  // no decision, no reason yet
            QAbstractButton* no = page.decisionButtons()->button(int(Recommendation::No));
            clickRadio(no);
            QVERIFY(!page.recordButton()->isEnabled());  // the reason is required
            QTest::mouseClick(page.reasonEdit(), Qt::LeftButton);
            QTest::keyClicks(page.reasonEdit(), QStringLiteral("Sam's depth concern holds"));
            QVERIFY(page.recordButton()->isEnabled());
            QTest::mouseClick(page.recordButton(), Qt::LeftButton);
            QVERIFY(page.decisionText().startsWith(QStringLiteral("Recorded: No on ")));
            QVERIFY(page.decisionText().endsWith(QStringLiteral(". Sam's depth concern holds")));
            QVERIFY(!page.recordButton()->isEnabled());  // nothing changed since

            // A second decision, then undo: the first comes back.
            clickRadio(page.decisionButtons()->button(int(Recommendation::Yes)));
            QTest::keyClick(page.reasonEdit(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(page.reasonEdit(), QStringLiteral("changed our minds"));
            QTest::keyClick(page.reasonEdit(), Qt::Key_Return);
            QCOMPARE(page.review().decision.decision, Recommendation::Yes);
            page.undoStack()->undo();
            QCOMPARE(page.review().decision.decision, Recommendation::No);
            QCOMPARE(page.reasonEdit()->text(), QStringLiteral("Sam's depth concern holds"));
        }
        // A new studio on the same file shows it.
        m_records = std::make_unique<InterviewRecords>(m_path);
        CommitteePage reopened(*m_records);
        QCOMPARE(reopened.sessionId(), m_id);
        QCOMPARE(reopened.review().decision.decision, Recommendation::No);
        QVERIFY(reopened.decisionButtons()->button(int(Recommendation::No))->isChecked());
        QCOMPARE(reopened.reasonEdit()->text(), QStringLiteral("Sam's depth concern holds"));
        QVERIFY(reopened.decisionText().startsWith(QStringLiteral("Recorded: No on ")));
        QCOMPARE(reopened.scorecardList()->count(), 2);
    }

    void submittedScoresWithinAPointAgree()
    {
        // Sam's close file: Depth 2/3 against Alex's 3/3, everything else within a point.
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        drop(&page, {dataFile("alex.json"), dataFile("sam-close.json")});
        QCOMPARE(page.scorecardList()->count(), 2);
        QVERIFY(page.review().flags.isEmpty());
        QCOMPARE(page.flagList()->count(), 1);
        QCOMPARE(page.flagList()->item(0)->text(),
                 QStringLiteral("No splits and no veto: the submitted scores agree within a point."));
    }

    void removingAScorecardIsUndoable()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        drop(&page, {dataFile("alex.json"), dataFile("sam-split.json")});
        clickItem(page.scorecardList(), 1);
        page.scorecardList()->setFocus();
        QTest::keyClick(page.scorecardList(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(page.scorecardList()->count(), 1);
        QVERIFY(page.review().flags.isEmpty());
        QCOMPARE(page.flagList()->item(0)->text(),
                 QStringLiteral("Nothing to compare yet: agreement needs submitted scores from at least two "
                                "interviewers."));
        page.undoStack()->undo();
        QCOMPARE(page.scorecardList()->count(), 2);
        QCOMPARE(page.review().scorecards.at(1).interviewer, QStringLiteral("Sam Okafor"));
        QCOMPARE(page.flagList()->count(), 3);
    }

    // In German the page, the flags and the refusal reasons all speak German.
    void germanRefusalsAndFlags()
    {
        QVERIFY(UiLanguage::install(*qApp, QStringLiteral("de")));
        {
            CommitteePage page(*m_records);
            drop(&page, {dataFile("wrong-version.json"), dataFile("alex.json"), dataFile("jo-veto.json")});
            QCOMPARE(page.problemsText(),
                     QStringLiteral("Nicht importiert:\n%1: $.version: unbekannte Version 2 (dieser Build liest "
                                    "Version 1)")
                         .arg(dataFile("wrong-version.json")));
            QCOMPARE(page.flagList()->item(0)->text(),
                     QStringLiteral("Veto: Jo Lindqvist gab Metrikübersetzung 0: ein Veto, Klares Nein, egal wie der "
                                    "Rest bewertet wurde."));
            QCOMPARE(page.sessionMarkTable()->item(5, 0)->text(), QStringLiteral("Metrikübersetzung"));
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        UiLanguage::install(*qApp, QStringLiteral("en"));
    }

    void fitsBesideThePageList()
    {
        debrief::storage::DemoCandidate::fill(m_records->database());
        CommitteePage page(*m_records);
        page.show();
        QVERIFY(!page.review().scorecards.isEmpty());
        QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
        // A refused database (written by a newer version): its long message wraps.
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            debrief::storage::Database database(newer);
            QVERIFY(database.open());
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        InterviewRecords refused(newer);
        QVERIFY(!refused.isOpen());
        CommitteePage empty(refused);
        QCOMPARE(empty.sessionId(), 0);
        QVERIFY2(empty.minimumSizeHint().width() <= 820, qPrintable(QString::number(empty.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
    }

    // Settings > Language while a decision is being prepared: every text follows, nothing is lost.
    void languageSwitchRetranslatesThePage()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        drop(&page, {dataFile("alex.json"), dataFile("out-of-range.json"), dataFile("sam-split.json")});
        QCOMPARE(page.scorecardList()->count(), 2);
        clickItem(page.flagList(), 1);  // Q2's Vision split: selects answer row 2
        QCOMPARE(page.answerTable()->selectionModel()->selectedRows().first().row(), 1);
        QAbstractButton* yes = page.decisionButtons()->button(int(Recommendation::Yes));
        clickRadio(yes);
        QTest::keyClicks(page.reasonEdit(), QStringLiteral("Depth holds up"));
        QVERIFY(page.recordButton()->isEnabled());
        QCOMPARE(page.undoStack()->count(), 1);

        QGroupBox* decisionBox = nullptr;
        for (QGroupBox* box : page.findChildren<QGroupBox*>()) {
            if (box->title() == QStringLiteral("Committee decision"))
                decisionBox = box;
        }
        QVERIFY(decisionBox);
        QCOMPARE(yes->text(), QStringLiteral("Yes"));
        QCOMPARE(page.recordButton()->text(), QStringLiteral("Record &decision"));
        const QString firstFlag = page.flagList()->item(0)->text();

        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_COMPARE(decisionBox->title(), QStringLiteral("[x] Committee decision"));
        QCOMPARE(yes->text(), QStringLiteral("[x] Yes"));
        QCOMPARE(page.recordButton()->text(), QStringLiteral("[x] Record &decision"));
        QCOMPARE(page.exportAction()->text(), QStringLiteral("[x] Export &PDF..."));
        QCOMPARE(page.reasonEdit()->placeholderText(), QStringLiteral("[x] The committee's reason (required)"));
        QCOMPARE(page.answerTable()->horizontalHeaderItem(1)->text(), QStringLiteral("[x] Question"));
        QCOMPARE(page.answerTable()->horizontalHeaderItem(page.depthColumn(QStringLiteral("Sam Okafor")))->text(),
                 QStringLiteral("[x] Sam Okafor\nDepth"));
        QCOMPARE(page.sessionMarkTable()->horizontalHeaderItem(0)->text(), QStringLiteral("[x] Mark"));
        // The computed texts: the flags as the rules word them, the verdicts, the decision line, the
        // refusals' heading.
        QVERIFY2(page.flagList()->item(0)->text().startsWith(QStringLiteral("[x] Split: [x] ")),
                 qPrintable(page.flagList()->item(0)->text()));
        QVERIFY2(page.verdictsText().contains(QStringLiteral("Sam Okafor: [x] No")), qPrintable(page.verdictsText()));
        QVERIFY(page.decisionText().startsWith(QStringLiteral("[x] Not decided yet")));
        QVERIFY2(page.problemsText().startsWith(QStringLiteral("[x] Not imported:\n")),
                 qPrintable(page.problemsText()));
        // Nothing the user did is lost: the option, the reason, the flag and its row, the undo step.
        QVERIFY(yes->isChecked());
        QCOMPARE(page.reasonEdit()->text(), QStringLiteral("Depth holds up"));
        QVERIFY(page.recordButton()->isEnabled());
        QCOMPARE(page.flagList()->currentRow(), 1);
        QCOMPARE(page.answerTable()->selectionModel()->selectedRows().first().row(), 1);
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.sessionId(), m_id);

        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(decisionBox->title(), QStringLiteral("Committee decision"));
        QCOMPARE(yes->text(), QStringLiteral("Yes"));
        QCOMPARE(page.flagList()->item(0)->text(), firstFlag);
        QVERIFY(page.verdictsText().contains(QStringLiteral("Sam Okafor: No")));
        QVERIFY(page.problemsText().startsWith(QStringLiteral("Not imported:\n")));
        QCOMPARE(page.reasonEdit()->text(), QStringLiteral("Depth holds up"));
        // The decision prepared before the switch is recorded as it was.
        QTest::mouseClick(page.recordButton(), Qt::LeftButton);
        QCOMPARE(page.review().decision.decision, Recommendation::Yes);
        QCOMPARE(page.review().decision.reason, QStringLiteral("Depth holds up"));

        QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
        QTRY_COMPARE(decisionBox->title(), QStringLiteral("Gremiumsentscheidung"));
        QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
        QTRY_COMPARE(decisionBox->title(), QStringLiteral("Committee decision"));
        QVERIFY(page.decisionText().startsWith(QStringLiteral("Recorded: Yes")));
    }

    // Each scorer's column headers in their colour, as on the Debrief page: 3:1 or more on the table's
    // base in either theme, and recoloured by a theme switch.
    void scorerColumnsReadOnEitherTheme()
    {
        CommitteePage page(*m_records);
        page.resize(1300, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        drop(&page, {dataFile("alex.json"), dataFile("sam-split.json")});
        QTableWidget* table = page.answerTable();
        const QStringList scorers{QStringLiteral("Alex Moreno"), QStringLiteral("Sam Okafor")};
        QMap<QString, QColor> light;
        for (StudioAppearance::Theme theme : {StudioAppearance::Theme::Light, StudioAppearance::Theme::Dark}) {
            StudioAppearance appearance;
            appearance.theme = theme;
            appearance.apply();
            QApplication::processEvents();
            const QPalette palette = QApplication::palette();
            QCOMPARE(ChartStyle::isDark(palette), theme == StudioAppearance::Theme::Dark);
            QList<QColor> seen;
            for (const QString& name : scorers) {
                const QColor depth = table->horizontalHeaderItem(page.depthColumn(name))->foreground().color();
                QCOMPARE(table->horizontalHeaderItem(page.depthColumn(name) + 1)->foreground().color(), depth);
                const double ratio = StatusColors::contrast(depth, palette.color(QPalette::Base));
                QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1: %2 on %3: %4")
                                                      .arg(name, depth.name(), palette.color(QPalette::Base).name())
                                                      .arg(ratio)));
                QVERIFY(!seen.contains(depth));
                seen << depth;
                if (theme == StudioAppearance::Theme::Light)
                    light[name] = depth;
                else
                    QVERIFY2(depth != light[name], qPrintable(name));  // the dark variant now
            }
        }
        StudioAppearance appearance;
        appearance.theme = StudioAppearance::Theme::System;
        appearance.apply();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<InterviewRecords> m_records;
    std::int64_t m_id = 0;
};

QTEST_MAIN(CommitteePageTest)
#include "committeepagetest.moc"

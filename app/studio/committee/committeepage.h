#pragma once

#include "interview/committee.h"
#include "reportdocument.h"
#include "studiopage.h"

#include <QStringList>

#include <cstdint>

class QAction;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QUndoStack;

namespace debrief::studio {

class InterviewRecords;
class SessionPicker;

// The committee debrief of one session: the interviewers' scorecard files imported side by side
// (several at once, or dropped on the page; a refused file is listed with its reason and the others
// still come in), every answer's marks per interviewer, the session-level marks, the flags (splits
// of two points or more, Metric Translation vetoes) highlighted in the tables, the Vision
// justifications, each scorer's verdict, and the committee's final decision with its required reason,
// saved at once with its time. Imports, removals and the decision are undoable.
class CommitteePage : public StudioPage {
    Q_OBJECT

public:
    explicit CommitteePage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("committee"); }
    QString title() const override { return tr("Committee"); }

    void showSession(std::int64_t id);
    std::int64_t sessionId() const { return m_sessionId; }
    const interview::CommitteeReview& review() const { return m_review; }

    // Imports each file into the committee; a refused file is reported and the others imported.
    // Returns how many were imported (added or replaced). One undo step for the batch.
    int importFiles(const QStringList& paths);
    // The committee PDF (every interviewer, the flags, the decision); false with `error` when the file
    // cannot be written (the old one is then kept). exportAction() asks where first.
    bool exportPdf(const QString& path, report::PaperSize paper, QString* error = nullptr) const;
    QAction* exportAction() const { return m_exportAction; }

    QTableWidget* answerTable() const { return m_answers; }
    QTableWidget* sessionMarkTable() const { return m_sessionMarks; }
    QListWidget* flagList() const { return m_flags; }
    QListWidget* scorecardList() const { return m_scorecards; }
    QButtonGroup* decisionButtons() const { return m_decision; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* recordButton() const { return m_record; }
    QString problemsText() const;  // the refusals of the last import, as shown
    QString decisionText() const;  // the recorded decision, as shown
    QString verdictsText() const;
    QString justificationsText() const;
    QUndoStack* undoStack() const { return m_undo; }

    // The table column of an interviewer's Depth (Vision is the next one); -1 when not a scorer.
    int depthColumn(const QString& interviewer) const;
    bool hasDraft(const QString& interviewer, const interview::CommitteeAnswer& answer) const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the fixed texts; changeEvent() refills the computed ones, keeping the state
    void showProblems();
    void chooseFiles();
    void chooseExport();
    void removeSelectedScorecard();
    void recordDecision();
    void reload();
    void fillScorecards();
    void fillAnswers();
    void colourScorers();
    void fillSessionMarks();
    void fillFlags();
    void fillDetails();
    void fillDecision();
    void updateRecordButton();
    void selectFlag(int index);

    InterviewRecords& m_records;
    std::int64_t m_sessionId = 0;
    interview::CommitteeReview m_review;
    SessionPicker* m_picker;
    QAction* m_importAction;
    QAction* m_removeAction;
    QAction* m_recordAction;
    QAction* m_exportAction;
    QLabel* m_empty;
    QLabel* m_problems;
    QListWidget* m_scorecards;
    QTableWidget* m_answers;
    QTableWidget* m_sessionMarks;
    QListWidget* m_flags;
    QLabel* m_justifications;
    QLabel* m_verdicts;
    QButtonGroup* m_decision;
    QLineEdit* m_reason;
    QPushButton* m_record;
    QLabel* m_recorded;
    QLabel* m_sessionLabel;
    QPushButton* m_exportButton;
    QScrollArea* m_details;
    QGroupBox* m_scorecardsBox = nullptr;
    QGroupBox* m_answersBox = nullptr;
    QGroupBox* m_sessionMarksBox = nullptr;
    QGroupBox* m_flagsBox = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    QGroupBox* m_verdictsBox = nullptr;
    QGroupBox* m_justificationsBox = nullptr;
    QStringList m_refusals;  // the last import's refused files, as the store explained them
    QUndoStack* m_undo;
};

}  // namespace debrief::studio

#pragma once

#include "interview/loopplanner.h"
#include "interview/rubric.h"
#include "studiopage.h"

#include <QDate>
#include <QList>
#include <QSet>

class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QUndoStack;

namespace debrief::studio {

class InterviewRecords;
class LoopTimelineView;

// The candidate's interview loop: the five rounds on a timeline from the start date they pick, 35
// days when the portfolio makes them Orchestration Ready and 45 otherwise (LoopPlanner), each round's
// focus and its preparation checklist (checklist.json) with the progress. The start date and every
// tick are saved at once and undoable.
class LoopPlannerPage : public StudioPage {
    Q_OBJECT

public:
    explicit LoopPlannerPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("loop-planner"); }
    QString title() const override { return tr("Loop planner"); }

    // The page follows the current candidate (InterviewRecords) until one is set here.
    void setCandidate(const QString& candidate);
    QString candidate() const { return m_candidate; }
    // Reads the start date, the ticks and the portfolio's Orchestration Ready flag again.
    void reload();

    const interview::LoopPlan& plan() const { return m_plan; }
    QDate startDate() const { return m_start; }
    bool startDateSaved() const { return m_startSaved; }
    const QSet<QString>& tickedItems() const { return m_ticked; }
    // Ticked and total checklist items of one round, and of the whole loop.
    std::pair<int, int> progress(interview::RoundKind round) const;
    std::pair<int, int> overallProgress() const;

    QDateEdit* startDateEdit() const { return m_startEdit; }
    QListWidget* checklist(interview::RoundKind round) const;
    QProgressBar* roundProgressBar(interview::RoundKind round) const;
    QLabel* roundHeading(interview::RoundKind round) const;
    QProgressBar* overallProgressBar() const { return m_overall; }
    QLabel* planSummary() const { return m_summary; }
    LoopTimelineView* timeline() const { return m_timeline; }
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct RoundColumn {
        interview::RoundKind round;
        QGroupBox* box;
        QLabel* heading;
        QLabel* focus;
        QProgressBar* bar;
        QListWidget* items;
    };

    void retranslate();
    void placeColumns();
    // Reads the plan again and sets every text; the checklists (content, English only) are rebuilt only
    // when `rebuildLists`, so a language switch keeps their scroll position and current item.
    void load(bool rebuildLists);
    void pickStartDate(const QDate& date);
    void itemToggled(QListWidgetItem* item);
    void refreshProgress();

    InterviewRecords& m_records;
    QString m_candidate;
    bool m_followLatest = true;
    QDate m_start;
    bool m_startSaved = false;
    bool m_ready = false;
    QString m_readyReason;
    QSet<QString> m_ticked;
    interview::LoopPlan m_plan;

    QLabel* m_heading;
    QLabel* m_empty;
    QLabel* m_startLabel;
    QLabel* m_preparationLabel;
    QDateEdit* m_startEdit;
    QLabel* m_startHint;
    QLabel* m_summary;
    QLabel* m_readyLabel;
    QProgressBar* m_overall;
    LoopTimelineView* m_timeline;
    QList<RoundColumn> m_columns;
    // The round columns in rows of as many as the page's width holds (placeColumns).
    QGridLayout* m_columnGrid = nullptr;
    int m_columnsPerRow = 0;
    QUndoStack* m_undo;
};

}  // namespace debrief::studio

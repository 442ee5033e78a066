#pragma once

#include "interview/drillcard.h"
#include "interview/session.h"
#include "storage/sessionstore.h"
#include "studiopage.h"

#include <QList>

#include <cstdint>

class QBoxLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QUndoStack;

namespace debrief::studio {

class InterviewRecords;
class MaturityMatrixGrid;
class RadarChartView;
class SessionController;
class SessionPicker;

// The GPU Orchestration Maturity Matrix of one session: click a cell to set the self or the
// interviewer level (saved at once through the page's SessionController, undoable on its stack), the
// radar of both against the Level 3 bar, the gaps, and the drill cards the gaps create.
class MatrixPage : public StudioPage {
    Q_OBJECT

public:
    explicit MatrixPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("Maturity Matrix"); }

    void showSession(std::int64_t id);
    std::int64_t sessionId() const { return session().id; }
    const interview::Session& session() const;
    storage::SessionStore::Rater clickSets() const;
    void setClickSets(storage::SessionStore::Rater rater);
    QList<interview::DrillCard> proposedDrills() const { return m_proposed; }

    MaturityMatrixGrid* grid() const { return m_grid; }
    RadarChartView* radar() const { return m_radar; }
    SessionController* controller() const { return m_controller; }
    QUndoStack* undoStack() const;  // the controller's

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;  // side by side or stacked, by the page's width

private:
    void colourRaters();
    void retranslate();  // the fixed texts; changeEvent() refills the computed ones, keeping the state
    void reload();       // the session again from the database, then refresh()
    void load(std::int64_t id);
    void refresh();  // every view from the controller's session and the drills stored
    void setLevel(interview::MatrixDimension dimension, int level);
    void scheduleDrills();
    QString dimensionName(interview::MatrixDimension dimension) const;

    InterviewRecords& m_records;
    SessionController* m_controller;
    std::int64_t m_requested = 0;  // the session asked for; the controller has none when it could not be read
    QList<interview::DrillCard> m_proposed;
    SessionPicker* m_picker;
    QRadioButton* m_setsSelf;
    QRadioButton* m_setsInterviewer;
    MaturityMatrixGrid* m_grid;
    RadarChartView* m_radar;
    QTableWidget* m_gaps;
    QListWidget* m_drills;
    QPushButton* m_schedule;
    QLabel* m_empty;
    QLabel* m_sessionLabel;
    QLabel* m_clickLabel;
    QGroupBox* m_gapsBox;
    QGroupBox* m_drillsBox;
    QGroupBox* m_radarBox;
    QBoxLayout* m_body = nullptr;  // the grid and the side column: beside or above each other
};

}  // namespace debrief::studio

#pragma once

#include "interview/drillcard.h"
#include "interview/session.h"
#include "storage/sessionstore.h"
#include "studiopage.h"

#include <QList>

#include <cstdint>

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
class SessionPicker;

// The GPU Orchestration Maturity Matrix of one session: click a cell to set the self or the
// interviewer level (saved at once, undoable with the page's own undo stack), the radar of both
// against the Level 3 bar, the gaps, and the drill cards the gaps create.
class MatrixPage : public StudioPage {
    Q_OBJECT

public:
    explicit MatrixPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("Maturity Matrix"); }

    void showSession(std::int64_t id);
    std::int64_t sessionId() const { return m_session.id; }
    const interview::Session& session() const { return m_session; }
    storage::SessionStore::Rater clickSets() const;
    void setClickSets(storage::SessionStore::Rater rater);
    QList<interview::DrillCard> proposedDrills() const { return m_proposed; }

    MaturityMatrixGrid* grid() const { return m_grid; }
    RadarChartView* radar() const { return m_radar; }
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the fixed texts; changeEvent() refills the computed ones, keeping the state
    void reload();
    void setLevel(interview::MatrixDimension dimension, int level);
    void scheduleDrills();
    QString dimensionName(interview::MatrixDimension dimension) const;

    InterviewRecords& m_records;
    interview::Session m_session;
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
    QUndoStack* m_undo;
};

}  // namespace debrief::studio

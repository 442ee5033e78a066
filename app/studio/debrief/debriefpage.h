#pragma once

#include "widgets/chartstyle.h"

#include "interview/session.h"
#include "studiopage.h"

#include <QColor>
#include <QStringList>

#include <cstdint>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTableWidget;
class QUndoStack;

namespace debrief::studio {

class DepthVisionGridView;
class InterviewRecords;
class SessionController;
class SessionPicker;

// The debrief of one session: every answer on the Depth x Vision grid, each interviewer's verdict with
// its reasons (the Vision caps, the Metric Translation veto), per-round scores, Strategic Fit, Roadmap
// Alignment, the Orchestration Impact Score, self against interviewer, the panel's agreement and
// splits, and the final recommendation (no neutral option, saved at once through the page's
// SessionController, undoable on its stack). Scores an interviewer has not submitted stay hidden from
// the others ("viewing as").
class DebriefPage : public StudioPage {
    Q_OBJECT

public:
    explicit DebriefPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("debrief"); }
    QString title() const override { return tr("Debrief"); }

    void showSession(std::int64_t id);
    std::int64_t sessionId() const { return session().id; }
    // Whose eyes the page uses: an interviewer's name, "self", or empty for the panel (submitted only).
    void setViewer(const QString& viewer);
    QString viewer() const;

    DepthVisionGridView* grid() const { return m_grid; }
    QString verdictText() const;       // plain text of the verdict section, as shown
    QString hiddenScoresText() const;  // the notice about hidden scores, empty when nothing is hidden
    QString agreementText() const;
    QString calibrationText() const;  // self against interviewer, as shown
    QString impactText() const;       // the Orchestration Impact Score section, as shown
    interview::Recommendation recommendation() const;
    void setRecommendation(interview::Recommendation recommendation);  // as a click would: saved at once

    SessionController* controller() const { return m_controller; }
    QUndoStack* undoStack() const;  // the controller's

    // An interviewer's colour (the candidate's self-assessment is the Maturity Matrix's "Self" blue):
    // the chart series palette's entries that read at 3:1 or more on either theme's window and base
    // (vermillion, black, grey; the n-th interviewer of the session takes the n-th, cyclically), in the
    // variant for `palette`. Without a palette the light one, which a chart view stores and draws
    // through ChartStyle::adapt() so a theme switch recolours it.
    static QColor interviewerColor(const interview::Session& session, const QString& interviewer,
                                   const QPalette& palette = ChartStyle::printPalette());

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the fixed texts; changeEvent() refills the computed ones, keeping the state
    void reload();
    void load(std::int64_t id);
    void fillViewers();
    void refreshViews();
    void showRecommendation();  // the options and the reason as stored
    void saveRecommendation();
    const interview::Session& session() const;

    InterviewRecords& m_records;
    SessionController* m_controller;
    SessionPicker* m_picker;
    QComboBox* m_viewer;
    DepthVisionGridView* m_grid;
    QLabel* m_hidden;
    QLabel* m_verdict;
    QTableWidget* m_rounds;
    QLabel* m_scores;
    QLabel* m_impact;
    QLabel* m_calibration;
    QLabel* m_agreement;
    QTableWidget* m_splits;
    QButtonGroup* m_recommendation;
    QLineEdit* m_reason;
    QLabel* m_empty;
    QLabel* m_sessionLabel;
    QLabel* m_viewingAsLabel;
    QGroupBox* m_gridBox = nullptr;
    QGroupBox* m_verdictBox = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    QGroupBox* m_roundsBox = nullptr;
    QGroupBox* m_agreementBox = nullptr;
    QGroupBox* m_calibrationBox = nullptr;
    QGroupBox* m_impactBox = nullptr;
    QScrollArea* m_details;
};

}  // namespace debrief::studio

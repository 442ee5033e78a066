#pragma once

#include "replayevidence.h"
#include "studiopage.h"
#include "widgets/coachedanswereditor.h"

#include "interview/answercoach.h"
#include "interview/session.h"

#include <QList>
#include <QPointer>

#include <cstdint>
#include <functional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSlider;
class QSplitter;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace debrief::interview {
struct Scenario;
}

namespace debrief::studio {

class BarChartView;
class EvidenceDialog;
class ImpactCostChartView;
class InterviewRecords;
class MetricTranslationPanel;
class SessionController;
class SessionPicker;

// The product design round of one session: the scenario, its feature requests with KPI, expected
// impact, confidence, evidence and budget share, the allocation and impact/cost charts, the weighted
// roadmap score, the metric translation calculator, the answer, and the interviewer's three scores
// with the Metric Translation veto. Layout and binding: the session is a SessionController's, which
// saves every edit at once as one step on its undo stack and announces it so Debrief and History refresh.
class DesignRoundPage : public StudioPage {
    Q_OBJECT

public:
    // How a share edit keeps the sum: the other requests rebalance in proportion, or the user
    // balances by hand and an unbalanced round cannot be submitted.
    enum class ShareMode { Rebalance, Manual };

    explicit DesignRoundPage(InterviewRecords& records, QWidget* parent = nullptr);
    ~DesignRoundPage() override;

    QString pageId() const override { return QStringLiteral("design-round"); }
    QString title() const override { return tr("Product Design Round"); }
    QString screenshotName() const override { return QStringLiteral("design-round"); }
    void saveEdits() override;  // the answer and any evidence text still being typed

    void showSession(std::int64_t id);
    const interview::Session& session() const;
    const interview::Scenario* scenario() const;
    QList<interview::DesignAllocation> allocations() const;  // one per request, in the scenario's order
    int designQuestion() const;                              // index of the product design question, -1 when none

    ShareMode shareMode() const;
    void setShareMode(ShareMode mode);
    bool canSubmit() const;

    // The edits, each one undoable step saved at once.
    void chooseScenario(const QString& scenarioId);
    // `dragging`: a slider drag in progress, whose steps merge into one undo step.
    void editShare(int row, double sharePercent, bool dragging = false);
    void attachEvidence(int row, const ReplayEvidence& evidence, ReplayEvidence::Measure measure);
    void insertIntoAnswer(const QString& text);
    void submitRound();
    void openEvidenceDialog(int row);

    // The widgets, for tests and the cheat sheet.
    QComboBox* scenarioBox() const { return m_scenarioBox; }
    QTableWidget* requestTable() const { return m_table; }
    QComboBox* kpiBox(int row) const;
    QDoubleSpinBox* impactBox(int row) const;
    QSpinBox* confidenceBox(int row) const;
    QLineEdit* evidenceEdit(int row) const;
    QPushButton* evidenceButton(int row) const;
    QSlider* shareSlider(int row) const;
    QDoubleSpinBox* shareBox(int row) const;
    QRadioButton* rebalanceButton() const { return m_rebalance; }
    QRadioButton* manualButton() const { return m_manual; }
    QLabel* sumLabel() const { return m_sum; }
    QLabel* roadmapScoreLabel() const { return m_roadmapScore; }
    QPushButton* submitButton() const { return m_submit; }
    BarChartView* allocationChart() const { return m_allocationChart; }
    ImpactCostChartView* impactChart() const { return m_impactChart; }
    MetricTranslationPanel* calculator() const { return m_calculator; }
    QPlainTextEdit* answerEditor() const { return m_answer->textEdit(); }
    CoachedAnswerEditor* coachedAnswer() const { return m_answer; }
    QSpinBox* designScoreBox() const { return m_designScore; }
    QSpinBox* metricTranslationBox() const { return m_metricTranslation; }
    QSpinBox* roadmapAlignmentBox() const { return m_roadmapAlignment; }
    QLabel* vetoLabel() const { return m_veto; }
    QLabel* verdictLabel() const { return m_verdict; }
    EvidenceDialog* evidenceDialog() const;
    QUndoStack* undoStack() const;  // the controller's

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;  // the side panel beside or below, by the page's width

private:
    struct RowWidgets {
        QComboBox* kpi = nullptr;
        QDoubleSpinBox* impact = nullptr;
        QSpinBox* confidence = nullptr;
        QLineEdit* evidence = nullptr;
        QPushButton* attach = nullptr;
        QSlider* slider = nullptr;
        QDoubleSpinBox* share = nullptr;
    };

    void retranslate();
    // The request rows' widgets stop talking to the page (before the rows are rebuilt or the page goes):
    // a focus-out arriving later must not edit a row that is no longer there.
    void disconnectRows();
    void retranslateRow(int row);  // the tooltips, accessible names and KPI names of one request row
    void reload();
    void load(std::int64_t id);
    void rebuildTable();
    void refresh();  // every widget from the controller's session, signals blocked
    void refreshCharts();
    // The texts computed from the session (context, sums, charts, verdict, submitted time); no widget
    // value changes, so a language switch keeps what is being typed.
    void refreshTexts();
    void refreshVerdict();
    void refreshScores();
    void refreshAnswer();
    void refreshPrompt();

    void pushRound(const interview::DesignRound& after, const QString& text, int mergeId = -1,
                   const QString& mergeKey = {});
    interview::DesignRound currentRound() const;
    void editAllocation(int row, const std::function<void(interview::DesignAllocation&)>& change, const QString& text,
                        int mergeId = -1);
    void editScores();
    void commitAnswer();                     // typing not yet saved, now (the editor commits into saveAnswer)
    void saveAnswer(const QString& answer);  // one "Typing" step on the undo stack

    InterviewRecords& m_records;
    SessionController* m_controller;  // the session shown, its edits and their undo stack
    QString m_loadProblem;            // why the session could not be read, empty when it was
    bool m_loadFailed = false;        // the database refused to read the session asked for
    bool m_loading = false;           // widgets being filled from the session: no edits
    SessionPicker* m_picker;
    QComboBox* m_scenarioBox;
    QLabel* m_sessionLabel;
    QLabel* m_scenarioLabel;
    QLabel* m_shareModeLabel;
    QGroupBox* m_allocationBox;
    QGroupBox* m_impactBox;
    QGroupBox* m_calculatorBox;
    QGroupBox* m_answerBox;
    QGroupBox* m_scoresBox;
    QFormLayout* m_scoresForm;
    QAction* m_submitAction;
    QAction* m_attachAction;
    QLabel* m_context;
    QLabel* m_empty;
    QTableWidget* m_table;
    QList<RowWidgets> m_rows;
    QStringList m_rowIds;
    QRadioButton* m_rebalance;
    QRadioButton* m_manual;
    QLabel* m_sum;
    QLabel* m_roadmapScore;
    QPushButton* m_submit;
    QLabel* m_submitted;
    BarChartView* m_allocationChart;
    ImpactCostChartView* m_impactChart;
    MetricTranslationPanel* m_calculator;
    QLabel* m_prompt;
    CoachedAnswerEditor* m_answer;
    QSpinBox* m_designScore;
    QSpinBox* m_metricTranslation;
    QSpinBox* m_roadmapAlignment;
    QLabel* m_veto;
    QLabel* m_verdict;
    QPointer<EvidenceDialog> m_evidenceDialog;
    QSplitter* m_splitter = nullptr;  // the requests and charts, and the side panel
    QWidget* m_left = nullptr;
    QScrollArea* m_side = nullptr;
};

}  // namespace debrief::studio

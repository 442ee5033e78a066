#pragma once

#include <sharing/placementpolicy.h>

#include <QWidget>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace debrief::studio {

class SharingCostModel;
class SharingCurveModel;
class SharingSession;
class TimeSeriesChartView;

// The Trace Lab's Sharing tab: layout and binding over a SharingSession. The study's allocation
// ratio and fragmentation against arrived workload per placement (the openb paper's figure, filling
// as runs finish), their values at 100 % and at the end in a table, and the time replay rounded up
// against shared, with "Use as evidence".
class SharingPanel : public QWidget {
    Q_OBJECT

public:
    explicit SharingPanel(SharingSession* session, QWidget* parent = nullptr);

    SharingSession* controller() const { return m_session; }
    bool runStudy();      // with the placements, seeds and inflation shown
    bool compareCosts();  // with the scheduling policy and placement shown
    void chooseNodeList();
    void chooseEvidence();

    // The parts tests click and read.
    QCheckBox* placementBox(sharing::PlacementPolicy placement) const { return m_placementBoxes.at(placement); }
    QSpinBox* firstSeedBox() const { return m_firstSeed; }
    QSpinBox* seedCountBox() const { return m_seedCount; }
    QDoubleSpinBox* inflationBox() const { return m_inflation; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* nodeListButton() const { return m_chooseNodes; }
    QPushButton* bundledNodesButton() const { return m_bundledNodes; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* evidenceButton() const { return m_evidence; }
    QComboBox* replayPolicyBox() const { return m_replayPolicy; }
    QComboBox* replayPlacementBox() const { return m_replayPlacement; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* nodeListLabel() const { return m_nodeList; }
    QLabel* seedsLabel() const { return m_seedsText; }
    QLabel* stateLabel() const { return m_state; }
    QTableView* curveTable() const { return m_curveView; }
    QTableView* costTable() const { return m_costView; }
    SharingCurveModel* curveModel() const { return m_curves; }
    SharingCostModel* costModel() const { return m_costs; }
    TimeSeriesChartView* allocationChart() const { return m_allocationChart; }
    TimeSeriesChartView* fragmentationChart() const { return m_fragmentationChart; }

signals:
    void statusMessage(const QString& text);
    void settled();  // a run or a comparison ended

protected:
    void changeEvent(QEvent* event) override;

private:
    std::vector<sharing::PlacementPolicy> checkedPlacements() const;
    void onCurvesChanged();
    void updateNodeList();
    void updateSeedsText();
    void showSessionParameters();  // the session's placements, seeds, inflation, policy (a restore)
    void updateState();
    void updateActions();
    void retranslate();

    SharingSession* m_session;
    QString m_lastDirectory;
    std::vector<sharing::PlacementPolicy> m_chartPlacements;  // the lines drawn, in order

    QGroupBox* m_studyBox;
    QGroupBox* m_costBox;
    QLabel* m_nodeListTitle;
    QLabel* m_nodeList;
    QPushButton* m_chooseNodes;
    QPushButton* m_bundledNodes;
    QLabel* m_placementsTitle;
    std::map<sharing::PlacementPolicy, QCheckBox*> m_placementBoxes;
    QLabel* m_firstSeedTitle;
    QSpinBox* m_firstSeed;
    QLabel* m_seedCountTitle;
    QSpinBox* m_seedCount;
    QLabel* m_seedsText;
    QLabel* m_inflationTitle;
    QDoubleSpinBox* m_inflation;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_state;
    TimeSeriesChartView* m_allocationChart;
    TimeSeriesChartView* m_fragmentationChart;
    SharingCurveModel* m_curves;
    QTableView* m_curveView;
    QLabel* m_replayPolicyTitle;
    QComboBox* m_replayPolicy;
    QLabel* m_replayPlacementTitle;
    QComboBox* m_replayPlacement;
    QPushButton* m_compare;
    QPushButton* m_evidence;
    QLabel* m_prices;
    SharingCostModel* m_costs;
    QTableView* m_costView;
};

}  // namespace debrief::studio

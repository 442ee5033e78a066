#pragma once

#include "studiopage.h"
#include "tracefilter.h"
#include "tracelabanalysis.h"

#include <replay/simulator.h>
#include <trace/importissue.h>
#include <trace/trace.h>

#include <QSize>
#include <QStringList>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QChartView;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QSlider;
class QTabWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

class AnalysesView;
class BackgroundWork;
class ClusterEditor;
class ComparisonModel;
class DeviceReplayPanel;
class LiveReplay;
class LiveReplayCharts;
class ImportIssueModel;
class PolicyMetricsModel;
class SharingPanel;
class TraceFilterEditor;
class TraceFormatBox;
class TraceLabSession;
class TraceSummaryView;
struct DemoTrace;

// Import a GPU-cluster trace, see what it holds, pick a cluster, and replay it under every policy.
// Layout and binding: the work and its state belong to the TraceLabSession (controller()); the page
// shows what it announces. A failed or cancelled import keeps the previous trace.
class TraceLabPage : public StudioPage {
    Q_OBJECT

public:
    explicit TraceLabPage(QWidget* parent = nullptr);
    ~TraceLabPage() override;

    QString pageId() const override { return QStringLiteral("tracelab"); }
    QString title() const override;
    QString screenshotName() const override { return QStringLiteral("trace-lab"); }
    bool acceptsFiles() const override { return true; }
    bool openFile(const QString& path) override;
    QString fileDialogFilter() const override;
    bool isSettled() const override;
    void cancelWork() override;

    // Imports a bundled demo trace, sets its cluster, and replays every policy when it is in.
    bool loadDemo(const DemoTrace& demo);
    bool replayAllPolicies();      // checks every policy, then replays
    bool replayCheckedPolicies();  // live: charts stream while the replays run
    void setCheckedPolicies(const std::vector<replay::PolicyKind>& policies);
    std::vector<replay::PolicyKind> checkedPolicies() const;
    // Replays one scenario picked elsewhere (the trade-off explorer's points).
    bool replayScenario(replay::PolicyKind policy, const replay::Cluster& cluster);
    // --screenshot: the next replay is paced and pauses once `fraction` of the jobs were submitted; the
    // page counts as settled there, so the picture shows charts mid-replay.
    void pauseNextReplayForScreenshot(double fraction);
    // --screenshot: once a trace is loaded the Sharing tab runs its study (every placement, three
    // seeds) and then its cost comparison; the page is not settled before both are done, so the
    // tab's picture (showSharingTab) has finished results.
    void studySharingWhenTraceLoads();
    void showSharingTab(bool scrolledToEnd = false);  // the end: its cost comparison

    // Replay controls (also on keys: F6 pause/resume, F7 step, Esc cancel).
    void setSpeed(double simulatedHoursPerSecond);  // 0 = as fast as possible
    void togglePause();
    void stepReplay();
    void setCursorTime(std::int64_t simulatedSeconds);
    // Every chart of the Trace Lab that holds something (live charts, the Analyses tab's CDFs, the
    // trace's histogram, the device and sharing charts), one file each beside `path` and named after
    // it: "dir/run.svg" writes "dir/run-live-waiting-jobs.svg", ... in the light export style at
    // kExportedChartSize (PNG at twice that). Returns the files written; `errors` gets one line per
    // file that could not be; `progress(done, total)` returning false stops early.
    QStringList exportCharts(const QString& path, QStringList* errors = nullptr,
                             const std::function<bool(int, int)>& progress = {}) const;
    static QString chartFilePath(const QString& path, const QString& stem);
    static constexpr QSize kExportedChartSize{800, 500};
    bool exportComparisonCsv(const QString& path) const;
    // The load badge's words: how loaded the cluster is, what follows, and the suggested size.
    static QString describeLoad(double offeredLoad, std::uint64_t clusterGpus, std::uint64_t suggestedGpus,
                                std::uint64_t jobsTooLarge, std::uint32_t largestJobGpus);
    void setSyntheticTrace(std::shared_ptr<const trace::Trace> trace, const QString& name);  // tests, benchmarks
    bool isImporting() const;
    bool isReplaying() const;
    bool isFiltering() const;
    // Replays use a copy of the imported trace with only the jobs `filter` keeps (built off the UI
    // thread; traceFiltered() when it is in). An empty filter goes back to every job.
    bool applyFilter(const TraceFilter& filter);
    std::shared_ptr<const trace::Trace> importedTrace() const;

    // Named analyses in the local database (none: saving and opening are off, with a tooltip why).
    void setDatabase(const storage::Database* database);
    // What the tables and charts show now (a finished replay or an opened analysis), baseline included.
    std::optional<TraceLabAnalysis> currentAnalysis() const;
    std::optional<std::int64_t> saveAnalysis(const QString& name);  // nothing when there is nothing to save
    bool openAnalysis(std::int64_t id);
    void showAnalysis(const TraceLabAnalysis& analysis);  // tables and charts exactly as saved
    // "Use as evidence": the comparison's sentences become metric statements stored with the saved
    // analysis (saved first under `name` when it was not). Returns how many statements were stored.
    int useAsEvidence(const QString& name = {});
    std::shared_ptr<const trace::Trace> currentTrace() const;
    QString currentTraceName() const;
    TraceLabSession* controller() const { return m_session; }

    // The parts other pages and tests bind to; the rest is found by objectName.
    ClusterEditor* clusterEditor() const { return m_cluster; }
    QPushButton* replayButton() const { return m_replay; }
    PolicyMetricsModel* metricsModel() const { return m_metrics; }
    TraceSummaryView* summaryView() const { return m_summary; }
    TraceFilterEditor* filterEditor() const { return m_filter; }
    QAction* replayAction() const { return m_replayAction; }
    QAction* saveAnalysisAction() const { return m_saveAnalysis; }
    QPushButton* evidenceButton() const { return m_evidence; }
    LiveReplayCharts* charts() const { return m_charts; }
    ComparisonModel* comparisonModel() const { return m_comparison; }
    QComboBox* baselineBox() const { return m_baseline; }
    QLabel* cursorLabel() const { return m_cursorState; }
    AnalysesView* analysesView() const { return m_analysesView; }
    SharingPanel* sharingPanel() const { return m_sharingPanel; }

signals:
    void traceLoaded();
    void traceFiltered();
    void replayFramed();  // the charts took new snapshots
    void importFailed();
    void importCancelled();
    void replayFinished();
    void replayCancelled();
    void designRoundRequested();  // the evidence notice's link: cite the evidence there

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;  // the state table beside or below the charts

private:
    struct ChartFile {
        QString stem;  // the file name's part after the chosen base
        QChartView* view = nullptr;
    };
    QList<ChartFile> exportableCharts() const;
    void chooseFile();
    void bindController();
    void onTraceLoaded();
    void onImportFailed(const trace::ImportIssue& issue, const QString& displayName);
    void onResultsChanged();
    void onFramed();
    void updateComparison();
    void updateCursorState();
    void updateLoadBadge();
    std::int64_t shownLatestTime() const;  // the furthest snapshot time of what the charts show
    void chooseChartExport();
    void chooseCsvExport();
    void chooseSaveAnalysis();
    void chooseOpenAnalysis();
    void chooseEvidence();
    void onProgress(int percent);
    void updateActions();
    void updateDatabaseTips();
    // Every text again in the current language; selections, checks, the cursor and the data stay.
    void retranslate();
    // Sets the label's text now and keeps how to say it, so a language switch says it again.
    void showSentence(QLabel* label, std::function<QString()> sentence);

    TraceLabSession* m_session;
    QString m_lastDirectory;
    std::optional<double> m_screenshotFraction;
    bool m_pausedForScreenshot = false;
    std::optional<std::int64_t> m_cursorTime;
    std::optional<std::pair<replay::PolicyKind, replay::Cluster>> m_pendingScenario;  // after a cancel

    QPushButton* m_open;
    TraceFormatBox* m_format;
    QCheckBox* m_lenient;
    QProgressBar* m_progress;
    QLabel* m_activity;
    QPushButton* m_cancel;
    TraceSummaryView* m_summary;
    TraceFilterEditor* m_filter;
    ClusterEditor* m_cluster;
    QPushButton* m_replay;
    QAction* m_replayAction;
    QAction* m_saveAnalysis;
    QAction* m_openAnalysis;
    QPushButton* m_saveAnalysisButton;
    QPushButton* m_openAnalysisButton;
    QPushButton* m_evidence;
    QLabel* m_resultsFor;
    PolicyMetricsModel* m_metrics;
    QSortFilterProxyModel* m_sortedMetrics;
    QTableView* m_metricsView;
    QLabel* m_issueHeadline;
    QListWidget* m_policies;
    QComboBox* m_speed;
    QPushButton* m_pause;
    QPushButton* m_step;
    DeviceReplayPanel* m_devicePanel = nullptr;
    SharingPanel* m_sharingPanel = nullptr;
    QSlider* m_cursor;
    QLabel* m_cursorState;
    std::size_t m_cursorStateRows = 0;  // the policies its fixed size was measured for
    LiveReplayCharts* m_charts;
    ComparisonModel* m_comparison;
    QComboBox* m_baseline;
    QTableView* m_comparisonView;
    QTabWidget* m_tabs;
    ImportIssueModel* m_issues;
    QTableView* m_issueView;
    QLabel* m_formatLabel = nullptr;
    QGroupBox* m_traceBox = nullptr;
    QTabWidget* m_traceTabs = nullptr;
    QGroupBox* m_clusterBox = nullptr;
    QScrollArea* m_clusterScroll = nullptr;
    QScrollArea* m_chartsScroll = nullptr;
    QBoxLayout* m_chartsLayout = nullptr;
    void placeStateTable();
    QGroupBox* m_policiesBox = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QPushButton* m_exportChartsButton = nullptr;
    QLabel* m_baselineLabel = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
    QGroupBox* m_resultsBox = nullptr;
    QGroupBox* m_issuesBox = nullptr;
    QLabel* m_loadBadge = nullptr;
    QLabel* m_evidenceNotice = nullptr;
    std::array<QPushButton*, 3> m_evidenceButtons{};  // on the Comparison, Live charts and Metrics tabs
    std::map<QLabel*, std::function<QString()>> m_sentences;
    AnalysesView* m_analysesView = nullptr;  // its own tab, after Comparison
    QWidget* m_deviceTab = nullptr;
    QWidget* m_sharingTab = nullptr;  // the Sharing tab's scroll area
    bool m_sharingForScreenshot = false;  // studySharingWhenTraceLoads: study and comparison still to finish
};

}  // namespace debrief::studio

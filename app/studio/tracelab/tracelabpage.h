#pragma once

#include "studiopage.h"

#include <replay/simulator.h>
#include <trace/importissue.h>
#include <trace/trace.h>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace debrief::studio {

class BackgroundWork;
class ClusterEditor;
class ImportIssueModel;
class PolicyMetricsModel;
class TraceFormatBox;
class TraceSummaryView;
struct DemoTrace;

// Import a GPU-cluster trace, see what it holds, pick a cluster, and replay it under every policy.
// Import and replay run off the UI thread; a failed or cancelled import keeps the previous trace.
class TraceLabPage : public StudioPage {
    Q_OBJECT

public:
    explicit TraceLabPage(QWidget* parent = nullptr);
    ~TraceLabPage() override;

    QString pageId() const override { return QStringLiteral("tracelab"); }
    QString title() const override;
    bool acceptsFiles() const override { return true; }
    bool openFile(const QString& path) override;
    QString fileDialogFilter() const override;
    bool isSettled() const override;
    void cancelWork() override;

    // Imports a bundled demo trace, sets its cluster, and replays every policy when it is in.
    bool loadDemo(const DemoTrace& demo);
    bool replayAllPolicies();

    bool isImporting() const;
    bool isReplaying() const;
    std::shared_ptr<const trace::Trace> currentTrace() const { return m_trace; }
    QString currentTraceName() const { return m_traceName; }

    // The parts tests click, type into and read.
    TraceFormatBox* formatBox() const { return m_format; }
    QCheckBox* lenientBox() const { return m_lenient; }
    ClusterEditor* clusterEditor() const { return m_cluster; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* replayButton() const { return m_replay; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* issueHeadline() const { return m_issueHeadline; }
    ImportIssueModel* issueModel() const { return m_issues; }
    PolicyMetricsModel* metricsModel() const { return m_metrics; }
    QSortFilterProxyModel* sortedMetrics() const { return m_sortedMetrics; }
    QTableView* metricsView() const { return m_metricsView; }
    TraceSummaryView* summaryView() const { return m_summary; }
    QAction* replayAction() const { return m_replayAction; }

signals:
    void traceLoaded();
    void importFailed();
    void importCancelled();
    void replayFinished();
    void replayCancelled();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct ReplaySetup {
        replay::Cluster cluster;
        bool gpuJobsOnly = false;
        std::uint64_t traceGeneration = 0;
        bool operator==(const ReplaySetup& other) const;
    };

    bool startImport(const QString& source, const QString& displayName, bool replayWhenDone);
    void chooseFile();
    void onImported(std::shared_ptr<const trace::Trace> trace, const QString& displayName);
    void onImportFailed(const trace::ImportIssue& issue, const QString& displayName);
    void onImportCancelled();
    void onReplayed(std::vector<replay::ReplayResult> results, const ReplaySetup& setup, const QString& description);
    void onProgress(int percent);
    ReplaySetup currentSetup() const;
    void updateActions();

    BackgroundWork* m_importWork;
    BackgroundWork* m_replayWork;
    std::shared_ptr<const trace::Trace> m_trace;
    QString m_traceName;
    std::uint64_t m_traceGeneration = 0;
    std::optional<ReplaySetup> m_shownSetup;  // what the metrics table was computed for
    QString m_shownDescription;
    QString m_lastDirectory;

    QPushButton* m_open;
    TraceFormatBox* m_format;
    QCheckBox* m_lenient;
    QProgressBar* m_progress;
    QLabel* m_activity;
    QPushButton* m_cancel;
    TraceSummaryView* m_summary;
    ClusterEditor* m_cluster;
    QPushButton* m_replay;
    QAction* m_replayAction;
    QLabel* m_resultsFor;
    PolicyMetricsModel* m_metrics;
    QSortFilterProxyModel* m_sortedMetrics;
    QTableView* m_metricsView;
    QLabel* m_issueHeadline;
    ImportIssueModel* m_issues;
    QTableView* m_issueView;
};

}  // namespace debrief::studio

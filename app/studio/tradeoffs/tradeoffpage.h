#pragma once

#include "studiopage.h"

#include <replay/sweep.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace debrief::trace {
struct Trace;
}

namespace debrief::studio {

class BackgroundWork;
class TraceLabPage;
class TradeoffChartView;
class TradeoffPointModel;

// The trade-off explorer: sweeps the Trace Lab's trace over every policy x cluster sizes x prices x
// arrival-rate scales
// on the sweep backend the user picks (Auto: the GPU when a usable CUDA device exists, else the CPU
// pool; the label says which and why), and plots monthly cost against p95 queueing delay as scenarios finish,
// with the Pareto frontier. Clicking a point replays that scenario live in the Trace Lab.
class TradeoffPage : public StudioPage {
    Q_OBJECT

public:
    explicit TradeoffPage(TraceLabPage* traceLab, QWidget* parent = nullptr);
    ~TradeoffPage() override;

    QString pageId() const override { return QStringLiteral("tradeoffs"); }
    QString title() const override;
    bool isSettled() const override;
    void cancelWork() override;

    bool runSweep();
    void setSweepWhenTraceLoads(bool on);  // --screenshot: the picture shows a finished sweep
    bool isSweeping() const;
    std::vector<replay::Scenario> scenarios() const;  // what runSweep() would run

    QLineEdit* sizesEdit() const { return m_sizes; }
    QLineEdit* pricesEdit() const { return m_prices; }
    QLineEdit* ratesEdit() const { return m_rates; }  // arrival-rate scales: "0.5, 1, 2"
    QPushButton* sweepButton() const { return m_sweep; }
    TradeoffPointModel* pointModel() const { return m_points; }
    TradeoffChartView* chartView() const { return m_chart; }
    QLabel* backendLabel() const { return m_backend; }
    QComboBox* backendChoice() const { return m_backendChoice; }  // data: "auto", "cpu" or "cuda"
    bool gpuUsable() const { return m_gpuUsable; }
    bool exportChart(const QString& path) const;
    bool exportCsv(const QString& path) const;

signals:
    void sweepFinished();
    void sweepCancelled();
    void scenarioRequested(replay::PolicyKind policy, const replay::Cluster& cluster);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();                              // every text again; typed sizes and prices, picks and points stay
    void showStatus(std::function<QString()> text);  // kept, to be said again after a language switch
    void onTraceLoaded();
    void updateActions();
    void updateBackendLabel();
    static QString backendSummary(const std::vector<replay::SweepRow>& rows);  // "75 on GPU: H100, 45 on CPU"
    void chooseChartExport();
    void chooseCsvExport();

    TraceLabPage* m_traceLab;
    BackgroundWork* m_work;
    TradeoffPointModel* m_points;
    QSortFilterProxyModel* m_sortedPoints;
    TradeoffChartView* m_chart;
    QLineEdit* m_sizes;
    QLineEdit* m_prices;
    QLineEdit* m_rates;
    QPushButton* m_sweep;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_backend;
    QComboBox* m_backendChoice;
    bool m_gpuUsable = false;
    QString m_gpuName;      // the device a CUDA sweep uses, when usable
    QString m_noGpuReason;  // why no device can be used, when not
    QLabel* m_status;
    QTableView* m_table;
    bool m_sweepWhenTraceLoads = false;
    bool m_sweepPending = false;
    std::vector<replay::SweepRow> m_rowsSoFar;
    std::function<QString()> m_statusText;
    QLabel* m_sizesLabel = nullptr;
    QLabel* m_pricesLabel = nullptr;
    QLabel* m_ratesLabel = nullptr;
    QPushButton* m_exportChartButton = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
};

}  // namespace debrief::studio

#pragma once

#include <devicediscovery.h>
#include <devicereplayer.h>
#include <replay/cluster.h>
#include <replay/policykind.h>

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace debrief::trace {
struct Trace;
}

namespace debrief::studio {

class BackgroundWork;
class BarChartView;

// Trace Lab's "On the GPU" tab: the trace replayed on the local CUDA device itself, time-compressed
// (gpu::DeviceReplayer), its measured queueing and throughput charted next to the simulator's for the
// same policy on the Trace Lab's cluster. Without a usable device the button is off and the panel
// says why; the simulated numbers are still there.
class DeviceReplayPanel : public QWidget {
    Q_OBJECT

public:
    using ClusterSource = std::function<replay::Cluster()>;
    // `discovery` replaces asking the CUDA runtime (tests stand in for a device this way).
    explicit DeviceReplayPanel(ClusterSource cluster, QWidget* parent = nullptr,
                               std::optional<gpu::DeviceDiscovery> discovery = std::nullopt);
    ~DeviceReplayPanel() override;

    void setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name);
    bool run();  // false when there is no trace or a run is still going
    bool isRunning() const;
    void cancel();  // forgets the outcome of the run in flight (the device finishes its kernels)

    bool deviceUsable() const { return m_replayer.deviceUsable(); }
    // Trace seconds per wall second for the chosen compression on the current trace.
    double compression() const;

    QPushButton* runButton() const { return m_run; }
    QComboBox* policyBox() const { return m_policy; }
    QComboBox* compressionBox() const { return m_compression; }
    QLabel* deviceLabel() const { return m_device; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* table() const { return m_table; }
    BarChartView* queueingChart() const { return m_queueing; }
    BarChartView* throughputChart() const { return m_throughput; }

signals:
    void finished();  // a run ended, measured or failed; the table and charts show it

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome {
        std::optional<gpu::DeviceReplayResult> measured;  // absent: nothing measured (see reason)
        QString reason;
        double simulatedMean = 0.0;
        double simulatedP95 = 0.0;
        double simulatedThroughput = 0.0;
        std::uint64_t jobs = 0;
    };
    void retranslate();
    void updateState();
    void showOutcome(const Outcome& outcome);
    void showOutcomeCharts(const Outcome& outcome);  // the bars and their words
    void showStatus(std::function<QString()> text);  // kept, to be said again after a language switch

    ClusterSource m_cluster;
    gpu::DeviceReplayer m_replayer;
    std::shared_ptr<const trace::Trace> m_trace;
    QString m_traceName;
    BackgroundWork* m_work;
    QLabel* m_device;
    QComboBox* m_policy;
    QComboBox* m_compression;
    QPushButton* m_run;
    QAction* m_runAction;
    QLabel* m_status;
    QTableWidget* m_table;
    BarChartView* m_queueing;
    BarChartView* m_throughput;
    QLabel* m_policyLabel = nullptr;
    QLabel* m_compressionLabel = nullptr;
    std::function<QString()> m_statusText;
    std::optional<Outcome> m_shown;  // the last run's numbers, for a language switch
};

}  // namespace debrief::studio

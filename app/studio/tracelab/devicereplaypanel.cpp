#include "devicereplaypanel.h"

#include "backgroundwork.h"
#include "displayformat.h"
#include "widgets/barchartview.h"

#include <replay/simulator.h>
#include <trace/trace.h>

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief::studio {

namespace {
// Wall time a whole-trace device replay may take with the "about a minute" choice.
constexpr double kTargetWallSeconds = 60.0;
constexpr double kHour = 3600.0;
constexpr double kDay = 86'400.0;

enum CompressionChoice { AboutAMinute, HourPerSecond, DayPerSecond };
enum Row { MeanQueueing, P95Queueing, Throughput, Jobs, RowCount };
}  // namespace

DeviceReplayPanel::DeviceReplayPanel(ClusterSource cluster, QWidget* parent,
                                     std::optional<gpu::DeviceDiscovery> discovery)
    : QWidget(parent), m_cluster(std::move(cluster)), m_replayer(std::move(discovery)),
      m_work(new BackgroundWork(this)), m_device(new QLabel(this)), m_policy(new QComboBox(this)),
      m_compression(new QComboBox(this)), m_run(new QPushButton(this)), m_runAction(new QAction(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(RowCount, 2, this)), m_queueing(new BarChartView(this)),
      m_throughput(new BarChartView(this))
{
    m_device->setWordWrap(true);
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    for (replay::PolicyKind policy : replay::kAllPolicies)
        m_policy->addItem(QString::fromUtf8(replay::policyName(policy)), int(policy));
    for (int choice = AboutAMinute; choice <= DayPerSecond; ++choice)
        m_compression->addItem(QString(), choice);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(170);

    // Ctrl+Shift+G: the action lives on the panel so the shortcut works while Trace Lab has focus.
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_runAction);
    connect(m_runAction, &QAction::triggered, this, [this] { run(); });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_compression, &QComboBox::currentIndexChanged, this, &DeviceReplayPanel::updateState);

    m_policyLabel = new QLabel(this);
    m_policyLabel->setBuddy(m_policy);
    m_compressionLabel = new QLabel(this);
    m_compressionLabel->setBuddy(m_compression);
    auto* controls = new QFormLayout;
    controls->addRow(m_policyLabel, m_policy);
    controls->addRow(m_compressionLabel, m_compression);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_status, 1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_queueing, 2);
    charts->addWidget(m_throughput, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_device);
    layout->addLayout(controls);
    layout->addLayout(runRow);
    layout->addWidget(m_table);
    layout->addLayout(charts, 1);

    connect(m_work, &BackgroundWork::finished, this, &DeviceReplayPanel::updateState);
    connect(m_work, &BackgroundWork::failed, this, [this](const QString& what) {
        showStatus([what] { return tr("The device replay failed: %1").arg(what); });
        emit finished();
    });
    retranslate();
    updateState();
}

DeviceReplayPanel::~DeviceReplayPanel()
{
    delete m_work;  // waits for a run in flight before m_replayer, which it uses, goes
}

void DeviceReplayPanel::setTrace(std::shared_ptr<const trace::Trace> trace, const QString& name)
{
    m_trace = std::move(trace);
    m_traceName = name;
    // "Load a trace first." is no longer true; a finished run's numbers stay until the next run.
    if (m_trace && !m_work->isRunning() && !m_shown)
        showStatus([] { return QString(); });
    updateState();
}

double DeviceReplayPanel::compression() const
{
    switch (m_compression->currentData().toInt()) {
    case HourPerSecond: return kHour;
    case DayPerSecond: return kDay;
    default: {
        // The whole span in about a minute, never slower than one trace hour per second.
        const double span = m_trace ? double(m_trace->span()) : 0.0;
        return std::max(kHour, span / kTargetWallSeconds);
    }
    }
}

bool DeviceReplayPanel::isRunning() const
{
    return m_work->isRunning();
}

void DeviceReplayPanel::cancel()
{
    m_work->cancel();
}

bool DeviceReplayPanel::run()
{
    if (!m_trace || m_work->isRunning())
        return false;
    const auto policy = replay::PolicyKind(m_policy->currentData().toInt());
    replay::ReplayOptions simulated;
    simulated.cluster = m_cluster();
    simulated.policy = policy;
    simulated.keepPerJob = false;
    gpu::DeviceReplayOptions options;
    options.policy = policy;
    options.traceSecondsPerSecond = compression();
    const std::shared_ptr<const trace::Trace> trace = m_trace;
    const bool onDevice = m_replayer.deviceUsable();
    showStatus([onDevice, jobs = trace->jobs.size(), wall = double(trace->span()) / options.traceSecondsPerSecond] {
        return onDevice ? tr("Replaying %1 jobs on the GPU, about %2 of wall time...")
                              .arg(DisplayFormat::count(jobs))
                              .arg(DisplayFormat::duration(wall))
                        : tr("Simulating; there is no device to measure on.");
    });
    m_work->start([this, trace, simulated, options, onDevice](
                      const std::atomic<bool>& cancelled, const BackgroundWork::Progress&) -> std::function<void()> {
        Outcome outcome;
        const replay::ReplayResult result = replay::replay(*trace, simulated);
        if (result.metrics) {
            outcome.simulatedMean = result.metrics->queueingDelay.mean;
            outcome.simulatedP95 = double(result.metrics->queueingDelay.p95);
            outcome.simulatedThroughput = result.metrics->throughputJobsPerHour;
        }
        outcome.jobs = result.jobs;
        if (onDevice && !cancelled.load()) {
            gpu::DeviceReplayResult measured = m_replayer.run(*trace, options);
            if (measured.ran)
                outcome.measured = std::move(measured);
            else
                outcome.reason = QString::fromStdString(measured.reason);
        } else if (!onDevice) {
            outcome.reason = QString::fromStdString(m_replayer.discovery().reason);
        }
        if (cancelled.load())
            return [] {};
        return [this, outcome] { showOutcome(outcome); };
    });
    updateState();
    return true;
}

void DeviceReplayPanel::showOutcome(const Outcome& outcome)
{
    const QString none = QStringLiteral("\u2014");
    const auto set = [this](int row, int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    const gpu::DeviceReplayResult* measured = outcome.measured ? &*outcome.measured : nullptr;
    set(MeanQueueing, 0, DisplayFormat::duration(outcome.simulatedMean));
    set(P95Queueing, 0, DisplayFormat::duration(outcome.simulatedP95));
    set(Throughput, 0, DisplayFormat::rate(outcome.simulatedThroughput));
    set(Jobs, 0, DisplayFormat::count(outcome.jobs));
    set(MeanQueueing, 1, measured ? DisplayFormat::duration(measured->meanQueueingSeconds) : none);
    set(P95Queueing, 1, measured ? DisplayFormat::duration(measured->p95QueueingSeconds) : none);
    set(Throughput, 1, measured ? DisplayFormat::rate(measured->throughputJobsPerHour) : none);
    set(Jobs, 1, measured ? DisplayFormat::count(measured->jobs.size()) : none);

    m_shown = outcome;
    showOutcomeCharts(outcome);
    if (measured)
        showStatus(
            [device = QString::fromStdString(measured->device), wall = measured->wallSeconds, speed = compression()] {
                return tr("Measured on %1 in %2 of wall time (%3 trace seconds per second).")
                    .arg(device)
                    .arg(DisplayFormat::duration(wall))
                    .arg(DisplayFormat::decimal(speed, 0));
            });
    else
        showStatus([reason = outcome.reason] {
            return tr("Nothing measured: %1. The simulated numbers are shown alone.").arg(reason);
        });
    emit finished();
}

void DeviceReplayPanel::showOutcomeCharts(const Outcome& outcome)
{
    const gpu::DeviceReplayResult* measured = outcome.measured ? &*outcome.measured : nullptr;
    const QStringList queueing{tr("Mean, simulated"), tr("Mean, measured"), tr("p95, simulated"), tr("p95, measured")};
    m_queueing->setBars(queueing,
                        {outcome.simulatedMean / kHour, measured ? measured->meanQueueingSeconds / kHour : 0.0,
                         outcome.simulatedP95 / kHour, measured ? measured->p95QueueingSeconds / kHour : 0.0},
                        tr("Queueing delay (h)"));
    m_throughput->setBars({tr("Simulated"), tr("Measured")},
                          {outcome.simulatedThroughput, measured ? measured->throughputJobsPerHour : 0.0},
                          tr("Throughput (jobs/h)"));
}

void DeviceReplayPanel::showStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void DeviceReplayPanel::updateState()
{
    const bool running = m_work->isRunning();
    const bool canRun = m_trace != nullptr && !running;
    m_run->setEnabled(canRun);
    m_runAction->setEnabled(canRun);
    m_policy->setEnabled(!running);
    m_compression->setEnabled(!running);
    if (!m_trace && !running)
        showStatus([] { return tr("Load a trace first."); });
}

void DeviceReplayPanel::retranslate()
{
    if (m_replayer.deviceUsable()) {
        const gpu::DeviceDiscovery& found = m_replayer.discovery();
        QString name;
        for (const gpu::CudaDevice& device : found.devices) {
            if (device.usable) {
                name = QString::fromStdString(device.name);
                break;
            }
        }
        m_device->setText(tr("Device: %1. Each job becomes kernel work sized by its GPUs and duration, launched on "
                             "CUDA streams whose priorities follow the policy; starts and ends are CUDA events.")
                              .arg(name));
    } else {
        m_device->setText(tr("No usable CUDA device: %1. Replay simulates only; the measured column stays empty.")
                              .arg(QString::fromStdString(m_replayer.discovery().reason)));
    }
    m_compression->setItemText(AboutAMinute, tr("The whole trace in about a minute"));
    m_compression->setItemText(HourPerSecond, tr("One trace hour per second"));
    m_compression->setItemText(DayPerSecond, tr("One trace day per second"));
    m_run->setText(m_replayer.deviceUsable() ? tr("&Replay on the GPU") : tr("&Simulate (no GPU)"));
    m_run->setToolTip(tr("Replay the trace with the chosen policy (Ctrl+Shift+G)"));
    m_runAction->setText(m_run->text());
    m_table->setHorizontalHeaderLabels({tr("Simulated"), tr("Measured on the device")});
    m_table->setAccessibleName(tr("Simulated and measured on the device"));
    m_table->setVerticalHeaderLabels(
        {tr("Mean queueing delay"), tr("p95 queueing delay"), tr("Throughput"), tr("Jobs")});
    m_queueing->setAxisTitles(QString(), tr("hours"));
    m_throughput->setAxisTitles(QString(), tr("jobs per hour"));
    m_queueing->setAccessibleName(tr("Queueing delay, simulated and measured"));
    m_throughput->setAccessibleName(tr("Throughput, simulated and measured"));
    m_policyLabel->setText(tr("&Policy:"));
    m_compressionLabel->setText(tr("&Time compression:"));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_shown)
        showOutcomeCharts(*m_shown);
}

void DeviceReplayPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace debrief::studio

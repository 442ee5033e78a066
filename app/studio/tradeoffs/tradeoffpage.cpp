#include "tradeoffpage.h"

#include "backgroundwork.h"
#include "cudasweepbackend.h"
#include "displayformat.h"
#include "tracelab/clustereditor.h"
#include "tracelab/tracelabpage.h"
#include "tradeoffchartview.h"
#include "tradeoffpointmodel.h"
#include "widgets/chartexport.h"
#include "widgets/tableexport.h"

#include <trace/trace.h>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <thread>

namespace debrief::studio {

namespace {
// "32, 48 64" -> {32, 48, 64}: any separators, positive numbers only, sorted and unique.
std::vector<double> numbersIn(const QString& text)
{
    std::set<double> out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = QLocale().toDouble(part, &ok);
        const double fallback = ok ? value : part.toDouble(&ok);
        if (ok && fallback > 0)
            out.insert(fallback);
    }
    return {out.begin(), out.end()};
}

// "0.5, 1 2" -> {1/2, 1, 2}: the exact ratios arrivalScaleFromText reads ("1.5", "3/7"), any separators,
// each once, in the order typed; what is not a positive ratio is left out.
std::vector<replay::ArrivalScale> arrivalScalesIn(const QString& text)
{
    std::vector<replay::ArrivalScale> out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const auto scale = replay::arrivalScaleFromText(part.toStdString());
        if (scale && std::find(out.begin(), out.end(), *scale) == out.end())
            out.push_back(*scale);
    }
    return out;
}

unsigned sweepThreads()
{
    return unsigned(BackgroundWork::workerThreads());  // one core stays for the UI thread
}
}  // namespace

TradeoffPage::TradeoffPage(TraceLabPage* traceLab, QWidget* parent)
    : StudioPage(parent), m_traceLab(traceLab), m_work(new BackgroundWork(this)),
      m_points(new TradeoffPointModel(this)), m_sortedPoints(new QSortFilterProxyModel(this)),
      m_chart(new TradeoffChartView(m_points, this)), m_sizes(new QLineEdit(this)), m_prices(new QLineEdit(this)),
      m_rates(new QLineEdit(QStringLiteral("1"), this)), m_sweep(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_backend(new QLabel(this)),
      m_backendChoice(new QComboBox(this)), m_status(new QLabel(this)), m_table(new QTableView(this))
{
    m_progress->setRange(0, 100);
    {
        // Asks the CUDA runtime once; a machine without a driver answers at once (error 35).
        const gpu::CudaSweepBackend probe;
        m_gpuUsable = probe.deviceUsable();
        m_gpuName = QString::fromStdString(probe.name()).section(QLatin1Char(':'), 1);
        m_noGpuReason = QString::fromStdString(probe.discovery().reason);
    }
    for (const char* backend : {"auto", "cpu", "cuda"})
        m_backendChoice->addItem(QString(), QLatin1String(backend));
    m_backendChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // its words change with the language
    if (!m_gpuUsable) {
        if (auto* items = qobject_cast<QStandardItemModel*>(m_backendChoice->model()))
            items->item(2)->setEnabled(false);
    }
    connect(m_backendChoice, &QComboBox::currentIndexChanged, this, &TradeoffPage::updateBackendLabel);
    m_status->setWordWrap(true);
    showStatus([] { return tr("Load a trace in the Trace Lab, then run the sweep."); });

    m_sortedPoints->setSourceModel(m_points);
    m_sortedPoints->setSortRole(TradeoffPointModel::SortRole);
    m_table->setModel(m_sortedPoints);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its words and numbers; a narrow window scrolls the table sideways.
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_sizesLabel = new QLabel(this);
    m_sizesLabel->setBuddy(m_sizes);
    m_pricesLabel = new QLabel(this);
    m_pricesLabel->setBuddy(m_prices);
    auto* form = new QFormLayout;
    form->addRow(m_sizesLabel, m_sizes);
    form->addRow(m_pricesLabel, m_prices);
    m_ratesLabel = new QLabel(this);
    m_ratesLabel->setBuddy(m_rates);
    form->addRow(m_ratesLabel, m_rates);
    m_exportChartButton = new QPushButton(this);
    m_exportCsvButton = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sweep);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_backendChoice);
    buttons->addWidget(m_backend);
    buttons->addWidget(m_exportChartButton);
    buttons->addWidget(m_exportCsvButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_sweep, &QPushButton::clicked, this, &TradeoffPage::runSweep);
    connect(m_cancel, &QPushButton::clicked, this, &TradeoffPage::cancelWork);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TradeoffPage::cancelWork);
    connect(m_exportChartButton, &QPushButton::clicked, this, &TradeoffPage::chooseChartExport);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &TradeoffPage::chooseCsvExport);
    connect(m_work, &BackgroundWork::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_work, &BackgroundWork::failed, this,
            [this](const QString& what) { showStatus([what] { return tr("Failed: %1").arg(what); }); });
    connect(m_work, &BackgroundWork::finished, this, [this] {
        updateActions();
        if (isSettled())
            emit settled();
    });
    connect(m_chart, &TradeoffChartView::scenarioClicked, this, [this](int row) {
        const replay::Scenario& scenario = m_points->rows()[std::size_t(row)].scenario;
        emit scenarioRequested(scenario.policy, scenario.cluster);
    });
    connect(m_traceLab, &TraceLabPage::traceLoaded, this, &TradeoffPage::onTraceLoaded);
    retranslate();
    updateActions();
}

void TradeoffPage::retranslate()
{
    m_sizes->setAccessibleName(tr("Cluster sizes in GPUs"));
    m_sizes->setToolTip(tr("Total GPUs of each cluster to try, separated by commas"));
    m_prices->setAccessibleName(tr("Prices per GPU-hour in US dollars"));
    m_prices->setToolTip(tr("Prices per GPU-hour to try, separated by commas"));
    m_rates->setAccessibleName(tr("Arrival-rate scales"));
    m_rates->setToolTip(tr("How much faster jobs arrive than in the trace (2 = twice as fast, 0.5 = half), "
                           "separated by commas or spaces; 1 is the trace as recorded"));
    m_sweep->setText(tr("&Run sweep"));
    m_sweep->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));  // setText() set the mnemonic
    m_sweep->setAccessibleName(tr("Run the trade-off sweep"));
    m_sweep->setToolTip(tr("Replay every policy on every cluster size and price (Ctrl+Shift+R)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sweep"));
    m_cancel->setToolTip(tr("Cancel the running sweep (Esc)"));
    m_progress->setAccessibleName(tr("Sweep progress"));
    m_backendChoice->setAccessibleName(tr("Sweep backend"));
    m_backendChoice->setItemText(0, tr("Auto"));
    m_backendChoice->setItemText(1, tr("CPU"));
    m_backendChoice->setItemText(2, tr("GPU (CUDA)"));
    if (!m_gpuUsable)
        m_backendChoice->setItemData(2, tr("No usable CUDA device: %1").arg(m_noGpuReason), Qt::ToolTipRole);
    updateBackendLabel();
    m_table->setAccessibleName(tr("Sweep scenarios"));
    m_sizesLabel->setText(tr("Cluster si&zes (GPUs):"));
    m_pricesLabel->setText(tr("&Prices per GPU-hour ($):"));
    m_ratesLabel->setText(tr("&Arrival rates (x):"));
    m_exportChartButton->setText(tr("E&xport chart..."));
    m_exportChartButton->setAccessibleName(tr("Export the scatter as PNG or SVG"));
    m_exportCsvButton->setText(tr("Export &CSV..."));
    m_exportCsvButton->setAccessibleName(tr("Export the scenarios as CSV"));
    if (m_statusText)
        m_status->setText(m_statusText());
    m_points->retranslate();
}

void TradeoffPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioPage::changeEvent(event);
}

void TradeoffPage::showStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

TradeoffPage::~TradeoffPage()
{
    m_work->cancel();
    delete m_work;  // joins before the model it delivers to goes away
}

QString TradeoffPage::title() const
{
    return tr("Trade-offs");
}

bool TradeoffPage::isSweeping() const
{
    return m_work->isRunning();
}

bool TradeoffPage::isSettled() const
{
    return !isSweeping() && !m_sweepPending;
}

void TradeoffPage::cancelWork()
{
    m_work->cancel();
}

void TradeoffPage::setSweepWhenTraceLoads(bool on)
{
    m_sweepWhenTraceLoads = on;
    m_sweepPending = on;
}

void TradeoffPage::onTraceLoaded()
{
    // Sizes around the Trace Lab's cluster, which a new trace sets to the size it suggests: half to
    // twice its GPUs, so the sweep shows the overloaded and the idle side of the suggestion.
    const replay::Cluster cluster = m_traceLab->clusterEditor()->cluster();
    const auto gpus = double(cluster.totalGpus());
    QStringList sizes;
    std::set<long long> seen;
    for (double factor : {0.5, 0.75, 1.0, 1.5, 2.0}) {
        const long long size = std::max(1LL, (long long)(gpus * factor + 0.5));
        if (seen.insert(size).second)
            sizes << QString::number(size);
    }
    m_sizes->setText(sizes.join(QStringLiteral(", ")));
    m_prices->setText(QLocale().toString(cluster.pricePerGpuHour, 'f', 2));
    m_points->clear();
    showStatus([name = m_traceLab->currentTraceName()] {
        return tr("Trace %1: pick sizes and prices, then run the sweep.").arg(name);
    });
    updateActions();
    if (m_sweepWhenTraceLoads) {
        m_sweepPending = false;
        runSweep();
    }
}

std::vector<replay::Scenario> TradeoffPage::scenarios() const
{
    const replay::Cluster base = m_traceLab->clusterEditor()->cluster();
    std::vector<replay::Cluster> clusters;
    for (double size : numbersIn(m_sizes->text())) {
        const auto gpus = std::uint32_t(size);
        if (base.placement == replay::Placement::Packed && base.gpusPerNode > 0)
            clusters.push_back(
                replay::Cluster::packed((gpus + base.gpusPerNode - 1) / base.gpusPerNode, base.gpusPerNode));
        else
            clusters.push_back(replay::Cluster::pooled(gpus));
    }
    std::vector<double> prices = numbersIn(m_prices->text());
    if (prices.empty())
        prices.push_back(base.pricePerGpuHour);
    return replay::scenarioGrid({replay::kAllPolicies.begin(), replay::kAllPolicies.end()}, clusters, prices,
                                arrivalScalesIn(m_rates->text()));
}

bool TradeoffPage::runSweep()
{
    const std::shared_ptr<const trace::Trace> trace = m_traceLab->currentTrace();
    const std::vector<replay::Scenario> all = scenarios();
    if (!trace || all.empty() || isSweeping())
        return false;
    const bool gpuJobsOnly = m_traceLab->clusterEditor()->gpuJobsOnly();
    const QString choice = m_backendChoice->currentData().toString();
    const bool useGpu = m_gpuUsable && choice != QLatin1String("cpu");
    m_points->clear();
    m_rowsSoFar.clear();
    showStatus([count = all.size()] { return tr("Sweeping %1 scenarios...").arg(count); });
    m_work->start([=, this](const std::atomic<bool>& cancel,
                            const BackgroundWork::Progress& progress) -> std::function<void()> {
        // CPU: batches of one scenario per thread, so points appear as scenarios finish while the
        // pool stays busy. GPU: bigger batches, since each launch replays a whole batch at once.
        std::unique_ptr<replay::SweepBackend> backend;
        if (useGpu)
            backend = std::make_unique<gpu::CudaSweepBackend>();
        else
            backend = std::make_unique<replay::CpuSweepBackend>();
        const std::size_t batch = useGpu ? std::max<std::size_t>(256, all.size() / 20) : sweepThreads();
        replay::SweepOptions options;
        options.gpuJobsOnly = gpuJobsOnly;
        options.cancel = &cancel;
        for (std::size_t first = 0; first < all.size() && !cancel.load(); first += batch) {
            const std::vector<replay::Scenario> part(all.begin() + std::ptrdiff_t(first),
                                                     all.begin() + std::ptrdiff_t(std::min(all.size(), first + batch)));
            std::vector<replay::SweepRow> rows = backend->run(*trace, part, options);
            if (cancel.load())
                break;
            QMetaObject::invokeMethod(
                this,
                [this, rows = std::move(rows)]() mutable {
                    for (replay::SweepRow& row : rows)
                        m_rowsSoFar.push_back(std::move(row));
                    m_points->setRows(m_rowsSoFar);
                },
                Qt::QueuedConnection);
            progress(std::min(all.size(), first + batch), all.size());
        }
        QString fallback;
        if (const auto* cuda = dynamic_cast<const gpu::CudaSweepBackend*>(backend.get()))
            fallback = QString::fromStdString(cuda->fallbackReason());
        if (cancel.load())
            return [this] {
                showStatus([] { return tr("Sweep cancelled; the finished scenarios stay."); });
                emit sweepCancelled();
            };
        return [this, fallback] {
            // Said from the rows the table shows, so a language switch words the same numbers again.
            showStatus([this, fallback] {
                return tr("%1 scenarios (%2); %3 on the Pareto frontier. Click a point to replay it.")
                           .arg(m_points->rowCount())
                           .arg(backendSummary(m_points->rows()))
                           .arg(m_points->frontier().size()) +
                       (fallback.isEmpty() ? QString()
                                           : QLatin1Char(' ') + tr("The GPU was not used for some: %1").arg(fallback));
            });
            emit sweepFinished();
        };
    });
    updateActions();
    return true;
}

QString TradeoffPage::backendSummary(const std::vector<replay::SweepRow>& rows)
{
    std::map<std::string, int> perBackend;
    for (const replay::SweepRow& row : rows)
        ++perBackend[row.backend];
    QStringList parts;
    for (const auto& [backend, count] : perBackend)
        parts << tr("%1 on %2").arg(count).arg(TradeoffPointModel::backendTitle(backend));
    return parts.join(QStringLiteral(", "));
}

void TradeoffPage::updateBackendLabel()
{
    const bool useGpu = m_gpuUsable && m_backendChoice->currentData().toString() != QLatin1String("cpu");
    if (useGpu) {
        m_backend->setText(
            tr("Backend: GPU %1; preemptive policies on the CPU pool (%2 threads)").arg(m_gpuName).arg(sweepThreads()));
        m_backend->setToolTip(tr("fifo, first-fit, sjf, easy-backfill and priority replay on the GPU; the results "
                                 "are identical to the CPU engine's."));
    } else {
        m_backend->setText(tr("Backend: CPU thread pool, %1 threads").arg(sweepThreads()));
        m_backend->setToolTip(m_gpuUsable ? tr("The GPU is available; choose Auto or GPU to use it.")
                                          : tr("No usable CUDA device: %1").arg(m_noGpuReason));
    }
}

void TradeoffPage::updateActions()
{
    const bool sweeping = isSweeping();
    m_sweep->setEnabled(!sweeping && m_traceLab->currentTrace() != nullptr);
    m_cancel->setEnabled(sweeping);
    m_backendChoice->setEnabled(!sweeping);
    m_progress->setVisible(sweeping);
}

bool TradeoffPage::exportChart(const QString& path) const
{
    return ChartExport::save({m_chart}, 1, path);
}

bool TradeoffPage::exportCsv(const QString& path) const
{
    return TableExport::writeCsv(*m_points, path);
}

void TradeoffPage::chooseChartExport()
{
    const QString filter =
        ChartExport::svgAvailable() ? tr("PNG image (*.png);;SVG drawing (*.svg)") : tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), filter);
    if (!path.isEmpty())
        emit statusSentence([path, ok = exportChart(path)] {
            return ok ? tr("Chart written to %1").arg(path) : tr("Cannot write %1").arg(path);
        });
}

void TradeoffPage::chooseCsvExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenarios"), QString(), tr("CSV table (*.csv)"));
    if (!path.isEmpty())
        emit statusSentence([path, ok = exportCsv(path)] {
            return ok ? tr("Table written to %1").arg(path) : tr("Cannot write %1").arg(path);
        });
}

}  // namespace debrief::studio

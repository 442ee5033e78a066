#include "sharingpanel.h"

#include "displayformat.h"
#include "sharingcostmodel.h"
#include "sharingcurvemodel.h"
#include "sharingsession.h"
#include "widgets/chartstyle.h"
#include "widgets/tablefit.h"
#include "widgets/timeserieschartview.h"

#include <sharing/sharereplay.h>
#include <trace/trace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace debrief::studio {

namespace {

// The placements share the policies' palette and dashes (one palette, ChartStyle's): the same
// colour means the same position in the list on every chart of the Trace Lab.
TimeSeriesChartView::Line placementLine(sharing::PlacementPolicy placement)
{
    const auto asPolicy = replay::PolicyKind(int(placement));
    return {QString::fromUtf8(sharing::placementName(placement)), ChartStyle::policyColor(asPolicy),
            ChartStyle::policyDash(asPolicy), 2.0};
}

// Fits a table's height to its rows (the placements, or the cost measures) and its columns to
// their contents, so no empty rows or stretched columns take the tab's room.
void fitTable(QTableView* view, int rows)
{
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeightToRows(view, rows);
}

// Allocation is read against the whole capacity (0-100 %); fragmentation stays small, so its axis
// grows with the data.
void setUpChart(TimeSeriesChartView* chart, bool wholeScale)
{
    chart->setXUnit(ChartStyle::Unit::Percent);
    chart->setYUnit(ChartStyle::Unit::Percent);
    chart->setFixedXTop(SharingSession::kDefaultInflation * 100.0);
    if (wholeScale)
        chart->setFixedYTop(100.0);
    else
        chart->setYRangeFloor(10.0);
    chart->setLegendVisible(true);
    chart->setMinimumHeight(260);
    chart->setLines({});  // the axes start at 0-130 % arrived before the first run, not at 0-2 %
}

}  // namespace

SharingPanel::SharingPanel(SharingSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_studyBox(new QGroupBox(this)), m_costBox(new QGroupBox(this)),
      m_nodeListTitle(new QLabel(this)), m_nodeList(new QLabel(this)), m_chooseNodes(new QPushButton(this)),
      m_bundledNodes(new QPushButton(this)), m_placementsTitle(new QLabel(this)), m_firstSeedTitle(new QLabel(this)),
      m_firstSeed(new QSpinBox(this)), m_seedCountTitle(new QLabel(this)), m_seedCount(new QSpinBox(this)),
      m_seedsText(new QLabel(this)), m_inflationTitle(new QLabel(this)), m_inflation(new QDoubleSpinBox(this)),
      m_run(new QPushButton(this)), m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_state(new QLabel(this)), m_allocationChart(new TimeSeriesChartView(this)),
      m_fragmentationChart(new TimeSeriesChartView(this)), m_curves(new SharingCurveModel(this)),
      m_curveView(new QTableView(this)), m_replayPolicyTitle(new QLabel(this)), m_replayPolicy(new QComboBox(this)),
      m_replayPlacementTitle(new QLabel(this)), m_replayPlacement(new QComboBox(this)),
      m_compare(new QPushButton(this)), m_evidence(new QPushButton(this)), m_prices(new QLabel(this)),
      m_costs(new SharingCostModel(this)), m_costView(new QTableView(this))
{
    // --- the study's set-up
    auto* form = new QFormLayout;
    auto* nodeRow = new QHBoxLayout;
    m_nodeList->setWordWrap(true);
    m_nodeList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nodeRow->addWidget(m_nodeList, 1);
    nodeRow->addWidget(m_chooseNodes);
    nodeRow->addWidget(m_bundledNodes);
    m_nodeListTitle->setBuddy(m_chooseNodes);
    form->addRow(m_nodeListTitle, nodeRow);

    auto* placementRow = new QHBoxLayout;
    for (const sharing::PlacementPolicy placement : sharing::allPlacements()) {
        auto* box = new QCheckBox(QString::fromUtf8(sharing::placementName(placement)), this);
        box->setObjectName(QStringLiteral("placement-") + box->text());
        box->setChecked(true);
        m_placementBoxes[placement] = box;
        placementRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SharingPanel::updateActions);
    }
    placementRow->addStretch(1);
    m_placementsTitle->setBuddy(m_placementBoxes.begin()->second);
    form->addRow(m_placementsTitle, placementRow);

    auto* seedRow = new QHBoxLayout;
    m_firstSeed->setRange(0, 1'000'000);
    m_firstSeed->setValue(42);
    m_seedCount->setRange(1, 100);
    m_seedCount->setValue(10);
    m_firstSeedTitle->setBuddy(m_firstSeed);
    m_seedCountTitle->setBuddy(m_seedCount);
    m_inflation->setRange(0.1, 5.0);
    m_inflation->setSingleStep(0.1);
    m_inflation->setDecimals(2);
    m_inflation->setValue(SharingSession::kDefaultInflation);
    m_inflationTitle->setBuddy(m_inflation);
    seedRow->addWidget(m_firstSeedTitle);
    seedRow->addWidget(m_firstSeed);
    seedRow->addWidget(m_seedCountTitle);
    seedRow->addWidget(m_seedCount);
    seedRow->addWidget(m_seedsText);
    seedRow->addSpacing(12);
    seedRow->addWidget(m_inflationTitle);
    seedRow->addWidget(m_inflation);
    seedRow->addStretch(1);
    form->addRow(seedRow);

    auto* runRow = new QHBoxLayout;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_state, 2);
    m_state->setWordWrap(true);

    setUpChart(m_allocationChart, true);
    setUpChart(m_fragmentationChart, false);
    auto* chartRow = new QHBoxLayout;
    chartRow->addWidget(m_allocationChart, 1);
    chartRow->addWidget(m_fragmentationChart, 1);

    m_curveView->setModel(m_curves);
    m_curveView->setSelectionBehavior(QAbstractItemView::SelectRows);
    fitTable(m_curveView, int(sharing::allPlacements().size()));

    auto* studyLayout = new QVBoxLayout(m_studyBox);
    studyLayout->addLayout(form);
    studyLayout->addLayout(runRow);
    studyLayout->addLayout(chartRow, 1);
    studyLayout->addWidget(m_curveView);

    // --- rounded up against shared
    for (const replay::PolicyKind policy : replay::kAllPolicies)
        m_replayPolicy->addItem(QString::fromUtf8(replay::policyName(policy)), int(policy));
    for (const sharing::PlacementPolicy placement : sharing::allPlacements())
        m_replayPlacement->addItem(QString::fromUtf8(sharing::placementName(placement)), int(placement));
    m_replayPlacement->setCurrentIndex(m_replayPlacement->findData(int(m_session->replayPlacement())));
    m_replayPolicyTitle->setBuddy(m_replayPolicy);
    m_replayPlacementTitle->setBuddy(m_replayPlacement);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(m_replayPolicyTitle);
    costRow->addWidget(m_replayPolicy);
    costRow->addWidget(m_replayPlacementTitle);
    costRow->addWidget(m_replayPlacement);
    costRow->addWidget(m_compare);
    costRow->addStretch(1);
    costRow->addWidget(m_evidence);
    m_costView->setModel(m_costs);
    fitTable(m_costView, SharingCostModel::RowCount);
    m_prices->setWordWrap(true);
    auto* costLayout = new QVBoxLayout(m_costBox);
    costLayout->addLayout(costRow);
    costLayout->addWidget(m_costView);
    costLayout->addWidget(m_prices);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_studyBox, 1);
    layout->addWidget(m_costBox);

    // --- binding
    connect(m_run, &QPushButton::clicked, this, &SharingPanel::runStudy);
    connect(m_cancel, &QPushButton::clicked, m_session, &SharingSession::cancel);
    connect(m_compare, &QPushButton::clicked, this, &SharingPanel::compareCosts);
    connect(m_evidence, &QPushButton::clicked, this, &SharingPanel::chooseEvidence);
    connect(m_chooseNodes, &QPushButton::clicked, this, &SharingPanel::chooseNodeList);
    connect(m_bundledNodes, &QPushButton::clicked, this,
            [this] { m_session->loadNodeList(SharingSession::bundledNodeListPath()); });
    connect(m_firstSeed, &QSpinBox::valueChanged, this, &SharingPanel::updateSeedsText);
    connect(m_seedCount, &QSpinBox::valueChanged, this, &SharingPanel::updateSeedsText);

    connect(m_session, &SharingSession::statusMessage, this, &SharingPanel::statusMessage);
    connect(m_session, &SharingSession::progressChanged, this, [this](int percent) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
    });
    connect(m_session, &SharingSession::studyStarted, this, [this] {
        m_progress->setValue(0);
        m_chartPlacements.clear();
        onCurvesChanged();
    });
    connect(m_session, &SharingSession::curvesChanged, this, &SharingPanel::onCurvesChanged);
    connect(m_session, &SharingSession::costsChanged, this, [this] {
        m_costs->setComparison(m_session->costs());
        updateState();
        updateActions();
    });
    connect(m_session, &SharingSession::restored, this, &SharingPanel::showSessionParameters);
    connect(m_session, &SharingSession::nodeListChanged, this, &SharingPanel::updateNodeList);
    connect(m_session, &SharingSession::traceChanged, this, [this] {
        updateState();
        updateActions();
    });
    connect(m_session, &SharingSession::busyChanged, this, [this] {
        updateState();
        updateActions();
        if (!m_session->isRunning())
            emit settled();
    });
    connect(m_session, &SharingSession::failed, this,
            [this](const QString& what) { emit statusMessage(tr("Failed: %1").arg(what)); });
    connect(m_session, &SharingSession::nodeListFailed, this,
            [this](const QString& message) { m_state->setText(tr("Node list not used: %1").arg(message)); });

    retranslate();
    updateNodeList();
    onCurvesChanged();
    updateActions();
}

std::vector<sharing::PlacementPolicy> SharingPanel::checkedPlacements() const
{
    std::vector<sharing::PlacementPolicy> out;
    for (const sharing::PlacementPolicy placement : sharing::allPlacements()) {
        if (m_placementBoxes.at(placement)->isChecked())
            out.push_back(placement);
    }
    return out;
}

bool SharingPanel::runStudy()
{
    m_session->setPlacements(checkedPlacements());
    m_session->setSeeds(SharingSession::seedRange(std::uint64_t(m_firstSeed->value()), m_seedCount->value()));
    m_session->setInflation(m_inflation->value());
    const bool started = m_session->runStudy();
    updateActions();
    return started;
}

bool SharingPanel::compareCosts()
{
    m_session->setReplayPolicy(replay::PolicyKind(m_replayPolicy->currentData().toInt()));
    m_session->setReplayPlacement(sharing::PlacementPolicy(m_replayPlacement->currentData().toInt()));
    m_session->setPrices(SharingSession::pricesFromTable());
    const bool started = m_session->compareCosts();
    updateActions();
    return started;
}

void SharingPanel::chooseNodeList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a node list"), m_lastDirectory,
                                                      tr("Node lists (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    m_session->loadNodeList(path);
}

void SharingPanel::chooseEvidence()
{
    if (!m_session->hasDatabase() || !m_session->hasEvidence())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Use as evidence"), tr("The sharing results are saved as an analysis first. Name of the analysis:"),
        QLineEdit::Normal, m_session->suggestedAnalysisName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_session->useAsEvidence(name);
}

void SharingPanel::onCurvesChanged()
{
    const std::vector<SharingSession::Curve>& curves = m_session->curves();
    std::vector<sharing::PlacementPolicy> placements;
    for (const SharingSession::Curve& curve : curves)
        placements.push_back(curve.placement);
    if (placements != m_chartPlacements) {
        m_chartPlacements = placements;
        QList<TimeSeriesChartView::Line> lines;
        for (const sharing::PlacementPolicy placement : placements)
            lines << placementLine(placement);
        m_allocationChart->setLines(lines);
        m_fragmentationChart->setLines(lines);
    }
    QList<QList<QPointF>> allocated, fragmented;
    for (const SharingSession::Curve& curve : curves) {
        QList<QPointF> a, f;
        for (const sharing::StudyPoint& point : curve.points) {
            a << QPointF(point.arrivedPct, point.allocatedPct);
            f << QPointF(point.arrivedPct, point.fragmentationPct);
        }
        allocated << a;
        fragmented << f;
    }
    // The x axis ends at the study's largest arrived workload (inflation 1.3: 130 %), whatever its ticks.
    const qreal arrivedTop = std::round(m_session->studiedInflation() * 100.0);
    m_allocationChart->setFixedXTop(arrivedTop);
    m_fragmentationChart->setFixedXTop(arrivedTop);
    m_allocationChart->setPoints(allocated);
    m_fragmentationChart->setPoints(fragmented);
    m_curves->setCurves(curves, int(m_session->studiedInflation() * 100.0 + 0.5));
    updateState();
    updateActions();
}

void SharingPanel::updateNodeList()
{
    const auto nodes = m_session->nodeList();
    if (!nodes) {
        m_nodeList->setText(tr("No node list"));
        m_prices->clear();
        return;
    }
    // GPUs per model, and the price each is replayed at.
    QStringList models;
    QStringList prices;
    const sharing::GpuPrices table = SharingSession::pricesFromTable();
    for (std::size_t m = 0; m < nodes->models().size(); ++m) {
        const std::uint64_t gpus = nodes->gpusOfModel(std::uint32_t(m));
        if (gpus == 0)
            continue;
        const std::string& name = nodes->models()[m];
        const QString shown = name.empty() ? tr("unnamed") : QString::fromStdString(name);
        models << tr("%1 %2").arg(shown, DisplayFormat::count(gpus));
        prices << tr("%1 %2").arg(shown, DisplayFormat::money(table.of(name)));
    }
    m_nodeList->setText(tr("%1: %2 nodes, %3 GPUs (%4)")
                            .arg(m_session->nodeListName(), DisplayFormat::count(nodes->nodes().size()),
                                 DisplayFormat::count(nodes->totalGpus()), models.join(QStringLiteral(", "))));
    m_prices->setText(tr("Prices per GPU-hour (the Trace Lab's price table over the openb defaults): %1")
                          .arg(prices.join(QStringLiteral(", "))));
    updateState();
    updateActions();
}

void SharingPanel::updateSeedsText()
{
    const int first = m_firstSeed->value();
    const int count = m_seedCount->value();
    m_seedsText->setText(count == 1
                             ? tr("seed %1").arg(first)
                             : tr("seeds %1-%2 (%3 runs per placement)").arg(first).arg(first + count - 1).arg(count));
}

void SharingPanel::showSessionParameters()
{
    const std::vector<sharing::PlacementPolicy>& placements = m_session->placements();
    for (const auto& [placement, box] : m_placementBoxes)
        box->setChecked(std::find(placements.begin(), placements.end(), placement) != placements.end());
    const std::vector<std::uint64_t>& seeds = m_session->seeds();
    if (!seeds.empty()) {
        m_firstSeed->setValue(int(seeds.front()));
        m_seedCount->setValue(int(seeds.size()));
    }
    m_inflation->setValue(m_session->inflation());
    m_replayPolicy->setCurrentIndex(m_replayPolicy->findData(int(m_session->replayPolicy())));
    m_replayPlacement->setCurrentIndex(m_replayPlacement->findData(int(m_session->replayPlacement())));
    updateState();
    updateActions();
}

void SharingPanel::updateState()
{
    QString text;
    if (m_session->isRestored()) {
        text = m_session->restoredSource().isEmpty() ? tr("Saved results")
                                                     : tr("Saved results of %1").arg(m_session->restoredSource());
    } else if (!m_session->trace()) {
        text = tr("Load a trace: its jobs' GPU shares are placed on the node list.");
    } else if (m_session->runsPlanned() > 0) {
        text = tr("%1 of %2 runs (placements x seeds) done").arg(m_session->runsDone()).arg(m_session->runsPlanned());
    } else {
        text = tr("%1: %2 jobs, ready")
                   .arg(m_session->traceName(), DisplayFormat::count(std::uint64_t(m_session->trace()->jobs.size())));
    }
    m_state->setText(text);
}

void SharingPanel::updateActions()
{
    const bool running = m_session->isRunning();
    const bool ready = m_session->trace() && m_session->nodeList();
    m_run->setEnabled(!running && ready && !checkedPlacements().empty());
    m_compare->setEnabled(!running && ready);
    m_cancel->setEnabled(running);
    m_chooseNodes->setEnabled(!running);
    m_bundledNodes->setEnabled(!running);
    m_evidence->setEnabled(!running && m_session->hasDatabase() && m_session->hasEvidence());
    if (!m_session->hasDatabase())
        m_evidence->setToolTip(tr("Evidence is kept in the local database, which is not open."));
    else if (m_session->isRestored())
        m_evidence->setToolTip(tr("Saved results keep the evidence of the analysis they came from; run the study or "
                                  "the comparison again to keep new evidence."));
    else
        m_evidence->setToolTip(QString());
}

void SharingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SharingPanel::retranslate()
{
    m_studyBox->setTitle(tr("Allocation and fragmentation against arrived workload (the openb study)"));
    m_costBox->setTitle(tr("Time replay on the node list: rounded up against shared"));
    m_curveView->setAccessibleName(tr("Allocation and fragmentation at 100 % and 130 % arrived"));
    m_costView->setAccessibleName(tr("Rounded up against shared: GPU-hours, utilisation and cost"));
    m_nodeListTitle->setText(tr("Node list:"));
    m_chooseNodes->setText(tr("C&hoose node list..."));
    m_bundledNodes->setText(tr("openb nodes"));
    m_bundledNodes->setToolTip(tr("The openb study's 1,213 nodes, bundled with the studio"));
    m_placementsTitle->setText(tr("Placements:"));
    m_firstSeedTitle->setText(tr("First seed:"));
    m_seedCountTitle->setText(tr("Seeds:"));
    m_inflationTitle->setText(tr("Inflation:"));
    m_inflation->setToolTip(tr("Jobs arrive until their GPU demand reaches this ratio of the cluster's GPU capacity"));
    m_run->setText(tr("Run stud&y"));
    m_cancel->setText(tr("Cancel"));
    m_allocationChart->setTitle(tr("GPU allocation ratio"));
    m_allocationChart->setAxisTitles(tr("Arrived workload (% of GPU capacity)"), tr("Allocated"));
    m_fragmentationChart->setTitle(tr("GPU fragmentation"));
    m_fragmentationChart->setAxisTitles(tr("Arrived workload (% of GPU capacity)"), tr("Fragmented"));
    m_replayPolicyTitle->setText(tr("Scheduling policy:"));
    m_replayPlacementTitle->setText(tr("Placement:"));
    m_compare->setText(tr("Compare cos&ts"));
    m_evidence->setText(tr("Use as e&vidence"));
    m_curves->retranslate();
    m_costs->retranslate();
    updateSeedsText();
    updateNodeList();
    updateState();
}

}  // namespace debrief::studio

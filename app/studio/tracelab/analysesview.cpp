#include "analysesview.h"

#include "analysesmodel.h"
#include "widgets/chartstyle.h"
#include "widgets/tablefit.h"
#include "widgets/timeserieschartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief::studio {

namespace {

constexpr qreal kJctLogFloorHours = 1.0 / 60.0;  // a minute: shorter JCTs sit at the left edge
constexpr qreal kSlowdownLogFloor = 1.0;         // no slowdown

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);  // read-only: Tab moves on
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}


QList<QPointF> pointsOf(const std::vector<replay::CdfPoint>& cdf, double scale)
{
    QList<QPointF> points;
    points.reserve(qsizetype(cdf.size()));
    for (const replay::CdfPoint& p : cdf)
        points.append({p.value * scale, p.share});
    return points;
}

}  // namespace

AnalysesView::AnalysesView(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)), m_jct(new TimeSeriesChartView(this)),
      m_slowdown(new TimeSeriesChartView(this)), m_log(new QCheckBox(this)), m_summary(new AnalysesSummaryModel(this)),
      m_summaryView(nullptr), m_policyLabel(new QLabel(this)), m_policy(new QComboBox(this)),
      m_buckets(new AnalysesBucketModel(this)), m_bucketView(nullptr)
{
    m_note->setWordWrap(true);
    m_jct->setXUnit(ChartStyle::Unit::Hours);
    m_slowdown->setXUnit(ChartStyle::Unit::Count);
    for (TimeSeriesChartView* chart : {m_jct, m_slowdown}) {
        chart->setYUnit(ChartStyle::Unit::Share);
        chart->setFixedYTop(1.0);  // a share of jobs: 0 to 100 %
        chart->setYTickCount(5);
        chart->setLegendVisible(true);
        chart->setMinimumHeight(220);
    }
    m_summaryView = makeTable(m_summary, this);
    m_summaryView->horizontalHeader()->setStretchLastSection(false);
    m_bucketView = makeTable(m_buckets, this);
    m_policyLabel->setBuddy(m_policy);

    // Scrolls rather than squeezing the tables to a row or two: every bucket and policy stays readable.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_note);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_jct, 1);
    charts->addWidget(m_slowdown, 1);
    layout->addLayout(charts, 3);
    layout->addWidget(m_log);
    layout->addWidget(m_summaryView);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policyLabel);
    policyRow->addWidget(m_policy);
    policyRow->addStretch(1);
    layout->addLayout(policyRow);
    layout->addWidget(m_bucketView);
    layout->addStretch(1);

    connect(m_log, &QCheckBox::toggled, this, &AnalysesView::setLogScale);
    connect(m_policy, &QComboBox::currentIndexChanged, this,
            [this](int index) { showBucketsOf(index <= 0 ? -1 : index - 1); });
    retranslate();
    setAnalyses({});
}

void AnalysesView::setAnalyses(const PolicyAnalysesList& analyses)
{
    m_analyses = analyses;
    m_summary->setAnalyses(analyses);
    fitHeightToRows(m_summaryView, m_summaryView->model()->rowCount());
    fillPolicyBox();  // keeps the pick when that policy is still there; shows its buckets
    redraw();
    const bool any = !m_analyses.empty();
    m_note->setVisible(!any);
    for (QWidget* part : std::initializer_list<QWidget*>{m_jct, m_slowdown, m_log, m_summaryView, m_policyLabel,
                                                         m_policy, m_bucketView})
        part->setEnabled(any);
}

void AnalysesView::fillPolicyBox()
{
    const QVariant picked = m_policy->currentData();
    {
        const QSignalBlocker blocker(m_policy);
        m_policy->clear();
        m_policy->addItem(tr("All, side by side"), -1);
        for (const PolicyAnalyses& p : m_analyses)
            m_policy->addItem(QString::fromUtf8(replay::policyName(p.policy)), int(p.policy));
        m_policy->setCurrentIndex(std::max(0, picked.isValid() ? m_policy->findData(picked) : 0));
    }
    showBucketsOf(m_policy->currentIndex() - 1);
}

void AnalysesView::showBucketsOf(int policyIndex)
{
    if (policyIndex >= int(m_analyses.size()))
        policyIndex = -1;
    if (m_policy->currentIndex() != policyIndex + 1) {
        const QSignalBlocker blocker(m_policy);
        m_policy->setCurrentIndex(policyIndex + 1);
    }
    if (policyIndex < 0)
        m_buckets->setAnalyses(m_analyses);
    else
        m_buckets->setAnalyses({m_analyses[std::size_t(policyIndex)]});
    fitHeightToRows(m_bucketView, m_bucketView->model()->rowCount());
}

void AnalysesView::setLogScale(bool on)
{
    if (m_log->isChecked() != on) {
        m_log->setChecked(on);  // toggled() comes back here
        return;
    }
    m_jct->setLogX(on, kJctLogFloorHours);
    m_slowdown->setLogX(on, kSlowdownLogFloor);
    redraw();  // new axes: the lines again
}

void AnalysesView::redraw()
{
    // Earlier lines wider (ChartStyle): a policy with the same CDF as an earlier one stays visible.
    QList<TimeSeriesChartView::Line> lines;
    const int count = int(m_analyses.size());
    for (int i = 0; i < count; ++i) {
        const replay::PolicyKind policy = m_analyses[std::size_t(i)].policy;
        const QPen pen = ChartStyle::policyPen(policy, i, count);
        lines.append({QString::fromUtf8(replay::policyName(policy)), pen.color(), pen.style(), pen.widthF()});
    }
    QList<QList<QPointF>> jct;
    QList<QList<QPointF>> slowdown;
    for (const PolicyAnalyses& p : m_analyses) {
        jct.append(pointsOf(p.analyses.jctCdf, 1.0 / 3600.0));  // the Hours unit's axis
        slowdown.append(pointsOf(p.analyses.slowdownCdf, 1.0));
    }
    m_jct->setLines(lines);
    m_jct->setPoints(jct);
    m_slowdown->setLines(lines);
    m_slowdown->setPoints(slowdown);
}

void AnalysesView::retranslate()
{
    m_scroll->setAccessibleName(tr("Analyses"));
    m_note->setText(tr("Replay the trace to see its analyses: JCT and slowdown CDFs, waiting and preempted time, "
                       "fairness, and delays by job size and run time. A saved analysis does not keep them."));
    m_jct->setTitle(tr("JCT CDF (share of jobs)"));
    m_jct->setAccessibleName(tr("JCT CDF chart"));
    m_jct->setToolTip(tr("Job completion time (JCT) = end - submit. A line at height y over x: that share of the "
                         "policy's accepted jobs completed within x of their submit."));
    m_slowdown->setTitle(tr("Bounded slowdown CDF (share of jobs)"));
    m_slowdown->setAccessibleName(tr("Bounded slowdown CDF chart"));
    m_slowdown->setToolTip(tr("Bounded slowdown = JCT / max(run time, 10 s): 1 means the job never waited. A line "
                              "at height y over x: that share of the jobs was slowed down by at most x."));
    m_log->setText(tr("Log scale for &JCT and slowdown"));
    m_log->setToolTip(tr("JCTs span seconds to days: a log axis spreads the short ones out"));
    m_summaryView->setAccessibleName(tr("Waiting, preemption and fairness per policy"));
    m_policyLabel->setText(tr("Delays by job si&ze and run time for:"));
    m_policy->setAccessibleName(tr("Policy of the bucket table"));
    m_policy->setToolTip(tr("One policy's buckets, or every policy's side by side"));
    if (m_policy->count() > 0)
        m_policy->setItemText(0, tr("All, side by side"));
    m_bucketView->setAccessibleName(tr("Queueing delay and slowdown by job size and run time"));
    m_summary->retranslate();
    m_buckets->retranslate();
}

void AnalysesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace debrief::studio

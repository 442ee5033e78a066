#include "tracesummaryview.h"

#include "displayformat.h"
#include "traceformatbox.h"
#include "uilanguage.h"
#include "widgets/barchartview.h"

#include <trace/trace.h>

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <climits>
#include <map>
#include <vector>

namespace debrief::studio {

TraceSummaryView::TraceSummaryView(QWidget* parent)
    : QWidget(parent), m_source(new QLabel(this)), m_format(new QLabel(this)), m_jobs(new QLabel(this)),
      m_span(new QLabel(this)), m_cpuOnly(new QLabel(this)), m_skipped(new QLabel(this)), m_notes(new QLabel(this)),
      m_histogram(new BarChartView(this))
{
    for (QLabel* label : {m_source, m_format, m_jobs, m_span, m_cpuOnly, m_skipped, m_notes})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setWordWrap(true);
    m_source->setWordWrap(true);

    auto* form = new QFormLayout;
    for (QLabel* field : {m_source, m_format, m_jobs, m_span, m_cpuOnly, m_skipped, m_notes}) {
        auto* label = new QLabel(this);
        m_rowLabels << label;
        form->addRow(label, field);
    }

    // Side by side: the trace group is wide and short, and the notes need their lines.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 3);
    layout->addWidget(m_histogram, 2);
    retranslate();
}

void TraceSummaryView::retranslate()
{
    m_histogram->setAccessibleName(tr("Jobs by GPUs requested"));
    m_histogram->setAxisTitles(tr("GPUs per job"), tr("Jobs"));
    m_histogram->chart()->setTitle(tr("Jobs by GPUs requested"));
    const QStringList rows = {tr("Trace:"),         tr("Format:"),       tr("Jobs:"), tr("Span:"),
                              tr("CPU-only jobs:"), tr("Skipped rows:"), tr("Notes:")};
    for (int i = 0; i < m_rowLabels.size(); ++i)
        m_rowLabels[i]->setText(rows[i]);
    if (m_trace)
        setTrace(m_trace, m_displayName);
    else
        clear();
}

void TraceSummaryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

std::vector<std::pair<QString, std::uint64_t>> TraceSummaryView::gpuBuckets(const trace::Trace& trace)
{
    // Powers of two: real traces ask for 1, 2, 4, 8, ... GPUs, and a few odd sizes fall in between.
    std::map<std::uint32_t, std::uint64_t> byUpperBound;
    for (const trace::Job& job : trace.jobs) {
        std::uint32_t bound = job.gpus;
        if (bound > 2) {
            bound = 4;
            while (bound < job.gpus && bound < (1u << 30))
                bound *= 2;
        }
        ++byUpperBound[bound];
    }
    std::vector<std::pair<QString, std::uint64_t>> buckets;
    for (const auto& [bound, count] : byUpperBound) {
        const QString label =
            bound <= 2 ? QString::number(bound) : QStringLiteral("%1-%2").arg(bound / 2 + 1).arg(bound);
        buckets.emplace_back(label, count);
    }
    return buckets;
}

void TraceSummaryView::setTrace(const std::shared_ptr<const trace::Trace>& trace, const QString& displayName)
{
    if (!trace) {
        clear();
        return;
    }
    m_trace = trace;
    m_displayName = displayName;
    m_source->setText(displayName);
    m_format->setText(TraceFormatBox::displayName(trace->format));
    m_jobs->setText(DisplayFormat::count(trace->jobs.size()));
    m_span->setText(DisplayFormat::duration(double(trace->span())));
    const std::uint64_t cpuOnly = trace->cpuOnlyJobs();
    m_cpuOnly->setText(trace->jobs.empty()
                           ? DisplayFormat::count(0)
                           : tr("%1 (%2)").arg(DisplayFormat::count(cpuOnly),
                                               DisplayFormat::percent(double(cpuOnly) / double(trace->jobs.size()))));
    m_skipped->setText(DisplayFormat::count(trace->skippedRows()));
    QStringList notes;
    for (const trace::TraceNote& note : trace->notes)
        notes << noteText(note);
    m_notes->setText(notes.isEmpty() ? tr("none") : notes.join(QLatin1Char('\n')));

    QStringList categories;
    QList<qreal> values;
    for (const auto& [label, count] : gpuBuckets(*trace)) {
        categories << label;
        values << qreal(count);
    }
    m_histogram->setBars(categories, values, tr("Jobs"));
}

void TraceSummaryView::clear()
{
    m_trace.reset();
    m_displayName.clear();
    const QString none = tr("no trace loaded");
    m_source->setText(none);
    for (QLabel* label : {m_format, m_jobs, m_span, m_cpuOnly, m_skipped, m_notes})
        label->setText(QStringLiteral("-"));
    m_histogram->setBars({}, {}, tr("Jobs"));
}

QString TraceSummaryView::jobsText() const
{
    return m_jobs->text();
}

QString TraceSummaryView::sourceText() const
{
    return m_source->text();
}

QString TraceSummaryView::notesText() const
{
    return m_notes->text();
}

QString TraceSummaryView::noteText(const trace::TraceNote& note)
{
    // In English core's sentence is the one to show (tr()'s "job(s)" is for translators).
    if (UiLanguage::installed().isEmpty() || UiLanguage::installed() == QLatin1String("en"))
        return QString::fromStdString(trace::noteText(note));
    const int n = int(std::min<std::uint64_t>(note.count, INT_MAX));
    using trace::NoteKind;
    switch (note.kind) {
    case NoteKind::CpuOnlyJobs:
        return tr("%1 of %2 jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of a replay")
            .arg(DisplayFormat::count(note.count), DisplayFormat::count(note.total));
    case NoteKind::NeverStarted:
        return tr("%Ln job(s) never started (no start time): kept with run time 0 and no trace start", nullptr, n);
    case NoteKind::NoEndTime:
        return tr("%Ln job(s) with no end time (unfinished when the trace was cut): kept with run time 0", nullptr,
                  n);
    case NoteKind::BadRowsSkipped: return tr("%Ln bad row(s) skipped (lenient import)", nullptr, n);
    case NoteKind::PhillyRules:
        return tr("Philly: run time = sum of all attempts' run times, GPUs = the most any attempt used, "
                  "trace start = the first attempt's start");
    case NoteKind::PhillyRetried: return tr("%Ln job(s) with more than one attempt", nullptr, n);
    case NoteKind::PhillyNoAttempts:
        return tr("%Ln job(s) with no attempts (never scheduled): kept with 0 GPUs and run time 0", nullptr, n);
    case NoteKind::PhillyOpenAttempt:
        return tr("%Ln job(s) with an attempt with no end_time (still running when the log was cut): that "
                  "attempt adds no run time",
                  nullptr, n);
    case NoteKind::PaiNoJobTable: return tr("PAI: no job table given, so jobs have no user");
    case NoteKind::PaiNotInJobTable:
        return tr("%Ln task(s) with no row in the job table (no user)", nullptr, n);
    case NoteKind::OpenbRules:
        return tr("openb: submit = creation_time, run time = deletion_time - scheduled_time, GPUs = num_gpu x "
                  "gpu_milli/1000 rounded up per GPU (shares are packed only on a node list: share, replay "
                  "--node-list --share-gpus)");
    case NoteKind::PaiTaskRows:
        return tr("PAI: each task row is one job (the tasks of a job share its id); GPUs = inst_num x "
                  "plan_gpu/100 rounded up per instance");
    case NoteKind::PaiNoSubmitTime:
        return tr("PAI has no submit time: submit = the task's start_time, so the trace itself shows no "
                  "queueing (a task that never started cannot be placed and is a bad row)");
    }
    return QString::fromStdString(trace::noteText(note));
}

}  // namespace debrief::studio

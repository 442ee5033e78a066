#include "tracefiltereditor.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <cmath>

namespace debrief::studio {

namespace {

enum ItemRole { NameRole = Qt::UserRole + 1, JobsRole };

QString nameWithJobs(const QListWidgetItem* item)
{
    return QCoreApplication::translate("debrief::studio::TraceFilterEditor", "%1 (%2 jobs)")
        .arg(item->data(NameRole).toString(), DisplayFormat::count(item->data(JobsRole).toULongLong()));
}

void fillNames(QListWidget* list, const trace::Trace& trace,
               const std::vector<std::pair<std::uint32_t, std::uint64_t>>& names)
{
    list->clear();
    for (const auto& [index, jobs] : names) {
        const QString name = QString::fromUtf8(trace.names.at(index).data(), qsizetype(trace.names.at(index).size()));
        auto* item = new QListWidgetItem(list);
        item->setData(Qt::UserRole, qulonglong(index));
        item->setData(NameRole, name);
        item->setData(JobsRole, qulonglong(jobs));
        item->setText(nameWithJobs(item));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setEnabled(list->count() > 0);
}

std::set<std::uint32_t> checkedNames(const QListWidget* list)
{
    std::set<std::uint32_t> out;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            out.insert(std::uint32_t(list->item(row)->data(Qt::UserRole).toULongLong()));
    }
    return out;
}

void checkNames(QListWidget* list, const std::set<std::uint32_t>& names)
{
    for (int row = 0; row < list->count(); ++row) {
        const auto index = std::uint32_t(list->item(row)->data(Qt::UserRole).toULongLong());
        list->item(row)->setCheckState(names.count(index) ? Qt::Checked : Qt::Unchecked);
    }
}

}  // namespace

TraceFilterEditor::TraceFilterEditor(QWidget* parent)
    : QWidget(parent), m_from(new QDoubleSpinBox(this)), m_to(new QDoubleSpinBox(this)),
      m_gpuJobsOnly(new QCheckBox(this)), m_users(new QListWidget(this)), m_vcs(new QListWidget(this)),
      m_apply(new QPushButton(this)), m_clear(new QPushButton(this)), m_kept(new QLabel(this)),
      m_toLabel(new QLabel(this)), m_windowLabel(new QLabel(this)), m_namesLabel(new QLabel(this))
{
    for (QDoubleSpinBox* box : {m_from, m_to}) {
        box->setDecimals(2);
        box->setRange(0.0, 0.0);
    }
    m_users->setMaximumHeight(90);
    m_vcs->setMaximumHeight(90);
    m_kept->setWordWrap(true);

    auto* window = new QHBoxLayout;
    window->addWidget(m_from);
    window->addWidget(m_toLabel);
    window->addWidget(m_to);
    auto* names = new QHBoxLayout;
    names->addWidget(m_users);
    names->addWidget(m_vcs);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_gpuJobsOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_apply);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_windowLabel, window);
    form->addRow(m_namesLabel, names);
    form->addRow(buttons);
    form->addRow(m_kept);

    connect(m_apply, &QPushButton::clicked, this, [this] { emit applyRequested(filter()); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setFilter({});
        emit applyRequested(filter());
    });
    retranslate();
    setTrace(nullptr);
}

void TraceFilterEditor::retranslate()
{
    m_gpuJobsOnly->setText(tr("GPU jobs only"));
    m_apply->setText(tr("A&pply filter"));
    m_clear->setText(tr("Clea&r"));
    for (QDoubleSpinBox* box : {m_from, m_to})
        box->setSuffix(tr(" h"));
    m_from->setAccessibleName(tr("Submitted from (hours after the first submit)"));
    m_to->setAccessibleName(tr("Submitted until (hours after the first submit)"));
    m_from->setToolTip(tr("Keep jobs submitted at or after this time, in hours after the trace's first submit"));
    m_to->setToolTip(tr("Keep jobs submitted at or before this time, in hours after the trace's first submit"));
    m_gpuJobsOnly->setToolTip(tr("Leave out the jobs that ask for no GPU"));
    m_users->setAccessibleName(tr("Users to keep"));
    m_users->setToolTip(tr("Check the users to keep; none checked keeps every user"));
    m_vcs->setAccessibleName(tr("Virtual clusters to keep"));
    m_vcs->setToolTip(tr("Check the virtual clusters to keep; none checked keeps them all"));
    m_apply->setAccessibleName(tr("Apply the trace filter"));
    m_clear->setAccessibleName(tr("Clear the trace filter"));
    m_toLabel->setText(tr("to"));
    m_windowLabel->setText(tr("Submitted:"));
    m_namesLabel->setText(tr("Users / VCs:"));
    for (QListWidget* list : {m_users, m_vcs}) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setText(nameWithJobs(list->item(row)));
    }
    if (m_keptText)
        m_kept->setText(m_keptText());
}

void TraceFilterEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TraceFilterEditor::setKeptText(std::function<QString()> text)
{
    m_keptText = std::move(text);
    m_kept->setText(m_keptText());
}

void TraceFilterEditor::setTrace(const std::shared_ptr<const trace::Trace>& trace)
{
    m_trace = trace;
    const double hours = trace ? std::ceil(double(trace->span()) / 36.0) / 100.0 : 0.0;
    for (QDoubleSpinBox* box : {m_from, m_to})
        box->setRange(0.0, hours);
    m_from->setValue(0.0);
    m_to->setValue(hours);
    m_gpuJobsOnly->setChecked(false);
    if (trace) {
        fillNames(m_users, *trace, TraceFilter::usersOf(*trace));
        fillNames(m_vcs, *trace, TraceFilter::vcsOf(*trace));
        showKept(trace->jobs.size(), trace->jobs.size());
    } else {
        m_users->clear();
        m_vcs->clear();
        setKeptText([] { return tr("No trace is loaded."); });
    }
    setBusy(false);
}

TraceFilter TraceFilterEditor::filter() const
{
    TraceFilter filter;
    if (!m_trace)
        return filter;
    // The window is in hours on screen, in seconds on the trace's clock (the first submit is 0).
    std::int64_t first = 0;
    if (!m_trace->jobs.empty())
        first = std::min_element(m_trace->jobs.begin(), m_trace->jobs.end(), [](const auto& a, const auto& b) {
                    return a.submit < b.submit;
                })->submit;
    if (m_from->value() > m_from->minimum())
        filter.submitFrom = first + std::int64_t(std::llround(m_from->value() * 3600.0));
    if (m_to->value() < m_to->maximum())
        filter.submitTo = first + std::int64_t(std::llround(m_to->value() * 3600.0));
    filter.gpuJobsOnly = m_gpuJobsOnly->isChecked();
    filter.users = checkedNames(m_users);
    filter.vcs = checkedNames(m_vcs);
    return filter;
}

void TraceFilterEditor::setFilter(const TraceFilter& filter)
{
    std::int64_t first = 0;
    if (m_trace && !m_trace->jobs.empty())
        first = std::min_element(m_trace->jobs.begin(), m_trace->jobs.end(), [](const auto& a, const auto& b) {
                    return a.submit < b.submit;
                })->submit;
    m_from->setValue(filter.submitFrom ? double(*filter.submitFrom - first) / 3600.0 : m_from->minimum());
    m_to->setValue(filter.submitTo ? double(*filter.submitTo - first) / 3600.0 : m_to->maximum());
    m_gpuJobsOnly->setChecked(filter.gpuJobsOnly);
    checkNames(m_users, filter.users);
    checkNames(m_vcs, filter.vcs);
}

void TraceFilterEditor::showKept(std::uint64_t kept, std::uint64_t total)
{
    setKeptText([kept, total] {
        return kept == total
                   ? tr("All %1 jobs are kept.").arg(DisplayFormat::count(total))
                   : tr("The filter keeps %1 of %2 jobs.").arg(DisplayFormat::count(kept), DisplayFormat::count(total));
    });
}

void TraceFilterEditor::setBusy(bool busy)
{
    m_apply->setEnabled(!busy && m_trace);
    m_clear->setEnabled(!busy && m_trace);
}

void TraceFilterEditor::showFiltering()
{
    setKeptText([] { return tr("Filtering..."); });
}

}  // namespace debrief::studio

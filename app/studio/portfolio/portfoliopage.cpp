#include "portfoliopage.h"

#include "displayformat.h"
#include "interviewrecords.h"
#include "portfolioprojectcommand.h"
#include "portfoliotablemodel.h"
#include "projectwarnings.h"
#include "widgets/pdftargetdialog.h"

#include "candidatesummaryreport.h"

#include "storage/portfoliostore.h"
#include "storage/storageerror.h"
#include "widgets/flowlayout.h"
#include "widgets/statuscolors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <initializer_list>
#include <list>

namespace debrief::studio {

namespace {

bool sameProject(const interview::PortfolioProject& a, const interview::PortfolioProject& b)
{
    return a.id == b.id && a.title == b.title && a.teams == b.teams && a.role == b.role && a.metric == b.metric &&
           a.before == b.before && a.after == b.after && a.lowerIsBetter == b.lowerIsBetter && a.kpi == b.kpi &&
           a.roadmapItem == b.roadmapItem && a.months == b.months;
}

QStringList parseTeams(const QString& text)
{
    QStringList teams;
    for (const QString& part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            teams.append(part.trimmed());
    }
    return teams;
}

}  // namespace

PortfolioPage::PortfolioPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_heading(new QLabel(this)), m_empty(new QLabel(this)),
      m_total(new QLabel(this)), m_ready(new QLabel(this)), m_model(new PortfolioTableModel(this)),
      m_table(new QTableView(this)), m_form(new QGroupBox(this)), m_formLayout(new QFormLayout(m_form)),
      m_beforeLabel(new QLabel(this)), m_afterLabel(new QLabel(this)), m_warningsBox(new QGroupBox(this)),
      m_title(new QLineEdit(this)), m_teams(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_metric(new QLineEdit(this)), m_before(new QDoubleSpinBox(this)), m_after(new QDoubleSpinBox(this)),
      m_lowerIsBetter(new QCheckBox(this)), m_kpi(new QComboBox(this)), m_roadmap(new QLineEdit(this)),
      m_months(new QSpinBox(this)), m_projectScore(new QLabel(this)), m_warningList(new QListWidget(this)),
      m_addProject(new QAction(this)), m_removeProject(new QAction(this)), m_exportSummary(new QAction(this)),
      m_undo(new QUndoStack(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_addProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_addProject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addProject);
    // Delete removes a project only from the table, so it still deletes text in the form's fields.
    m_removeProject->setShortcut(QKeySequence::Delete);
    m_removeProject->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_removeProject);
    m_exportSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportSummary->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportSummary);
    connect(m_exportSummary, &QAction::triggered, this, &PortfolioPage::chooseSummaryExport);

    // One line in a wide window; the buttons wrap below the heading in a narrow one.
    auto* top = new FlowLayout;
    top->addWidget(m_heading);
    const auto [undo, redo] = addUndoActions(m_undo);
    addActionButtons(top, {m_addProject, m_removeProject, m_exportSummary, undo, redo});

    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_ready->setWordWrap(true);
    m_ready->setTextFormat(Qt::PlainText);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_total);
    summary->addSpacing(24);
    summary->addWidget(m_ready, 1);

    m_empty->setWordWrap(true);
    m_empty->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(PortfolioTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column = PortfolioTableModel::TeamsColumn; column < PortfolioTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    for (QDoubleSpinBox* box : {m_before, m_after}) {
        box->setRange(-1e12, 1e12);
        box->setDecimals(2);
        box->setKeyboardTracking(false);  // one saved edit per typed value, not one per key
    }
    m_months->setRange(0, 600);
    m_months->setKeyboardTracking(false);
    for (interview::Kpi kpi : interview::kAllKpis)
        m_kpi->addItem(QString(), int(kpi));
    m_projectScore->setWordWrap(true);

    // The captions are set (and set again on a language switch) in retranslate().
    QFormLayout* form = m_formLayout;
    const auto addCaptioned = [this, form](QWidget* field) {
        auto* caption = new QLabel(m_form);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    addCaptioned(m_title);
    addCaptioned(m_teams);
    addCaptioned(m_role);
    addCaptioned(m_metric);
    auto* values = new QHBoxLayout;
    values->addWidget(m_before, 1);
    values->addWidget(m_afterLabel);
    values->addWidget(m_after, 1);
    m_beforeLabel->setBuddy(m_before);
    form->addRow(m_beforeLabel, values);
    form->addRow(QString(), m_lowerIsBetter);
    addCaptioned(m_kpi);
    addCaptioned(m_roadmap);
    addCaptioned(m_months);
    addCaptioned(m_projectScore);
    m_afterLabel->setBuddy(m_after);

    auto* warningsLayout = new QVBoxLayout(m_warningsBox);
    m_warningList->setWordWrap(true);
    StatusColors::follow(m_warningList);
    warningsLayout->addWidget(m_warningList);

    // The table over the full width (titles are long), the form and its warnings side by side below.
    auto* below = new QWidget(this);
    auto* belowLayout = new QHBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_form, 3);
    belowLayout->addWidget(m_warningsBox, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 540});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(summary);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_addProject, &QAction::triggered, this, &PortfolioPage::addProject);
    connect(m_removeProject, &QAction::triggered, this, &PortfolioPage::removeProject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        const int row = index.isValid() ? index.row() : -1;
        m_currentId = row >= 0 && row < m_projects.size() ? m_projects.at(row).id : 0;
        fillForm();
    });
    for (QLineEdit* edit : {m_title, m_teams, m_role, m_metric, m_roadmap})
        connect(edit, &QLineEdit::editingFinished, this, &PortfolioPage::commitForm);
    for (QDoubleSpinBox* box : {m_before, m_after})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PortfolioPage::commitForm);
    connect(m_months, &QSpinBox::valueChanged, this, &PortfolioPage::commitForm);
    connect(m_lowerIsBetter, &QCheckBox::toggled, this, &PortfolioPage::commitForm);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &PortfolioPage::commitForm);
    const auto followCandidate = [this] {
        if (m_followLatest && m_records.currentCandidate() != m_candidate)
            setCandidate(QString());
        else
            reload();  // the same candidate, but its data may have been replaced (the demo candidate)
    };
    connect(&records, &InterviewRecords::sessionsChanged, this, followCandidate);
    connect(&records, &InterviewRecords::candidateChanged, this, followCandidate);

    m_candidate = m_records.currentCandidate();
    retranslate();
    reload();
    if (!m_projects.isEmpty())
        selectProject(m_projects.first().id);
}

void PortfolioPage::saveEdits()
{
    commitForm();
}

PortfolioPage::~PortfolioPage()
{
    // Typing not yet finished is saved while the page is still whole (quietly: the window listening to
    // our signals may be going too); the focus-out that closing sends later must not reach this page.
    {
        const QSignalBlocker quiet(this);
        commitForm();
    }
    for (QWidget* field : std::initializer_list<QWidget*>{m_title, m_teams, m_role, m_metric, m_roadmap, m_before,
                                                          m_after, m_months, m_lowerIsBetter, m_kpi})
        disconnect(field, nullptr, this, nullptr);
}

void PortfolioPage::retranslate()
{
    m_form->setTitle(tr("Selected project"));
    m_lowerIsBetter->setText(tr("&Lower is better"));
    m_addProject->setText(tr("&Add project"));
    m_removeProject->setText(tr("Re&move project"));
    m_exportSummary->setText(tr("Export &summary PDF..."));
    m_exportSummary->setToolTip(tr("A one-page PDF: projects, their KPIs and roadmap items, and the score"));
    m_total->setToolTip(tr("Sum over the projects of other teams involved × measured gain in percent"));
    m_table->setAccessibleName(tr("Projects"));
    m_teams->setPlaceholderText(tr("other teams, separated by commas"));
    m_role->setPlaceholderText(tr("what you owned, e.g. co-owner of the roll-out"));
    m_metric->setPlaceholderText(tr("e.g. GPU queue time (p95, minutes)"));
    m_months->setSuffix(tr(" months"));
    for (int i = 0; i < m_kpi->count(); ++i)
        m_kpi->setItemText(i, interview::title(interview::Kpi(m_kpi->itemData(i).toInt())));
    const std::pair<QWidget*, QString> captions[] = {
        {m_title, tr("&Title:")},   {m_teams, tr("Ot&her teams:")}, {m_role, tr("R&ole:")},
        {m_metric, tr("M&etric:")}, {m_kpi, tr("&KPI:")},           {m_roadmap, tr("Roa&dmap item:")},
        {m_months, tr("Mo&nths:")}, {m_projectScore, tr("Score:")},
    };
    for (const auto& [field, caption] : captions) {
        if (auto* label = qobject_cast<QLabel*>(m_formLayout->labelForField(field)))
            label->setText(caption);
    }
    m_beforeLabel->setText(tr("&Before:"));
    m_afterLabel->setText(tr("a&fter:"));
    m_warningsBox->setTitle(tr("Warnings from the mistake catalogue"));
    m_warningList->setAccessibleName(tr("Warnings"));
    m_model->retranslate();
    refreshTexts();
}

void PortfolioPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
    }
    StudioPage::changeEvent(event);
}

void PortfolioPage::setCandidate(const QString& candidate)
{
    m_followLatest = candidate.isEmpty();
    const QString next = m_followLatest ? m_records.currentCandidate() : candidate;
    if (next == m_candidate)
        return;
    m_candidate = next;
    m_undo->clear();  // the commands belong to the candidate whose projects they edited
    m_currentId = 0;
    reload();
    if (!m_projects.isEmpty())
        selectProject(m_projects.first().id);
}

QList<interview::Mistake> PortfolioPage::warnings(std::int64_t projectId) const
{
    for (qsizetype row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == projectId)
            return m_warnings.value(row);
    }
    return {};
}

const interview::PortfolioProject* PortfolioPage::current() const
{
    for (const interview::PortfolioProject& project : m_projects) {
        if (project.id == m_currentId)
            return &project;
    }
    return nullptr;
}

void PortfolioPage::selectProject(std::int64_t projectId)
{
    const int row = m_model->rowOf(projectId);
    if (row < 0) {
        m_table->clearSelection();
        m_currentId = 0;
        fillForm();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_currentId = projectId;
    fillForm();
}

void PortfolioPage::reload()
{
    m_projects.clear();
    m_loadProblem.clear();
    if (m_records.problem().isEmpty() && !m_candidate.isEmpty()) {
        try {
            m_projects = storage::PortfolioStore(m_records.database()).list(m_candidate);
        } catch (const storage::StorageError& error) {
            m_loadProblem = error.message();
        }
    }
    m_addProject->setEnabled(!m_candidate.isEmpty() && m_records.isOpen());
    m_exportSummary->setEnabled(!m_projects.isEmpty());

    m_impact = interview::OrchestrationImpactScore::forPortfolio(m_projects);
    m_warnings.clear();
    for (const interview::PortfolioProject& project : m_projects)
        m_warnings.append(ProjectWarnings::find(m_records.content(), project));
    const std::int64_t keep = m_currentId;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setPortfolio(m_projects, m_impact, m_warnings);
        const int row = m_model->rowOf(keep);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
    }
    m_currentId = m_model->rowOf(keep) >= 0 ? keep : 0;
    QFont readyFont;
    readyFont.setBold(true);
    m_ready->setFont(m_impact.orchestrationReady ? readyFont : QFont());
    StatusColors::show(m_ready, m_impact.orchestrationReady ? StatusColors::Status::Good : StatusColors::Status::Warning);
    fillForm();  // sets the texts too
}

void PortfolioPage::refreshTexts()
{
    QString problem = m_records.problem();
    if (problem.isEmpty())
        problem = m_loadProblem;
    if (problem.isEmpty() && m_candidate.isEmpty())
        problem = tr("No candidate yet. Start a practice from Home, choose a candidate there, or choose File > Load "
                     "demo candidate.");
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());
    m_heading->setText(m_candidate.isEmpty() ? tr("Portfolio") : tr("Portfolio of %1").arg(m_candidate));
    // The Orchestration Ready reason is worded when it is computed: compute it again in this language.
    m_impact.readyReason = interview::OrchestrationImpactScore::forPortfolio(m_projects).readyReason;
    m_total->setText(tr("Orchestration Impact Score: %1").arg(DisplayFormat::decimal(m_impact.total, 1)));
    m_ready->setText(m_impact.readyReason);
    const interview::PortfolioProject* project = current();
    if (!project) {
        m_projectScore->clear();
        m_warningList->clear();
        return;
    }
    const interview::ProjectImpact impact = interview::OrchestrationImpactScore::forProject(*project);
    m_projectScore->setText(tr("%n other team(s) × %1 gain = %2", nullptr, impact.collaborations)
                                .arg(DisplayFormat::percent(std::max(impact.gainPercent, 0.0) / 100.0),
                                     DisplayFormat::decimal(impact.score, 1)));
    fillWarnings(*project);
}

void PortfolioPage::fillWarnings(const interview::PortfolioProject& project)
{
    const int scrolled = m_warningList->verticalScrollBar()->value();
    const int row = m_warningList->currentRow();
    m_warningList->clear();
    const QList<interview::Mistake> found = warnings(project.id);
    for (const interview::Mistake& mistake : found) {
        auto* item = new QListWidgetItem(tr("%1: %2").arg(mistake.title, mistake.explanation), m_warningList);
        item->setToolTip(tr("Better: %1").arg(mistake.good));
        StatusColors::mark(item, StatusColors::Status::Warning);
    }
    if (found.isEmpty())
        new QListWidgetItem(tr("No mistake from the catalogue in this project's description."), m_warningList);
    if (row >= 0 && row < m_warningList->count())
        m_warningList->setCurrentRow(row);
    m_warningList->verticalScrollBar()->setValue(scrolled);
}

void PortfolioPage::fillForm()
{
    const interview::PortfolioProject* project = current();
    const QList<QWidget*> fields{m_title, m_teams,         m_role, m_metric,  m_before,
                                 m_after, m_lowerIsBetter, m_kpi,  m_roadmap, m_months};
    std::list<QSignalBlocker> blockers;  // filling the form is not an edit
    for (QWidget* field : fields)
        blockers.emplace_back(field);
    m_form->setEnabled(project != nullptr);
    m_removeProject->setEnabled(project != nullptr);
    if (!project) {
        m_warningList->clear();
        for (QLineEdit* edit : {m_title, m_teams, m_role, m_metric, m_roadmap})
            edit->clear();
        m_before->setValue(0.0);
        m_after->setValue(0.0);
        m_months->setValue(0);
        m_projectScore->clear();
        refreshTexts();
        return;
    }
    m_title->setText(project->title);
    m_teams->setText(project->teams.join(QLatin1String(", ")));
    m_role->setText(project->role);
    m_metric->setText(project->metric);
    m_before->setValue(project->before);
    m_after->setValue(project->after);
    m_lowerIsBetter->setChecked(project->lowerIsBetter);
    m_kpi->setCurrentIndex(m_kpi->findData(int(project->kpi)));
    m_roadmap->setText(project->roadmapItem);
    m_months->setValue(project->months);
    for (QLineEdit* edit : {m_title, m_teams, m_role, m_metric, m_roadmap})
        edit->setCursorPosition(0);  // long texts show their beginning

    m_warningList->clear();  // another project: its warnings from the top
    refreshTexts();
}

interview::PortfolioProject PortfolioPage::formProject() const
{
    interview::PortfolioProject project = current() ? *current() : interview::PortfolioProject{};
    project.title = m_title->text().trimmed();
    project.teams = parseTeams(m_teams->text());
    project.role = m_role->text().trimmed();
    project.metric = m_metric->text().trimmed();
    project.before = m_before->value();
    project.after = m_after->value();
    project.lowerIsBetter = m_lowerIsBetter->isChecked();
    project.kpi = interview::Kpi(m_kpi->currentData().toInt());
    project.roadmapItem = m_roadmap->text().trimmed();
    project.months = m_months->value();
    return project;
}

void PortfolioPage::commitForm()
{
    const interview::PortfolioProject* stored = current();
    if (!stored)
        return;
    const interview::PortfolioProject edited = formProject();
    if (edited.title.isEmpty()) {
        emit statusSentence([] { return tr("A project needs a title; the title was put back."); });
        fillForm();
        return;
    }
    if (sameProject(edited, *stored))
        return;
    push(*stored, edited, tr("Edit “%1”").arg(edited.title));
}

void PortfolioPage::addProject()
{
    if (m_candidate.isEmpty())
        return;
    interview::PortfolioProject project;
    project.title = tr("New project");
    project.months = 1;
    push(std::nullopt, project, tr("Add a project"));
    m_title->setFocus();
    m_title->selectAll();
}

void PortfolioPage::removeProject()
{
    const interview::PortfolioProject* project = current();
    if (!project)
        return;
    push(*project, std::nullopt, tr("Remove “%1”").arg(project->title));
}

void PortfolioPage::push(std::optional<interview::PortfolioProject> before,
                         std::optional<interview::PortfolioProject> after, const QString& text)
{
    m_undo->push(new PortfolioProjectCommand(m_records.database(), m_candidate, std::move(before), std::move(after),
                                             text, [this](std::int64_t select, const QString& problem) {
                                                 m_currentId = select;
                                                 reload();
                                                 if (m_currentId == 0 && !m_projects.isEmpty())
                                                     selectProject(m_projects.first().id);
                                                 if (problem.isEmpty())
                                                     emit statusSentence([] { return tr("Portfolio saved"); });
                                                 else
                                                     emit statusMessage(problem);
                                                 emit portfolioChanged(m_candidate);
                                             }));
}

bool PortfolioPage::exportSummaryPdf(const QString& path, report::PaperSize paper, QString* error) const
{
    if (m_candidate.isEmpty()) {
        if (error)
            *error = tr("There is no candidate to summarise yet.");
        return false;
    }
    return report::writeCandidateSummaryPdf(m_records.database(), m_candidate, path, paper, error);
}

void PortfolioPage::chooseSummaryExport()
{
    if (m_candidate.isEmpty())
        return;
    PdfTargetDialog target([] { return tr("Export candidate summary"); }, tr("%1 summary.pdf").arg(m_candidate), this);
    if (target.exec() != QDialog::Accepted)
        return;
    QString error;
    if (exportSummaryPdf(target.fileName(), target.paper(), &error))
        emit statusSentence([name = target.fileName()] { return tr("Candidate summary written to %1").arg(name); });
    else
        QMessageBox::warning(this, tr("Export candidate summary"), error);
}

}  // namespace debrief::studio

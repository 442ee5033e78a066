#include "loopplannerpage.h"

#include "checklisttickcommand.h"
#include "interviewrecords.h"
#include "loopstartcommand.h"
#include "looptimelineview.h"

#include "interview/orchestrationimpactscore.h"
#include "storage/loopplanstore.h"
#include "storage/portfoliostore.h"
#include "storage/storageerror.h"
#include "widgets/statuscolors.h"

#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace debrief::studio {

namespace {

constexpr int kItemIdRole = Qt::UserRole;

}  // namespace

LoopPlannerPage::LoopPlannerPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_heading(new QLabel(this)), m_empty(new QLabel(this)),
      m_startLabel(new QLabel(this)), m_preparationLabel(new QLabel(this)), m_startEdit(new QDateEdit(this)),
      m_startHint(new QLabel(this)), m_summary(new QLabel(this)), m_readyLabel(new QLabel(this)),
      m_overall(new QProgressBar(this)), m_timeline(new LoopTimelineView(this)), m_undo(new QUndoStack(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_startEdit->setCalendarPopup(true);
    m_startEdit->setKeyboardTracking(false);  // a typed date is one saved edit, not one per digit
    m_startLabel->setBuddy(m_startEdit);
    m_startHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(24);
    top->addWidget(m_startLabel);
    top->addWidget(m_startEdit);
    top->addWidget(m_startHint);
    top->addStretch(1);
    const auto [undo, redo] = addUndoActions(m_undo);
    addActionButtons(top, {undo, redo});

    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_readyLabel->setWordWrap(true);
    m_overall->setMinimumWidth(220);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_summary);
    summary->addSpacing(16);
    summary->addWidget(m_readyLabel, 1);
    summary->addWidget(m_preparationLabel);
    summary->addWidget(m_overall);

    m_empty->setWordWrap(true);
    m_empty->hide();

    m_columnGrid = new QGridLayout;
    for (interview::RoundKind round : interview::kAllRounds) {
        RoundColumn column{round,
                           new QGroupBox(this),
                           new QLabel(this),
                           new QLabel(this),
                           new QProgressBar(this),
                           new QListWidget(this)};
        QFont bold = column.heading->font();
        bold.setBold(true);
        column.heading->setFont(bold);
        column.heading->setWordWrap(true);
        column.focus->setWordWrap(true);
        column.focus->setStyleSheet(QStringLiteral("font-style: italic;"));
        column.focus->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        column.bar->setRange(0, 1);
        // Rows wrap at the column's width, again whenever the window is resized, so a long (German)
        // item reads whole instead of running off under a sideways scroll bar.
        column.items->setWordWrap(true);
        column.items->setResizeMode(QListView::Adjust);
        column.items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // No spacing: a list lays a wrapped row out 2 px wider than it paints it when spaced, and
        // the last word of a long row ends in "..." (QListView's paintEvent takes the spacing off twice).
        // Alternate row colours keep the wrapped rows apart instead.
        column.items->setAlternatingRowColors(true);
        auto* layout = new QVBoxLayout(column.box);
        layout->addWidget(column.heading);
        layout->addWidget(column.focus);
        layout->addWidget(column.bar);
        layout->addWidget(column.items, 1);
        connect(column.items, &QListWidget::itemChanged, this, &LoopPlannerPage::itemToggled);
        m_columns.append(column);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_timeline);
    layout->addLayout(m_columnGrid, 1);
    placeColumns();

    connect(m_startEdit, &QDateEdit::dateChanged, this, &LoopPlannerPage::pickStartDate);
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
}

void LoopPlannerPage::retranslate()
{
    m_startEdit->setAccessibleName(tr("Start date"));
    // The date edit keeps the format of the locale it was made in; a switch brings the new one.
    m_startEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_startEdit->setToolTip(tr("The day of the screen; the other rounds follow from it"));
    m_startLabel->setText(tr("&Start date:"));
    m_overall->setAccessibleName(tr("Preparation progress"));
    m_preparationLabel->setText(tr("Preparation:"));
    for (RoundColumn& column : m_columns) {
        column.bar->setAccessibleName(tr("%1 preparation").arg(interview::title(column.round)));
        column.items->setAccessibleName(tr("%1 checklist").arg(interview::title(column.round)));
    }
    // The plan's focus texts and the Orchestration Ready reason are translated when computed.
    load(false);
}

void LoopPlannerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
    }
    StudioPage::changeEvent(event);
}

void LoopPlannerPage::setCandidate(const QString& candidate)
{
    m_followLatest = candidate.isEmpty();
    const QString next = m_followLatest ? m_records.currentCandidate() : candidate;
    if (next == m_candidate)
        return;
    m_candidate = next;
    m_undo->clear();  // the commands belong to the candidate whose plan they edited
    reload();
}

void LoopPlannerPage::showEvent(QShowEvent* event)
{
    StudioPage::showEvent(event);
    reload();  // the portfolio may have changed the Orchestration Ready flag meanwhile
}

void LoopPlannerPage::resizeEvent(QResizeEvent* event)
{
    StudioPage::resizeEvent(event);
    placeColumns();
}

// Five rounds side by side where the page is wide enough; in a narrower window (1024 px) they take two
// rows, so a checklist column stays wide enough for a long German word and its rows wrap whole.
void LoopPlannerPage::placeColumns()
{
    constexpr int kColumnWidth = 220;  // logical px a round's column needs to read well
    const int perRow = std::clamp(int(width() / kColumnWidth), 1, int(m_columns.size()));
    if (perRow == m_columnsPerRow)
        return;
    m_columnsPerRow = perRow;
    for (const RoundColumn& column : std::as_const(m_columns))
        m_columnGrid->removeWidget(column.box);
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnGrid->addWidget(m_columns[i].box, i / perRow, i % perRow);
    for (int c = 0; c < m_columns.size(); ++c)
        m_columnGrid->setColumnStretch(c, c < perRow ? 1 : 0);
    for (int r = 0; r < m_columns.size(); ++r)
        m_columnGrid->setRowStretch(r, r * perRow < m_columns.size() ? 1 : 0);
}

QListWidget* LoopPlannerPage::checklist(interview::RoundKind round) const
{
    for (const RoundColumn& column : m_columns) {
        if (column.round == round)
            return column.items;
    }
    return nullptr;
}

QProgressBar* LoopPlannerPage::roundProgressBar(interview::RoundKind round) const
{
    for (const RoundColumn& column : m_columns) {
        if (column.round == round)
            return column.bar;
    }
    return nullptr;
}

QLabel* LoopPlannerPage::roundHeading(interview::RoundKind round) const
{
    for (const RoundColumn& column : m_columns) {
        if (column.round == round)
            return column.heading;
    }
    return nullptr;
}

std::pair<int, int> LoopPlannerPage::progress(interview::RoundKind round) const
{
    int ticked = 0;
    const QList<interview::ChecklistItem> items = m_records.content().checklist(round);
    for (const interview::ChecklistItem& item : items)
        ticked += m_ticked.contains(item.id) ? 1 : 0;
    return {ticked, int(items.size())};
}

std::pair<int, int> LoopPlannerPage::overallProgress() const
{
    std::pair<int, int> sum{0, 0};
    for (interview::RoundKind round : interview::kAllRounds) {
        const auto [ticked, total] = progress(round);
        sum.first += ticked;
        sum.second += total;
    }
    return sum;
}

void LoopPlannerPage::reload()
{
    load(true);
}

void LoopPlannerPage::load(bool rebuildLists)
{
    QString problem = m_records.problem();
    m_ticked.clear();
    m_start = QDate();
    m_ready = false;
    m_readyReason.clear();
    if (problem.isEmpty() && !m_candidate.isEmpty()) {
        try {
            const storage::LoopPlanStore store(m_records.database());
            m_start = store.startDate(m_candidate);
            m_ticked = store.tickedItems(m_candidate);
            const interview::PortfolioImpact impact = interview::OrchestrationImpactScore::forPortfolio(
                storage::PortfolioStore(m_records.database()).list(m_candidate));
            m_ready = impact.orchestrationReady;
            m_readyReason = impact.readyReason;
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }
    if (problem.isEmpty() && m_candidate.isEmpty())
        problem = tr("No candidate yet. Start a practice from Home, choose a candidate there, or choose File > Load "
                     "demo candidate.");
    if (problem.isEmpty() && m_records.content().checklist().isEmpty())
        problem = tr("The preparation checklist (checklist.json) could not be loaded; the plan has no checklist.");
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());

    m_startSaved = m_start.isValid();
    if (!m_startSaved)
        m_start = QDate::currentDate();  // shown, not saved, until the candidate picks a date
    m_plan = interview::LoopPlanner::plan(m_start, m_ready);
    const int saved =
        interview::LoopPlanner::plan(m_start, false).totalDays - interview::LoopPlanner::plan(m_start, true).totalDays;

    m_heading->setText(m_candidate.isEmpty() ? tr("Loop plan") : tr("Loop plan for %1").arg(m_candidate));
    {
        const QSignalBlocker blocker(m_startEdit);
        m_startEdit->setDate(m_start);
    }
    m_startEdit->setEnabled(!m_candidate.isEmpty() && m_records.isOpen());
    m_startHint->setText(m_startSaved ? QString() : tr("(today until you pick a date)"));
    m_summary->setText(tr("%n day(s) from the screen to the decision", nullptr, m_plan.totalDays));
    m_readyLabel->setText(m_ready ? tr("%1. The plan is %n day(s) shorter.", nullptr, saved).arg(m_readyReason)
                                  : m_readyReason);
    StatusColors::show(m_readyLabel, m_ready ? StatusColors::Status::Good : StatusColors::Status::Normal);

    const QLocale locale;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        RoundColumn& column = m_columns[i];
        const interview::PlannedRound& planned = m_plan.rounds.at(i);
        column.box->setTitle(interview::title(column.round));
        column.heading->setText(
            tr("%1, day %2")
                .arg(locale.toString(planned.date, QLocale::ShortFormat), locale.toString(planned.dayOffset)));
        column.focus->setText(planned.focus);
        column.items->setEnabled(!m_candidate.isEmpty() && m_records.isOpen());
        const QSignalBlocker blocker(column.items);
        if (!rebuildLists && column.items->count() > 0) {
            // The items' texts are content, in the UI language (a switch comes here); ticks and selection stay.
            for (const interview::ChecklistItem& entry : m_records.content().checklist(column.round)) {
                for (int row = 0; row < column.items->count(); ++row) {
                    if (column.items->item(row)->data(kItemIdRole).toString() == entry.id)
                        column.items->item(row)->setText(entry.text);
                }
            }
            continue;
        }
        column.items->clear();
        for (const interview::ChecklistItem& entry : m_records.content().checklist(column.round)) {
            auto* item = new QListWidgetItem(entry.text, column.items);
            item->setData(kItemIdRole, entry.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_ticked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    refreshProgress();
}

void LoopPlannerPage::refreshProgress()
{
    QList<double> fractions;
    const QLocale locale;
    for (RoundColumn& column : m_columns) {
        const auto [ticked, total] = progress(column.round);
        column.bar->setRange(0, std::max(total, 1));
        column.bar->setValue(ticked);
        column.bar->setFormat(tr("%1 of %2 done").arg(locale.toString(ticked), locale.toString(total)));
        fractions.append(total > 0 ? double(ticked) / total : 0.0);
    }
    const auto [ticked, total] = overallProgress();
    m_overall->setRange(0, std::max(total, 1));
    m_overall->setValue(ticked);
    m_overall->setFormat(tr("%1 of %2 done (%3 %)")
                             .arg(locale.toString(ticked), locale.toString(total),
                                  locale.toString(total > 0 ? qRound(100.0 * ticked / total) : 0)));
    m_timeline->setPlan(m_plan, m_start, fractions);
}

void LoopPlannerPage::pickStartDate(const QDate& date)
{
    if (m_candidate.isEmpty() || !date.isValid() || (m_startSaved && date == m_start))
        return;
    const QDate previous = m_startSaved ? m_start : QDate();
    m_undo->push(new LoopStartCommand(m_records.database(), m_candidate, previous, date,
                                      tr("Start the loop on %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
                                      [this](const QString& problem) {
                                          reload();
                                          if (problem.isEmpty())
                                              emit statusSentence([] { return tr("Start date saved"); });
                                          else
                                              emit statusMessage(problem);
                                      }));
}

void LoopPlannerPage::itemToggled(QListWidgetItem* item)
{
    if (!item || m_candidate.isEmpty())
        return;
    const QString id = item->data(kItemIdRole).toString();
    const bool ticked = item->checkState() == Qt::Checked;
    if (ticked == m_ticked.contains(id))
        return;
    const QString text = item->text();
    m_undo->push(new ChecklistTickCommand(
        m_records.database(), m_candidate, id, ticked, ticked ? tr("Tick “%1”").arg(text) : tr("Untick “%1”").arg(text),
        [this](const QString& problem) {
            // Only the ticks and the bars change; rebuilding the lists would lose the keyboard position.
            try {
                m_ticked = storage::LoopPlanStore(m_records.database()).tickedItems(m_candidate);
            } catch (const storage::StorageError& error) {
                emit statusMessage(error.message());
            }
            for (RoundColumn& column : m_columns) {
                const QSignalBlocker blocker(column.items);
                for (int row = 0; row < column.items->count(); ++row) {
                    QListWidgetItem* entry = column.items->item(row);
                    entry->setCheckState(m_ticked.contains(entry->data(kItemIdRole).toString()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
                }
            }
            refreshProgress();
            emit statusMessage(problem.isEmpty() ? tr("Checklist saved") : problem);
        }));
}

}  // namespace debrief::studio

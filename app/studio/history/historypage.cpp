#include "historypage.h"

#include "deletesessioncommand.h"
#include "interviewrecords.h"
#include "sessiontablemodel.h"
#include "widgets/sessionpicker.h"
#include "widgets/timeserieschartview.h"

#include "storage/storageerror.h"
#include "widgets/placeholder.h"
#include "widgets/flowlayout.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace debrief::studio {

HistoryPage::HistoryPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_model(new SessionTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_trend(new TimeSeriesChartView(this)), m_first(new SessionPicker(records, this)),
      m_second(new SessionPicker(records, this)), m_comparison(new QTableWidget(this)), m_remove(new QAction(this)),
      m_compareBox(new QGroupBox(this)), m_pickers(new QFormLayout), m_undo(new QUndoStack(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);  // candidate, mode, interviewers, recommendation...
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Each column as wide as its header and cells in the current language.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const SessionHistoryEntry* e = m_model->entry(m_proxy->mapToSource(index).row()))
            emit sessionOpened(e->summary.id);
    });

    QAction* remove = m_remove;
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &HistoryPage::deleteSelected);
    m_table->addAction(remove);
    const auto [undo, redo] = addUndoActions(m_undo);

    // One line in a wide window; the buttons wrap below the filter in a narrow one.
    auto* top = new FlowLayout;
    top->addWidget(m_filter);
    addActionButtons(top, {remove, undo, redo});

    m_trend->setLegendVisible(true);
    m_trend->setFixedYTop(interview::kMatrixMaxLevel);
    m_trend->setYTickCount(interview::kMatrixMaxLevel + 1);
    m_trend->setMinimumHeight(220);

    m_comparison->verticalHeader()->hide();
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_first, &SessionPicker::sessionChosen, this, &HistoryPage::updateComparison);
    connect(m_second, &SessionPicker::sessionChosen, this, &HistoryPage::updateComparison);

    QGroupBox* compareBox = m_compareBox;
    auto* compareLayout = new QVBoxLayout(compareBox);
    // One above the other, so the page still fits a small window.
    for (SessionPicker* picker : {m_first, m_second}) {
        auto* label = new QLabel(this);
        label->setBuddy(picker);
        m_pickers->addRow(label, picker);
    }
    compareLayout->addLayout(m_pickers);
    compareLayout->addWidget(m_comparison);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_trend, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(compareBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&records, &InterviewRecords::sessionsChanged, this, &HistoryPage::reload);
    connect(&records, &InterviewRecords::sessionChanged, this, &HistoryPage::reload);
    connect(&records, &InterviewRecords::candidateChanged, this, &HistoryPage::reload);
    retranslate();
    reload();
}

void HistoryPage::retranslate()
{
    setWholePlaceholder(m_filter, tr("Filter by candidate, mode, interviewer or recommendation"));
    m_filter->setAccessibleName(tr("Filter sessions"));
    m_table->setAccessibleName(tr("Sessions"));
    m_remove->setText(tr("&Delete session"));
    m_trend->setTitle(tr("Scores over time"));
    m_trend->setAxisTitles(tr("Days since the first session"), tr("Score"));
    m_comparison->setAccessibleName(tr("Two sessions side by side"));
    m_first->setAccessibleName(tr("First session to compare"));
    m_second->setAccessibleName(tr("Second session to compare"));
    m_compareBox->setTitle(tr("Side by side"));
    if (auto* label = qobject_cast<QLabel*>(m_pickers->labelForField(m_first)))
        label->setText(tr("First:"));
    if (auto* label = qobject_cast<QLabel*>(m_pickers->labelForField(m_second)))
        label->setText(tr("Second:"));
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The table's headers and cells are asked for again (its rows, selection, sort and scroll stay);
        // the trend's line names and the comparison rows are computed: fill them again.
        m_model->retranslate();
        m_table->resizeColumnsToContents();
        const int comparisonScroll = m_comparison->verticalScrollBar()->value();
        const QModelIndex comparisonCurrent = m_comparison->currentIndex();
        updateTrend();
        updateComparison();
        if (comparisonCurrent.isValid())
            m_comparison->setCurrentCell(comparisonCurrent.row(), comparisonCurrent.column());
        m_comparison->verticalScrollBar()->setValue(comparisonScroll);
    }
    StudioPage::changeEvent(event);
}

void HistoryPage::reload()
{
    QList<SessionHistoryEntry> entries;
    if (m_records.isOpen()) {
        try {
            entries =
                SessionTableModel::read(m_records.database(), m_records.content().scales().visionCapWithoutEvidence);
            // The current candidate's sessions: a trend across two people means nothing.
            const QString candidate = m_records.currentCandidate();
            if (!candidate.isEmpty())
                entries.removeIf([&](const SessionHistoryEntry& e) { return e.summary.candidate != candidate; });
        } catch (const storage::StorageError& error) {
            emit statusMessage(error.message());
        }
    }
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    m_first->reload();
    m_second->reload();
    // By default the two latest sessions, older first.
    if (m_first->currentSessionId() == m_second->currentSessionId() && entries.size() >= 2) {
        m_first->setCurrentSessionId(entries.at(1).summary.id);
        m_second->setCurrentSessionId(entries.at(0).summary.id);
    }
    updateTrend();
    updateComparison();
}

void HistoryPage::updateTrend()
{
    QList<SessionHistoryEntry> entries = m_model->entries();
    std::sort(entries.begin(), entries.end(), [](const SessionHistoryEntry& a, const SessionHistoryEntry& b) {
        return a.summary.startedAt < b.summary.startedAt;
    });
    // The chart style's series colours (light ones: the view draws their dark twins on a dark theme).
    const QPalette light = ChartStyle::printPalette();
    QList<TimeSeriesChartView::Line> lines{{tr("Depth"), ChartStyle::seriesColor(0, light), Qt::SolidLine},
                                           {tr("Vision"), ChartStyle::seriesColor(1, light), Qt::SolidLine}};
    for (interview::MatrixDimension dimension : interview::kAllDimensions) {
        QString name = key(dimension);
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (text.dimension == dimension)
                name = text.name;
        }
        lines << TimeSeriesChartView::Line{name, ChartStyle::seriesColor(2 + int(dimension), light), Qt::DashLine};
    }
    QList<QList<QPointF>> points(lines.size());
    qreal lastX = 1.0;
    for (const SessionHistoryEntry& e : entries) {
        const qreal x = entries.first().summary.startedAt.secsTo(e.summary.startedAt) / 86400.0;
        lastX = std::max(lastX, x);
        if (e.scoredAnswers > 0) {
            points[0] << QPointF(x, e.depth);
            points[1] << QPointF(x, e.vision);
        }
        for (interview::MatrixDimension dimension : interview::kAllDimensions) {
            if (e.matrix.contains(dimension))
                points[2 + int(dimension)] << QPointF(x, e.matrix.value(dimension));
        }
    }
    m_trend->setExpectedXRange(lastX);
    m_trend->setLines(lines);
    m_trend->setPoints(points);
}

void HistoryPage::compare(std::int64_t first, std::int64_t second)
{
    m_first->setCurrentSessionId(first);
    m_second->setCurrentSessionId(second);
    updateComparison();
}

void HistoryPage::updateComparison()
{
    const auto find = [this](std::int64_t id) -> const SessionHistoryEntry* {
        const int row = m_model->rowOf(id);
        return row < 0 ? nullptr : m_model->entry(row);
    };
    const QList<const SessionHistoryEntry*> pair{find(m_first->currentSessionId()), find(m_second->currentSessionId())};
    const auto level = [](const SessionHistoryEntry* e, interview::MatrixDimension d) {
        return e && e->matrix.contains(d) ? QString::number(e->matrix.value(d)) : QStringLiteral("–");
    };
    QList<QPair<QString, std::function<QString(const SessionHistoryEntry*)>>> rows{
        {tr("Started"), [](const SessionHistoryEntry* e) { return SessionPicker::startedText(e->summary.startedAt); }},
        {tr("Mode"), [](const SessionHistoryEntry* e) { return SessionPicker::modeTitle(e->summary.mode); }},
        {tr("Rounds"),
         [](const SessionHistoryEntry* e) {
             QStringList names;
             for (interview::RoundKind round : e->summary.rounds)
                 names << interview::title(round);
             return names.join(QStringLiteral(", "));
         }},
        {tr("Depth"),
         [](const SessionHistoryEntry* e) {
             return e->scoredAnswers ? QLocale().toString(e->depth, 'f', 2) : QStringLiteral("–");
         }},
        {tr("Vision"),
         [](const SessionHistoryEntry* e) {
             return e->scoredAnswers ? QLocale().toString(e->vision, 'f', 2) : QStringLiteral("–");
         }},
        {tr("Strategic Fit"),
         [](const SessionHistoryEntry* e) {
             return e->strategicFit > 0 ? QString::number(e->strategicFit) : QStringLiteral("–");
         }},
        {tr("Recommendation"),
         [](const SessionHistoryEntry* e) { return interview::title(e->summary.recommendation); }},
    };
    for (interview::MatrixDimension dimension : interview::kAllDimensions) {
        QString name = key(dimension);
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (text.dimension == dimension)
                name = text.name;
        }
        rows.append({name, [level, dimension](const SessionHistoryEntry* e) { return level(e, dimension); }});
    }
    m_comparison->clear();
    m_comparison->setColumnCount(3);
    m_comparison->setHorizontalHeaderLabels({QString(), tr("First"), tr("Second")});
    m_comparison->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_comparison->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem(pair.at(c) ? rows.at(r).second(pair.at(c)) : QStringLiteral("–"));
            m_comparison->setItem(r, c + 1, item);
        }
        // Bold where the two differ, so a change stands out.
        if (m_comparison->item(r, 1)->text() != m_comparison->item(r, 2)->text()) {
            QFont bold = m_comparison->font();
            bold.setBold(true);
            m_comparison->item(r, 2)->setFont(bold);
        }
    }
    m_comparison->resizeColumnsToContents();
    m_comparison->horizontalHeader()->setStretchLastSection(true);
}

bool HistoryPage::deleteSelected()
{
    QList<std::int64_t> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const SessionHistoryEntry* e = m_model->entry(m_proxy->mapToSource(index).row()))
            ids << e->summary.id;
    }
    if (ids.isEmpty())
        return false;
    try {
        m_undo->beginMacro(tr("Delete %n session(s)", nullptr, int(ids.size())));
        for (std::int64_t id : ids)
            m_undo->push(new DeleteSessionCommand(m_records, id));
        m_undo->endMacro();
        emit statusSentence([count = int(ids.size())] {
            return tr("%n session(s) deleted. Undo (Ctrl+Z) brings them back.", nullptr, count);
        });
    } catch (const storage::StorageError& error) {
        m_undo->endMacro();
        emit statusMessage(error.message());
    }
    return true;
}

}  // namespace debrief::studio

#include "matrixpage.h"

#include "interviewrecords.h"
#include "matrixcolors.h"
#include "matrixradar.h"
#include "maturitymatrixgrid.h"
#include "session/sessioncontroller.h"
#include "widgets/radarchartview.h"
#include "widgets/sessionpicker.h"

#include "interview/calibrationgap.h"
#include "interview/drillscheduler.h"
#include "storage/drillstore.h"
#include "storage/storageerror.h"
#include "widgets/flowlayout.h"
#include "widgets/statuscolors.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QResizeEvent>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief::studio {

using Rater = storage::SessionStore::Rater;

MatrixPage::MatrixPage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_controller(new SessionController(records, this)),
      m_picker(new SessionPicker(records, this)), m_setsSelf(new QRadioButton(this)),
      m_setsInterviewer(new QRadioButton(this)), m_grid(new MaturityMatrixGrid(this)),
      m_radar(new RadarChartView(this)), m_gaps(new QTableWidget(this)), m_drills(new QListWidget(this)),
      m_schedule(new QPushButton(this)), m_empty(new QLabel(this)), m_sessionLabel(new QLabel(this)),
      m_clickLabel(new QLabel(this)), m_gapsBox(new QGroupBox(this)), m_drillsBox(new QGroupBox(this)),
      m_radarBox(new QGroupBox(this))
{
    // One line in a wide window; the rater choice and the undo buttons wrap below in a narrow one.
    auto* top = new FlowLayout;
    top->addLayout(labelled(m_sessionLabel, m_picker));
    auto* clickRow = new QHBoxLayout;
    clickRow->addWidget(m_clickLabel);
    auto* raters = new QButtonGroup(this);
    raters->addButton(m_setsSelf);
    raters->addButton(m_setsInterviewer);
    colourRaters();
    m_setsInterviewer->setChecked(true);
    clickRow->addWidget(m_setsSelf);
    clickRow->addWidget(m_setsInterviewer);
    top->addLayout(clickRow);
    // Undo is the controller's stack (each level one step); Ctrl+Z / Ctrl+Shift+Z while the page has focus.
    const auto [undo, redo] = addUndoActions(m_controller->undoStack());
    addActionButtons(top, {undo, redo});

    m_empty->setWordWrap(true);
    m_empty->hide();
    m_schedule->setObjectName(QStringLiteral("addDrills"));

    m_gaps->setColumnCount(5);
    m_gaps->verticalHeader()->hide();
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    StatusColors::follow(m_gaps);
    m_gaps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    QGroupBox* gapsBox = m_gapsBox;
    auto* gapsLayout = new QVBoxLayout(gapsBox);
    gapsLayout->addWidget(m_gaps);
    QGroupBox* drillsBox = m_drillsBox;
    auto* drillsLayout = new QVBoxLayout(drillsBox);
    drillsLayout->addWidget(m_drills);
    drillsLayout->addWidget(m_schedule, 0, Qt::AlignRight);
    QGroupBox* radarBox = m_radarBox;
    auto* radarLayout = new QVBoxLayout(radarBox);
    radarLayout->addWidget(m_radar);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(radarBox, 3);
    rightLayout->addWidget(gapsBox, 2);
    rightLayout->addWidget(drillsBox, 2);

    // The grid beside the radar, gaps and drills when the page is wide; above them when it is not,
    // so the cells keep a readable width (the page scrolls down, the cells grow to their text).
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    // The grid takes two thirds: German compounds ("Kapazitätsplanung") need about 125 px columns
    // to wrap between words.
    m_body->addWidget(m_grid, 2);
    m_body->addWidget(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addLayout(m_body, 1);

    m_grid->setText(records.content().matrix());
    connect(m_grid, &MaturityMatrixGrid::cellClicked, this, &MatrixPage::setLevel);
    connect(m_picker, &SessionPicker::sessionChosen, this, &MatrixPage::showSession);
    connect(m_schedule, &QPushButton::clicked, this, &MatrixPage::scheduleDrills);
    connect(m_controller, &SessionController::matrixChanged, this, &MatrixPage::refresh);
    connect(m_controller, &SessionController::refused, this, &StudioPage::statusMessage);
    connect(m_controller, &SessionController::storageError, this, [this](const QString& message) {
        emit statusMessage(message);
        refresh();  // nothing was saved: the grid shows what is stored
    });
    // Edits made elsewhere (the Live session, an import); this page's own come by matrixChanged.
    connect(&records, &InterviewRecords::sessionChanged, this, [this](std::int64_t id) {
        if (id == sessionId() && !m_controller->isAnnouncing())
            reload();
    });
    connect(&records, &InterviewRecords::sessionsChanged, m_picker, &SessionPicker::reload);
    connect(&records, &InterviewRecords::drillsChanged, this, &MatrixPage::refresh);
    retranslate();
    showSession(m_picker->currentSessionId());
}

void MatrixPage::retranslate()
{
    m_sessionLabel->setText(tr("Session:"));
    m_clickLabel->setText(tr("A click sets the level of:"));
    m_setsSelf->setText(tr("&Self"));
    m_setsInterviewer->setText(tr("&Interviewer"));
    m_schedule->setText(tr("Add these &drills"));
    m_gaps->setHorizontalHeaderLabels({tr("Dimension"), tr("Self"), tr("Interviewer"), tr("Below bar"), tr("Gap")});
    m_gaps->horizontalHeaderItem(3)->setToolTip(
        tr("How many levels the interviewer's level is below Level %1").arg(interview::kMatrixBarLevel));
    m_gaps->horizontalHeaderItem(4)->setToolTip(tr("Self − interviewer: positive means the candidate over-estimated"));
    m_gaps->setAccessibleName(tr("Gaps"));
    m_drills->setAccessibleName(tr("Drills from the gaps"));
    m_gapsBox->setTitle(tr("Gaps"));
    m_drillsBox->setTitle(tr("Drills the gaps create"));
    m_radarBox->setTitle(tr("Against the Level %1 bar").arg(interview::kMatrixBarLevel));
}

void MatrixPage::resizeEvent(QResizeEvent* event)
{
    constexpr int kSideBySideWidth = 1200;
    m_body->setDirection(event->size().width() >= kSideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    StudioPage::resizeEvent(event);
}

// "Self" and "Interviewer" in their raters' colours, the variants that read on this theme's window.
void MatrixPage::colourRaters()
{
    m_setsSelf->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(MatrixColors::self(palette()).name()));
    m_setsInterviewer->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(MatrixColors::interviewer(palette()).name()));
}

void MatrixPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        colourRaters();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The dimensions and descriptors are content, in the new language already (InterviewRecords).
        m_grid->setText(m_records.content().matrix());
        // The radar's series names, the drill lines and the empty notice are computed: fill them again.
        // The rater, the undo stack and the table's selection stay; the drill list keeps its row.
        const int drillRow = m_drills->currentRow();
        const int drillsScroll = m_drills->verticalScrollBar()->value();
        reload();
        if (drillRow >= 0 && drillRow < m_drills->count())
            m_drills->setCurrentRow(drillRow);
        m_drills->verticalScrollBar()->setValue(drillsScroll);
    }
    StudioPage::changeEvent(event);
}

Rater MatrixPage::clickSets() const
{
    return m_setsSelf->isChecked() ? Rater::Self : Rater::Interviewer;
}

void MatrixPage::setClickSets(Rater rater)
{
    (rater == Rater::Self ? m_setsSelf : m_setsInterviewer)->setChecked(true);
}

const interview::Session& MatrixPage::session() const
{
    return m_controller->session();
}

QUndoStack* MatrixPage::undoStack() const
{
    return m_controller->undoStack();
}

void MatrixPage::showSession(std::int64_t id)
{
    // Another session starts a new undo stack (the controller's steps belong to the session they edited).
    const bool other = id != sessionId();
    if (m_picker->currentSessionId() != id)
        m_picker->setCurrentSessionId(id);
    load(id);
    // A solo practice has no interviewer: clicks set the candidate's own levels.
    if (other && sessionId() > 0)
        setClickSets(session().mode == interview::SessionMode::SoloPractice ? Rater::Self : Rater::Interviewer);
}

QString MatrixPage::dimensionName(interview::MatrixDimension dimension) const
{
    for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
        if (text.dimension == dimension)
            return text.name;
    }
    return key(dimension);
}

void MatrixPage::reload()
{
    load(sessionId());
}

void MatrixPage::load(std::int64_t id)
{
    m_requested = id;
    m_controller->load(id);
    refresh();
}

void MatrixPage::refresh()
{
    const interview::Session& stored = session();
    QString problem;
    if (stored.id == 0)
        m_records.loadSession(m_requested, &problem);  // why there is none, for a person
    QList<interview::DrillCard> existing;
    if (stored.id > 0) {
        try {
            existing = storage::DrillStore(m_records.database()).list(stored.candidate);
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());
    m_grid->setEnabled(stored.id > 0);

    m_grid->setLevels(stored.matrix);
    MatrixRadar::show(m_radar, stored.matrix, m_records.content().matrix());

    m_gaps->setRowCount(int(interview::kAllDimensions.size()));
    int row = 0;
    const auto cellText = [](int level) { return level > 0 ? QString::number(level) : QStringLiteral("–"); };
    for (interview::MatrixDimension dimension : interview::kAllDimensions) {
        const int self = stored.matrix.self.value(dimension, 0);
        const int interviewer = stored.matrix.interviewer.value(dimension, 0);
        const int below = interviewer > 0 ? std::max(0, interview::kMatrixBarLevel - interviewer) : 0;
        const QStringList cells{dimensionName(dimension), cellText(self), cellText(interviewer),
                                interviewer > 0 ? QString::number(below) : QStringLiteral("–"),
                                self > 0 && interviewer > 0 ? QLocale().toString(self - interviewer)
                                                            : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignCenter);
            if (column == 3 && below > 0)
                StatusColors::mark(item, StatusColors::Status::Bad);
            m_gaps->setItem(row, column, item);
        }
        ++row;
    }
    m_gaps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_gaps->columnCount(); ++column)
        m_gaps->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // The drills come from the interviewer's levels; a solo practice has only the self-assessment.
    interview::Session basis = stored;
    if (basis.matrix.interviewer.isEmpty())
        basis.matrix.interviewer = basis.matrix.self;
    m_proposed.clear();
    m_drills->clear();
    if (stored.id > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const interview::DrillCard& card :
             interview::DrillScheduler::cardsFromSession(basis, basis.interviewers.value(0), existing, now)) {
            if (card.subject == interview::DrillSubject::Dimension)
                m_proposed << card;
        }
        for (const interview::DrillCard& card : m_proposed) {
            interview::MatrixDimension dimension{};
            fromKey(card.ref, dimension);
            m_drills->addItem(tr("New: %1 (below the bar)").arg(dimensionName(dimension)));
        }
        for (const interview::DrillCard& card : existing) {
            interview::MatrixDimension dimension{};
            if (card.subject != interview::DrillSubject::Dimension || !fromKey(card.ref, dimension))
                continue;
            m_drills->addItem(tr("Already scheduled: %1, due %2")
                                  .arg(dimensionName(dimension),
                                       QLocale().toString(card.due.toLocalTime().date(), QLocale::ShortFormat)));
        }
        if (m_drills->count() == 0)
            m_drills->addItem(tr("No gap below the bar: no drill needed."));
    }
    m_schedule->setEnabled(!m_proposed.isEmpty());
}

void MatrixPage::setLevel(interview::MatrixDimension dimension, int level)
{
    if (!m_controller->hasSession())
        return;
    const Rater rater = clickSets();
    // A click on the level already set clears it, so a wrong first click can be taken back by clicking again.
    const int next = m_controller->matrixLevel(rater, dimension) == level ? 0 : level;
    if (m_controller->setMatrixLevel(rater, dimension, next))
        emit statusSentence([this, dimension, next] {
            return next > 0 ? tr("%1: level %2 saved").arg(dimensionName(dimension)).arg(next)
                            : tr("%1: level cleared").arg(dimensionName(dimension));
        });
}

void MatrixPage::scheduleDrills()
{
    try {
        const storage::DrillStore store(m_records.database());
        for (interview::DrillCard card : m_proposed)
            store.save(card);
        emit statusSentence([count = int(m_proposed.size())] { return tr("%n drill(s) added", nullptr, count); });
        m_records.announceDrillsChanged();
    } catch (const storage::StorageError& error) {
        emit statusMessage(error.message());
    }
}

}  // namespace debrief::studio

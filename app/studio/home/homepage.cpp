#include "homepage.h"

#include "debrief/scorevisibility.h"
#include "drills/drillspage.h"
#include "interviewrecords.h"
#include "matrix/matrixradar.h"
#include "widgets/candidateswitcher.h"
#include "widgets/radarchartview.h"
#include "widgets/sessionpicker.h"

#include "interview/calibrationgap.h"
#include "interview/verdictgrid.h"
#include "storage/drillstore.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief::studio {

HomePage::HomePage(InterviewRecords& records, QWidget* parent)
    : StudioPage(parent), m_records(records), m_heading(new QLabel(this)), m_solo(new QPushButton(this)),
      m_mock(new QPushButton(this)), m_drillsBox(new QGroupBox(this)), m_sessionsBox(new QGroupBox(this)),
      m_radarBox(new QGroupBox(this)), m_drills(new QListWidget(this)), m_reviewDrills(new QPushButton(this)),
      m_sessions(new QTreeWidget(this)), m_radar(new RadarChartView(this)), m_radarCaption(new QLabel(this)),
      m_switcher(new CandidateSwitcher(records, this)), m_welcome(new QWidget(this)), m_welcomeText(new QLabel(this)),
      m_welcomeSolo(new QPushButton(this)), m_welcomeMock(new QPushButton(this)), m_welcomeDemo(new QPushButton(this)),
      m_welcomeTrace(new QPushButton(this)), m_dashboard(new QWidget(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // A refused database's message (with its long path) wraps instead of widening the window.
    m_heading->setWordWrap(true);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton* solo = m_solo;
    QPushButton* mock = m_mock;
    solo->setObjectName(QStringLiteral("startSolo"));
    mock->setObjectName(QStringLiteral("startMock"));
    solo->setMinimumHeight(40);
    mock->setMinimumHeight(40);
    connect(solo, &QPushButton::clicked, this,
            [this] { emit practiceRequested(interview::SessionMode::SoloPractice); });
    connect(mock, &QPushButton::clicked, this, [this] { emit practiceRequested(interview::SessionMode::LiveMock); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_switcher);
    top->addWidget(solo);
    top->addWidget(mock);

    // The first start: four ways in, each a button of its own (the page has nothing else to show yet).
    m_welcomeSolo->setObjectName(QStringLiteral("welcomeSolo"));
    m_welcomeMock->setObjectName(QStringLiteral("welcomeMock"));
    m_welcomeDemo->setObjectName(QStringLiteral("welcomeDemo"));
    m_welcomeTrace->setObjectName(QStringLiteral("welcomeTrace"));
    connect(m_welcomeSolo, &QPushButton::clicked, this,
            [this] { emit practiceRequested(interview::SessionMode::SoloPractice); });
    connect(m_welcomeMock, &QPushButton::clicked, this,
            [this] { emit practiceRequested(interview::SessionMode::LiveMock); });
    connect(m_welcomeDemo, &QPushButton::clicked, this, &HomePage::demoCandidateRequested);
    connect(m_welcomeTrace, &QPushButton::clicked, this, &HomePage::traceRequested);
    m_welcomeText->setWordWrap(true);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addWidget(m_welcomeText);
    for (QPushButton* button : {m_welcomeSolo, m_welcomeMock, m_welcomeDemo, m_welcomeTrace}) {
        button->setMinimumHeight(40);
        welcomeLayout->addWidget(button);
    }
    welcomeLayout->addStretch(1);

    m_drills->setWordWrap(true);
    m_sessions->setRootIsDecorated(false);
    m_sessions->setColumnCount(5);
    // Every column as wide as its text (the grid verdict names every interviewer): in a narrow window
    // the list scrolls sideways rather than end a verdict in "...".
    m_sessions->header()->setStretchLastSection(false);
    connect(m_sessions, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { emit sessionOpened(item->data(0, Qt::UserRole).toLongLong()); });
    m_radarCaption->setWordWrap(true);

    QGroupBox* drillsBox = m_drillsBox;
    auto* drillsLayout = new QVBoxLayout(drillsBox);
    drillsLayout->addWidget(m_drills);
    m_reviewDrills->setObjectName(QStringLiteral("reviewDrills"));
    connect(m_reviewDrills, &QPushButton::clicked, this, &HomePage::drillsRequested);
    drillsLayout->addWidget(m_reviewDrills, 0, Qt::AlignRight);
    QGroupBox* sessionsBox = m_sessionsBox;
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    QGroupBox* radarBox = m_radarBox;
    auto* radarLayout = new QVBoxLayout(radarBox);
    radarLayout->addWidget(m_radar, 1);
    radarLayout->addWidget(m_radarCaption);

    auto* grid = new QGridLayout;
    grid->addWidget(drillsBox, 0, 0);
    grid->addWidget(sessionsBox, 1, 0);
    grid->addWidget(radarBox, 0, 1, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto* dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    dashboardLayout->addLayout(grid, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_welcome, 1);
    layout->addWidget(m_dashboard, 1);

    connect(&records, &InterviewRecords::sessionsChanged, this, &HomePage::reload);
    connect(&records, &InterviewRecords::sessionChanged, this, &HomePage::reload);
    connect(&records, &InterviewRecords::drillsChanged, this, &HomePage::reload);
    connect(&records, &InterviewRecords::candidateChanged, this, &HomePage::reload);
    connect(m_switcher, &CandidateSwitcher::problem, this, &HomePage::statusMessage);
    retranslate();
    reload();
}

void HomePage::retranslate()
{
    m_solo->setText(tr("Start a &solo practice"));
    m_mock->setText(tr("Start a &live mock interview"));
    m_reviewDrills->setText(tr("&Review now"));
    m_reviewDrills->setToolTip(tr("Open the Drills page with today's cards"));
    m_drills->setAccessibleName(tr("Drills due today"));
    m_sessions->setAccessibleName(tr("Last sessions"));
    m_sessions->setHeaderLabels({tr("Started"), tr("Mode"), tr("Candidate"), tr("Final call"), tr("Grid verdict")});
    m_sessions->headerItem()->setToolTip(
        4, tr("Each scorer's Depth x Vision verdict on the submitted scores, with the veto"));
    m_drillsBox->setTitle(tr("Due today"));
    m_sessionsBox->setTitle(tr("Last sessions"));
    m_radarBox->setTitle(tr("Maturity Matrix against the Level %1 bar").arg(interview::kMatrixBarLevel));
    m_welcomeText->setText(tr("There is no candidate yet. Choose how to begin, or type a candidate's name in the "
                              "box above and press Enter."));
    m_welcomeSolo->setText(tr("Start a &solo practice"));
    m_welcomeMock->setText(tr("Start a live &mock"));
    m_welcomeDemo->setText(tr("Load the &demo candidate"));
    m_welcomeDemo->setToolTip(tr("Three sessions, a portfolio, drills and a loop plan of an example candidate"));
    m_welcomeTrace->setText(tr("Open a &trace..."));
    m_welcomeTrace->setToolTip(tr("Replay a GPU-cluster trace in the Trace Lab"));
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The heading, the lists and the radar are computed texts: fill them again, keeping what was
        // selected and where the lists were scrolled.
        const QTreeWidgetItem* session = m_sessions->currentItem();
        const qint64 sessionId = session ? session->data(0, Qt::UserRole).toLongLong() : 0;
        const int drillRow = m_drills->currentRow();
        const int sessionsScroll = m_sessions->verticalScrollBar()->value();
        const int drillsScroll = m_drills->verticalScrollBar()->value();
        reload();
        for (int row = 0; row < m_sessions->topLevelItemCount(); ++row) {
            if (sessionId != 0 && m_sessions->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == sessionId)
                m_sessions->setCurrentItem(m_sessions->topLevelItem(row));
        }
        if (drillRow >= 0 && drillRow < m_drills->count())
            m_drills->setCurrentRow(drillRow);
        m_sessions->verticalScrollBar()->setValue(sessionsScroll);
        m_drills->verticalScrollBar()->setValue(drillsScroll);
    }
    StudioPage::changeEvent(event);
}

QString HomePage::drillTitle(const interview::DrillCard& card) const
{
    if (card.subject == interview::DrillSubject::Dimension) {
        for (const interview::MatrixDimensionText& text : m_records.content().matrix().dimensions) {
            if (key(text.dimension) == card.ref)
                return tr("Maturity Matrix: %1").arg(text.name);
        }
        return tr("Maturity Matrix: %1").arg(card.ref);
    }
    if (const interview::Question* question = m_records.content().question(card.ref)) {
        QString prompt = question->prompt.simplified();
        if (prompt.size() > 110)
            prompt = prompt.left(107) + QStringLiteral("...");
        return tr("%1 question: %2").arg(interview::title(question->round), prompt);
    }
    return tr("Question %1").arg(card.ref);
}

QString HomePage::gridVerdict(const interview::Session& session) const
{
    // Only submitted scores count here: Home is seen by everyone.
    const interview::Session visible = ScoreVisibility::visibleTo(session, QString());
    const interview::VerdictGrid grid = m_records.content().verdictGrid();
    QStringList scorers;
    for (const interview::AskedQuestion& question : visible.questions) {
        for (const interview::AnswerScore& score : question.scores) {
            if (!scorers.contains(score.interviewer))
                scorers << score.interviewer;
        }
    }
    QStringList verdicts;
    for (const QString& scorer : scorers) {
        const QString name = scorer == QLatin1String(interview::CalibrationGap::kSelf) ? tr("Self") : scorer;
        verdicts << tr("%1: %2").arg(name, interview::title(grid.forSession(visible, scorer).recommendation));
    }
    return verdicts.join(QStringLiteral(" · "));
}

void HomePage::reload()
{
    m_candidate.clear();
    m_due.clear();
    m_last.clear();
    QString problem = m_records.problem();
    m_showsWelcome = problem.isEmpty() && m_records.candidates().isEmpty();
    if (problem.isEmpty()) {
        try {
            const storage::SessionStore sessions(m_records.database());
            m_candidate = m_records.currentCandidate();
            for (const storage::SessionSummary& summary : sessions.list()) {  // newest first
                if (summary.candidate == m_candidate && m_last.size() < kLastSessions)
                    m_last << summary;
            }
            // Due today: everything due before tomorrow starts (the card's own hour does not matter).
            // The same day as the Drills page's queue, so "Review now" opens the cards listed here.
            const QDateTime endOfToday = DrillsPage::endOfDay(QDateTime::currentDateTimeUtc());
            if (!m_candidate.isEmpty())
                m_due = storage::DrillStore(m_records.database()).due(m_candidate, endOfToday.addMSecs(-1));
            m_radarCaption->setText(QString());
            m_gridVerdicts.clear();
            for (const storage::SessionSummary& summary : m_last)
                m_gridVerdicts.insert(summary.id, gridVerdict(sessions.load(summary.id)));
            if (!m_last.isEmpty()) {
                const interview::Session latest = sessions.load(m_last.first().id);
                MatrixRadar::show(m_radar, latest.matrix, m_records.content().matrix());
                m_radarCaption->setText(
                    tr("From the session of %1 (%2).")
                        .arg(SessionPicker::startedText(latest.startedAt), SessionPicker::modeTitle(latest.mode)));
            } else {
                MatrixRadar::show(m_radar, interview::MatrixLevels{}, m_records.content().matrix());
            }
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }

    m_heading->setText(!problem.isEmpty()      ? problem
                       : m_showsWelcome        ? tr("Welcome to Debrief Studio")
                       : m_candidate.isEmpty() ? tr("No session yet: start a practice")
                                               : tr("Today for %1").arg(m_candidate));
    m_welcome->setVisible(m_showsWelcome);
    m_dashboard->setVisible(!m_showsWelcome);
    m_solo->setVisible(!m_showsWelcome);
    m_mock->setVisible(!m_showsWelcome);
    m_drills->clear();
    for (const interview::DrillCard& card : m_due) {
        auto* item = new QListWidgetItem(drillTitle(card), m_drills);
        item->setData(Qt::UserRole, card.ref);
        item->setToolTip(card.state == interview::DrillState::New ? tr("New drill")
                                                                  : tr("Review %1").arg(card.reps + 1));
    }
    if (m_due.isEmpty())
        m_drills->addItem(tr("Nothing due today."));
    m_reviewDrills->setEnabled(!m_candidate.isEmpty());

    m_sessions->clear();
    for (const storage::SessionSummary& summary : m_last) {
        auto* item = new QTreeWidgetItem(m_sessions,
                                         {SessionPicker::startedText(summary.startedAt),
                                          SessionPicker::modeTitle(summary.mode), summary.candidate,
                                          interview::title(summary.recommendation), m_gridVerdicts.value(summary.id)});
        item->setData(0, Qt::UserRole, qint64(summary.id));
    }
    for (int column = 0; column < m_sessions->columnCount(); ++column)
        m_sessions->resizeColumnToContents(column);
}

}  // namespace debrief::studio

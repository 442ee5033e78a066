#include "mainwindow.h"

#include "committee/committeepage.h"
#include "debrief/debriefpage.h"
#include "design/designroundpage.h"
#include "drills/drillspage.h"
#include "history/historypage.h"
#include "home/homepage.h"
#include "interviewrecords.h"
#include "loopplanner/loopplannerpage.h"
#include "matrix/matrixpage.h"
#include "portfolio/portfoliopage.h"
#include "scorecard/scorecardexportdialog.h"
#include "session/livesessionpage.h"
#include "session/sessionsetuppage.h"
#include "shell/settingsdialog.h"
#include "shell/shortcutcheatsheet.h"
#include "storage/democandidate.h"
#include "studiopage.h"
#include "tracelab/demotrace.h"
#include "tracelab/tracelabpage.h"
#include "tradeoffs/tradeoffpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

namespace debrief::studio {

MainWindow::MainWindow(QWidget* parent, const QString& databasePath)
    : QMainWindow(parent), m_pageList(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_traceLab(nullptr),
      m_interviewRecords(new InterviewRecords(databasePath, this))
{
    setWindowTitle(tr("Debrief Studio"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setFixedWidth(170);
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    createMenus();
    statusBar()->showMessage(tr("Ready"));

    // The pages, in list order. Later pages (Home, Live session, Debrief, ...) are one line each here.
    m_traceLab = new TraceLabPage(this);
    addPage(m_traceLab);
    m_tradeoffs = new TradeoffPage(m_traceLab, this);
    addPage(m_tradeoffs);
    // A point of the trade-off scatter opens its scenario's live replay.
    connect(m_tradeoffs, &TradeoffPage::scenarioRequested, this,
            [this](replay::PolicyKind policy, const replay::Cluster& cluster) {
                showPage(m_traceLab->pageId());
                m_traceLab->replayScenario(policy, cluster);
            });
    // Session setup starts a session in the database; the Live session page runs it.
    auto* sessionSetup = new SessionSetupPage(*m_interviewRecords, this);
    addPage(sessionSetup);
    auto* liveSession = new LiveSessionPage(*m_interviewRecords, this);
    addPage(liveSession);
    connect(sessionSetup, &SessionSetupPage::sessionStarted, this, [this, liveSession](std::int64_t id) {
        if (liveSession->openSession(id))
            showPage(liveSession->pageId());
    });
    auto* home = new HomePage(*m_interviewRecords, this);
    addPage(home);
    auto* debrief = new DebriefPage(*m_interviewRecords, this);
    addPage(debrief);
    addPage(new CommitteePage(*m_interviewRecords, this));
    addPage(new MatrixPage(*m_interviewRecords, this));
    addPage(new DesignRoundPage(*m_interviewRecords, this));
    auto* drills = new DrillsPage(*m_interviewRecords, this);
    addPage(drills);
    connect(home, &HomePage::drillsRequested, this, [this, drills] { showPage(drills->pageId()); });
    // The portfolio's Orchestration Ready flag shortens the loop plan.
    auto* portfolio = new PortfolioPage(*m_interviewRecords, this);
    addPage(portfolio);
    auto* loopPlanner = new LoopPlannerPage(*m_interviewRecords, this);
    addPage(loopPlanner);
    connect(portfolio, &PortfolioPage::portfolioChanged, loopPlanner, &LoopPlannerPage::reload);
    auto* history = new HistoryPage(*m_interviewRecords, this);
    addPage(history);
    // Home's start buttons lead to Session setup; a session double-clicked on Home or History opens its debrief.
    connect(home, &HomePage::practiceRequested, this, [this, home, sessionSetup](interview::SessionMode mode) {
        sessionSetup->setMode(mode);
        if (!home->candidate().isEmpty())
            sessionSetup->setCandidate(home->candidate());
        showPage(sessionSetup->pageId());
    });
    const auto openDebrief = [this, debrief](std::int64_t id) {
        debrief->showSession(id);
        showPage(debrief->pageId());
    };
    connect(home, &HomePage::sessionOpened, this, openDebrief);
    connect(history, &HistoryPage::sessionOpened, this, openDebrief);
    connect(liveSession, &LiveSessionPage::sessionFinished, this, openDebrief);  // a finished session: its debrief
    // Home's welcome (a database without any candidate) routes its other two ways in here.
    connect(home, &HomePage::demoCandidateRequested, this, &MainWindow::loadDemoCandidate);
    connect(home, &HomePage::traceRequested, this, [this] {
        showPage(m_traceLab->pageId());
        chooseFile();
    });
    // A first start opens on Home's welcome; later starts open where the user was (restoreSettings).
    if (m_interviewRecords->isOpen() && m_interviewRecords->candidates().isEmpty())
        showPage(home->pageId());
    else
        m_pageList->setCurrentRow(0);
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The pages go first: they save pending edits through the interview records, which were made
    // before them and would otherwise be destroyed first.
    for (StudioPage* p : std::as_const(m_pages))
        p->saveEdits();
    const QList<StudioPage*> pages = std::exchange(m_pages, {});
    for (auto page = pages.rbegin(); page != pages.rend(); ++page)  // later pages may hold earlier ones
        delete *page;
}

void MainWindow::addPage(StudioPage* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_pageList);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &StudioPage::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(page, &StudioPage::settled, this, [this] {
        if (allPagesSettled())
            emit allPagesSettledChanged();
    });
}

StudioPage* MainWindow::page(const QString& pageId) const
{
    for (StudioPage* candidate : m_pages) {
        if (candidate->pageId() == pageId)
            return candidate;
    }
    return nullptr;
}

StudioPage* MainWindow::currentPage() const
{
    return qobject_cast<StudioPage*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& pageId)
{
    const int row = int(m_pages.indexOf(page(pageId)));
    if (row < 0)
        return false;
    m_pageList->setCurrentRow(row);
    return true;
}

bool MainWindow::openFile(const QString& path)
{
    StudioPage* target = currentPage();
    if (!target || !target->acceptsFiles()) {
        target = nullptr;
        for (StudioPage* candidate : m_pages) {
            if (candidate->acceptsFiles()) {
                target = candidate;
                break;
            }
        }
    }
    if (!target)
        return false;
    showPage(target->pageId());
    return target->openFile(path);
}

bool MainWindow::allPagesSettled() const
{
    return std::all_of(m_pages.begin(), m_pages.end(), [](const StudioPage* p) { return p->isSettled(); });
}

bool MainWindow::saveScreenshots(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return false;
    const StudioPage* shown = currentPage();
    bool allWritten = true;
    for (StudioPage* p : m_pages) {
        showPage(p->pageId());
        QApplication::processEvents();  // let the page lay out before it is painted
        allWritten = grab().save(QDir(dir).filePath(p->screenshotName() + QStringLiteral(".png"))) && allWritten;
    }
    if (shown)
        showPage(shown->pageId());
    return allWritten;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open trace..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* demos = file->addMenu(tr("Open &demo trace"));
    for (const DemoTrace& demo : DemoTrace::all()) {
        demos->addAction(demo.title, this, [this, demo] {
            showPage(m_traceLab->pageId());
            m_traceLab->loadDemo(demo);
        });
    }
    file->addAction(tr("Load demo &candidate"), this, &MainWindow::loadDemoCandidate);
    // The session shown on the Debrief page, else the latest, as a PDF scorecard.
    QAction* exportScorecard = file->addAction(tr("&Export scorecard..."), this, &MainWindow::exportScorecard);
    exportScorecard->setShortcut(QKeySequence::Print);  // Ctrl+P: the PDF is what a print would be
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings..."), this, [this] { SettingsDialog(this).exec(); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));  // QKeySequence::Quit is empty on some platforms
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts =
        help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutCheatSheet(this, this).exec(); });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* about = help->addAction(tr("&About Debrief Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::exportScorecard()
{
    const auto* debrief = qobject_cast<DebriefPage*>(page(QStringLiteral("debrief")));
    ScorecardExportDialog dialog(*m_interviewRecords, debrief ? debrief->sessionId() : 0, this);
    connect(&dialog, &ScorecardExportDialog::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    dialog.exec();
}

void MainWindow::loadDemoCandidate()
{
    QString problem;
    if (m_interviewRecords->loadDemoCandidate(&problem))
        statusBar()->showMessage(tr("Demo candidate %1 loaded: three sessions, a portfolio, drills and a loop plan "
                                    "(loading it again replaces it).")
                                     .arg(storage::DemoCandidate::name()));
    else
        statusBar()->showMessage(tr("Could not load the demo candidate: %1").arg(problem));
}

void MainWindow::chooseFile()
{
    StudioPage* target = currentPage();
    const QString filter = target && target->acceptsFiles() ? target->fileDialogFilter() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), QString(), filter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Debrief Studio %1</h3>"
                            "<p>Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real "
                            "GPU-cluster traces under scheduling policies and defend the numbers.</p>"
                            "<p><b>Bundled demo data</b>, copied unchanged from public releases:</p><ul>"
                            "<li><i>60_job.csv</i>: the Tiresias simulator's 60-job input, from SymbioticLab/Tiresias "
                            "(simulator/60_job.csv).</li>"
                            "<li><i>openb_pod_list_default.csv</i>: 8,152 pods of the Alibaba GPU cluster trace "
                            "cluster-trace-gpu-v2023 (\"openb\" pod list), from alibaba/clusterdata.</li></ul>"
                            "<p>Built with Qt %2.</p>")
                             .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About Debrief Studio"), text);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page")).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (const StudioPage* p = currentPage())
        settings.setValue(QStringLiteral("window/page"), p->pageId());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Debrief Studio"));
        m_pageList->setAccessibleName(tr("Pages"));
        for (int row = 0; row < m_pageList->count() && row < m_pages.size(); ++row)
            m_pageList->item(row)->setText(m_pages[row]->title());
        // The menus are made again in the new language; the old ones go once their actions are done.
        for (QMenu* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
            menu->deleteLater();
        menuBar()->clear();
        createMenus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (StudioPage* p : m_pages) {
        p->saveEdits();
        p->cancelWork();
    }
    saveSettings();
    event->accept();
}

}  // namespace debrief::studio

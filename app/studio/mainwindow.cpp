#include "mainwindow.h"

#include "shell/commandpalette.h"

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

#include "storage/scorecardexchange.h"
#include "storage/scorecardrejected.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QIcon>
#include <QSignalBlocker>
#include <QStyle>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>
#include <utility>

namespace debrief::studio {

MainWindow::MainWindow(QWidget* parent, const QString& databasePath)
    : QMainWindow(parent), m_pageList(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_traceLab(nullptr),
      m_interviewRecords(new InterviewRecords(databasePath, this))
{
    updateTitle();
    connect(m_interviewRecords, &InterviewRecords::scorerNameChanged, this, &MainWindow::updateTitle);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    // One size for every page's icon: the theme's and the style's come in different sizes.
    m_pageList->setIconSize(QSize(20, 20));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // Rows are pages and their groups' headings; a heading cannot be chosen.
    connect(m_pageList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (StudioPage* chosen = item ? page(item->data(Qt::UserRole).toString()) : nullptr)
            m_stack->setCurrentWidget(pageFrame(chosen));
    });

    createMenus();
    showStatus([] { return tr("Ready"); });

    // The pages, in list order. Later pages (Home, Live session, Debrief, ...) are one line each here.
    m_traceLab = new TraceLabPage(this);
    // Saved analyses and "Use as evidence" live in the interview records' database.
    if (m_interviewRecords->isOpen())
        m_traceLab->setDatabase(&m_interviewRecords->database());
    addPage(m_traceLab);
    // The evidence notice's link: the design round is where the statements are cited.
    connect(m_traceLab, &TraceLabPage::designRoundRequested, this,
            [this] { showPage(QStringLiteral("design-round")); });
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
    fillPageList();
    // A start opens on Home (the first page); later starts open where the user was (restoreSettings).
    showPage(home->pageId());
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

namespace {

// The page list: pages grouped by what a user is doing, in the order a user works through them. A
// page not named here (a test's own) goes at the end.
struct PageGroup {
    const char* title;
    std::initializer_list<const char*> pageIds;
};
const PageGroup kPageGroups[] = {
    {QT_TRANSLATE_NOOP("debrief::studio::MainWindow", "Practice"),
     {"home", "setup", "live-session", "drills", "portfolio", "loop-planner"}},
    {QT_TRANSLATE_NOOP("debrief::studio::MainWindow", "Review"),
     {"debrief", "matrix", "design-round", "committee", "history"}},
    {QT_TRANSLATE_NOOP("debrief::studio::MainWindow", "Analyse"), {"tracelab", "tradeoffs"}},
};

// Each page's icon, from the desktop's icon theme where it has one, else from the style.
QIcon pageIcon(const QString& pageId, const QStyle* style)
{
    struct Choice {
        const char* id;
        const char* themeName;
        QStyle::StandardPixmap fallback;
    };
    static const Choice choices[] = {
        {"home", "go-home", QStyle::SP_DirHomeIcon},
        {"setup", "document-new", QStyle::SP_FileDialogNewFolder},
        {"live-session", "media-playback-start", QStyle::SP_MediaPlay},
        {"drills", "view-refresh", QStyle::SP_BrowserReload},
        {"portfolio", "folder", QStyle::SP_DirIcon},
        {"loop-planner", "x-office-calendar", QStyle::SP_FileDialogListView},
        {"debrief", "document-properties", QStyle::SP_FileDialogInfoView},
        {"matrix", "view-grid", QStyle::SP_FileDialogDetailedView},
        {"design-round", "applications-engineering", QStyle::SP_DesktopIcon},
        {"committee", "system-users", QStyle::SP_DialogYesButton},
        {"history", "document-open-recent", QStyle::SP_FileDialogBack},
        {"tracelab", "utilities-system-monitor", QStyle::SP_ComputerIcon},
        {"tradeoffs", "view-statistics", QStyle::SP_ArrowUp},
    };
    for (const Choice& choice : choices) {
        if (pageId == QLatin1String(choice.id))
            return QIcon::fromTheme(QLatin1String(choice.themeName), style->standardIcon(choice.fallback));
    }
    return style->standardIcon(QStyle::SP_FileIcon);
}

}  // namespace

void MainWindow::fillPageList()
{
    const QString shown = currentPage() ? currentPage()->pageId() : QString();
    const QSignalBlocker blocker(m_pageList);
    m_pageList->clear();
    QList<StudioPage*> placed;
    const auto addRow = [this, &placed](StudioPage* p) {
        auto* item = new QListWidgetItem(pageIcon(p->pageId(), style()), p->title(), m_pageList);
        item->setData(Qt::UserRole, p->pageId());
        placed << p;
    };
    for (const PageGroup& group : kPageGroups) {
        auto* heading = new QListWidgetItem(tr(group.title), m_pageList);
        heading->setFlags(Qt::NoItemFlags);  // neither chosen nor found by typing
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        for (const char* id : group.pageIds) {
            if (StudioPage* p = page(QLatin1String(id)))
                addRow(p);
        }
    }
    for (StudioPage* p : std::as_const(m_pages)) {
        if (!placed.contains(p))
            addRow(p);
    }
    // As wide as its longest row in this language ("Sitzungseinrichtung"), with room for a scroll bar
    // should a small window need one.
    int widest = 0;
    for (int row = 0; row < m_pageList->count(); ++row)
        widest = std::max(widest, m_pageList->sizeHintForIndex(m_pageList->model()->index(row, 0)).width());
    m_pageList->setFixedWidth(widest + 2 * m_pageList->frameWidth() +
                              m_pageList->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_pageList));
    if (!shown.isEmpty())
        showPage(shown);
}

QListWidgetItem* MainWindow::pageItem(const QString& pageId) const
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == pageId && !pageId.isEmpty())
            return m_pageList->item(row);
    }
    return nullptr;
}

void MainWindow::stepPage(int step)
{
    QList<QListWidgetItem*> rows;
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->flags() & Qt::ItemIsSelectable)
            rows << m_pageList->item(row);
    }
    if (rows.isEmpty())
        return;
    const qsizetype at = rows.indexOf(m_pageList->currentItem());
    const qsizetype next = ((at < 0 ? 0 : at + step) % rows.size() + rows.size()) % rows.size();
    m_pageList->setCurrentItem(rows[next]);
}

void MainWindow::addPage(StudioPage* page)
{
    m_pages.append(page);
    // A page that needs more room than the window has (German at 1024x700, a 2x scale) scrolls in its
    // place rather than widen the window past the screen or squeeze its controls.
    auto* frame = new QScrollArea(m_stack);
    frame->setObjectName(QStringLiteral("pageFrame"));
    frame->setFrameShape(QFrame::NoFrame);
    frame->setFocusPolicy(Qt::NoFocus);  // the page's controls take the focus, not the frame
    frame->setWidgetResizable(true);
    frame->setWidget(page);
    m_stack->addWidget(frame);
    auto* item = new QListWidgetItem(pageIcon(page->pageId(), style()), page->title(), m_pageList);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &StudioPage::statusMessage, this, [this](const QString& text) { showStatus([text] { return text; }); });
    connect(page, &StudioPage::statusSentence, this, &MainWindow::showStatus);
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
    const auto* frame = qobject_cast<QScrollArea*>(m_stack->currentWidget());
    return frame ? qobject_cast<StudioPage*>(frame->widget()) : nullptr;
}

QWidget* MainWindow::pageFrame(StudioPage* page) const
{
    for (int index = 0; index < m_stack->count(); ++index) {
        auto* frame = qobject_cast<QScrollArea*>(m_stack->widget(index));
        if (frame && frame->widget() == page)
            return frame;
    }
    return nullptr;
}

void MainWindow::showCommandPalette()
{
    QList<QPair<QString, QString>> pages;
    for (int row = 0; row < m_pageList->count(); ++row) {
        const QString id = m_pageList->item(row)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            pages << qMakePair(id, m_pageList->item(row)->text());
    }
    CommandPalette palette(CommandPalette::entriesOf(menuBar()->actions(), pages), this);
    if (palette.exec() == QDialog::Accepted && !palette.chosenPageId().isEmpty())
        showPage(palette.chosenPageId());
}

bool MainWindow::showPage(const QString& pageId)
{
    QListWidgetItem* item = pageItem(pageId);
    if (!item)
        return false;
    m_pageList->setCurrentItem(item);
    m_stack->setCurrentWidget(pageFrame(page(pageId)));
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
    QAction* exportScorecard = file->addAction(tr("&Export scorecard PDF..."), this, &MainWindow::exportScorecard);
    exportScorecard->setShortcut(QKeySequence::Print);  // Ctrl+P: the PDF is what a print would be
    // The panel's files: a session for the other interviewers, and this scorer's scorecard for the
    // committee. Named apart from the PDF so nobody sends a PDF where a scorecard file is wanted.
    file->addSeparator();
    const QString sessionFilter = tr("Debrief session files (*.debrief-session.json);;JSON files (*.json)");
    const QString scorecardFilter = tr("Debrief scorecard files (*.json)");
    QAction* openToScore = file->addAction(tr("Open session to &score..."), this, [this, sessionFilter] {
        const QString path = askPath(tr("Open session to score"), sessionFilter, false);
        if (!path.isEmpty())
            openSessionToScore(path);
    });
    openToScore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* exportSession =
        file->addAction(tr("Export session for other &interviewers..."), this, [this, sessionFilter] {
            const QString path = askPath(tr("Export session for other interviewers"), sessionFilter, true);
            if (!path.isEmpty())
                exportSessionFile(path);
        });
    exportSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction* exportMine = file->addAction(tr("Export &my scorecard file..."), this, [this, scorecardFilter] {
        const QString path = askPath(tr("Export my scorecard file"), scorecardFilter, true);
        if (!path.isEmpty())
            exportMyScorecardFile(path);
    });
    exportMine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings..."), this, [this] { showSettings(false); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));  // QKeySequence::Quit is empty on some platforms
    quit->setMenuRole(QAction::QuitRole);

    // Going between pages from anywhere: the Live page owns Ctrl+PgUp/PgDn (its questions), so the
    // pages take Ctrl+Shift+PgUp/PgDn; Ctrl+K finds any page or command by name.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* nextPage = go->addAction(tr("&Next page"), this, [this] { stepPage(1); });
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    QAction* previousPage = go->addAction(tr("&Previous page"), this, [this] { stepPage(-1); });
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    QAction* palette = go->addAction(tr("&Find a page or command..."), this, &MainWindow::showCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

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
            [this](const QString& text) { showStatus([text] { return text; }); });
    dialog.exec();
}

void MainWindow::showStatus(std::function<QString()> sentence)
{
    m_statusSentence = std::move(sentence);
    m_statusShown = m_statusSentence();
    statusBar()->showMessage(m_statusShown);
}

void MainWindow::updateTitle()
{
    const QString scorer = m_interviewRecords->scorerName();
    setWindowTitle(scorer.isEmpty() ? tr("Debrief Studio - Scoring as: not set (File > Settings)")
                                    : tr("Debrief Studio - Scoring as %1").arg(scorer));
}

void MainWindow::showSettings(bool focusScorer)
{
    SettingsDialog dialog(this, m_interviewRecords);
    if (focusScorer) {
        dialog.setWindowTitle(tr("Who is scoring with this studio?"));
        dialog.setIntro(tr("Who is scoring with this studio? Your name goes on your scores, your notes and the "
                           "scorecard files you send the panel. A solo practice scores as the candidate."));
        dialog.scorerField()->setFocus();
    }
    dialog.exec();
}

void MainWindow::askScorerName()
{
    if (m_interviewRecords->isOpen() && m_interviewRecords->scorerName().isEmpty())
        showSettings(true);
}

QString MainWindow::askPath(const QString& title, const QString& filter, bool save)
{
    // Qt's own dialog everywhere: the same keys on every desktop, and scriptable in the journey tests.
    const QString folder = QDir::homePath();
    return save ? QFileDialog::getSaveFileName(this, title, folder, filter, nullptr, QFileDialog::DontUseNativeDialog)
                : QFileDialog::getOpenFileName(this, title, folder, filter, nullptr, QFileDialog::DontUseNativeDialog);
}

std::int64_t MainWindow::currentSessionId() const
{
    if (const auto* live = qobject_cast<LiveSessionPage*>(page(QStringLiteral("live-session")));
        live && live->hasSession())
        return live->session().id;
    const auto* debrief = qobject_cast<DebriefPage*>(page(QStringLiteral("debrief")));
    return debrief ? debrief->sessionId() : 0;
}

bool MainWindow::openSessionToScore(const QString& path)
{
    if (m_interviewRecords->scorerName().isEmpty())
        askScorerName();
    const QString scorer = m_interviewRecords->scorerName();
    if (scorer.isEmpty()) {
        showStatus([] { return tr("Set your name in File > Settings first: the studio scores as you."); });
        return false;
    }
    try {
        const auto result = storage::ScorecardExchange(m_interviewRecords->database()).importSessionFile(path, scorer, m_interviewRecords->content());
        m_interviewRecords->announceSessionsChanged();
        auto* live = qobject_cast<LiveSessionPage*>(page(QStringLiteral("live-session")));
        if (!live || !live->openSession(result.sessionId))
            return false;
        live->setScorer(scorer);
        showPage(live->pageId());
        showStatus([candidate = live->session().candidate, scorer] {
            return tr("Scoring %1's session as %2: submit your scores, then export your scorecard file")
                .arg(candidate, scorer);
        });
        return true;
    } catch (const storage::ScorecardRejected& rejected) {
        QMessageBox::warning(this, tr("Open session to score"), rejected.message());
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Open session to score"), error.message());
    }
    return false;
}

bool MainWindow::exportSessionFile(const QString& path)
{
    const std::int64_t id = currentSessionId();
    if (id == 0) {
        showStatus([] { return tr("No session to export: open one on Live session or Debrief first."); });
        return false;
    }
    try {
        storage::ScorecardExchange(m_interviewRecords->database()).exportSessionToFile(id, path);
        showStatus([path] {
            return tr("Session exported to %1: the other interviewers open it with File > Open session to score")
                .arg(QDir::toNativeSeparators(path));
        });
        return true;
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Export session"), error.message());
    }
    return false;
}

bool MainWindow::exportMyScorecardFile(const QString& path)
{
    const std::int64_t id = currentSessionId();
    QString problem;
    const interview::Session session = m_interviewRecords->loadSession(id, &problem);
    if (session.id == 0) {
        showStatus([problem] { return problem; });
        return false;
    }
    const QString scorer = session.mode == interview::SessionMode::SoloPractice ? QStringLiteral("self")
                                                                                : m_interviewRecords->scorerName();
    try {
        storage::ScorecardExchange(m_interviewRecords->database()).exportToFile(id, scorer, path);
        showStatus([path] {
            return tr("Your scorecard file is %1: drop it on the Committee page of the studio that runs the debrief")
                .arg(QDir::toNativeSeparators(path));
        });
        return true;
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Export my scorecard file"), error.message());
    }
    return false;
}

void MainWindow::loadDemoCandidate()
{
    QString problem;
    if (m_interviewRecords->loadDemoCandidate(&problem))
        showStatus([] {
            return tr("Demo candidate %1 loaded: three sessions, a portfolio, drills and a loop plan "
                      "(loading it again replaces it).")
                .arg(storage::DemoCandidate::name());
        });
    else
        showStatus([problem] { return tr("Could not load the demo candidate: %1").arg(problem); });
}

void MainWindow::chooseFile()
{
    StudioPage* target = currentPage();
    const QString filter = target && target->acceptsFiles() ? target->fileDialogFilter() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), QString(), filter, nullptr,
                                                      QFileDialog::DontUseNativeDialog);
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
                            "cluster-trace-gpu-v2023 (\"openb\" pod list), from alibaba/clusterdata.</li>"
                            "<li><i>openb_node_list_gpu_node.csv</i>: the 1,213 GPU nodes of the same release, "
                            "where the Trace Lab's Sharing tab places those pods.</li></ul>"
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
        updateTitle();
        // The status bar's message again in the new language, unless it has timed out or been cleared.
        if (m_statusSentence && statusBar()->currentMessage() == m_statusShown)
            showStatus(m_statusSentence);
        m_pageList->setAccessibleName(tr("Pages"));
        fillPageList();
        // The menus are made again in the new language; the old ones go once their actions are done.
        for (QMenu* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
            menu->deleteLater();
        menuBar()->clear();
        createMenus();
    } else if (event->type() == QEvent::PaletteChange) {
        fillPageList();  // the style's icons for the new theme (a dark glyph turns light on dark)
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

#pragma once

#include <QList>
#include <QMainWindow>

#include <cstdint>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace debrief::studio {

class InterviewRecords;
class StudioPage;
class TraceLabPage;
class TradeoffPage;

// The page list on the left, the current page on the right, File and Help menus, a status bar.
// Pages are added with addPage(); the window routes files, status messages and screenshots to them.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The interview pages read and write the studio database at `databasePath` (the default file when empty).
    explicit MainWindow(QWidget* parent = nullptr, const QString& databasePath = {});
    ~MainWindow() override;

    void addPage(StudioPage* page);
    QList<StudioPage*> pages() const { return m_pages; }
    StudioPage* page(const QString& pageId) const;
    StudioPage* currentPage() const;
    bool showPage(const QString& pageId);
    TraceLabPage* traceLab() const { return m_traceLab; }
    TradeoffPage* tradeoffs() const { return m_tradeoffs; }
    InterviewRecords* interviewRecords() const { return m_interviewRecords; }

    bool openFile(const QString& path);  // the current page if it takes files, else the first one that does
    bool allPagesSettled() const;
    // Grabs every page, shown in this window, to dir/<pageId>.png; false if one could not be written.
    bool saveScreenshots(const QString& dir);

    void restoreSettings();
    // First start: asks who is scoring with this studio (Settings, with the name field focused).
    void askScorerName();
    // The session the File menu's session commands work on: the one open on Live session, else the
    // one shown on the Debrief page; 0 when none.
    std::int64_t currentSessionId() const;
    bool openSessionToScore(const QString& path);     // File > Open session to score...
    bool exportSessionFile(const QString& path);      // File > Export session for other interviewers...
    bool exportMyScorecardFile(const QString& path);  // File > Export my scorecard file...

signals:
    void allPagesSettledChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;  // a language switch retranslates the page list and menus

private:
    void createMenus();
    void fillPageList();  // the grouped page list, in the user's order, in the current language
    QListWidgetItem* pageItem(const QString& pageId) const;
    QWidget* pageFrame(StudioPage* page) const;  // the scroll area that holds the page in the stack
    void stepPage(int step);  // Go > Next / Previous page, skipping the group headings
    void showCommandPalette();
    void chooseFile();
    void exportScorecard();  // File > Export scorecard...
    // File > Load demo candidate, and Home's welcome.
    void loadDemoCandidate();
    void showAbout();
    void updateTitle();
    // Shows `sentence` in the status bar and shows it again, in the new language, after a language switch.
    void showStatus(std::function<QString()> sentence);
    void showSettings(bool focusScorer);
    QString askPath(const QString& title, const QString& filter, bool save);
    void saveSettings() const;

    QListWidget* m_pageList;
    QStackedWidget* m_stack;
    QList<StudioPage*> m_pages;
    TraceLabPage* m_traceLab;
    TradeoffPage* m_tradeoffs;
    InterviewRecords* m_interviewRecords;
    std::function<QString()> m_statusSentence;  // what the status bar shows, in the current language
    QString m_statusShown;                      // ... as it was shown
};

}  // namespace debrief::studio

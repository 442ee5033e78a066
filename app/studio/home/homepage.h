#pragma once

#include "interview/drillcard.h"
#include "interview/rubric.h"
#include "interview/session.h"
#include "storage/sessionsummary.h"
#include "studiopage.h"

#include <QList>
#include <QMap>

#include <cstdint>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace debrief::studio {

class CandidateSwitcher;
class InterviewRecords;
class RadarChartView;

// Where a day starts, for the current candidate (chosen in the switcher at the top): the drills due
// today, the last sessions with their verdicts, the Maturity Matrix radar of the latest session against
// the Level 3 bar, and the two ways to start practising. On a database with no candidate at all it
// welcomes instead, with the four ways to begin.
class HomePage : public StudioPage {
    Q_OBJECT

public:
    static constexpr int kLastSessions = 5;

    explicit HomePage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override { return tr("Home"); }

    QString candidate() const { return m_candidate; }
    QList<interview::DrillCard> dueDrills() const { return m_due; }
    QList<storage::SessionSummary> lastSessions() const { return m_last; }
    QTreeWidget* sessionList() const { return m_sessions; }
    QListWidget* drillList() const { return m_drills; }
    RadarChartView* radar() const { return m_radar; }
    CandidateSwitcher* candidateSwitcher() const { return m_switcher; }
    bool showsWelcome() const { return m_showsWelcome; }

    void reload();

signals:
    // The Session setup page takes it from here (MainWindow connects it).
    void practiceRequested(debrief::interview::SessionMode mode);
    void sessionOpened(std::int64_t id);  // a last session double-clicked: its debrief
    void drillsRequested();               // "Review now": the Drills page takes it from here
    void demoCandidateRequested();        // the welcome's "Load the demo candidate"
    void traceRequested();                // the welcome's "Open a trace": the window's file dialog

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // the fixed texts; changeEvent() refills the lists too, keeping the selection
    QString drillTitle(const interview::DrillCard& card) const;
    QString gridVerdict(const interview::Session& session) const;

    InterviewRecords& m_records;
    QString m_candidate;
    QList<interview::DrillCard> m_due;
    QList<storage::SessionSummary> m_last;
    QMap<std::int64_t, QString> m_gridVerdicts;
    QLabel* m_heading;
    QPushButton* m_solo;
    QPushButton* m_mock;
    QGroupBox* m_drillsBox;
    QGroupBox* m_sessionsBox;
    QGroupBox* m_radarBox;
    QListWidget* m_drills;
    QPushButton* m_reviewDrills;
    QTreeWidget* m_sessions;
    RadarChartView* m_radar;
    QLabel* m_radarCaption;
    CandidateSwitcher* m_switcher;
    QWidget* m_welcome;
    QLabel* m_welcomeText;
    QPushButton* m_welcomeSolo;
    QPushButton* m_welcomeMock;
    QPushButton* m_welcomeDemo;
    QPushButton* m_welcomeTrace;
    QWidget* m_dashboard;
    bool m_showsWelcome = false;
};

}  // namespace debrief::studio

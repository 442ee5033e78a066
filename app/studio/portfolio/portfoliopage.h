#pragma once

#include "interview/contentlibrary.h"
#include "interview/orchestrationimpactscore.h"
#include "interview/session.h"
#include "reportdocument.h"
#include "studiopage.h"

#include <QList>

#include <cstdint>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace debrief::studio {

class InterviewRecords;
class PortfolioTableModel;

// The candidate's cross-team projects: a table with each project's Orchestration Impact Score and a
// form that edits the selected one. Every change is saved at once and undoable; the total score, the
// Orchestration Ready flag with its reason and the mistake catalogue's warnings follow each edit.
class PortfolioPage : public StudioPage {
    Q_OBJECT

public:
    explicit PortfolioPage(InterviewRecords& records, QWidget* parent = nullptr);
    ~PortfolioPage() override;

    QString pageId() const override { return QStringLiteral("portfolio"); }
    QString title() const override { return tr("Portfolio"); }
    void saveEdits() override;  // a field still being typed in

    // The page follows the current candidate (InterviewRecords) until one is set here.
    void setCandidate(const QString& candidate);
    QString candidate() const { return m_candidate; }
    const QList<interview::PortfolioProject>& projects() const { return m_projects; }
    const interview::PortfolioImpact& impact() const { return m_impact; }
    QList<interview::Mistake> warnings(std::int64_t projectId) const;
    std::int64_t currentProjectId() const { return m_currentId; }
    void selectProject(std::int64_t projectId);

    QTableView* table() const { return m_table; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* teamsEdit() const { return m_teams; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* metricEdit() const { return m_metric; }
    QDoubleSpinBox* beforeBox() const { return m_before; }
    QDoubleSpinBox* afterBox() const { return m_after; }
    QCheckBox* lowerIsBetterBox() const { return m_lowerIsBetter; }
    QComboBox* kpiBox() const { return m_kpi; }
    QLineEdit* roadmapEdit() const { return m_roadmap; }
    QSpinBox* monthsBox() const { return m_months; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* readyLabel() const { return m_ready; }
    QLabel* projectScoreLabel() const { return m_projectScore; }
    QListWidget* warningList() const { return m_warningList; }
    QAction* addProjectAction() const { return m_addProject; }
    QAction* removeProjectAction() const { return m_removeProject; }
    // The one-page candidate summary (projects -> KPI -> roadmap item, the Orchestration Impact Score);
    // false with `error` when it cannot be written. exportSummaryAction() asks where first.
    bool exportSummaryPdf(const QString& path, report::PaperSize paper, QString* error = nullptr) const;
    QAction* exportSummaryAction() const { return m_exportSummary; }
    QUndoStack* undoStack() const { return m_undo; }

signals:
    void portfolioChanged(const QString& candidate);  // a project added, edited or removed

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The texts that follow the data (heading, score, reason, the selected project's sentence and
    // warnings); a language switch sets them again without touching the form's typed text.
    void refreshTexts();
    void fillWarnings(const interview::PortfolioProject& project);
    void reload();
    void chooseSummaryExport();
    void fillForm();
    void commitForm();
    void addProject();
    void removeProject();
    void push(std::optional<interview::PortfolioProject> before, std::optional<interview::PortfolioProject> after,
              const QString& text);
    interview::PortfolioProject formProject() const;
    const interview::PortfolioProject* current() const;

    InterviewRecords& m_records;
    QString m_candidate;
    bool m_followLatest = true;
    QList<interview::PortfolioProject> m_projects;
    interview::PortfolioImpact m_impact;
    QList<QList<interview::Mistake>> m_warnings;
    std::int64_t m_currentId = 0;
    QString m_loadProblem;  // why the projects could not be read, empty when they were

    QLabel* m_heading;
    QLabel* m_empty;
    QLabel* m_total;
    QLabel* m_ready;
    PortfolioTableModel* m_model;
    QTableView* m_table;
    QGroupBox* m_form;
    QFormLayout* m_formLayout;
    QLabel* m_beforeLabel;
    QLabel* m_afterLabel;
    QGroupBox* m_warningsBox;
    QLineEdit* m_title;
    QLineEdit* m_teams;
    QLineEdit* m_role;
    QLineEdit* m_metric;
    QDoubleSpinBox* m_before;
    QDoubleSpinBox* m_after;
    QCheckBox* m_lowerIsBetter;
    QComboBox* m_kpi;
    QLineEdit* m_roadmap;
    QSpinBox* m_months;
    QLabel* m_projectScore;
    QListWidget* m_warningList;
    QAction* m_addProject;
    QAction* m_removeProject;
    QAction* m_exportSummary;
    QUndoStack* m_undo;
};

}  // namespace debrief::studio

#pragma once

#include "policyanalyses.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QTableView;

namespace debrief::studio {

class AnalysesBucketModel;
class AnalysesSummaryModel;
class TimeSeriesChartView;

// The Trace Lab's "Analyses" tab: JCT and bounded-slowdown CDFs per policy (ChartStyle's colour and
// dash per policy, 0..100 % of jobs, a log x option), the per-policy figures (waiting, preempted,
// lost work, Jain's fairness) and queueing delay / slowdown by job size and run time for one policy
// or all side by side. Shows what the controller's analyses() holds; nothing of its own.
class AnalysesView : public QWidget {
    Q_OBJECT

public:
    explicit AnalysesView(QWidget* parent = nullptr);

    void setAnalyses(const PolicyAnalysesList& analyses);
    void setLogScale(bool on);
    // Which policy's buckets the table shows: -1 for all side by side, else an index into analyses.
    void showBucketsOf(int policyIndex);

    TimeSeriesChartView* jctChart() const { return m_jct; }
    TimeSeriesChartView* slowdownChart() const { return m_slowdown; }
    QCheckBox* logScaleBox() const { return m_log; }
    QComboBox* policyBox() const { return m_policy; }
    AnalysesBucketModel* bucketModel() const { return m_buckets; }
    AnalysesSummaryModel* summaryModel() const { return m_summary; }
    QTableView* bucketView() const { return m_bucketView; }
    QTableView* summaryView() const { return m_summaryView; }
    QLabel* note() const { return m_note; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void redraw();
    void fillPolicyBox();

    PolicyAnalysesList m_analyses;
    QLabel* m_note;
    QScrollArea* m_scroll = nullptr;  // the whole tab scrolls; named for a screen reader
    TimeSeriesChartView* m_jct;
    TimeSeriesChartView* m_slowdown;
    QCheckBox* m_log;
    AnalysesSummaryModel* m_summary;
    QTableView* m_summaryView;
    QLabel* m_policyLabel;
    QComboBox* m_policy;
    AnalysesBucketModel* m_buckets;
    QTableView* m_bucketView;
};

}  // namespace debrief::studio

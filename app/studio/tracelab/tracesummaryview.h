#pragma once

#include <QWidget>

#include <memory>
#include <string>

class QLabel;

namespace debrief::trace {
struct Trace;
struct TraceNote;
}

namespace debrief::studio {

class BarChartView;

// What was imported, at a glance: format, job count, span, CPU-only jobs, skipped rows, the
// importer's notes, and how many GPUs the jobs ask for.
class TraceSummaryView : public QWidget {
    Q_OBJECT

public:
    explicit TraceSummaryView(QWidget* parent = nullptr);

    void setTrace(const std::shared_ptr<const trace::Trace>& trace, const QString& displayName);
    void clear();

    QString jobsText() const;
    QString sourceText() const;
    QString notesText() const;
    // One of the importer's notes in the UI's language, its counts in the UI's locale (in English,
    // core's own sentence: trace::noteText).
    static QString noteText(const trace::TraceNote& note);
    const BarChartView* gpuHistogram() const { return m_histogram; }
    // Job counts per GPU-count bucket ("0", "1", "2", "3-4", "5-8", ...), empty buckets left out.
    static std::vector<std::pair<QString, std::uint64_t>> gpuBuckets(const trace::Trace& trace);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // labels, chart titles and the shown trace's sentences again

    std::shared_ptr<const trace::Trace> m_trace;  // what is shown, to say it again
    QString m_displayName;
    QList<QLabel*> m_rowLabels;
    QLabel* m_source;
    QLabel* m_format;
    QLabel* m_jobs;
    QLabel* m_span;
    QLabel* m_cpuOnly;
    QLabel* m_skipped;
    QLabel* m_notes;
    BarChartView* m_histogram;
};

}  // namespace debrief::studio

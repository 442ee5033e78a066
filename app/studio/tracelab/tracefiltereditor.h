#pragma once

#include "tracefilter.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace debrief::studio {

// The filters a trace goes through before it is replayed: submit window (hours from the first
// submit), GPU jobs only, users and virtual clusters (several may be checked; none checked: all).
// "Apply" asks the page for a filtered copy, which is built off the UI thread.
class TraceFilterEditor : public QWidget {
    Q_OBJECT

public:
    explicit TraceFilterEditor(QWidget* parent = nullptr);

    // The imported trace (unfiltered): fills the user and virtual-cluster lists, resets the filter.
    void setTrace(const std::shared_ptr<const trace::Trace>& trace);
    TraceFilter filter() const;
    void setFilter(const TraceFilter& filter);
    // After a filter was applied: "keeps N of M jobs".
    void showKept(std::uint64_t kept, std::uint64_t total);
    void setBusy(bool busy);  // Apply and Clear are off while the page imports, filters or replays
    void showFiltering();

    QDoubleSpinBox* fromBox() const { return m_from; }
    QDoubleSpinBox* toBox() const { return m_to; }
    QCheckBox* gpuJobsOnlyBox() const { return m_gpuJobsOnly; }
    QListWidget* userList() const { return m_users; }
    QListWidget* vcList() const { return m_vcs; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* keptLabel() const { return m_kept; }

signals:
    void applyRequested(const debrief::studio::TraceFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();  // every text again; checks, window and the kept count stay
    void setKeptText(std::function<QString()> text);

    std::function<QString()> m_keptText;  // said again after a language switch
    std::shared_ptr<const trace::Trace> m_trace;
    QDoubleSpinBox* m_from;
    QDoubleSpinBox* m_to;
    QCheckBox* m_gpuJobsOnly;
    QListWidget* m_users;
    QListWidget* m_vcs;
    QPushButton* m_apply;
    QPushButton* m_clear;
    QLabel* m_kept;
    QLabel* m_toLabel;
    QLabel* m_windowLabel;
    QLabel* m_namesLabel;
};

}  // namespace debrief::studio

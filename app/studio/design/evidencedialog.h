#pragma once

#include "replayevidence.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace debrief::storage {
class Database;
}

namespace debrief::studio {

// "Attach evidence": every policy comparison of every saved Trace Lab analysis, newest analysis
// first, and which measure the request's expected impact is read from (by default the one its KPI
// needs). A preview shows the number and the sentence before anything is attached.
class EvidenceDialog : public QDialog {
    Q_OBJECT

public:
    EvidenceDialog(const storage::Database& database, const QString& requestTitle, interview::Kpi kpi,
                   QWidget* parent = nullptr);

    const QList<ReplayEvidence>& comparisons() const { return m_comparisons; }
    std::optional<ReplayEvidence> chosen() const;
    ReplayEvidence::Measure measure() const;
    void setMeasure(ReplayEvidence::Measure measure);

    QListWidget* list() const { return m_list; }
    QPushButton* attachButton() const { return m_attach; }
    QString problem() const { return m_problem; }  // why there is nothing to choose

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updatePreview();

    QString m_requestTitle;
    QList<ReplayEvidence> m_comparisons;
    QString m_storageError;  // the database's words when the analyses could not be read
    QString m_problem;
    QLabel* m_caption;
    QLabel* m_measureLabel;
    QListWidget* m_list;
    QComboBox* m_measure;
    QLabel* m_preview;
    QPushButton* m_attach;
};

}  // namespace debrief::studio

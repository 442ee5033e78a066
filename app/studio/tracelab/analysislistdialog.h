#pragma once

#include <QDialog>

#include <cstdint>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace debrief::storage {
class AnalysisStore;
}

namespace debrief::studio {

// "Open analysis...": the saved analyses (name, date, trace, policies), newest first; Open shows
// the chosen one, Delete removes it after asking.
class AnalysisListDialog : public QDialog {
    Q_OBJECT

public:
    AnalysisListDialog(const storage::AnalysisStore& store, QWidget* parent = nullptr);

    std::optional<std::int64_t> chosenId() const;
    QTreeWidget* list() const { return m_list; }
    // Deletes the selected analysis; `confirm` false skips the question (tests).
    bool deleteSelected(bool confirm = true);

private:
    void reload();
    void updateButtons();

    const storage::AnalysisStore& m_store;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_delete;
};

}  // namespace debrief::studio

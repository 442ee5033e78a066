#pragma once

#include <QComboBox>

namespace debrief::studio {

class InterviewRecords;

// The current candidate, for every page that follows one: pick a name from the list, or type a new
// name and press Enter to create that candidate (with their starter drill deck). It follows
// InterviewRecords, so every switcher shows the same candidate.
class CandidateSwitcher : public QComboBox {
    Q_OBJECT

public:
    explicit CandidateSwitcher(InterviewRecords& records, QWidget* parent = nullptr);

    void reload();  // the names again, the current candidate chosen

signals:
    void problem(const QString& text);  // a candidate could not be created, for the status bar

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(const QString& name);

    InterviewRecords& m_records;
};

}  // namespace debrief::studio

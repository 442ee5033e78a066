#pragma once

#include "interview/rubric.h"
#include "storage/sessionsummary.h"

#include <QComboBox>
#include <QList>

#include <cstdint>

namespace debrief::studio {

class InterviewRecords;

// A combo box of the stored sessions, newest first ("23 Nov 2026 16:00 · Live mock · Priya Raman").
// The pages that show one session (Debrief, Maturity Matrix, History's comparison) choose with it.
// It opens on the newest session of the current candidate, and goes there when the candidate changes.
class SessionPicker : public QComboBox {
    Q_OBJECT

public:
    explicit SessionPicker(InterviewRecords& records, QWidget* parent = nullptr);

    void reload();                          // keeps the chosen session when it still exists
    std::int64_t currentSessionId() const;  // 0 when there is none
    bool setCurrentSessionId(std::int64_t id);

    static QString modeTitle(interview::SessionMode mode);
    static QString label(const storage::SessionSummary& summary);
    static QString startedText(const QDateTime& startedAt);  // local date (short) and time to the minute

signals:
    void sessionChosen(std::int64_t id);  // 0 when the list became empty

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();                    // the labels again, in the new language; the chosen session stays
    int newestOfCurrentCandidate() const;  // an index; -1 when the list is empty

    static constexpr int kCandidateRole = Qt::UserRole + 1;

    InterviewRecords& m_records;
};

}  // namespace debrief::studio

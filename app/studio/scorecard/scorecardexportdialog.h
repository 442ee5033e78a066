#pragma once

#include "reportdocument.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <cstdint>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace debrief::studio {

class InterviewRecords;

// File > Export scorecard...: which session (the one on the Debrief page, else the latest), the paper
// size (from the locale unless chosen) and the PDF file; Export writes it with a progress dialog that
// can cancel, reports the result as a status message, and shows the reason when it fails (the old
// file, if any, is kept).
class ScorecardExportDialog : public QDialog {
    Q_OBJECT

public:
    ScorecardExportDialog(const InterviewRecords& records, std::int64_t sessionId, QWidget* parent = nullptr);

    std::int64_t sessionId() const { return m_sessionId; }  // 0: there is no session to export
    QString fileName() const;
    void setFileName(const QString& fileName);
    report::PaperSize paper() const;
    void setPaper(report::PaperSize paper);

    // Writes the PDF; true when it was written (the dialog is then accepted).
    bool exportScorecard();

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void updateButtons();

    const InterviewRecords& m_records;
    std::int64_t m_sessionId = 0;
    QString m_sessionCandidate;
    QDateTime m_sessionStart;
    QString m_sessionProblem;   // the database's words when no session could be read
    QString m_suggestedFolder;  // created on export when the file goes there and it is missing
    QLabel* m_sessionLabel;
    QLabel* m_paperLabel;
    QLabel* m_fileLabel;
    QLabel* m_session;
    QComboBox* m_paper;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
};

}  // namespace debrief::studio

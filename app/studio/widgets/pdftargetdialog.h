#pragma once

#include "reportdocument.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace debrief::studio {

// Where a PDF goes and on which paper: a file (typed or browsed, ".pdf" added when missing) and A4 or
// Letter (the locale's size unless chosen). Used by the exports that have nothing else to ask (the
// committee PDF, the candidate summary).
class PdfTargetDialog : public QDialog {
    Q_OBJECT

public:
    PdfTargetDialog(const QString& title, const QString& suggestedFile, QWidget* parent = nullptr);
    // `title` is asked again after a language switch, so the caller's tr() follows it.
    PdfTargetDialog(std::function<QString()> title, const QString& suggestedFile, QWidget* parent = nullptr);

    QString fileName() const;
    void setFileName(const QString& fileName);
    report::PaperSize paper() const;
    void setPaper(report::PaperSize paper);

    // Creates the suggested folder first when the file goes there and it is missing (a fresh account
    // has no Documents folder); when it cannot, says so with the folder's path and stays open.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void updateButtons();

    std::function<QString()> m_title;
    QString m_suggestedFolder;
    QLabel* m_paperLabel;
    QLabel* m_fileLabel;
    QPushButton* m_browse;
    QComboBox* m_paper;
    QLineEdit* m_path;
    QPushButton* m_ok;
};

}  // namespace debrief::studio

#include "pdftargetdialog.h"

#include "reporterror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace debrief::studio {

PdfTargetDialog::PdfTargetDialog(const QString& title, const QString& suggestedFile, QWidget* parent)
    : PdfTargetDialog([title] { return title; }, suggestedFile, parent)
{
}

PdfTargetDialog::PdfTargetDialog(std::function<QString()> title, const QString& suggestedFile, QWidget* parent)
    : QDialog(parent), m_title(std::move(title)), m_paperLabel(new QLabel(this)), m_fileLabel(new QLabel(this)),
      m_browse(new QPushButton(this)), m_paper(new QComboBox(this)), m_path(new QLineEdit(this)), m_ok(nullptr)
{
    m_paper->addItem(QString(), int(report::PaperSize::A4));
    m_paper->addItem(QString(), int(report::PaperSize::Letter));
    setPaper(report::ReportDocument::paperFor(QLocale::system()));
    m_suggestedFolder = report::ReportDocument::defaultFolder();
    m_path->setText(QDir(m_suggestedFolder).filePath(suggestedFile));
    connect(m_browse, &QPushButton::clicked, this, &PdfTargetDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_paperLabel->setBuddy(m_paper);
    m_fileLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(m_paperLabel, m_paper);
    form->addRow(m_fileLabel, pathRow);
    // Its own accept button: a standard Ok would be renamed back to "OK" by the box on a language switch.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &PdfTargetDialog::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
    resize(560, sizeHint().height());
    updateButtons();
}

void PdfTargetDialog::retranslate()
{
    setWindowTitle(m_title());
    m_paper->setItemText(m_paper->findData(int(report::PaperSize::A4)), tr("A4"));
    m_paper->setItemText(m_paper->findData(int(report::PaperSize::Letter)), tr("Letter"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_path->setAccessibleName(tr("PDF file"));
    m_browse->setText(tr("&Browse..."));
    m_paperLabel->setText(tr("&Paper:"));
    m_fileLabel->setText(tr("&File:"));
    m_ok->setText(tr("E&xport"));
}

void PdfTargetDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString PdfTargetDialog::fileName() const
{
    QString name = m_path->text().trimmed();
    if (!name.isEmpty() && !name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name += QStringLiteral(".pdf");
    return name;
}

void PdfTargetDialog::setFileName(const QString& fileName)
{
    m_path->setText(fileName);
}

report::PaperSize PdfTargetDialog::paper() const
{
    return report::PaperSize(m_paper->currentData().toInt());
}

void PdfTargetDialog::setPaper(report::PaperSize paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

void PdfTargetDialog::accept()
{
    if (QFileInfo(fileName()).absolutePath() == QFileInfo(m_suggestedFolder).absoluteFilePath()) {
        try {
            report::ReportDocument::makeFolder(m_suggestedFolder);
        } catch (const report::ReportError& error) {
            auto* box = new QMessageBox(QMessageBox::Critical, windowTitle(), error.message(), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
    }
    QDialog::accept();
}

void PdfTargetDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("PDF (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void PdfTargetDialog::updateButtons()
{
    m_ok->setEnabled(!m_path->text().trimmed().isEmpty());
}

}  // namespace debrief::studio

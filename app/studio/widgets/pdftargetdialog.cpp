#include "pdftargetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace debrief::studio {

PdfTargetDialog::PdfTargetDialog(const QString& title, const QString& suggestedFile, QWidget* parent)
    : QDialog(parent), m_paper(new QComboBox(this)), m_path(new QLineEdit(this)), m_ok(nullptr)
{
    setWindowTitle(title);
    m_paper->addItem(tr("A4"), int(report::PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(report::PaperSize::Letter));
    setPaper(report::ReportDocument::paperFor(QLocale::system()));
    m_paper->setAccessibleName(tr("Paper size"));
    m_path->setAccessibleName(tr("PDF file"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggestedFile));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &PdfTargetDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&File:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("E&xport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &PdfTargetDialog::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateButtons();
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

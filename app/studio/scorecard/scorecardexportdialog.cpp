#include "scorecardexportdialog.h"

#include "interviewrecords.h"
#include "reporterror.h"
#include "scorecardreport.h"

#include "storage/sessionstore.h"
#include "storage/storageerror.h"

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
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>

namespace debrief::studio {

namespace {
const QString kFolderKey = QStringLiteral("export/scorecardFolder");
}

ScorecardExportDialog::ScorecardExportDialog(const InterviewRecords& records, std::int64_t sessionId, QWidget* parent)
    : QDialog(parent), m_records(records), m_sessionLabel(new QLabel(this)), m_paperLabel(new QLabel(this)),
      m_fileLabel(new QLabel(this)), m_session(new QLabel(this)), m_paper(new QComboBox(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_export(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_session->setWordWrap(true);
    m_paper->addItem(QString(), int(report::PaperSize::A4));
    m_paper->addItem(QString(), int(report::PaperSize::Letter));
    setPaper(report::ReportDocument::paperFor(QLocale::system()));
    m_path->setMinimumWidth(360);

    // The session on the Debrief page, else the latest one.
    std::optional<interview::Session> session;
    try {
        const storage::SessionStore store(records.database());
        if (sessionId > 0)
            session = store.find(sessionId);
        if (!session) {
            const QList<storage::SessionSummary> sessions = store.list();
            if (!sessions.isEmpty())
                session = store.find(sessions.first().id);
        }
    } catch (const storage::StorageError& error) {
        m_sessionProblem = error.message();
    }
    if (session) {
        m_sessionId = session->id;
        m_sessionCandidate = session->candidate;
        m_sessionStart = session->startedAt;
        m_suggestedFolder = QSettings().value(kFolderKey, report::ReportDocument::defaultFolder()).toString();
        const QString name =
            tr("Scorecard %1 %2.pdf")
                .arg(session->candidate, session->startedAt.toLocalTime().toString(Qt::ISODate).left(10))
                .replace(QLatin1Char('/'), QLatin1Char('-'));
        m_path->setText(QDir(m_suggestedFolder).filePath(name));
    }

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    m_paperLabel->setBuddy(m_paper);
    m_fileLabel->setBuddy(m_path);
    form->addRow(m_sessionLabel, m_session);
    form->addRow(m_paperLabel, m_paper);
    form->addRow(m_fileLabel, pathRow);
    form->addRow(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ScorecardExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ScorecardExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Export keeps the dialog open when it fails, so the path can be corrected.
    connect(m_export, &QPushButton::clicked, this, &ScorecardExportDialog::exportScorecard);
    retranslate();
    updateButtons();
}

void ScorecardExportDialog::retranslate()
{
    setWindowTitle(tr("Export scorecard"));
    m_browse->setText(tr("&Browse..."));
    m_export->setText(tr("&Export"));
    m_paper->setItemText(m_paper->findData(int(report::PaperSize::A4)), tr("A4"));
    m_paper->setItemText(m_paper->findData(int(report::PaperSize::Letter)), tr("Letter"));
    m_sessionLabel->setText(tr("Session:"));
    m_paperLabel->setText(tr("&Paper size:"));
    m_fileLabel->setText(tr("&File:"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_path->setAccessibleName(tr("PDF file"));
    if (m_sessionId > 0) {
        const QString date = QLocale().toString(m_sessionStart.toLocalTime(), QLocale::ShortFormat);
        m_session->setText(tr("%1, %2 (session %3)").arg(m_sessionCandidate, date).arg(m_sessionId));
    } else {
        m_session->setText(m_sessionProblem.isEmpty() ? tr("There is no session to export yet.") : m_sessionProblem);
    }
}

void ScorecardExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString ScorecardExportDialog::fileName() const
{
    return m_path->text().trimmed();
}

void ScorecardExportDialog::setFileName(const QString& fileName)
{
    m_path->setText(fileName);
}

report::PaperSize ScorecardExportDialog::paper() const
{
    return report::PaperSize(m_paper->currentData().toInt());
}

void ScorecardExportDialog::setPaper(report::PaperSize paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

void ScorecardExportDialog::updateButtons()
{
    m_export->setEnabled(m_sessionId > 0 && !fileName().isEmpty());
}

void ScorecardExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export scorecard"), fileName(), tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? chosen
                                                                                : chosen + QLatin1String(".pdf"));
}

bool ScorecardExportDialog::exportScorecard()
{
    if (m_sessionId <= 0 || fileName().isEmpty())
        return false;
    const QString path = fileName();
    QProgressDialog progress(tr("Writing the scorecard..."), tr("Cancel"), 0, report::ScorecardReport::kSections, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString failure;
    int pages = 0;
    try {
        if (!m_suggestedFolder.isEmpty() &&
            QFileInfo(path).absolutePath() == QFileInfo(m_suggestedFolder).absoluteFilePath())
            report::ReportDocument::makeFolder(m_suggestedFolder);
        pages = report::ScorecardReport(m_records.database(), m_records.content())
                    .write(m_sessionId, path, paper(), QDateTime::currentDateTimeUtc(), [&progress](int done, int) {
                        progress.setValue(done);  // a window-modal dialog processes events here
                        return !progress.wasCanceled();
                    });
    } catch (const report::ReportError& error) {
        failure = error.message();
    } catch (const storage::StorageError& error) {
        failure = error.message();
    }
    progress.reset();
    if (!failure.isEmpty()) {
        emit statusMessage(tr("Scorecard not exported: %1").arg(failure));
        // Window-modal and not blocking: the dialog stays usable behind it for another try.
        auto* box =
            new QMessageBox(QMessageBox::Critical, tr("Scorecard not exported"), failure, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    emit statusMessage(tr("Scorecard saved to %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    accept();
    return true;
}

}  // namespace debrief::studio

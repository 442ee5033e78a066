#include "evidencedialog.h"

#include "displayformat.h"

#include "interview/metrictranslation.h"
#include "storage/analysisstore.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief::studio {

EvidenceDialog::EvidenceDialog(const storage::Database& database, const QString& requestTitle, interview::Kpi kpi,
                               QWidget* parent)
    : QDialog(parent), m_requestTitle(requestTitle), m_caption(new QLabel(this)), m_measureLabel(new QLabel(this)),
      m_list(new QListWidget(this)), m_measure(new QComboBox(this)), m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    m_list->setObjectName(QStringLiteral("evidenceComparisons"));
    m_measure->setObjectName(QStringLiteral("evidenceMeasure"));
    m_preview->setObjectName(QStringLiteral("evidencePreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(60);

    try {
        const storage::AnalysisStore store(database);
        for (const storage::AnalysisSummary& summary : store.list()) {
            const QList<ReplayEvidence> found = ReplayEvidence::fromAnalysis(store.load(summary.id));
            for (const ReplayEvidence& evidence : found) {
                auto* item = new QListWidgetItem(m_list);  // its text: retranslate()
                item->setData(Qt::UserRole, int(m_comparisons.size()));
                m_comparisons << evidence;
            }
        }
    } catch (const storage::StorageError& error) {
        m_storageError = error.message();
    }

    for (ReplayEvidence::Measure measure : ReplayEvidence::kAllMeasures)
        m_measure->addItem(QString(), int(measure));
    setMeasure(ReplayEvidence::measureFor(kpi));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_attach = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(QStringLiteral("attachEvidence"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_caption->setBuddy(m_list);
    m_measureLabel->setBuddy(m_measure);
    auto* form = new QFormLayout;
    form->addRow(m_measureLabel, m_measure);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(640, 400);

    connect(m_list, &QListWidget::currentRowChanged, this, &EvidenceDialog::updatePreview);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &EvidenceDialog::updatePreview);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    retranslate();  // and the preview
}

void EvidenceDialog::retranslate()
{
    setWindowTitle(tr("Attach evidence to \"%1\"").arg(m_requestTitle));
    m_list->setAccessibleName(tr("Saved replay comparisons"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const ReplayEvidence& evidence = m_comparisons.at(item->data(Qt::UserRole).toInt());
        item->setText(tr("%1: %2 against %3 (%4, %5 jobs)")
                          .arg(evidence.analysisName(), evidence.policy(), evidence.baseline(), evidence.traceName(),
                               DisplayFormat::count(std::uint64_t(evidence.jobCount()))));
    }
    if (!m_storageError.isEmpty())
        m_problem = tr("Cannot read the saved analyses: %1").arg(m_storageError);
    else if (m_comparisons.isEmpty())
        m_problem = tr("No saved Trace Lab analysis compares two policies yet. Replay a trace with two or more "
                       "policies in the Trace Lab and save the analysis.");
    else
        m_problem.clear();
    for (int i = 0; i < m_measure->count(); ++i)
        m_measure->setItemText(i,
                               ReplayEvidence::measureTitle(ReplayEvidence::Measure(m_measure->itemData(i).toInt())));
    m_attach->setText(tr("&Attach"));
    m_caption->setText(tr("&Comparison:"));
    m_measureLabel->setText(tr("Impact &from:"));
    updatePreview();
}

void EvidenceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The switch set the default locale too: numbers and dates in spin boxes and date fields follow it.
        setLocale(QLocale());
        retranslate();
    }
    QDialog::changeEvent(event);
}

std::optional<ReplayEvidence> EvidenceDialog::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_comparisons.value(item->data(Qt::UserRole).toInt());
}

ReplayEvidence::Measure EvidenceDialog::measure() const
{
    return ReplayEvidence::Measure(m_measure->currentData().toInt());
}

void EvidenceDialog::setMeasure(ReplayEvidence::Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void EvidenceDialog::updatePreview()
{
    const std::optional<ReplayEvidence> evidence = chosen();
    const std::optional<double> impact = evidence ? evidence->impactPercent(measure()) : std::nullopt;
    m_attach->setEnabled(impact.has_value());
    if (!evidence) {
        m_preview->setText(m_problem);
        return;
    }
    m_preview->setText(impact
                           ? tr("Expected impact: %1\n%2")
                                 .arg(interview::MetricTranslation::percent(*impact), evidence->evidenceText(measure()))
                           : tr("This comparison cannot measure that: the baseline's number is 0."));
}

}  // namespace debrief::studio

#include "analysislistdialog.h"

#include "displayformat.h"

#include <storage/analysisstore.h>
#include <storage/storageerror.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief::studio {

AnalysisListDialog::AnalysisListDialog(const storage::AnalysisStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_list(new QTreeWidget(this)), m_open(nullptr), m_delete(nullptr)
{
    setWindowTitle(tr("Open analysis"));
    m_list->setHeaderLabels({tr("Name"), tr("Saved"), tr("Trace"), tr("Policies")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Saved analyses"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_delete = buttons->addButton(tr("&Delete..."), QDialogButtonBox::DestructiveRole);
    m_delete->setAccessibleName(tr("Delete the selected analysis"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AnalysisListDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    reload();
}

void AnalysisListDialog::reload()
{
    m_list->clear();
    try {
        for (const storage::AnalysisSummary& summary : m_store.list()) {
            auto* item = new QTreeWidgetItem(
                m_list,
                {summary.name, QLocale().toString(summary.createdAt.toLocalTime(), QLocale::ShortFormat),
                 tr("%1 (%2 jobs)").arg(summary.traceName, DisplayFormat::count(std::uint64_t(summary.jobCount))),
                 summary.policies.join(QStringLiteral(", "))});
            item->setData(0, Qt::UserRole, qint64(summary.id));
        }
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Open analysis"), tr("Cannot read the saved analyses: %1").arg(error.message()));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void AnalysisListDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
}

std::optional<std::int64_t> AnalysisListDialog::chosenId() const
{
    if (const QTreeWidgetItem* item = m_list->currentItem())
        return item->data(0, Qt::UserRole).toLongLong();
    return std::nullopt;
}

bool AnalysisListDialog::deleteSelected(bool confirm)
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    if (confirm &&
        QMessageBox::question(this, tr("Delete analysis"),
                              tr("Delete the saved analysis \"%1\"? This cannot be undone.").arg(item->text(0)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    try {
        m_store.remove(item->data(0, Qt::UserRole).toLongLong());
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Delete analysis"), error.message());
        return false;
    }
    reload();
    return true;
}

}  // namespace debrief::studio

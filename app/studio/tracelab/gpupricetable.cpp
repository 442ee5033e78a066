#include "gpupricetable.h"

#include <QSettings>

namespace debrief::studio {

namespace {
const QString kGroup = QStringLiteral("tracelab/gpuPrices");
const QString kEditedKey = QStringLiteral("tracelab/gpuPricesEdited");
}  // namespace

QList<GpuPriceTable::Entry> GpuPriceTable::presets()
{
    // Editable starting points, not quotes: rough on-demand cloud list prices in USD per GPU-hour
    // (they differ by provider, region and commitment, and change often). Users set their own.
    return {{QStringLiteral("H100"), 4.00},
            {QStringLiteral("H200"), 5.00},
            {QStringLiteral("A100"), 3.00},
            {QStringLiteral("V100"), 2.50}};
}

GpuPriceTable GpuPriceTable::load()
{
    GpuPriceTable table;
    table.m_entries = presets();
    QSettings settings;
    for (Entry& entry : table.m_entries) {
        const QVariant saved = settings.value(kGroup + QLatin1Char('/') + entry.model);
        if (saved.isValid())
            entry.pricePerGpuHour = saved.toDouble();
    }
    const QDateTime edited = settings.value(kEditedKey).toDateTime();
    if (edited.isValid())
        table.m_lastEdited = edited;
    return table;
}

std::optional<double> GpuPriceTable::price(const QString& model) const
{
    for (const Entry& entry : m_entries) {
        if (entry.model == model)
            return entry.pricePerGpuHour;
    }
    return std::nullopt;
}

void GpuPriceTable::setPrice(const QString& model, double pricePerGpuHour)
{
    for (Entry& entry : m_entries) {
        if (entry.model == model) {
            entry.pricePerGpuHour = pricePerGpuHour;
            m_lastEdited = QDateTime::currentDateTimeUtc();
            save();
            return;
        }
    }
}

void GpuPriceTable::resetToPresets()
{
    m_entries = presets();
    m_lastEdited = QDateTime::currentDateTimeUtc();
    save();
}

void GpuPriceTable::save() const
{
    QSettings settings;
    for (const Entry& entry : m_entries)
        settings.setValue(kGroup + QLatin1Char('/') + entry.model, entry.pricePerGpuHour);
    if (m_lastEdited)
        settings.setValue(kEditedKey, *m_lastEdited);
}

}  // namespace debrief::studio

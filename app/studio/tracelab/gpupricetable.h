#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace debrief::studio {

// What a GPU-hour costs per GPU model. Starts from presets for H100, H200, A100 and V100; the user
// edits them, and the table keeps the user's prices in QSettings with the date of the last edit.
class GpuPriceTable {
public:
    struct Entry {
        QString model;
        double pricePerGpuHour = 0.0;  // USD
    };

    static QList<Entry> presets();

    // The presets overlaid with the prices saved in QSettings.
    static GpuPriceTable load();
    const QList<Entry>& entries() const { return m_entries; }
    std::optional<double> price(const QString& model) const;
    // Sets `model`'s price, dates the edit now, and saves the table to QSettings.
    void setPrice(const QString& model, double pricePerGpuHour);
    // Back to the presets (dated now: the user chose them).
    void resetToPresets();
    std::optional<QDateTime> lastEdited() const { return m_lastEdited; }  // none: never edited

private:
    void save() const;

    QList<Entry> m_entries;
    std::optional<QDateTime> m_lastEdited;
};

}  // namespace debrief::studio

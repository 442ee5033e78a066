#pragma once

#include "sharingsession.h"

#include <QAbstractTableModel>

#include <vector>

namespace debrief::studio {

// The Sharing tab's table: per placement, the mean allocation ratio and fragmentation over the
// seeds done so far when the arrived workload equals the cluster's GPU capacity (100 %) and at the
// study's end (130 % by default). Fed whole by the page from the controller's curves.
class SharingCurveModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Placement, Seeds, AllocatedFull, AllocatedEnd, FragmentedFull, FragmentedEnd, ColumnCount };
    static constexpr int kValueRole = Qt::UserRole;  // the number behind a cell (percent), for sorting and tests

    explicit SharingCurveModel(QObject* parent = nullptr);

    void setCurves(const std::vector<SharingSession::Curve>& curves, int endPct);
    int endPct() const { return m_endPct; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();  // the headers say it again in the current language

private:
    std::vector<SharingSession::Curve> m_curves;
    int m_endPct = 130;
};

}  // namespace debrief::studio

#include "sharingcurvemodel.h"

#include "displayformat.h"

namespace debrief::studio {

SharingCurveModel::SharingCurveModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void SharingCurveModel::setCurves(const std::vector<SharingSession::Curve>& curves, int endPct)
{
    beginResetModel();
    m_curves = curves;
    m_endPct = endPct;
    endResetModel();
}

int SharingCurveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_curves.size());
}

int SharingCurveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharingCurveModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() ||
        (role != Qt::DisplayRole && role != kValueRole && role != Qt::TextAlignmentRole))
        return {};
    const SharingSession::Curve& curve = m_curves[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Placement ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Placement)
        return QString::fromUtf8(sharing::placementName(curve.placement));
    if (index.column() == Seeds)
        return curve.seeds;
    const bool full = index.column() == AllocatedFull || index.column() == FragmentedFull;
    const sharing::StudyPoint* point = curve.at(full ? 100 : m_endPct);
    if (!point)
        return role == kValueRole ? QVariant() : QVariant(QStringLiteral("-"));
    const bool allocated = index.column() == AllocatedFull || index.column() == AllocatedEnd;
    const double value = allocated ? point->allocatedPct : point->fragmentationPct;
    if (role == kValueRole)
        return value;
    return DisplayFormat::percent(value / 100.0);
}

QVariant SharingCurveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString end = QString::number(m_endPct);
    switch (section) {
    case Placement: return tr("Placement");
    case Seeds: return tr("Seeds");
    case AllocatedFull: return tr("Allocated at 100 % arrived");
    case AllocatedEnd: return tr("Allocated at %1 % arrived").arg(end);
    case FragmentedFull: return tr("Fragmented at 100 % arrived");
    case FragmentedEnd: return tr("Fragmented at %1 % arrived").arg(end);
    default: return {};
    }
}

void SharingCurveModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace debrief::studio

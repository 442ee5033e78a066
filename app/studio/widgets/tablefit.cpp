#include "tablefit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace debrief::studio {

void fitHeightToRows(QTableView* view, int rows)
{
    const QHeaderView* header = view->horizontalHeader();
    int height = (header->isHidden() ? 0 : header->sizeHint().height()) +
                 std::max(1, rows) * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth();
    if (view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view->horizontalScrollBar());
    view->setFixedHeight(height);
}

}  // namespace debrief::studio

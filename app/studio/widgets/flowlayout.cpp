#include "flowlayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace debrief::studio {

QLayout* labelled(QWidget* label, QWidget* field)
{
    auto* pair = new QHBoxLayout;
    pair->setContentsMargins(0, 0, 0, 0);
    pair->addWidget(label);
    pair->addWidget(field);
    return pair;
}

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::addLayout(QLayout* layout)
{
    addChildLayout(layout);
    addItem(layout);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: everything else can go on a line of its own.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * gap(Qt::Horizontal);
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* owner = parentWidget();
    if (!owner)
        return 6;
    return owner->style()->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType, orientation, nullptr, owner);
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = gap(Qt::Horizontal);
    const int down = gap(Qt::Vertical);
    // Lines of items first, so each line's items can be centred on its height.
    QList<QList<QLayoutItem*>> lines(1);
    int x = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(item->sizeHint().width(), area.width());
        if (!lines.last().isEmpty() && x + across + width > area.width()) {
            lines.append(QList<QLayoutItem*>());
            x = 0;
        }
        x += (lines.last().isEmpty() ? 0 : across) + width;
        lines.last().append(item);
    }
    int y = area.top();
    for (const QList<QLayoutItem*>& line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int height = 0;
        for (const QLayoutItem* item : line)
            height = std::max(height, item->sizeHint().height());
        int left = area.left();
        for (QLayoutItem* item : line) {
            const int width = std::max(item->minimumSize().width(), std::min(item->sizeHint().width(), area.width()));
            const int itemHeight = std::min(height, std::max(item->minimumSize().height(), item->sizeHint().height()));
            if (place)
                item->setGeometry(QRect(left, y + (height - itemHeight) / 2, width, itemHeight));
            left += width + across;
        }
        y += height + down;
    }
    const int used = y == area.top() ? 0 : y - down - area.top();
    return used + contentsMargins().top() + contentsMargins().bottom();
}

}  // namespace debrief::studio

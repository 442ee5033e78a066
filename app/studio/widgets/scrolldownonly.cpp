#include "scrolldownonly.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace debrief::studio {

namespace {

class WidthKeeper : public QObject {
public:
    explicit WidthKeeper(QScrollArea* area) : QObject(area), m_area(area) {}

    void fit() const
    {
        if (const QWidget* content = m_area->widget())
            m_area->setMinimumWidth(content->minimumSizeHint().width() + m_area->verticalScrollBar()->sizeHint().width() +
                                    2 * m_area->frameWidth());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest && watched == m_area->widget())
            fit();
        return false;
    }

private:
    QScrollArea* m_area;
};

}  // namespace

void scrollDownOnly(QScrollArea* area)
{
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* keeper = new WidthKeeper(area);
    if (area->widget())
        area->widget()->installEventFilter(keeper);
    keeper->fit();
}

}  // namespace debrief::studio

#include "scrolldownonly.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace debrief::studio {

namespace {

class WidthKeeper : public QObject {
public:
    explicit WidthKeeper(QScrollArea* area) : QObject(area), m_area(area) {}

    void fit() const
    {
        if (const QWidget* content = m_area->widget())
            // Room for the scroll bar: the style's extent, the width it takes when it appears.
            m_area->setMinimumWidth(content->minimumSizeHint().width() +
                                    m_area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                                 m_area->verticalScrollBar()) +
                                    2 * m_area->frameWidth());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // After the content's layout has handled the request (a filter sees it first), and again when
        // the content is shown: a page built hidden in German measured its English-sized panel before.
        if ((event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) && watched == m_area->widget())
            QMetaObject::invokeMethod(this, [this] { fit(); }, Qt::QueuedConnection);
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

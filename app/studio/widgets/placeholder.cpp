#include "placeholder.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

namespace debrief::studio {

void setWholePlaceholder(QLineEdit* edit, const QString& hint)
{
    edit->setPlaceholderText(hint);
    // The field's frame and margins around its text, as the style draws them, plus the cursor's room.
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = QRect(0, 0, 1000, edit->sizeHint().height());
    const QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const int frame = option.rect.width() - text.width();
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(hint) + frame + 2 * 2 + 2);
}

}  // namespace debrief::studio

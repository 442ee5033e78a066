#pragma once

#include <QLayout>
#include <QList>

namespace debrief::studio {

// Lays its items out left to right and starts a new line when the next one does not fit, like words
// in a paragraph: a page's top row (session picker, viewer, undo and redo) stays one line in a wide
// window and wraps in a narrow one or a long language, rather than widening the page.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    void addLayout(QLayout* layout);  // kept together on one line (a label and its field)
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool place) const;  // the height the items take in rect
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

// A label and its field side by side, for a FlowLayout to keep on one line.
QLayout* labelled(QWidget* label, QWidget* field);

}  // namespace debrief::studio

#pragma once

#include "interview/contentlibrary.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace debrief::studio {

// The 4 x 4 Depth x Vision grid: each cell tinted with the verdict it gives, and a dot per scored
// answer and interviewer (colour per interviewer, label per answer). Painted with QPainter. A click
// or an arrow key picks a current cell (outlined while the view has the focus), which a screen
// reader reads with the cell's verdict and answers (widgets/accessibility.h: a table of cells).
class DepthVisionGridView : public QWidget {
    Q_OBJECT

public:
    struct Point {
        QString interviewer;
        QColor color;
        int depth = 0;   // 1-4
        int vision = 0;  // effective (after the evidence cap), 1-4
        QString label;   // "Q2"
        bool capped = false;
    };

    explicit DepthVisionGridView(QWidget* parent = nullptr);

    void setCells(const interview::VerdictCells& cells);
    void setPoints(const QList<Point>& points);  // points outside 1-4 are not drawn
    QList<Point> points() const { return m_points; }
    static QColor verdictColor(interview::Recommendation recommendation);
    interview::Recommendation verdict(int depth, int vision) const;  // None outside 1-4
    // The cell the user picked (click or arrow keys), 0/0 while none is.
    int currentDepth() const { return m_currentDepth; }
    int currentVision() const { return m_currentVision; }
    void setCurrentCell(int depth, int vision);  // clamped to 1-4
    QRectF cellRect(int depth, int vision) const;  // in widget coordinates, Depth up, Vision right

    QSize sizeHint() const override { return {420, 400}; }
    QSize minimumSizeHint() const override { return {260, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;  // LanguageChange: the axis titles are painted again
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

signals:
    void currentCellChanged(int depth, int vision);

private:
    interview::VerdictCells m_cells{};
    QList<Point> m_points;
    int m_currentDepth = 0;
    int m_currentVision = 0;
};

}  // namespace debrief::studio

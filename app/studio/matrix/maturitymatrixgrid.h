#pragma once

#include "interview/contentlibrary.h"
#include "interview/session.h"

#include <QWidget>

class QLabel;

namespace debrief::studio {

class MatrixCellButton;

// The GPU Orchestration Maturity Matrix as a 4 x 5 grid of clickable cells (dimensions down, levels
// across, the Level 3 bar marked), each with its descriptor and the raters who placed the candidate.
// The arrow keys move between cells; Space or Enter sets the focused one.
class MaturityMatrixGrid : public QWidget {
    Q_OBJECT

public:
    explicit MaturityMatrixGrid(QWidget* parent = nullptr);

    void setText(const interview::MaturityMatrixText& text);
    void setLevels(const interview::MatrixLevels& levels);
    MatrixCellButton* cell(interview::MatrixDimension dimension, int level) const;
    QLabel* levelHeader(int level) const;  // above the level's column
    QLabel* dimensionLabel(interview::MatrixDimension dimension) const;  // left of the dimension's row
    QList<MatrixCellButton*> cells() const { return m_cells; }  // row-major: dimension, then level

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;  // LanguageChange: the level headers again

signals:
    void cellClicked(debrief::interview::MatrixDimension dimension, int level);

private:
    void retranslate();

    QList<QLabel*> m_levelHeaders;     // Level 1 ... Level 5, left to right
    QList<MatrixCellButton*> m_cells;  // row-major: dimension, then level
};

}  // namespace debrief::studio

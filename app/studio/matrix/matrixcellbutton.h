#pragma once

#include "interview/rubric.h"

#include <QAbstractButton>

namespace debrief::studio {

// One cell of the Maturity Matrix grid: a level's title and descriptor, tinted with the colour of each
// rater who placed the candidate there (self, interviewer, or both side by side).
class MatrixCellButton : public QAbstractButton {
    Q_OBJECT

public:
    MatrixCellButton(interview::MatrixDimension dimension, int level, QWidget* parent = nullptr);

    interview::MatrixDimension dimension() const { return m_dimension; }
    int level() const { return m_level; }
    void setDescriptor(const QString& title, const QString& descriptor);
    QString title() const { return m_title; }
    QString descriptor() const { return m_descriptor; }
    void setMarks(bool self, bool interviewer);
    bool selfMarked() const { return m_self; }
    bool interviewerMarked() const { return m_interviewer; }

    // As tall as the title and the whole descriptor need at a width: the text is never cut. A word
    // wider than the cell takes a smaller font, down to kSmallestFont of its own, before it breaks.
    QSize sizeHint() const override { return {kPreferredWidth, heightForWidth(kPreferredWidth)}; }
    QSize minimumSizeHint() const override { return {76, 64}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The lines as drawn at the current width, each with its trailing space.
    QStringList titleLines() const;
    QStringList descriptorLines() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;  // LanguageChange: the accessible texts again

private:
    static constexpr int kPreferredWidth = 120;
    static constexpr qreal kSmallestFont = 0.8;
    void updateAccessibleTexts();
    // The fonts at a text width: smaller, down to kSmallestFont, where the longest word would not fit.
    QFont titleFont(qreal textWidth) const;
    QFont descriptorFont(qreal textWidth) const;

    interview::MatrixDimension m_dimension;
    int m_level;
    QString m_title;
    QString m_descriptor;
    bool m_self = false;
    bool m_interviewer = false;
};

}  // namespace debrief::studio

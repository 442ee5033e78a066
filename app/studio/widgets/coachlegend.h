#pragma once

#include "interview/answercoach.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace debrief::studio {

// What the answer coach's marks mean: one swatch per finding kind, painted with CoachHighlighter's own
// format (the colours live there only), and its meaning in words, translated. A tooltip on each swatch
// says what earns the mark. Shown under every coached answer editor.
class CoachLegend : public QWidget {
    Q_OBJECT

public:
    explicit CoachLegend(QWidget* parent = nullptr);

    static QList<interview::CoachFindingKind> kinds();  // in the order shown
    static QString meaning(interview::CoachFindingKind kind);
    static QString hint(interview::CoachFindingKind kind);  // the swatch's tooltip
    QLabel* swatch(interview::CoachFindingKind kind) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<QLabel*> m_swatches;  // in kinds() order
};

}  // namespace debrief::studio

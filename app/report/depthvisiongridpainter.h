#pragma once

#include "interview/contentlibrary.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

// The Depth x Vision grid for paper: 4 x 4 cells tinted and named by the verdict each gives, and a
// labelled mark for every scored answer of every interviewer (coloured per interviewer; a red ring
// when the Vision score was capped for missing evidence). Vector only: paths, lines and text.
namespace debrief::report {

struct DepthVisionMark {
    QString label;        // "Q3"
    QString interviewer;  // names the colour in the legend
    int depth = 0;        // 1-4
    int vision = 0;       // effective Vision (after the evidence cap), 1-4
    bool capped = false;
};

class DepthVisionGridPainter {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::DepthVisionGridPainter)

public:
    explicit DepthVisionGridPainter(const interview::VerdictCells& cells) : m_cells(cells) {}

    void setMarks(const QList<DepthVisionMark>& marks) { m_marks = marks; }  // outside 1-4: not drawn
    // Interviewers in legend order; their colours are ReportStyle::seriesColor(index). Interviewers of
    // marks that are not listed are appended in order of appearance.
    void setInterviewers(const QStringList& interviewers) { m_interviewers = interviewers; }

    // The height in points to reserve on `device` for the grid about `gridPoints` high when the legend
    // wraps within `widthPoints`: each legend row past the first adds its height, so many interviewers
    // do not shrink the grid.
    qreal heightPoints(const QPaintDevice& device, qreal widthPoints, qreal gridPoints) const;

    // Paints into `target` (device units); the grid stays square and centred, the legend under it wraps
    // onto as many rows as it needs within the target's width.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    QStringList legendOrder() const;

    interview::VerdictCells m_cells{};
    QList<DepthVisionMark> m_marks;
    QStringList m_interviewers;
};

}  // namespace debrief::report

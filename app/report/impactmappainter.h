#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

// The candidate summary's map from each project to the product KPI it moved and the roadmap item it
// feeds, with the project's Orchestration Impact Score at the end of its row: boxes joined by arrows,
// vector only (paths, lines and text). It always fits its target rectangle: the text shrinks down to
// kMinScale of its size, and below that only the highest-scoring projects are drawn, with a line that
// says how many were left out and what they score together.
namespace debrief::report {

struct ImpactMapRow {
    QString project;       // the project's title
    QStringList details;   // smaller lines under the title: role, metric before -> after, teams
    QString kpi;           // the product KPI, for a person
    QString roadmapItem;   // empty: the row says there is none yet
    double score = 0.0;    // the project's Orchestration Impact Score
    QString scoreFormula;  // how the score came about: "3 teams x 15.0 %"
};

class ImpactMapPainter {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::ImpactMapPainter)

public:
    static constexpr qreal kMinScale = 0.55;
    static constexpr qreal kScaleStep = 0.05;

    void setRows(const QList<ImpactMapRow>& rows) { m_rows = rows; }
    // The sum printed under the score column ("Total 307.0"); empty: no total line.
    void setTotal(const QString& totalText) { m_total = totalText; }

    // How the rows fit `target` on `device`: the text scale, and the rows drawn (indices into the rows,
    // in their order); fewer than all only at kMinScale.
    struct Fit {
        qreal scale = 1.0;
        QList<qsizetype> shown;
        qsizetype omitted = 0;
    };
    Fit fit(QPaintDevice* device, const QRectF& target) const;

    void paint(QPainter& painter, const QRectF& target) const;

private:
    struct Geometry;
    Geometry geometry(QPaintDevice* device, const QRectF& target, qreal scale) const;
    qreal rowHeight(QPaintDevice* device, const Geometry& geometry, const ImpactMapRow& row) const;
    qreal headerHeight(QPaintDevice* device, const Geometry& geometry) const;
    qreal footerHeight(QPaintDevice* device, const Geometry& geometry, bool omitted) const;
    QString omittedText(const Fit& fit) const;

    QList<ImpactMapRow> m_rows;
    QString m_total;
};

}  // namespace debrief::report

#include "coachlegend.h"

#include "flowlayout.h"
#include "session/coachhighlighter.h"

#include <QEvent>
#include <QLabel>
#include <QTextCharFormat>

namespace debrief::studio {

using interview::CoachFindingKind;

CoachLegend::CoachLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coachLegend"));
    // The swatches wrap to a second line in a narrow column rather than widen the page.
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (qsizetype i = 0; i < kinds().size(); ++i) {
        auto* swatch = new QLabel(this);
        swatch->setTextFormat(Qt::RichText);
        m_swatches.append(swatch);
        layout->addWidget(swatch);
    }
    retranslate();
}

QList<CoachFindingKind> CoachLegend::kinds()
{
    return {CoachFindingKind::Quantified, CoachFindingKind::Kpi, CoachFindingKind::Team, CoachFindingKind::Proposal,
            CoachFindingKind::Mistake};
}

QString CoachLegend::meaning(CoachFindingKind kind)
{
    switch (kind) {
    case CoachFindingKind::Quantified: return tr("Number with a unit");
    case CoachFindingKind::Kpi: return tr("KPI");
    case CoachFindingKind::Team: return tr("Team or stakeholder");
    case CoachFindingKind::Proposal: return tr("Proposal");
    case CoachFindingKind::Mistake: return tr("Catalogue mistake");
    }
    return {};
}

QString CoachLegend::hint(CoachFindingKind kind)
{
    switch (kind) {
    case CoachFindingKind::Quantified: return tr("A number with a unit (%, $, ms, GPU-hours): the claim is quantified");
    case CoachFindingKind::Kpi: return tr("A KPI word: says which metric moves");
    case CoachFindingKind::Team: return tr("A team or stakeholder named");
    case CoachFindingKind::Proposal: return tr("A proposal: a policy or roadmap item you would change");
    case CoachFindingKind::Mistake:
        return tr("A mistake from the catalogue, underlined in red: point at it for its name and the better form");
    }
    return {};
}

QLabel* CoachLegend::swatch(CoachFindingKind kind) const
{
    const qsizetype at = kinds().indexOf(kind);
    return at < 0 ? nullptr : m_swatches.at(at);
}

void CoachLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();  // the swatches embed their colours: the mistake's red follows the theme
    QWidget::changeEvent(event);
}

void CoachLegend::retranslate()
{
    const QList<CoachFindingKind> shown = kinds();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const CoachFindingKind kind = shown.at(i);
        const QTextCharFormat format = CoachHighlighter::format(kind);
        const QString words = meaning(kind).toHtmlEscaped();
        // The swatch is the mark as the editor paints it: a background, or a red underline for a mistake.
        QString html;
        if (kind == CoachFindingKind::Mistake)
            html = QStringLiteral("<span style=\"text-decoration: underline; color: %1;\">%2</span>")
                       .arg(format.underlineColor().name(), words);
        else
            html = QStringLiteral("<span style=\"background-color: %1; color: %2;\">&nbsp;%3&nbsp;</span>")
                       .arg(format.background().color().name(), format.foreground().color().name(), words);
        m_swatches.at(i)->setText(html);
        m_swatches.at(i)->setToolTip(hint(kind));
        m_swatches.at(i)->setAccessibleName(meaning(kind));
    }
    setAccessibleName(tr("Coach legend"));
}

}  // namespace debrief::studio

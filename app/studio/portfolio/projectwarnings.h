#pragma once

#include "studio/contentlibrary.h"
#include "studio/session.h"

#include <QList>
#include <QString>

namespace debrief::studio {

// The mistake catalogue's warnings for one portfolio project, found by the answer coach's own
// detectors (mistakes.json) on the project told as the candidate would tell it in the screen: "I"
// plus the role, the title, the metric and the roadmap item. The KPI field is left out on purpose: a
// kernel metric filed under "throughput" is still a kernel win with no system number.
class ProjectWarnings {
public:
    static QString spokenText(const PortfolioProject& project);
    static QList<Mistake> find(const ContentLibrary& content, const PortfolioProject& project);
};

}  // namespace debrief::studio

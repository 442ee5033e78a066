#pragma once

#include "interview/contentlibrary.h"
#include "interview/session.h"

#include <QList>
#include <QString>

namespace debrief::studio {

// The mistake catalogue's warnings for one portfolio project, found by the answer coach's own
// detectors (mistakes.json) on the project told as the candidate would tell it in the screen: "I"
// plus the role, the title, the metric and the roadmap item. The KPI field is left out on purpose: a
// kernel metric filed under "throughput" is still a kernel win with no system number.
class ProjectWarnings {
public:
    static QString spokenText(const interview::PortfolioProject& project);
    static QList<interview::Mistake> find(const interview::ContentLibrary& content,
                                          const interview::PortfolioProject& project);
};

}  // namespace debrief::studio

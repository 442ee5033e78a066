#pragma once

#include <replay/cluster.h>

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace debrief::studio {

// A real trace bundled in the executable (resources/demo/) with a cluster it makes sense on, so the
// Trace Lab shows real numbers on first start.
struct DemoTrace {
    Q_DECLARE_TR_FUNCTIONS(DemoTrace)

public:
    QString resourcePath;  // ":/demo/..."
    QString fileName;      // stands in for the file name in messages
    QString title;         // translated, for menus
    replay::Cluster cluster;

    static DemoTrace openb();     // Alibaba openb pods on a pooled 64-GPU cluster
    static DemoTrace tiresias();  // Tiresias 60 jobs on its own n32g4 cluster, packed
    static std::vector<DemoTrace> all();
};

}  // namespace debrief::studio

#include "demotrace.h"

namespace debrief::studio {

DemoTrace DemoTrace::openb()
{
    // The trace's own peak demand is 71 GPUs. On 48 the policies part ways (fifo queues for hours,
    // sjf for minutes) without the queue running away; on 64 they all look alike.
    return {QStringLiteral(":/demo/openb_pod_list_default.csv"), QStringLiteral("openb_pod_list_default.csv"),
            tr("Alibaba openb pods (8,152 jobs) on 48 pooled GPUs"), replay::Cluster::pooled(48, 2.50)};
}

DemoTrace DemoTrace::tiresias()
{
    return {QStringLiteral(":/demo/60_job.csv"), QStringLiteral("60_job.csv"),
            tr("Tiresias 60 jobs on 32 nodes x 4 GPUs"), replay::Cluster::packed(32, 4, 2.50)};
}

std::vector<DemoTrace> DemoTrace::all()
{
    return {openb(), tiresias()};
}

}  // namespace debrief::studio

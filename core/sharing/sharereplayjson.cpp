#include "sharereplayjson.h"

namespace debrief::sharing {

namespace {

void writeSaved(const ShareReplayResult& r, ShareResultSink& out)
{
    out.text("policy", replay::policyName(r.policy));
    out.text("placement", placementName(r.placement));
    out.flag("shareGpus", r.shareGpus);
    out.count("jobs", r.jobs);
    out.count("rejected", r.rejected);
    out.count("cpuOnlyExcluded", r.cpuOnlyExcluded);
    out.count("preemptions", r.preemptions);
    if (const auto& m = r.metrics) {
        out.beginObject("metrics");
        out.number("queueingMean", m->queueingMean);
        out.integer("queueingP50", m->queueingP50);
        out.integer("queueingP95", m->queueingP95);
        out.integer("queueingMax", m->queueingMax);
        out.number("jctMean", m->jctMean);
        out.integer("jctP95", m->jctP95);
        out.integer("makespan", m->makespan);
        out.number("usedGpuHours", m->usedGpuHours);
        out.number("paidGpuHours", m->paidGpuHours);
        out.number("utilization", m->utilization);
        out.number("usedCost", m->usedCost);
        out.number("paidCost", m->paidCost);
        out.endObject();
    }
}

void writeReport(const ShareReplayResult& r, ShareResultSink& out)
{
    out.text("policy", replay::policyName(r.policy));
    out.count("jobs", r.jobs);
    out.beginObject("rejected");
    out.count("count", r.rejected);
    out.lines("lines", r.rejectedLines);
    out.endObject();
    out.count("cpu_only_excluded", r.cpuOnlyExcluded);
    out.count("preemptions", r.preemptions);
    if (const auto& m = r.metrics) {
        out.beginObject("queueing_delay_s");
        out.number("mean", m->queueingMean);
        out.integer("p50", m->queueingP50);
        out.integer("p95", m->queueingP95);
        out.integer("max", m->queueingMax);
        out.endObject();
        out.beginObject("jct_s");
        out.number("mean", m->jctMean);
        out.integer("p95", m->jctP95);
        out.endObject();
        out.integer("makespan_s", m->makespan);
        out.beginObject("gpu_hours");
        out.number("used", m->usedGpuHours);
        out.number("paid", m->paidGpuHours);
        out.endObject();
        out.number("utilization", m->utilization);
        out.beginObject("cost_usd");
        out.number("used", m->usedCost);
        out.number("paid", m->paidCost);
        out.number("idle", m->paidCost - m->usedCost);
        out.endObject();
    }
}

}  // namespace

void writeShareReplayResult(const ShareReplayResult& result, ShareResultSink& sink, ShareResultLayout layout)
{
    switch (layout) {
    case ShareResultLayout::Saved: writeSaved(result, sink); return;
    case ShareResultLayout::Report: writeReport(result, sink); return;
    }
}

}  // namespace debrief::sharing

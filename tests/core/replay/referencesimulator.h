#pragma once

// A deliberately simple replay written straight from /work/shared/docs/replay-semantics.md, to check
// the optimised engine in core/replay against. Every round rebuilds its queues from scratch and
// scans every job (O(n^2) and worse): it is meant to be read, not to be fast. It shares no code
// with core/replay; it only reads the option types and fills a ReplayResult so the two can be
// compared field by field.
//
// Where the document leaves a choice open, this follows the engine's documented choice (each one
// is marked "engine's reading" in referencesimulator.cpp).

#include "replay/simulator.h"
#include "trace/trace.h"

namespace debrief::replay::test {

// Fills jobs, rejected, rejectedLines, preemptions, metrics (fragmentation when packed), the
// per-job jobIndex / start / end arrays and the interruptions (each preempted job's preempted and
// penalty seconds, integrated over time), in trace-index order. Snapshots and run intervals are not
// modelled.
ReplayResult referenceReplay(const trace::Trace& trace, const ReplayOptions& options);

}  // namespace debrief::replay::test

#pragma once

#include "traceformat.h"
#include "tracenote.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::trace {

struct ColumnMapping;

// What a column means to a replay.
enum class ColumnRole : std::uint8_t {
    Id,
    Submit,
    Duration,
    Start,
    End,
    Gpus,
    GpuShare,
    Instances,
    User,
    Vc,
    Priority,
    Status,
    CpuMilli,  // optional: what the job asks of one node (kept in Trace::resources)
    MemoryMib,
    GpuModel,
    Count
};
inline constexpr std::size_t kRoleCount = static_cast<std::size_t>(ColumnRole::Count);

// How the GPUs of a row are counted.
enum class GpuRule : std::uint8_t {
    Count,               // the gpus column is the count ("2.5" rounds up)
    MilliSharePerGpu,    // openb: num_gpu x ceil(gpu_milli / 1000), an empty share = whole GPUs
    PercentPerInstance,  // PAI: inst_num x ceil(plan_gpu / 100), an empty plan_gpu = no GPU
};

// Everything that makes one CSV trace format different from another; the one TableImporter reads
// every format from its spec.
struct TableSpec {
    TraceFormat format = TraceFormat::GenericCsv;
    std::vector<std::string> fixedColumns;                   // headerless formats: the documented column names
    std::array<std::vector<std::string>, kRoleCount> names;  // header names that fill each role
    GpuRule gpuRule = GpuRule::Count;
    bool submitIsStart = false;      // no submit column: the start time stands in (and a note says so)
    bool joinJobTable = false;       // PAI: users come from the optional job table
    std::vector<NoteKind> notes;  // format choices every import of this format states

    bool headerless() const { return !fixedColumns.empty(); }
    std::vector<std::string>& role(ColumnRole r) { return names[static_cast<std::size_t>(r)]; }
    const std::vector<std::string>& role(ColumnRole r) const { return names[static_cast<std::size_t>(r)]; }

    static TableSpec forFormat(TraceFormat format);
    // Generic CSV with the user's explicit mapping instead of the usual names.
    static TableSpec forMapping(const ColumnMapping& mapping);
    static std::string_view roleName(ColumnRole role);
};

}  // namespace debrief::trace

#include "tablespec.h"

#include "traceimporter.h"

namespace debrief::trace {

namespace {

using R = ColumnRole;

TableSpec genericSpec()
{
    TableSpec spec;
    spec.format = TraceFormat::GenericCsv;
    spec.role(R::Submit) = {"submit_time", "submit", "submitted_time", "arrival_time", "timestamp", "creation_time"};
    spec.role(R::Duration) = {"duration", "runtime", "run_time"};
    spec.role(R::Gpus) = {"gpus", "num_gpu", "num_gpus", "gpu_num", "gpu", "scale_factor"};
    spec.role(R::Start) = {"start_time", "start", "started_time"};
    spec.role(R::End) = {"end_time", "end", "finish_time", "finished_time", "completion_time"};
    spec.role(R::User) = {"user", "user_id", "username", "user_name"};
    spec.role(R::Vc) = {"vc", "virtual_cluster", "partition"};
    spec.role(R::Id) = {"job_id", "jobid", "id", "job_name", "name"};
    spec.role(R::Priority) = {"priority"};
    spec.role(R::Status) = {"status", "state", "job_status"};
    return spec;
}

}  // namespace

std::string_view TableSpec::roleName(ColumnRole role)
{
    switch (role) {
    case R::Id: return "id";
    case R::Submit: return "submit";
    case R::Duration: return "duration";
    case R::Start: return "start";
    case R::End: return "end";
    case R::Gpus: return "gpus";
    case R::GpuShare: return "gpu share";
    case R::Instances: return "instances";
    case R::User: return "user";
    case R::Vc: return "vc";
    case R::Priority: return "priority";
    case R::Status: return "status";
    case R::CpuMilli: return "cpu milli";
    case R::MemoryMib: return "memory MiB";
    case R::GpuModel: return "GPU model";
    case R::Count: break;
    }
    return "?";
}

TableSpec TableSpec::forFormat(TraceFormat format)
{
    TableSpec spec;
    spec.format = format;
    switch (format) {
    case TraceFormat::Openb:
        spec.role(R::Id) = {"name"};
        spec.role(R::Submit) = {"creation_time"};
        spec.role(R::Start) = {"scheduled_time"};
        spec.role(R::End) = {"deletion_time"};
        spec.role(R::Gpus) = {"num_gpu"};
        spec.role(R::GpuShare) = {"gpu_milli"};
        spec.role(R::Status) = {"pod_phase"};
        spec.role(R::CpuMilli) = {"cpu_milli"};
        spec.role(R::MemoryMib) = {"memory_mib"};
        spec.role(R::GpuModel) = {"gpu_spec"};
        spec.gpuRule = GpuRule::MilliSharePerGpu;
        spec.notes.push_back(NoteKind::OpenbRules);
        break;
    case TraceFormat::Helios:
        spec.role(R::Id) = {"job_id"};
        spec.role(R::User) = {"user"};
        spec.role(R::Vc) = {"vc"};
        spec.role(R::Gpus) = {"gpu_num"};
        spec.role(R::Status) = {"state"};
        spec.role(R::Submit) = {"submit_time"};
        spec.role(R::Start) = {"start_time"};
        spec.role(R::End) = {"end_time"};
        spec.role(R::Duration) = {"duration"};
        break;
    case TraceFormat::AcmeSeren:
    case TraceFormat::AcmeKalos:
        // Kalos has the Seren columns plus memory and fail/stop times, which a replay does not use.
        spec.role(R::Id) = {"job_id"};
        spec.role(R::User) = {"user"};
        spec.role(R::Gpus) = {"gpu_num"};
        spec.role(R::Status) = {"state"};
        spec.role(R::Submit) = {"submit_time"};
        spec.role(R::Start) = {"start_time"};
        spec.role(R::End) = {"end_time"};
        spec.role(R::Duration) = {"duration"};
        break;
    case TraceFormat::Tiresias:
        spec.role(R::Id) = {"job_id"};
        spec.role(R::Gpus) = {"num_gpu"};
        spec.role(R::Submit) = {"submit_time"};
        spec.role(R::Duration) = {"duration"};
        break;
    case TraceFormat::PaiTask:
        spec.fixedColumns = {"job_name", "task_name", "inst_num", "status",   "start_time",
                             "end_time", "plan_cpu",  "plan_mem", "plan_gpu", "gpu_type"};
        spec.role(R::Id) = {"job_name"};
        spec.role(R::Instances) = {"inst_num"};
        spec.role(R::Status) = {"status"};
        spec.role(R::Start) = {"start_time"};
        spec.role(R::End) = {"end_time"};
        spec.role(R::Gpus) = {"plan_gpu"};
        spec.gpuRule = GpuRule::PercentPerInstance;
        spec.submitIsStart = true;
        spec.joinJobTable = true;
        spec.notes.push_back(NoteKind::PaiTaskRows);
        spec.notes.push_back(NoteKind::PaiNoSubmitTime);
        break;
    case TraceFormat::Auto:
    case TraceFormat::Philly:
    case TraceFormat::GenericCsv: return genericSpec();
    }
    return spec;
}

TableSpec TableSpec::forMapping(const ColumnMapping& mapping)
{
    // The mapping overrides the roles it names; the others are still found by their usual names.
    TableSpec spec = genericSpec();
    if (!mapping.start.empty() || !mapping.end.empty())
        spec.role(R::Duration).clear();  // asked for end - start: a stray duration column must not win
    const auto set = [&spec](ColumnRole role, const std::string& column) {
        if (!column.empty())
            spec.role(role) = {column};
    };
    set(R::Submit, mapping.submit);
    set(R::Duration, mapping.duration);
    set(R::Gpus, mapping.gpus);
    set(R::Start, mapping.start);
    set(R::End, mapping.end);
    set(R::User, mapping.user);
    set(R::Vc, mapping.vc);
    set(R::Id, mapping.id);
    set(R::Priority, mapping.priority);
    set(R::Status, mapping.status);
    return spec;
}

}  // namespace debrief::trace

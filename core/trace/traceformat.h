#pragma once

#include <optional>
#include <string_view>

namespace debrief::trace {

enum class TraceFormat {
    Auto,        // detect from the header or first bytes
    Philly,      // Microsoft Philly cluster_job_log (JSON array)
    PaiTask,     // Alibaba PAI 2020 pai_task_table (headerless CSV), optional pai_job_table
    Openb,       // Alibaba GPU 2023 openb_pod_list_*.csv
    Helios,      // Helios / SenseTime cluster_log.csv
    AcmeSeren,   // Acme / InternLM Seren
    AcmeKalos,   // Acme / InternLM Kalos
    Tiresias,    // Tiresias simulator input
    GenericCsv,  // any CSV with recognised or mapped columns
};

// Command-line names: "philly", "pai", "openb", "helios", "seren", "kalos", "tiresias", "csv".
std::string_view formatName(TraceFormat format);
std::optional<TraceFormat> formatFromName(std::string_view name);

}  // namespace debrief::trace

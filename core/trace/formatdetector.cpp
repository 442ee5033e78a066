#include "formatdetector.h"

#include "fieldparser.h"
#include "importissue.h"
#include "tablespec.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace debrief::trace {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNumber(std::string_view text)
{
    std::int64_t value = 0;
    const FieldError error = FieldParser::count(text, value);
    return error == FieldError::None || error == FieldError::NotWhole;
}

}  // namespace

std::vector<std::string> FormatDetector::firstRecord(std::string_view text)
{
    std::vector<std::string> fields(1);
    bool inQuotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    for (auto& field : fields) {
        field = std::string(FieldParser::trimmed(field));
        std::transform(field.begin(), field.end(), field.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    }
    return fields;
}

bool FormatDetector::looksLikePaiTask(const std::vector<std::string>& f)
{
    // job_name,task_name,inst_num,status,start_time,end_time,plan_cpu,plan_mem,plan_gpu,gpu_type
    if (f.size() != 10 || f[0].empty() || !isNumber(f[2]))
        return false;
    for (std::size_t i : {4, 5, 6, 7, 8}) {
        if (!f[i].empty() && !isNumber(f[i]))
            return false;
    }
    return !isNumber(f[3]) && !f[3].empty();
}

void FormatDetector::checkText(std::string_view head, bool complete, const std::string& file)
{
    if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    // Text traces have no control characters besides tab and line ends.
    const auto control = std::find_if(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\r' && c != '\n';
    });
    if (control != head.end()) {
        const auto line = static_cast<std::uint64_t>(std::count(head.begin(), control, '\n')) + 1;
        throw ImportError(
            {IssueReason::BinaryData, file, line, {}, {}, *control == '\0' ? "NUL byte" : "control character"});
    }
    if (complete && std::all_of(head.begin(), head.end(), isSpace))
        throw ImportError({IssueReason::EmptyFile, file, 0, {}, {}, {}});
}

TraceFormat FormatDetector::detect(std::string_view head, bool complete, const std::string& file)
{
    checkText(head, complete, file);
    if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF")
        head.remove_prefix(3);
    const auto first = std::find_if_not(head.begin(), head.end(), isSpace);
    if (first == head.end())
        throw ImportError({IssueReason::UnknownFormat, file, 0, {}, {}, "the file starts with a lot of blank space"});
    if (*first == '[' || *first == '{')
        return TraceFormat::Philly;

    const auto fields = firstRecord(head.substr(static_cast<std::size_t>(first - head.begin())));
    const auto has = [&fields](std::initializer_list<std::string_view> names) {
        return std::all_of(names.begin(), names.end(), [&fields](std::string_view name) {
            return std::find(fields.begin(), fields.end(), name) != fields.end();
        });
    };
    if (has({"name", "num_gpu", "gpu_milli", "creation_time", "deletion_time", "scheduled_time"}))
        return TraceFormat::Openb;
    if (has({"job_id", "gpu_num", "submit_time", "start_time", "end_time"})) {
        if (has({"mem_per_pod_gb"}) || has({"fail_time", "stop_time"}))
            return TraceFormat::AcmeKalos;
        if (has({"vc"}))
            return TraceFormat::Helios;
        if (has({"gpu_time"}) || has({"node_num", "type"}))
            return TraceFormat::AcmeSeren;
    }
    if (has({"job_id", "num_gpu", "submit_time", "iterations", "model_name", "duration"}))
        return TraceFormat::Tiresias;
    if (looksLikePaiTask(fields) || has({"job_name", "task_name", "inst_num", "plan_gpu"}))
        return TraceFormat::PaiTask;

    // Generic CSV: the usual names of a submit time, a GPU count and a run time (or start and end).
    const TableSpec generic = TableSpec::forFormat(TraceFormat::GenericCsv);
    const auto any = [&fields](const std::vector<std::string>& names) {
        return std::any_of(names.begin(), names.end(), [&fields](const std::string& name) {
            return std::find(fields.begin(), fields.end(), name) != fields.end();
        });
    };
    if (any(generic.role(ColumnRole::Submit)) && any(generic.role(ColumnRole::Gpus)) &&
        (any(generic.role(ColumnRole::Duration)) ||
         (any(generic.role(ColumnRole::Start)) && any(generic.role(ColumnRole::End)))))
        return TraceFormat::GenericCsv;

    std::string header(head.substr(static_cast<std::size_t>(first - head.begin())));
    header = header.substr(0, header.find_first_of("\r\n"));
    throw ImportError({IssueReason::UnknownFormat,
                       file,
                       1,
                       {},
                       header.size() > 80 ? header.substr(0, 80) + "..." : header,
                       "not a known trace header; name the format or map the columns (submit, duration, gpus)"});
}

}  // namespace debrief::trace

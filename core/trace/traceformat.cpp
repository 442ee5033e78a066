#include "traceformat.h"

#include <array>
#include <utility>

namespace debrief::trace {

namespace {

constexpr std::array<std::pair<TraceFormat, std::string_view>, 9> kNames{{
    {TraceFormat::Auto, "auto"},
    {TraceFormat::Philly, "philly"},
    {TraceFormat::PaiTask, "pai"},
    {TraceFormat::Openb, "openb"},
    {TraceFormat::Helios, "helios"},
    {TraceFormat::AcmeSeren, "seren"},
    {TraceFormat::AcmeKalos, "kalos"},
    {TraceFormat::Tiresias, "tiresias"},
    {TraceFormat::GenericCsv, "csv"},
}};

}  // namespace

std::string_view formatName(TraceFormat format)
{
    for (const auto& [value, name] : kNames) {
        if (value == format)
            return name;
    }
    return "unknown";
}

std::optional<TraceFormat> formatFromName(std::string_view name)
{
    for (const auto& [value, known] : kNames) {
        if (known.size() != name.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i) {
            char c = name[i];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            same = c == known[i];
        }
        if (same)
            return value;
    }
    return std::nullopt;
}

}  // namespace debrief::trace

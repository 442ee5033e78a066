#include "traceloader.h"

#include "humanformat.h"
#include "progressbar.h"

#include "trace/traceimporter.h"

#include <stdexcept>

namespace debrief::cli {

std::int64_t parseUtcOffset(std::string_view text)
{
    // "UTC", "Z", "+08:00", "-0700", "+8"
    if (text == "UTC" || text == "Z" || text == "0")
        return 0;
    const bool valid = text.size() >= 2 && (text[0] == '+' || text[0] == '-');
    std::string digits;
    for (char c : text.substr(valid ? 1 : 0))
        if (c != ':')
            digits += c;
    if (!valid || digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != std::string::npos)
        throw UsageError("--tz expects an offset such as +08:00, -07:00 or UTC, not `" + std::string(text) + "`");
    const int value = std::stoi(digits);
    const int hours = digits.size() <= 2 ? value : value / 100;
    const int minutes = digits.size() <= 2 ? 0 : value % 100;
    if (hours > 14 || minutes > 59)
        throw UsageError("--tz offset `" + std::string(text) + "` is out of range (at most +14:00)");
    return (text[0] == '-' ? -1 : 1) * std::int64_t(hours * 3600 + minutes * 60);
}

trace::Trace loadTrace(const CommandLine& line, std::ostream& err)
{
    if (line.positional().size() != 1)
        throw UsageError(line.positional().empty()
                             ? "which trace? give a TRACE file"
                             : "one TRACE file at a time, got " + std::to_string(line.positional().size()));
    trace::ImportOptions options;
    if (const auto format = line.value("format"); format && *format != "auto") {
        const auto parsed = trace::formatFromName(*format);
        if (!parsed)
            throw UsageError("unknown format `" + *format +
                             "` (auto, philly, pai, openb, helios, seren, kalos, tiresias, csv)");
        options.format = *parsed;
    }
    if (const auto map = line.value("map")) {
        try {
            options.mapping = trace::ColumnMapping::parse(*map);
        } catch (const std::invalid_argument& error) {
            throw UsageError(std::string("--map: ") + error.what());
        }
        if (options.format == trace::TraceFormat::Auto)
            options.format = trace::TraceFormat::GenericCsv;
    }
    if (const auto zone = line.value("tz"))
        options.utcOffsetSeconds = parseUtcOffset(*zone);
    options.lenient = line.has("lenient");
    ProgressBar bar("importing");
    options.progress = [&bar](std::uint64_t done, std::uint64_t total) {
        if (total > 0)
            bar.update(double(done) / double(total));
        return true;
    };
    trace::Trace trace = trace::importTrace(line.positional()[0], options);
    bar.finish();
    for (const auto& [reason, skipped] : trace.skipped) {
        err << "skipped " << formatCount(skipped.count) << " row" << (skipped.count == 1 ? "" : "s") << " ("
            << trace::reasonName(reason) << "), first at line";
        for (std::size_t i = 0; i < skipped.firstLines.size(); ++i)
            err << (i == 0 ? " " : ", ") << skipped.firstLines[i];
        err << ": " << skipped.example.message() << "\n";
    }
    return trace;
}

}  // namespace debrief::cli

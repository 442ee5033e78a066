#include "traceimporter.h"

#include "bytesource.h"
#include "fieldparser.h"
#include "formatdetector.h"
#include "phillyimporter.h"
#include "tableimporter.h"
#include "tablespec.h"
#include "tracebuilder.h"

#include <stdexcept>

namespace debrief::trace {

namespace {

constexpr std::size_t kDetectBytes = 64 * 1024;

std::string_view trim(std::string_view text)
{
    return FieldParser::trimmed(text);
}

TraceFormat resolveFormat(ByteSource& source, const ImportOptions& options)
{
    const std::string_view head = source.peek(kDetectBytes);
    const bool complete = head.size() < kDetectBytes;
    if (options.format != TraceFormat::Auto || !options.mapping.empty()) {
        // A named format (or a mapping, which means generic CSV) still needs readable text.
        FormatDetector::checkText(head, complete, source.name());
        return options.format != TraceFormat::Auto ? options.format : TraceFormat::GenericCsv;
    }
    return FormatDetector::detect(head, complete, source.name());
}

Trace importFrom(ByteSource& source, const ImportOptions& options)
{
    Trace trace;
    trace.format = resolveFormat(source, options);
    TraceBuilder builder(trace, source.name(), options.lenient);
    if (trace.format == TraceFormat::Philly) {
        PhillyImporter(options, builder).run(source);
    } else {
        TableSpec spec = trace.format == TraceFormat::GenericCsv && !options.mapping.empty()
                             ? TableSpec::forMapping(options.mapping)
                             : TableSpec::forFormat(trace.format);
        TableImporter(std::move(spec), options, builder).run(source);
    }
    builder.finish();
    return trace;
}

}  // namespace

ColumnMapping ColumnMapping::parse(std::string_view text)
{
    ColumnMapping mapping;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = trim(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        if (item.empty())
            continue;
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos)
            throw std::invalid_argument("column mapping `" + std::string(item) + "` has no `=` (use key=COLUMN)");
        const std::string_view key = trim(item.substr(0, equals));
        const std::string_view column = trim(item.substr(equals + 1));
        if (column.empty())
            throw std::invalid_argument("column mapping key `" + std::string(key) + "` has no column name");
        std::string* slot = nullptr;
        if (key == "submit")
            slot = &mapping.submit;
        else if (key == "duration")
            slot = &mapping.duration;
        else if (key == "gpus")
            slot = &mapping.gpus;
        else if (key == "start")
            slot = &mapping.start;
        else if (key == "end")
            slot = &mapping.end;
        else if (key == "user")
            slot = &mapping.user;
        else if (key == "vc")
            slot = &mapping.vc;
        else if (key == "id")
            slot = &mapping.id;
        else if (key == "priority")
            slot = &mapping.priority;
        else if (key == "status")
            slot = &mapping.status;
        if (!slot)
            throw std::invalid_argument("unknown column mapping key `" + std::string(key) +
                                        "` (known: submit, duration, gpus, start, end, user, vc, id, priority, "
                                        "status)");
        *slot = std::string(column);
    }
    return mapping;
}

bool ColumnMapping::empty() const
{
    return submit.empty() && duration.empty() && gpus.empty() && start.empty() && end.empty() && user.empty() &&
           vc.empty() && id.empty() && priority.empty() && status.empty();
}

TraceFormat detectFormat(const std::string& path)
{
    ByteSource source(path, {});
    const std::string_view head = source.peek(kDetectBytes);
    return FormatDetector::detect(head, head.size() < kDetectBytes, path);
}

Trace importTrace(const std::string& path, const ImportOptions& options)
{
    ByteSource source(path, options.progress);
    return importFrom(source, options);
}

Trace importTrace(std::istream& in, const std::string& name, const ImportOptions& options)
{
    ByteSource source(in, name, options.progress);
    return importFrom(source, options);
}

}  // namespace debrief::trace

// The Philly importer (a streamed JSON array of job records), strict and lenient.

#include "fuzzinput.h"
#include "trace/importissue.h"
#include "trace/traceimporter.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    for (const bool lenient : {false, true}) {
        fuzz::MemoryStream in(reinterpret_cast<const char*>(data), size);
        trace::ImportOptions options;
        options.format = trace::TraceFormat::Philly;
        options.lenient = lenient;
        try {
            fuzz::checkTrace(trace::importTrace(in, "cluster_job_log", options));
        } catch (const trace::ImportError&) {
        }
    }
    return 0;
}

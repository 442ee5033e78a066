#pragma once

#include "sharereplay.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace debrief::sharing {

// Where writeShareReplayResult puts a result's fields: a JSON writer of the caller's (the CLI's
// streaming writer, the studio's QJsonObject), so core stays free of any JSON library.
class ShareResultSink {
public:
    virtual ~ShareResultSink() = default;
    virtual void beginObject(std::string_view key) = 0;  // a nested object under `key`
    virtual void endObject() = 0;
    virtual void text(std::string_view key, std::string_view value) = 0;
    virtual void flag(std::string_view key, bool value) = 0;
    virtual void count(std::string_view key, std::uint64_t value) = 0;
    virtual void integer(std::string_view key, std::int64_t value) = 0;
    virtual void number(std::string_view key, double value) = 0;
    virtual void lines(std::string_view key, const std::vector<std::uint32_t>& values) = 0;  // an array
};

enum class ShareResultLayout {
    // What a saved Trace Lab analysis keeps (the Sharing tab reopens from it): camelCase, the
    // replay's choices (policy, placement, shareGpus) and the metrics flat under "metrics".
    Saved,
    // `debrief-cli replay --node-list --json`'s per-policy result: snake_case, grouped by unit
    // (queueing_delay_s, jct_s, gpu_hours, cost_usd with idle = paid - used), rejected lines listed.
    Report,
};

// The fields of one ShareReplayResult, in `layout`, written into the object the sink has open.
// The per-job vectors are never written.
void writeShareReplayResult(const ShareReplayResult& result, ShareResultSink& sink, ShareResultLayout layout);

}  // namespace debrief::sharing

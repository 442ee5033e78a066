#pragma once

#include "fieldparser.h"
#include "tablespec.h"
#include "tracebuilder.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace debrief::trace {

class ByteSource;
struct ImportOptions;

// The one importer of every CSV trace: a CsvReader feeding rows through the column roles, time
// encoding and GPU rule of a TableSpec into a TraceBuilder.
class TableImporter {
public:
    TableImporter(TableSpec spec, const ImportOptions& options, TraceBuilder& builder);
    void run(ByteSource& source);

private:
    struct RowError {
        IssueReason reason;
        int column;
        std::string_view value;
        std::string detail;
    };

    void mapColumns(const std::vector<std::string_view>& header, std::uint64_t line);
    void loadJobTable(const std::string& path);
    // Fills `job` from one record, or says what is wrong with it.
    bool readRow(const std::vector<std::string_view>& fields, Job& job, JobExtras& extras, RowError& error);
    bool readTime(const std::vector<std::string_view>& fields, int column, std::int64_t& value, RowError& error);
    bool fieldError(FieldError code, int column, std::string_view value, RowError& error);
    // The plain row of most large traces (submit, duration and GPU count as plain digits, names
    // interned, nothing else mapped): read without readRow's general cases. False, with `job` and
    // the trace untouched, whenever the row needs them (any other shape, an empty field, an error),
    // so readRow then reads it exactly as it always does.
    bool readPlainRow(const std::vector<std::string_view>& fields, Job& job);
    void choosePlainPath();
    // The optional per-job resource columns of one record, into m_rowResources.
    bool readResources(const std::vector<std::string_view>& fields, const Job& job, RowError& error);
    void keepResources();
    std::uint32_t intern(std::string_view name);
    int column(ColumnRole role) const { return m_columns[static_cast<std::size_t>(role)]; }

    TableSpec m_spec;
    const ImportOptions& m_options;
    TraceBuilder& m_builder;
    Trace& m_trace;
    std::array<int, kRoleCount> m_columns{};
    std::vector<std::string> m_header;  // as written in the file, for messages
    std::size_t m_fieldCount = 0;
    // Set by choosePlainPath() when the mapped columns allow readPlainRow.
    struct PlainColumns {
        bool usable = false;
        std::size_t submit = 0, duration = 0, gpus = 0;
        int user = -1, vc = -1;
    } m_plain;

    // The resource columns of the record being read; kept once the job is.
    struct RowResources {
        std::uint32_t cpuMilli = 0;
        std::uint32_t memoryMib = 0;
        std::uint16_t gpuMilli = 0;
        std::uint32_t gpuModel = kNoName;
    } m_rowResources;

    // A name of up to 32 bytes as its size and up to four words that hold every byte of it (loaded
    // whole, overlapping for sizes between powers of two): hashed and compared a word at a time.
    struct NameKey {
        std::uint64_t words[4] = {};
        std::uint32_t size = 0;
        bool operator==(const NameKey&) const = default;
    };
    struct NameSlot {
        NameKey key;  // the name itself, so a hit needs no trip to the string table
        std::uint32_t index = kNoName;
    };
    // Names repeat on almost every row; a small direct-mapped cache in front of the interning
    // table's hash map saves most of its lookups. It starts at 64 slots and grows (emptied: it is
    // only a cache) while the distinct names fill more than an eighth of it, up to 4,096: a 6-job file
    // no longer zero-fills 192 KB of slots it never uses.
    std::vector<NameSlot> m_nameCache;
    unsigned m_nameCacheShift = 0;  // 64 - log2(slots): the top bits of a hash pick the slot
    void growNameCache();

    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_jobUsers;  // PAI job table
    bool m_haveJobTable = false;
    std::uint64_t m_notInJobTable = 0;
};

}  // namespace debrief::trace

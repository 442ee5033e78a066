#include "tableimporter.h"

#include "bytesource.h"
#include "csvreader.h"
#include "fieldparser.h"
#include "traceimporter.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

namespace debrief::trace {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    a = FieldParser::trimmed(a);
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (std::tolower(x) != std::tolower(y))
            return false;
    }
    return true;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

std::uint64_t load64(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

std::uint64_t load32(const char* p)
{
    std::uint32_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

constexpr unsigned kFirstNameCacheBits = 6;
constexpr unsigned kMostNameCacheBits = 12;

}  // namespace

TableImporter::TableImporter(TableSpec spec, const ImportOptions& options, TraceBuilder& builder)
    : m_spec(std::move(spec)), m_options(options), m_builder(builder), m_trace(builder.trace()),
      m_nameCache(std::size_t(1) << kFirstNameCacheBits), m_nameCacheShift(64 - kFirstNameCacheBits)
{
    m_columns.fill(-1);
}

void TableImporter::growNameCache()
{
    const unsigned bits = std::min(64 - m_nameCacheShift + 2, kMostNameCacheBits);
    m_nameCache.assign(std::size_t(1) << bits, NameSlot{});
    m_nameCacheShift = 64 - bits;
}

std::uint32_t TableImporter::intern(std::string_view name)
{
    if (name.empty())
        return kNoName;
    NameKey key;
    if (name.size() > sizeof(key.words))
        return m_trace.names.add(name);
    // Whole-word loads from the field itself: given the size, the words determine the name.
    const char* p = name.data();
    const std::size_t n = name.size();
    key.size = static_cast<std::uint32_t>(n);
    // Multiply-xor over the words that can be non-zero (most names fit one word); the top bits of
    // the mixed product pick the slot.
    std::uint64_t mixed = n;
    if (n <= 3) {
        key.words[0] = std::uint64_t(std::uint8_t(p[0])) | std::uint64_t(std::uint8_t(p[n / 2])) << 8 |
                       std::uint64_t(std::uint8_t(p[n - 1])) << 16;
        mixed ^= key.words[0] * 0x9E3779B97F4A7C15ull;
    } else if (n <= 8) {
        key.words[0] = load32(p) | load32(p + n - 4) << 32;
        mixed ^= key.words[0] * 0x9E3779B97F4A7C15ull;
    } else if (n <= 16) {
        key.words[0] = load64(p);
        key.words[1] = load64(p + n - 8);
        mixed ^= (key.words[0] * 0x9E3779B97F4A7C15ull) ^ (key.words[1] * 0xC2B2AE3D27D4EB4Full);
    } else {
        key.words[0] = load64(p);
        key.words[1] = load64(p + 8);
        key.words[2] = load64(p + n - 16);
        key.words[3] = load64(p + n - 8);
        mixed ^= (key.words[0] * 0x9E3779B97F4A7C15ull) ^ (key.words[1] * 0xC2B2AE3D27D4EB4Full) ^
                 (key.words[2] * 0x165667B19E3779F9ull) ^ (key.words[3] * 0x27D4EB2F165667C5ull);
    }
    const std::uint64_t hash = (mixed ^ (mixed >> 29)) * 0x94D049BB133111EBull;
    NameSlot* slot = &m_nameCache[hash >> m_nameCacheShift];
    // A slot's unused words are zero like the key's, so a name of one word compares one word.
    if (slot->index != kNoName && slot->key.size == key.size && slot->key.words[0] == key.words[0] &&
        (n <= 8 || slot->key == key))
        return slot->index;
    const std::uint32_t index = m_trace.names.add(name);
    if (m_trace.names.size() * 8 > m_nameCache.size() && m_nameCacheShift > 64 - kMostNameCacheBits) {
        growNameCache();
        slot = &m_nameCache[hash >> m_nameCacheShift];
    }
    slot->index = index;
    slot->key = key;
    return index;
}

void TableImporter::mapColumns(const std::vector<std::string_view>& header, std::uint64_t line)
{
    m_header.assign(header.begin(), header.end());
    for (auto& name : m_header)
        name = std::string(FieldParser::trimmed(name));
    m_fieldCount = header.size();
    for (std::size_t r = 0; r < kRoleCount; ++r) {
        for (const std::string& wanted : m_spec.names[r]) {
            const auto found = std::find_if(header.begin(), header.end(),
                                            [&](std::string_view name) { return sameName(name, wanted); });
            if (found != header.end()) {
                m_columns[r] = static_cast<int>(found - header.begin());
                break;
            }
        }
    }
    const auto missing = [&](ColumnRole role, std::string detail) {
        const auto& names = m_spec.role(role);
        const std::string column = names.empty() ? std::string(TableSpec::roleName(role)) : names.front();
        throw ImportError({IssueReason::MissingColumn, m_builder.file(), line, column, {}, std::move(detail)});
    };
    const auto lookedFor = [&](ColumnRole role) {
        return m_spec.role(role).empty() ? std::string("nothing mapped") : "looked for " + joined(m_spec.role(role));
    };
    if (m_spec.submitIsStart) {
        if (column(ColumnRole::Start) < 0)
            missing(ColumnRole::Start, lookedFor(ColumnRole::Start));
    } else if (column(ColumnRole::Submit) < 0) {
        missing(ColumnRole::Submit, lookedFor(ColumnRole::Submit));
    }
    if (column(ColumnRole::Duration) < 0 && (column(ColumnRole::Start) < 0 || column(ColumnRole::End) < 0)) {
        std::string detail = lookedFor(ColumnRole::Duration);
        detail += m_spec.role(ColumnRole::Duration).empty() ? "" : ", ";
        detail += "or both start and end columns";
        missing(m_spec.role(ColumnRole::Duration).empty() ? ColumnRole::End : ColumnRole::Duration, detail);
    }
    if (column(ColumnRole::Gpus) < 0)
        missing(ColumnRole::Gpus, lookedFor(ColumnRole::Gpus));
    if (m_spec.gpuRule == GpuRule::PercentPerInstance && column(ColumnRole::Instances) < 0)
        missing(ColumnRole::Instances, lookedFor(ColumnRole::Instances));
}

void TableImporter::loadJobTable(const std::string& path)
{
    // pai_job_table: job_name,inst_id,user,status,start_time,end_time
    ByteSource source(path, {});
    CsvReader reader(source);
    constexpr std::size_t kJobFields = 6;
    bool first = true;
    while (reader.next()) {
        const auto& fields = reader.fields();
        if (first && !fields.empty() && sameName(fields[0], "job_name")) {
            first = false;
            continue;  // someone put the separately shipped header on top
        }
        first = false;
        if (fields.size() != kJobFields) {
            m_builder.reject({IssueReason::WrongFieldCount,
                              path,
                              reader.line(),
                              {},
                              {},
                              "expected 6 fields, found " + std::to_string(fields.size())});
            continue;
        }
        m_jobUsers.emplace(std::string(fields[0]), intern(fields[2]));
    }
    m_haveJobTable = true;
}

bool TableImporter::fieldError(FieldError code, int column, std::string_view value, RowError& error)
{
    if (code == FieldError::None)
        return true;
    error.column = column;
    error.value = value;
    switch (code) {
    case FieldError::NotWhole:
        error.reason = IssueReason::NotANumber;
        error.detail = "not a whole number";
        break;
    case FieldError::Negative: error.reason = IssueReason::Negative; break;
    case FieldError::Overflow: error.reason = IssueReason::Overflow; break;
    case FieldError::ImpossibleDate: error.reason = IssueReason::ImpossibleDate; break;
    default: error.reason = IssueReason::NotANumber; break;
    }
    return false;
}

bool TableImporter::readTime(const std::vector<std::string_view>& fields, int column, std::int64_t& value,
                             RowError& error)
{
    bool isDate = false;
    const std::string_view text = fields[static_cast<std::size_t>(column)];
    if (!fieldError(FieldParser::time(text, m_options.utcOffsetSeconds, value, isDate), column, text, error))
        return false;
    if (isDate)
        m_builder.noteDate();
    return true;
}

bool TableImporter::readRow(const std::vector<std::string_view>& fields, Job& job, JobExtras& extras, RowError& error)
{
    if (fields.size() != m_fieldCount) {
        error = {IssueReason::WrongFieldCount,
                 -1,
                 {},
                 "expected " + std::to_string(m_fieldCount) + " fields, found " + std::to_string(fields.size())};
        return false;
    }
    const auto field = [&](int c) { return c < 0 ? std::string_view{} : fields[static_cast<std::size_t>(c)]; };
    const auto missingValue = [&](int c, std::string detail) {
        error = {IssueReason::MissingValue, c, {}, std::move(detail)};
        return false;
    };

    const int submitColumn = column(m_spec.submitIsStart ? ColumnRole::Start : ColumnRole::Submit);
    if (field(submitColumn).empty())
        return missingValue(submitColumn, m_spec.submitIsStart ? "the task never started and the trace has no "
                                                                 "submit time"
                                                               : std::string());
    if (!readTime(fields, submitColumn, job.submit, error))
        return false;

    const int startColumn = column(ColumnRole::Start);
    const int endColumn = column(ColumnRole::End);
    const bool hasStart = !field(startColumn).empty();
    if (hasStart && !readTime(fields, startColumn, extras.traceStart, error))
        return false;

    const int durationColumn = column(ColumnRole::Duration);
    if (!field(durationColumn).empty()) {
        const std::string_view text = field(durationColumn);
        if (!fieldError(FieldParser::count(text, job.duration), durationColumn, text, error))
            return false;
    } else if (startColumn >= 0 && endColumn >= 0) {
        if (!hasStart) {
            job.duration = 0;
            m_builder.noteNotStarted();
        } else if (field(endColumn).empty()) {
            job.duration = 0;
            m_builder.noteUnfinished();
        } else {
            std::int64_t end = 0;
            if (!readTime(fields, endColumn, end, error))
                return false;
            if (end < extras.traceStart) {
                error = {IssueReason::Negative, endColumn, field(endColumn),
                         "ends before its start `" + std::string(field(startColumn)) + "`"};
                return false;
            }
            job.duration = end - extras.traceStart;
        }
    } else {
        return missingValue(durationColumn, {});
    }

    const int gpuColumn = column(ColumnRole::Gpus);
    const std::string_view gpuText = field(gpuColumn);
    switch (m_spec.gpuRule) {
    case GpuRule::Count:
        if (gpuText.empty())
            return missingValue(gpuColumn, {});
        if (!fieldError(FieldParser::shareRoundedUp(gpuText, 1, job.gpus), gpuColumn, gpuText, error))
            return false;
        break;
    case GpuRule::MilliSharePerGpu:
    case GpuRule::PercentPerInstance: {
        const bool perGpu = m_spec.gpuRule == GpuRule::MilliSharePerGpu;
        const int countColumn = perGpu ? gpuColumn : column(ColumnRole::Instances);
        const int shareColumn = perGpu ? column(ColumnRole::GpuShare) : gpuColumn;
        const std::string_view countText = field(countColumn);
        std::uint32_t count = 0;
        if (countText.empty())
            return missingValue(countColumn, {});
        if (!fieldError(FieldParser::shareRoundedUp(countText, 1, count), countColumn, countText, error))
            return false;
        // openb: no share means whole GPUs; PAI: no plan_gpu means the task asked for no GPU.
        std::uint32_t each = perGpu ? 1 : 0;
        const std::string_view shareText = field(shareColumn);
        if (!shareText.empty() && !fieldError(FieldParser::shareRoundedUp(shareText, perGpu ? 1000 : 100, each),
                                              shareColumn, shareText, error))
            return false;
        const std::uint64_t gpus = std::uint64_t{count} * each;
        if (gpus > std::numeric_limits<std::uint32_t>::max())
            return fieldError(FieldError::Overflow, shareColumn, shareText, error);
        job.gpus = static_cast<std::uint32_t>(gpus);
        break;
    }
    }

    if (!readResources(fields, job, error))
        return false;
    if (const int c = column(ColumnRole::Priority); c >= 0 && !field(c).empty()) {
        if (!fieldError(FieldParser::priority(field(c), extras.priority), c, field(c), error))
            return false;
    }
    if (const int c = column(ColumnRole::Status); c >= 0)
        extras.status = FieldParser::status(field(c));
    if (const int c = column(ColumnRole::User); c >= 0)
        job.user = intern(field(c));
    if (const int c = column(ColumnRole::Vc); c >= 0)
        job.vc = intern(field(c));
    if (const int c = column(ColumnRole::Id); c >= 0) {
        const std::string_view id = field(c);
        if (m_haveJobTable) {
            if (auto it = m_jobUsers.find(id); it != m_jobUsers.end())
                job.user = it->second;
            else
                ++m_notInJobTable;
        }
        extras.id = m_trace.ids.add(id);
    }
    return true;
}

void TableImporter::choosePlainPath()
{
    // Every role readRow would read beyond submit, duration, GPU count, user and vc rules it out.
    m_plain = {};
    const auto has = [&](ColumnRole role) { return column(role) >= 0; };
    if (m_spec.submitIsStart || m_spec.gpuRule != GpuRule::Count || !has(ColumnRole::Submit) ||
        !has(ColumnRole::Duration) || !has(ColumnRole::Gpus))
        return;
    for (ColumnRole role : {ColumnRole::Start, ColumnRole::CpuMilli, ColumnRole::MemoryMib, ColumnRole::GpuModel,
                            ColumnRole::Priority, ColumnRole::Status, ColumnRole::Id}) {
        if (has(role))
            return;
    }
    m_plain.usable = true;
    m_plain.submit = std::size_t(column(ColumnRole::Submit));
    m_plain.duration = std::size_t(column(ColumnRole::Duration));
    m_plain.gpus = std::size_t(column(ColumnRole::Gpus));
    m_plain.user = column(ColumnRole::User);
    m_plain.vc = column(ColumnRole::Vc);
}

bool TableImporter::readPlainRow(const std::vector<std::string_view>& fields, Job& job)
{
    // The values readRow would give: time(), count() and shareRoundedUp(, 1) read plain digits
    // with this same FieldParser::plainDigits first.
    std::int64_t submit = 0, duration = 0, gpus = 0;
    if (fields.size() != m_fieldCount || !FieldParser::plainDigits(fields[m_plain.submit], submit) ||
        !FieldParser::plainDigits(fields[m_plain.duration], duration) ||
        !FieldParser::plainDigits(fields[m_plain.gpus], gpus) || gpus > std::numeric_limits<std::uint32_t>::max())
        return false;
    job.submit = submit;
    job.duration = duration;
    job.gpus = static_cast<std::uint32_t>(gpus);
    if (m_plain.user >= 0)
        job.user = intern(fields[std::size_t(m_plain.user)]);
    if (m_plain.vc >= 0)
        job.vc = intern(fields[std::size_t(m_plain.vc)]);
    return true;
}

bool TableImporter::readResources(const std::vector<std::string_view>& fields, const Job& job, RowError& error)
{
    const auto field = [&](int c) { return c < 0 ? std::string_view{} : fields[static_cast<std::size_t>(c)]; };
    RowResources& row = m_rowResources;
    row = RowResources{};
    // An empty CPU or memory field asks for none; values are rounded up to whole milli / MiB.
    for (const auto& [role, value] :
         {std::pair{ColumnRole::CpuMilli, &row.cpuMilli}, std::pair{ColumnRole::MemoryMib, &row.memoryMib}}) {
        const int c = column(role);
        if (c >= 0 && !field(c).empty() &&
            !fieldError(FieldParser::shareRoundedUp(field(c), 1, *value), c, field(c), error))
            return false;
    }
    if (m_spec.gpuRule == GpuRule::MilliSharePerGpu) {
        // The share of each GPU: an empty share is a whole GPU; a share above one GPU was already
        // rounded up to whole GPUs in job.gpus.
        std::uint32_t milli = JobResources::kWholeGpu;
        const int c = column(ColumnRole::GpuShare);
        if (c >= 0 && !field(c).empty() &&
            !fieldError(FieldParser::shareRoundedUp(field(c), 1, milli), c, field(c), error))
            return false;
        row.gpuMilli = job.gpus == 0 ? 0 : std::uint16_t(std::min<std::uint32_t>(milli, JobResources::kWholeGpu));
    }
    if (const int c = column(ColumnRole::GpuModel); c >= 0)
        row.gpuModel = intern(FieldParser::trimmed(field(c)));
    return true;
}

void TableImporter::keepResources()
{
    JobResources& resources = m_trace.resources;
    if (column(ColumnRole::CpuMilli) >= 0)
        resources.cpuMilli.push_back(m_rowResources.cpuMilli);
    if (column(ColumnRole::MemoryMib) >= 0)
        resources.memoryMib.push_back(m_rowResources.memoryMib);
    if (m_spec.gpuRule == GpuRule::MilliSharePerGpu && column(ColumnRole::GpuShare) >= 0)
        resources.gpuMilli.push_back(m_rowResources.gpuMilli);
    if (column(ColumnRole::GpuModel) >= 0)
        resources.gpuModel.push_back(m_rowResources.gpuModel);
}

void TableImporter::run(ByteSource& source)
{
    CsvReader reader(source);
    std::uint64_t headerLine = 0;
    if (m_spec.headerless()) {
        std::vector<std::string_view> names(m_spec.fixedColumns.begin(), m_spec.fixedColumns.end());
        mapColumns(names, 0);
    } else {
        if (!reader.next())
            throw ImportError({IssueReason::EmptyFile, m_builder.file(), 0, {}, {}, {}});
        headerLine = reader.line();
        mapColumns(reader.fields(), headerLine);
    }
    if (m_spec.joinJobTable && !m_options.jobTable.empty())
        loadJobTable(m_options.jobTable);
    choosePlainPath();
    const bool plain = m_plain.usable;
    const bool anyResources = column(ColumnRole::CpuMilli) >= 0 || column(ColumnRole::MemoryMib) >= 0 ||
                              column(ColumnRole::GpuModel) >= 0 ||
                              (m_spec.gpuRule == GpuRule::MilliSharePerGpu && column(ColumnRole::GpuShare) >= 0);

    if (const double average = reader.averageLineLength(); average > 0 && source.total() > 0) {
        const double estimate = static_cast<double>(source.total()) / average * 1.05 + 16;
        const auto room = static_cast<std::size_t>(std::min(estimate, 4.0e9));
        m_trace.jobs.reserve(room);
        JobResources& resources = m_trace.resources;
        if (column(ColumnRole::CpuMilli) >= 0)
            resources.cpuMilli.reserve(room);
        if (column(ColumnRole::MemoryMib) >= 0)
            resources.memoryMib.reserve(room);
        if (m_spec.gpuRule == GpuRule::MilliSharePerGpu && column(ColumnRole::GpuShare) >= 0)
            resources.gpuMilli.reserve(room);
        if (column(ColumnRole::GpuModel) >= 0)
            resources.gpuModel.reserve(room);
    }

    std::uint32_t index = 0;
    bool anyRecord = headerLine > 0;
    Job job;
    JobExtras extras;
    RowError error{IssueReason::NotANumber, -1, {}, {}};
    while (reader.next()) {
        const auto& fields = reader.fields();
        if (!anyRecord && m_spec.headerless()) {
            anyRecord = true;
            // The separately shipped header may have been put on top of a headerless table.
            if (fields.size() == m_spec.fixedColumns.size() && sameName(fields[0], m_spec.fixedColumns[0]) &&
                sameName(fields[2], m_spec.fixedColumns[2]))
                continue;
        }
        anyRecord = true;
        job = Job{};
        extras = JobExtras{};
        extras.index = index++;
        job.line = static_cast<std::uint32_t>(reader.line());
        if ((plain && readPlainRow(fields, job)) || readRow(fields, job, extras, error)) {
            if (m_trace.jobs.empty() && extras.id != kNoName && m_trace.jobs.capacity() > 0) {
                // Original ids are about as long as the first one; room for all of them up front.
                const std::size_t room = m_trace.jobs.capacity();
                m_trace.ids.reserve(room, room * (m_trace.ids.at(extras.id).size() + 2));
            }
            m_builder.add(job, extras);
            if (anyResources)
                keepResources();
            continue;
        }
        ImportIssue issue{
            error.reason,           m_builder.file(), reader.line(), {}, TraceBuilder::shortened(error.value),
            std::move(error.detail)};
        if (error.column >= 0 && static_cast<std::size_t>(error.column) < m_header.size())
            issue.column = m_header[static_cast<std::size_t>(error.column)];
        m_builder.reject(std::move(issue));
        error.detail.clear();
    }
    if (!anyRecord)
        throw ImportError({IssueReason::EmptyFile, m_builder.file(), 0, {}, {}, {}});

    for (const NoteKind note : m_spec.notes)
        m_builder.addNote({note});
    if (m_spec.joinJobTable) {
        if (!m_haveJobTable)
            m_builder.addNote({NoteKind::PaiNoJobTable});
        else if (m_notInJobTable > 0)
            m_builder.addNote({NoteKind::PaiNotInJobTable, m_notInJobTable});
    }
}

}  // namespace debrief::trace

#include "nodelist.h"

#include "trace/bytesource.h"
#include "trace/csvreader.h"
#include "trace/fieldparser.h"
#include "trace/importissue.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace debrief::sharing {

namespace {

std::string lowered(std::string_view text)
{
    std::string out(trace::FieldParser::trimmed(text));
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Header names each column may have: the openb node list's first, then generic spellings.
struct Column {
    const char* what;
    std::vector<std::string> names;
    bool required;
};

const std::vector<Column>& columns()
{
    static const std::vector<Column> all{
        {"name", {"sn", "name", "node", "node_name", "hostname"}, false},
        {"cpu_milli", {"cpu_milli", "milli_cpu"}, true},
        {"memory_mib", {"memory_mib", "mem_mib"}, true},
        {"gpu", {"gpu", "gpus", "num_gpu", "gpu_count"}, true},
        {"model", {"model", "gpu_model", "gpu_type"}, false},
    };
    return all;
}

class Reader {
public:
    Reader(trace::ByteSource& source, std::string name) : m_reader(source), m_name(std::move(name)) {}

    [[noreturn]] void fail(std::uint64_t line, const std::string& what) const
    {
        throw NodeListError(m_name + (line > 0 ? " line " + std::to_string(line) : std::string()) + ": " + what);
    }

    trace::CsvReader m_reader;
    std::string m_name;
};

std::uint64_t wholeNumber(const Reader& reader, std::string_view text, const std::string& column, std::uint64_t max)
{
    std::int64_t value = 0;
    const std::string shown(trace::FieldParser::trimmed(text));
    if (shown.empty())
        reader.fail(reader.m_reader.line(), "no value in column " + column);
    switch (trace::FieldParser::count(shown, value)) {
    case trace::FieldError::None: break;
    case trace::FieldError::Negative: reader.fail(reader.m_reader.line(), column + " `" + shown + "` is negative");
    default: reader.fail(reader.m_reader.line(), column + " `" + shown + "` is not a whole number");
    }
    if (std::uint64_t(value) > max)
        reader.fail(reader.m_reader.line(),
                    column + " `" + shown + "` is more than a node can have (at most " + std::to_string(max) + ")");
    return std::uint64_t(value);
}

}  // namespace

NodeList NodeList::read(const std::string& path)
{
    try {
        trace::ByteSource source(path, {});
        return parse(source, path);
    } catch (const trace::ImportError& error) {
        throw NodeListError(error.issue().message());
    }
}

NodeList NodeList::read(std::istream& in, const std::string& name)
{
    try {
        trace::ByteSource source(in, name, {});
        return parse(source, name);
    } catch (const trace::ImportError& error) {
        throw NodeListError(error.issue().message());
    }
}

NodeList NodeList::parse(trace::ByteSource& source, const std::string& name)
{
    {
        NodeList list;
        list.m_source = name;
        Reader reader(source, name);
        if (!reader.m_reader.next())
            reader.fail(0, "the file is empty (expected a header: sn,cpu_milli,memory_mib,gpu,model)");
        // Maps the header.
        const auto& header = reader.m_reader.fields();
        std::vector<int> at(columns().size(), -1);
        for (std::size_t c = 0; c < columns().size(); ++c) {
            for (std::size_t f = 0; f < header.size() && at[c] < 0; ++f) {
                const std::string name = lowered(header[f]);
                if (std::find(columns()[c].names.begin(), columns()[c].names.end(), name) != columns()[c].names.end())
                    at[c] = int(f);
            }
            if (at[c] < 0 && columns()[c].required)
                reader.fail(reader.m_reader.line(),
                            std::string("no `") + columns()[c].what +
                                "` column in the header (expected sn,cpu_milli,memory_mib,gpu,model)");
        }
        const std::size_t fieldCount = header.size();
        while (reader.m_reader.next()) {
            const auto& fields = reader.m_reader.fields();
            if (fields.size() != fieldCount)
                reader.fail(reader.m_reader.line(), "expected " + std::to_string(fieldCount) + " fields, found " +
                                                        std::to_string(fields.size()));
            Node node;
            node.name = at[0] >= 0 ? std::string(trace::FieldParser::trimmed(fields[std::size_t(at[0])]))
                                   : "node-" + std::to_string(list.m_nodes.size());
            node.cpuMilli = std::uint32_t(wholeNumber(reader, fields[std::size_t(at[1])], "cpu_milli",
                                                      std::numeric_limits<std::uint32_t>::max()));
            node.memoryMib = wholeNumber(reader, fields[std::size_t(at[2])], "memory_mib",
                                         std::numeric_limits<std::uint32_t>::max());
            node.gpus = std::uint32_t(wholeNumber(reader, fields[std::size_t(at[3])], "gpu", kMaxGpusPerNode));
            std::string model = at[4] >= 0 ? std::string(trace::FieldParser::trimmed(fields[std::size_t(at[4])])) : "";
            if (model == "nan" || model == "NaN")
                model.clear();
            if (!model.empty() && node.gpus == 0)
                model.clear();  // a CPU node's model names no GPU
            if (list.m_models.size() >= kMaxModels && list.modelIndex(model) < 0)
                reader.fail(reader.m_reader.line(), "more than " + std::to_string(kMaxModels - 1) + " GPU models");
            node.model = list.addModel(model);
            list.m_nodes.push_back(std::move(node));
        }
        if (list.m_nodes.empty())
            reader.fail(0, "no nodes after the header");
        return list;
    }
}

NodeList NodeList::uniform(std::uint32_t nodes, std::uint32_t gpusPerNode)
{
    NodeList list;
    list.m_source = std::to_string(nodes) + " nodes x " + std::to_string(gpusPerNode) + " GPUs";
    list.m_nodes.reserve(nodes);
    for (std::uint32_t n = 0; n < nodes; ++n) {
        Node node;
        node.name = "node-" + std::to_string(n);
        node.cpuMilli = std::numeric_limits<std::uint32_t>::max();
        node.memoryMib = std::numeric_limits<std::uint32_t>::max();
        node.gpus = std::min(gpusPerNode, kMaxGpusPerNode);
        list.m_nodes.push_back(std::move(node));
    }
    return list;
}

std::uint64_t NodeList::totalGpus() const
{
    std::uint64_t total = 0;
    for (const Node& node : m_nodes)
        total += node.gpus;
    return total;
}

std::uint64_t NodeList::gpusOfModel(std::uint32_t model) const
{
    std::uint64_t total = 0;
    for (const Node& node : m_nodes)
        total += node.model == model ? node.gpus : 0;
    return total;
}

std::uint32_t NodeList::maxGpusPerNode() const
{
    std::uint32_t most = 0;
    for (const Node& node : m_nodes)
        most = std::max(most, node.gpus);
    return most;
}

int NodeList::modelIndex(const std::string& name) const
{
    const auto found = std::find(m_models.begin(), m_models.end(), name);
    return found == m_models.end() ? -1 : int(found - m_models.begin());
}

std::uint32_t NodeList::addModel(const std::string& name)
{
    const int index = modelIndex(name);
    if (index >= 0)
        return std::uint32_t(index);
    m_models.push_back(name);
    return std::uint32_t(m_models.size() - 1);
}

}  // namespace debrief::sharing

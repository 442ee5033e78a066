#pragma once

#include <cstdint>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace debrief::trace {
class ByteSource;
}

namespace debrief::sharing {

// One machine of a cluster: what it offers to the jobs placed on it.
struct Node {
    std::string name;
    std::uint32_t cpuMilli = 0;   // CPU in thousandths of a core
    std::uint64_t memoryMib = 0;  // memory in MiB
    std::uint32_t gpus = 0;       // GPUs, each 1000 milli
    std::uint32_t model = 0;      // index into NodeList::models(); 0 = no model named
};

// A node list that cannot be read: the message names the file, the line and what is wrong.
class NodeListError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The machines of a cluster, read from the openb node list (`sn,cpu_milli,memory_mib,gpu,model`) or
// a generic CSV with the same columns, or made uniform (N nodes x M GPUs, CPU and memory unbounded).
class NodeList {
public:
    static constexpr std::uint32_t kMaxGpusPerNode = 64;  // a node's GPUs are a 64-bit set
    static constexpr std::uint32_t kMaxModels = 64;       // a job's acceptable models are a 64-bit set

    static NodeList read(const std::string& path);
    static NodeList read(std::istream& in, const std::string& name);
    static NodeList uniform(std::uint32_t nodes, std::uint32_t gpusPerNode);

    const std::vector<Node>& nodes() const { return m_nodes; }
    // Model names; index 0 is the empty name (a node whose model is not given).
    const std::vector<std::string>& models() const { return m_models; }
    const std::string& source() const { return m_source; }
    std::uint64_t totalGpus() const;
    std::uint64_t gpusOfModel(std::uint32_t model) const;
    std::uint32_t maxGpusPerNode() const;
    // Index of a model name, or -1 when no node has it.
    int modelIndex(const std::string& name) const;

private:
    static NodeList parse(trace::ByteSource& source, const std::string& name);
    std::uint32_t addModel(const std::string& name);

    std::string m_source;
    std::vector<Node> m_nodes;
    std::vector<std::string> m_models{std::string()};
};

}  // namespace debrief::sharing

#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::cli {

// A mistake in how the command was called; the CLI prints it with a hint and exits 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The arguments of one subcommand: positionals, `--flag value` / `--flag=value` for the flags that
// take a value, and bare `--flag` for switches. Unknown flags are a UsageError, not ignored.
class CommandLine {
public:
    CommandLine(const std::vector<std::string>& args, const std::vector<std::string_view>& valueFlags,
                const std::vector<std::string_view>& switches);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool has(std::string_view flag) const;
    std::optional<std::string> value(std::string_view flag) const;

    std::uint64_t unsignedValue(std::string_view flag, std::uint64_t min, std::uint64_t max) const;
    double doubleValue(std::string_view flag, double min) const;
    std::vector<std::string> listValue(std::string_view flag) const;  // comma-separated, none empty

    static std::uint64_t parseUnsigned(std::string_view flag, std::string_view text, std::uint64_t min,
                                       std::uint64_t max);
    static double parseDouble(std::string_view flag, std::string_view text, double min);

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string, std::less<>> m_values;
};

}  // namespace debrief::cli

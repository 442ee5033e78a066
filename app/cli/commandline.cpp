#include "commandline.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace debrief::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::vector<std::string_view>& valueFlags,
                         const std::vector<std::string_view>& switches)
{
    auto known = [](const std::vector<std::string_view>& list, std::string_view name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (known(switches, name)) {
            if (inlineValue)
                throw UsageError("--" + name + " takes no value");
            m_values[name] = "";
        } else if (known(valueFlags, name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError("--" + name + " needs a value");
                inlineValue = args[++i];
            }
            m_values[name] = *inlineValue;
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

bool CommandLine::has(std::string_view flag) const
{
    return m_values.find(flag) != m_values.end();
}

std::optional<std::string> CommandLine::value(std::string_view flag) const
{
    const auto it = m_values.find(flag);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::uint64_t CommandLine::parseUnsigned(std::string_view flag, std::string_view text, std::uint64_t min,
                                         std::uint64_t max)
{
    std::uint64_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && end == text.data() + text.size() && number > max))
        throw UsageError("--" + std::string(flag) + " " + std::string(text) + " is too large (at most " +
                         std::to_string(max) + ")");
    if (ec != std::errc() || end != text.data() + text.size())
        throw UsageError("--" + std::string(flag) + " expects a whole number, not `" + std::string(text) + "`");
    if (number < min)
        throw UsageError("--" + std::string(flag) + " must be at least " + std::to_string(min));
    return number;
}

double CommandLine::parseDouble(std::string_view flag, std::string_view text, double min)
{
    double number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
        throw UsageError("--" + std::string(flag) + " expects a number, not `" + std::string(text) + "`");
    if (number < min)
        throw UsageError("--" + std::string(flag) + " must be at least " + std::to_string(min));
    return number;
}

std::uint64_t CommandLine::unsignedValue(std::string_view flag, std::uint64_t min, std::uint64_t max) const
{
    const auto text = value(flag);
    if (!text)
        throw UsageError("--" + std::string(flag) + " is required");
    return parseUnsigned(flag, *text, min, max);
}

double CommandLine::doubleValue(std::string_view flag, double min) const
{
    const auto text = value(flag);
    if (!text)
        throw UsageError("--" + std::string(flag) + " is required");
    return parseDouble(flag, *text, min);
}

std::vector<std::string> CommandLine::listValue(std::string_view flag) const
{
    const auto text = value(flag);
    if (!text)
        throw UsageError("--" + std::string(flag) + " is required");
    std::vector<std::string> items;
    std::size_t pos = 0;
    while (true) {
        const std::size_t comma = text->find(',', pos);
        std::string item = text->substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (item.empty())
            throw UsageError("--" + std::string(flag) + " has an empty item in `" + *text + "`");
        items.push_back(std::move(item));
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return items;
}

}  // namespace debrief::cli

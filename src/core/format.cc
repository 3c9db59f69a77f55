// The format names of each subcommand, and the unknown-format error they share.
#include "strat/format.h"

#include <fmt/format.h>

#include "strat/error.h"
#include "strat/text.h"

namespace strat {

namespace {

constexpr std::string_view kCheck[] = {"text", "json", "sarif", "github", "gitlab", "junit"};
constexpr std::string_view kCalendar[] = {"text", "ics", "mermaid", "csv", "json"};
constexpr std::string_view kDiff[] = {"text", "markdown", "json"};
constexpr std::string_view kReport[] = {"text", "markdown", "html", "json"};

}  // namespace

std::span<const std::string_view> format_names(std::string_view subcommand) {
  if (subcommand == "check") return kCheck;
  if (subcommand == "calendar") return kCalendar;
  if (subcommand == "diff") return kDiff;
  if (subcommand == "report") return kReport;
  return {};
}

std::string unknown_format_message(std::string_view name, std::span<const std::string_view> names) {
  std::string message =
      fmt::format("unknown format '{}'; valid formats: {}", name, fmt::join(names.begin(), names.end(), ", "));
  if (auto hint = did_you_mean(name, {names.begin(), names.end()}))
    message += fmt::format("; did you mean '{}'?", *hint);
  return message;
}

void throw_unknown_format(std::string_view name, std::span<const std::string_view> names) {
  throw Error(unknown_format_message(name, names));
}

}  // namespace strat

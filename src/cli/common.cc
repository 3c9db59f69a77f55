#include "cli/common.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unistd.h>

#include <fmt/format.h>

#include "strat/error.h"
#include "strat/terminal.h"

namespace strat::cli {

void add_common_options(CLI::App& app, CommonOptions& options) {
  app.add_option("--today", options.today, "Take this date (YYYY-MM-DD) as today, for reproducible output")
      ->type_name("DATE");
  one_of(app.add_option("--color", options.color, "Colour the output: auto (on a terminal), always or never"),
         {"auto", "always", "never"})
      ->type_name("WHEN");
}

namespace {

std::map<const CLI::Option*, std::vector<std::string>>& completions() {
  static std::map<const CLI::Option*, std::vector<std::string>> values;
  return values;
}

}  // namespace

CLI::Option* completes_to(CLI::Option* option, std::vector<std::string> values) {
  completions()[option] = std::move(values);
  return option;
}

CLI::Option* repeatable(CLI::Option* option) { return option->allow_extra_args(false); }

CLI::Option* one_of(CLI::Option* option, std::vector<std::string> values) {
  option->check(CLI::IsMember(values));
  return completes_to(option, std::move(values));
}

const std::vector<std::string>* completion_values(const CLI::Option* option) {
  auto it = completions().find(option);
  return it == completions().end() ? nullptr : &it->second;
}

Date today(const CommonOptions& options) {
  if (options.today.empty()) return Date::today();
  if (auto d = Date::parse(options.today)) return *d;
  throw Error(fmt::format("--today must be a date written YYYY-MM-DD, not '{}'", options.today));
}

bool use_color(const CommonOptions& options) { return color_wanted(options.color, STDOUT_FILENO); }

void write_stdout(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
    throw Error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
}

}  // namespace strat::cli

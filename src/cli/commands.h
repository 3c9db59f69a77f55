// The subcommand table: one row per subcommand drives dispatch, `strat --help` and did-you-mean.
// Each subcommand's options live in its own src/cli/NAME_cmd.cc; an option taking one of a few
// values declares them with one_of or completes_to (cli/common.h), for `strat completion`.
#pragma once

#include <span>
#include <string_view>

#include <CLI/CLI.hpp>

namespace strat::cli {

struct Command {
  std::string_view name;
  std::string_view summary;  ///< one line, for `strat --help`
  /// Adds the options to `cmd` (already named and described from this row); when the
  /// subcommand runs, it stores its exit status in `status`.
  void (*setup)(CLI::App& cmd, int& status);
};

/// Every subcommand, in the order `strat --help` lists them (`help` is main's own).
std::span<const Command> commands();

void setup_check(CLI::App& cmd, int& status);
void setup_explain(CLI::App& cmd, int& status);
void setup_completion(CLI::App& cmd, int& status);
void setup_schema(CLI::App& cmd, int& status);
void setup_init(CLI::App& cmd, int& status);
void setup_diff(CLI::App& cmd, int& status);
void setup_log(CLI::App& cmd, int& status);
void setup_calendar(CLI::App& cmd, int& status);
void setup_report(CLI::App& cmd, int& status);

}  // namespace strat::cli

// What every subcommand shares: --today, --color, writing to stdout.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "strat/date.h"

namespace strat::cli {

struct CommonOptions {
  std::string today;         ///< YYYY-MM-DD; empty: the system date
  std::string color = "auto";
};

void add_common_options(CLI::App& app, CommonOptions& options);

/// --today, or the system's date; throws strat::Error for a malformed date.
Date today(const CommonOptions& options);
/// Whether to colour stdout: --color, then NO_COLOR, then whether stdout is a terminal.
bool use_color(const CommonOptions& options);

/// Records the values `option` takes, for `strat completion` (CLI11 cannot list them back).
/// Options whose type name is FILE or PATH complete to files, DIR to directories, RULE to
/// rule ids, without this.
CLI::Option* completes_to(CLI::Option* option, std::vector<std::string> values);
/// A repeatable option (`--owner a --owner b`) that takes one value each time it is given:
/// CLI11 would otherwise let a vector option swallow the paths after it as more values.
CLI::Option* repeatable(CLI::Option* option);
/// An option that takes one of `values`: CLI11's IsMember check, and completes_to.
CLI::Option* one_of(CLI::Option* option, std::vector<std::string> values);
/// The values recorded by completes_to, or nullptr.
const std::vector<std::string>* completion_values(const CLI::Option* option);

/// Writes all of `text` to stdout; throws strat::Error when it cannot (closed, disk full).
void write_stdout(std::string_view text);

}  // namespace strat::cli

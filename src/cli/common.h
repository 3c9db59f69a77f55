// What every subcommand shares: --today, --color, writing to stdout.
#pragma once

#include <string>

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

/// Writes all of `text` to stdout; throws strat::Error when it cannot (closed, disk full).
void write_stdout(std::string_view text);

}  // namespace strat::cli

// The subcommands: each file adds its options to the app and runs when chosen.
#pragma once

#include <CLI/CLI.hpp>

namespace strat::cli {

/// Adds `strat check`; when it runs, it stores its exit status in `status`.
CLI::App* add_check_command(CLI::App& app, int& status);

}  // namespace strat::cli

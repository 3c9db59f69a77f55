// `strat check`: load_run → rules → sorted diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/config.h"
#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/fs.h"
#include "strat/load.h"
#include "strat/run.h"

namespace strat {

struct CheckOptions : RunOptions {
  Date today;
};

struct CheckResult {
  std::vector<Diagnostic> diagnostics;  ///< sorted, without duplicates
  std::vector<std::string> io_errors;
  int files = 0;
  std::vector<std::string> file_paths;  ///< every file read, as diagnostics name them
  bool limit_hit = false;
  bool config_error = false;  ///< a config file has an error-level finding (exit status 2)
  /// Run-wide defaults from the config (--config, or the one that applies to the current
  /// directory); a command-line flag wins over them.
  std::optional<std::string> fail_on;  ///< error, warning or never
  std::optional<std::string> format;   ///< a valid output format name
};

CheckResult run_check(const CheckOptions& options, const FileSystem& fs);
/// The rules, severities and suppressions over a run already loaded (run_check is
/// load_run + this); `diff` runs it on both sides.
CheckResult check_loaded(const LoadedRun& run, Date today);

/// 2 when a path could not be read, a limit was hit or a config file is broken; else 1 for
/// findings at `fail_on` ("error", "warning" or "never") or worse; else 0.
int exit_status(const CheckResult& result, std::string_view fail_on = "error");

}  // namespace strat

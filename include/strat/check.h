// `strat check`: load → rules → sorted diagnostics.
#pragma once

#include <string>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/fs.h"
#include "strat/load.h"

namespace strat {

struct CheckOptions {
  std::vector<std::string> paths;  ///< empty: the current directory
  Date today;
  Limits limits;
  int jobs = 0;  ///< threads for parsing; 0: one per core
};

struct CheckResult {
  std::vector<Diagnostic> diagnostics;  ///< sorted, without duplicates
  std::vector<std::string> io_errors;
  int files = 0;
  std::vector<std::string> file_paths;  ///< every file read, as diagnostics name them
  bool limit_hit = false;
};

CheckResult run_check(const CheckOptions& options, const FileSystem& fs);

/// 0 clean, 1 error-level findings, 2 a path could not be read or a limit was hit.
int exit_status(const CheckResult& result);

}  // namespace strat

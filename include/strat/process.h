// Running a program without a shell: an argument vector, captured output, the exit status.
#pragma once

#include <string>
#include <vector>

namespace strat {

struct ProcessResult {
  int status = 0;      ///< the exit status; 128 + N when killed by signal N
  std::string out, err;
};

/// Runs argv[0] (looked up on PATH) with exactly these arguments, no shell, stdin from
/// /dev/null, and waits for it. Throws strat::Error when it cannot be started (e.g. not found).
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace strat

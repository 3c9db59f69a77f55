// run_check: the whole of `strat check` as a library call.
#include "strat/check.h"

#include "strat/rules.h"
#include "strat/workspace.h"

namespace strat {

CheckResult run_check(const CheckOptions& options, const FileSystem& fs) {
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  Workspace ws = load_workspace(paths, fs, options.limits, options.jobs);

  CheckResult result;
  result.diagnostics = std::move(ws.diagnostics);
  run_rules(ws, options.today, result.diagnostics);
  sort_unique(result.diagnostics);
  result.io_errors = std::move(ws.io_errors);
  result.files = static_cast<int>(ws.files.size());
  for (const SourcePtr& f : ws.files) result.file_paths.push_back(f->path());
  result.limit_hit = ws.limit_hit;
  return result;
}

int exit_status(const CheckResult& result) {
  if (!result.io_errors.empty() || result.limit_hit) return 2;
  for (const Diagnostic& d : result.diagnostics)
    if (d.severity == Severity::error) return 1;
  return 0;
}

}  // namespace strat

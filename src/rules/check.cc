// run_check: the whole of `strat check` as a library call: load_run, the rules, then
// configured severities and suppressions. It sits with the rules, above core and load.
#include "strat/check.h"

#include "strat/rules.h"
#include "strat/suppress.h"

namespace strat {

CheckResult run_check(const CheckOptions& options, const FileSystem& fs) {
  return check_loaded(load_run(options, fs), options.today);
}

CheckResult check_loaded(const LoadedRun& run, Date today) {
  const Workspace& ws = run.workspace;
  ConfigSet& configs = *run.configs;

  CheckResult result;
  result.diagnostics = ws.diagnostics;
  run_rules(ws, today, result.diagnostics);
  sort_unique(result.diagnostics);

  // Configuration: severities, then suppressions; then the configs' own findings, which
  // neither can silence.
  if (const Config* c = run.run_config) {
    result.fail_on = c->fail_on;
    result.format = c->format;
  }
  apply_severities(result.diagnostics, configs);
  apply_suppressions(result.diagnostics, ws.files, configs);
  for (const auto& config : configs.loaded()) {
    for (const Diagnostic& d : config->diagnostics) {
      result.config_error |= d.severity == Severity::error;
      result.diagnostics.push_back(d);
    }
  }
  sort_unique(result.diagnostics);

  result.io_errors = ws.io_errors;
  for (const std::string& e : configs.io_errors()) result.io_errors.push_back(e);
  result.files = static_cast<int>(ws.files.size());
  for (const SourcePtr& f : ws.files) result.file_paths.push_back(f->path());
  result.limit_hit = ws.limit_hit;
  return result;
}

int exit_status(const CheckResult& result, std::string_view fail_on) {
  if (!result.io_errors.empty() || result.limit_hit || result.config_error) return 2;
  if (fail_on == "never") return 0;
  for (const Diagnostic& d : result.diagnostics)
    if (d.severity == Severity::error || (fail_on == "warning" && d.severity == Severity::warning))
      return 1;
  return 0;
}

}  // namespace strat

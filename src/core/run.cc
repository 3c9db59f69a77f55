// load_run: configs first (they say what to skip), then the workspace, then each file's config.
#include "strat/run.h"

namespace strat {

LoadedRun load_run(const RunOptions& options, const FileSystem& fs) {
  LoadedRun run;
  run.configs = std::make_unique<ConfigSet>(fs, options.config);
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  ConfigSet& configs = *run.configs;
  run.workspace = load_workspace(paths, fs, options.limits, options.jobs,
                                 [&](const std::string& path) { return configs.ignored(path); });
  for (const SourcePtr& f : run.workspace.files) configs.for_file(f->path());
  run.run_config = configs.run_config();
  return run;
}

bool LoadedRun::failed() const {
  return !workspace.io_errors.empty() || !configs->io_errors().empty() || workspace.limit_hit;
}

std::vector<std::string> LoadedRun::io_errors() const {
  std::vector<std::string> all = workspace.io_errors;
  all.insert(all.end(), configs->io_errors().begin(), configs->io_errors().end());
  return all;
}

}  // namespace strat

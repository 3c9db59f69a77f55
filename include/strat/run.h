// load_run: the one loading entry point of every subcommand (check, calendar, diff, report).
// Paths → config set → workspace with `ignore` applied → linked model.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "strat/config.h"
#include "strat/fs.h"
#include "strat/load.h"
#include "strat/workspace.h"

namespace strat {

/// What selects and bounds the files of one run.
struct RunOptions {
  std::vector<std::string> paths;  ///< empty: the current directory
  Limits limits;
  int jobs = 0;         ///< threads for parsing; 0: one per core
  ConfigChoice config;  ///< which .strat.yaml files apply (default: discover them)
};

/// A loaded run: the linked workspace and the configs that apply to its files.
struct LoadedRun {
  Workspace workspace;
  std::unique_ptr<ConfigSet> configs;  ///< never null
  const Config* run_config = nullptr;  ///< --config, or the one of the current directory

  /// 2 when a path or a config could not be read, or a limit was hit; else 0.
  bool failed() const;
  /// Every environment failure (unreadable paths and configs), for `strat: error:` lines.
  std::vector<std::string> io_errors() const;
};

/// Loads the files under `options.paths` through `fs`, skipping what the configs `ignore`.
/// Throws strat::Error when --config names a file that cannot be read.
LoadedRun load_run(const RunOptions& options, const FileSystem& fs);

}  // namespace strat

// A workspace: every strategy and plan one run looks at, with plans linked to their strategies.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "strat/diagnostic.h"
#include "strat/fs.h"
#include "strat/load.h"
#include "strat/model.h"

namespace strat {

struct Workspace {
  std::vector<SourcePtr> files;  ///< every file read, in order
  std::vector<std::shared_ptr<const Strategy>> strategies;
  std::vector<std::shared_ptr<const Plan>> plans;
  std::vector<Diagnostic> diagnostics;  ///< from loading and linking
  std::vector<std::string> io_errors;   ///< paths that could not be read (exit status 2)
  bool limit_hit = false;               ///< a Limits bound stopped some file (exit status 2)
};

/// Loads the files and directories in `paths` (directories recursively: *.yaml/*.yml with a
/// `kind`, skipping hidden entries), then each plan's strategy file, each exactly once.
/// Files are parsed on up to `jobs` threads (0: one per core); the result does not depend on it.
/// `skip`, when set, is asked about every entry a directory scan finds (never about `paths`
/// themselves); a skipped directory is not entered.
Workspace load_workspace(const std::vector<std::string>& paths, const FileSystem& fs,
                         const Limits& limits = {}, int jobs = 0,
                         const std::function<bool(const std::string&)>& skip = {});

}  // namespace strat

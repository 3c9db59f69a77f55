// Findings introduced and fixed: the rules on both sides, matched by rule and entity.
#pragma once

#include <functional>
#include <string>

#include "strat/diff.h"

namespace strat::diff {

/// Runs check on both runs and keeps the findings only one side has. Findings are matched
/// by file (old paths through `rename_file` to the new side's), rule and entity (the message
/// when there is none), never by line; several equal keys match by count.
FindingChanges diff_findings(const LoadedRun& old_run, const LoadedRun& new_run, Date today,
                             const std::function<std::string(const std::string&)>& old_to_new_file);

}  // namespace strat::diff

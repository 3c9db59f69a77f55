// The consistency rules: a registry table of small, independent checks.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/workspace.h"

namespace strat {

/// What a rule's check sees, and where it reports.
struct RuleContext {
  const Workspace& ws;
  Date today;
  std::vector<Diagnostic>& out;

  /// Reports a finding of `rule` about `entity` at `pos` in `source`.
  void report(const SourcePtr& source, Pos pos, std::string_view rule, std::string message,
              std::string entity = {}) const;
};

/// One rule: a stable id, a default severity, one line of explanation, and its check.
/// Rules found while loading (yaml-syntax, wrong-type, …) have no check function.
struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary;
  void (*check)(const RuleContext&);
};

/// Every rule, in documentation order.
std::span<const RuleInfo> all_rules();
const RuleInfo* find_rule(std::string_view id);

/// Runs every rule that has a check over the workspace.
void run_rules(const Workspace& ws, Date today, std::vector<Diagnostic>& out);

}  // namespace strat

// The consistency rules: small, independent checks over the linked model, each attached to
// its row of the rule table (strat/rule_table.h). Rules the loader reports have no check.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/rule_table.h"
#include "strat/workspace.h"

namespace strat {

/// What a rule's check sees, and where it reports; it carries the rule it runs for.
struct RuleContext {
  const Workspace& ws;
  Date today;
  std::vector<Diagnostic>& out;
  const RuleInfo& rule;

  /// Reports a finding of this rule about `entity` at `pos` in `source`.
  void report(const SourcePtr& source, Pos pos, std::string message,
              std::string entity = {}) const;
};

/// A rule that runs over the model: its id in the rule table, and its check.
struct RuleCheck {
  std::string_view id;
  void (*check)(const RuleContext&);
};

/// Every check, in documentation order.
std::span<const RuleCheck> rule_checks();
/// The check of rule `id`, or null for a rule the loader reports (or no rule at all).
const RuleCheck* find_check(std::string_view id);

/// Runs one check with its rule in the context (a check id not in the table throws).
void run_check(const RuleCheck& check, const Workspace& ws, Date today,
               std::vector<Diagnostic>& out);
/// Runs every check over the workspace.
void run_rules(const Workspace& ws, Date today, std::vector<Diagnostic>& out);

}  // namespace strat

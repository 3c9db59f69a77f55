// The generated plans' tactics as plain records, read back from the generator's own YAML (a
// fixed shape: bench/gen.cc), so that the bench can write the same events for remind and the
// same budgets for hledger. Not a YAML reader: it knows only what strat-gen writes.
#pragma once

#include <string>
#include <vector>

namespace strat::bench {

struct PlanTactic {
  std::string id, title, goal, channel, owner;  ///< flights inherit their parent's goal, owner
  std::string from, to;                         ///< YYYY-MM-DD
  int every_days = 0;                           ///< 0: a span from..to
  long budget = 0;
};

/// The tactics of one generated plan file, in file order (nested ones after their parent).
std::vector<PlanTactic> scan_plan(const std::string& yaml);
/// The same events in remind's format: a span is `REM from THROUGH to`, a recurrence
/// `REM from *N UNTIL to`.
std::string remind_text(const std::vector<PlanTactic>& tactics);
/// An hledger journal: one transaction per tactic on its first day, its budget posted to
/// `budget:GOAL:CHANNEL:OWNER` against `plan`.
std::string journal_text(const std::vector<PlanTactic>& tactics, const std::string& currency);

}  // namespace strat::bench

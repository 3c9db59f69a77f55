// A deterministic generator of synthetic strategy + plan sets, with optional injected defects
// and the exact findings `strat check` must report for them.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace strat::bench {

/// The defects the generator can inject, each with the rule it must trigger.
enum class Defect {
  NoGoal,          ///< a tactic without `goal:` → tactic-without-goal at its id
  UnknownGoal,     ///< `goal: goal-missing-N` → unknown-reference at the value
  UnknownOwner,    ///< `owner: nobody-N` → unknown-reference at the value
  NoOwner,         ///< a tactic without `owner:` → tactic-without-owner at its id
  BudgetOverrun,   ///< flights that add up to more than their parent → budget-overrun at its budget
  DuplicateId,     ///< a tactic reusing the previous tactic's id → duplicate-id at the second id
  BadDateRange,    ///< `from` after `to` → invalid-date-range at `from`
  BadDate,         ///< `to: 2027-02-30` → wrong-type at the value
  UnknownKey,      ///< `note:` instead of `notes:` → unknown-key at the key
  MissingTitle,    ///< a tactic without `title:` → missing-field at its mapping
  UnknownChannel,  ///< a channel the strategy does not list → channel-not-in-strategy at the value
  GoalNoKpi,       ///< a strategy goal without KPIs → goal-without-kpi at its id
  UnservedGoal,    ///< a strategy goal no tactic serves → goal-without-tactic at its id
};
inline constexpr int kDefectKinds = 13;

/// The name of a defect on the command line (`no-goal`, `budget-overrun`, ...).
const char* defect_name(Defect d);
/// The rule a defect triggers.
const char* defect_rule(Defect d);

/// What to generate. Tactic counts include nested tactics.
struct Spec {
  int files = 1;                 ///< plan files; all share one strategy.yaml
  int tactics_per_file = 50;     ///< tactics per plan, nested ones included
  int goals = 10;                ///< goals in the strategy (each served by some tactic)
  uint64_t seed = 1;             ///< where the defects land
  std::array<int, kDefectKinds> defects{};  ///< how many of each defect, in total
  /// Revision B of the same set, for `strat diff`: 5% of budgets changed, 5% of dates shifted
  /// (7 days later), 2% of tactics removed, 2% added, 2% renamed (same content, new id) and 10%
  /// reordered (swapped with the next one). Seeded by `seed`; not combined with defects.
  bool revision = false;
};

/// What revision B changed against revision A, as entity changes: what `strat diff` must report.
struct Changes {
  int budgets = 0;   ///< tactics whose budget changed (plus one plan budget per file)
  int dates = 0;     ///< tactics whose `from` moved
  int removed = 0;   ///< tactics removed (a parent counts with its two flights)
  int added = 0;
  int renamed = 0;
  int reordered = 0; ///< tactics that changed position: no change at all for strat
  int plan_budgets = 0;
  int total() const { return budgets + dates + removed + added + renamed + plan_budgets; }
};

/// A finding the generated set must produce: rule, file (relative to the output dir), position.
struct Expected {
  std::string rule;
  std::string file;
  int line = 0;
  int column = 0;
};

/// The generated set: file names (relative) with their text, and the expected findings.
struct Generated {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<Expected> expected;  ///< sorted by file, line, column, rule
  Changes changes;                 ///< with Spec::revision: against the same spec without it
};

/// Builds the set. Throws std::invalid_argument when the spec cannot be honoured
/// (more defects than eligible tactics, a goal left unserved by clean tactics, ...).
Generated generate(const Spec& spec);

}  // namespace strat::bench

// The checks: each rule that runs over the linked model, by its id in the rule table
// (src/core/rule_table.cc), in documentation order. A check lives in src/rules/<id>.cc.
#include <stdexcept>
#include <string>

#include "rules/checks.h"
#include "strat/rules.h"

namespace strat {
namespace {

constexpr RuleCheck kChecks[] = {
    {"duplicate-id", &rules::check_duplicate_id},
    {"unknown-reference", &rules::check_unknown_reference},
    {"tactic-without-goal", &rules::check_tactic_without_goal},
    {"goal-without-kpi", &rules::check_goal_without_kpi},
    {"goal-without-objective", &rules::check_goal_without_objective},
    {"goal-without-tactic", &rules::check_goal_without_tactic},
    {"kpi-not-measurable", &rules::check_kpi_not_measurable},
    {"kpi-target-wrong-direction", &rules::check_kpi_target_wrong_direction},
    {"invalid-date-range", &rules::check_invalid_date_range},
    {"invalid-recurrence", &rules::check_invalid_recurrence},
    {"outside-period", &rules::check_outside_period},
    {"kpi-due-outside-horizon", &rules::check_kpi_due_outside_horizon},
    {"budget-overrun", &rules::check_budget_overrun},
    {"spent-over-budget", &rules::check_spent_over_budget},
    {"tactic-without-owner", &rules::check_tactic_without_owner},
    {"channel-not-in-strategy", &rules::check_channel_not_in_strategy},
    {"strategy-review-overdue", &rules::check_strategy_review_overdue},
    {"tactic-type-typo", &rules::check_tactic_type_typo},
    {"stray-dropped-because", &rules::check_stray_dropped_because},
};

}  // namespace

std::span<const RuleCheck> rule_checks() { return kChecks; }

const RuleCheck* find_check(std::string_view id) {
  for (const RuleCheck& c : kChecks)
    if (c.id == id) return &c;
  return nullptr;
}

void RuleContext::report(const SourcePtr& source, Pos pos, std::string message,
                         std::string entity) const {
  out.push_back(Diagnostic{source, source ? source->path() : std::string{}, pos, rule.severity,
                           std::string(rule.id), std::move(message), std::move(entity)});
}

void run_check(const RuleCheck& check, const Workspace& ws, Date today,
               std::vector<Diagnostic>& out) {
  check.check(RuleContext{ws, today, out, rule_info(check.id)});
}

void run_rules(const Workspace& ws, Date today, std::vector<Diagnostic>& out) {
  for (const RuleCheck& c : kChecks) run_check(c, ws, today, out);
}

}  // namespace strat

// The rule table: every rule's id, default severity and one-line summary, in documentation order.
// A rule with a check lives in src/rules/<id>.cc; the loader reports the ones without.
#include <algorithm>

#include "rules/checks.h"
#include "strat/rules.h"

namespace strat {
namespace {

constexpr RuleInfo kRules[] = {
    {"yaml-syntax", Severity::error, "the file is not valid YAML", nullptr},
    {"wrong-type", Severity::error,
     "a value of the wrong type or an invalid value (bad date, negative budget, unknown enum)",
     nullptr},
    {"missing-field", Severity::error, "a required field is absent (ids, titles, kind, ...)",
     nullptr},
    {"unknown-key", Severity::warning, "a key the format does not know (with a did-you-mean)",
     nullptr},
    {"duplicate-id", Severity::error, "two entities of one kind share an id",
     &rules::check_duplicate_id},
    {"unknown-reference", Severity::error,
     "a goal, objective, audience, owner, strategy or rule reference resolves to nothing",
     &rules::check_unknown_reference},
    {"tactic-without-goal", Severity::error,
     "a tactic (after inheritance from its parent) serves no goal",
     &rules::check_tactic_without_goal},
    {"goal-without-kpi", Severity::error, "a marketing goal has no KPI",
     &rules::check_goal_without_kpi},
    {"goal-without-objective", Severity::warning,
     "a marketing goal is tied to no business objective", &rules::check_goal_without_objective},
    {"goal-without-tactic", Severity::warning,
     "no tactic in any plan checked in this run serves this goal",
     &rules::check_goal_without_tactic},
    {"kpi-not-measurable", Severity::warning, "a KPI lacks a numeric target or a due date",
     &rules::check_kpi_not_measurable},
    {"invalid-date-range", Severity::error, "a date range starts after it ends",
     &rules::check_invalid_date_range},
    {"outside-period", Severity::warning,
     "a tactic falls outside its plan's period or its parent tactic's dates",
     &rules::check_outside_period},
    {"kpi-due-outside-horizon", Severity::warning,
     "a KPI's due date is outside the strategy horizon", &rules::check_kpi_due_outside_horizon},
    {"budget-overrun", Severity::error,
     "tactic budgets add up to more than the plan's budget or their parent's",
     &rules::check_budget_overrun},
    {"tactic-without-owner", Severity::warning,
     "no one is responsible for a tactic (nested tactics inherit their parent's owner)",
     &rules::check_tactic_without_owner},
    {"channel-not-in-strategy", Severity::warning,
     "a tactic uses a channel the strategy did not choose", &rules::check_channel_not_in_strategy},
    {"strategy-review-overdue", Severity::warning,
     "the strategy's last review plus review_every lies before today",
     &rules::check_strategy_review_overdue},
    {"limit-exceeded", Severity::error,
     "a file exceeds a safety limit (size, nesting, aliases, entities), or a date, interval or "
     "recurrence goes beyond what strat handles",
     nullptr},
    {"unused-suppression", Severity::warning,
     "a '# strat: disable-...' comment suppresses no finding", nullptr},
};

}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

const RuleInfo* find_rule(std::string_view id) {
  auto it = std::find_if(std::begin(kRules), std::end(kRules),
                         [&](const RuleInfo& r) { return r.id == id; });
  return it == std::end(kRules) ? nullptr : &*it;
}

void run_rules(const Workspace& ws, Date today, std::vector<Diagnostic>& out) {
  RuleContext ctx{ws, today, out};
  for (const RuleInfo& rule : kRules)
    if (rule.check) rule.check(ctx);
}

}  // namespace strat

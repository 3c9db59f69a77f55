// The rule table: every rule's id, default severity and one-line summary, in documentation
// order. The one place a rule id is written; src/rules/registry.cc attaches the checks.
#include "strat/rule_table.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace strat {
namespace {

constexpr RuleInfo kRules[] = {
    {"yaml-syntax", Severity::error, "the file is not valid YAML"},
    {"wrong-type", Severity::error,
     "a value of the wrong type or an invalid value (bad date, negative budget, unknown enum)"},
    {"missing-field", Severity::error, "a required field is absent (ids, titles, kind, ...)"},
    {"unknown-key", Severity::warning, "a key the format does not know (with a did-you-mean)"},
    {"duplicate-id", Severity::error, "two entities of one kind share an id"},
    {"unknown-reference", Severity::error,
     "a goal, objective, audience, owner, strategy or rule reference resolves to nothing"},
    {"tactic-without-goal", Severity::error,
     "a tactic (after inheritance from its parent) serves no goal"},
    {"goal-without-kpi", Severity::error, "a marketing goal has no KPI"},
    {"goal-without-objective", Severity::warning,
     "a marketing goal is tied to no business objective"},
    {"goal-without-tactic", Severity::warning,
     "no tactic in any plan checked in this run serves this goal"},
    {"kpi-not-measurable", Severity::warning, "a KPI lacks a numeric target or a due date"},
    {"kpi-target-wrong-direction", Severity::warning,
     "a KPI's target is on the wrong side of its baseline for its direction, or equals it"},
    {"invalid-date-range", Severity::error, "a date range starts after it ends"},
    {"invalid-recurrence", Severity::error,
     "a recurring tactic ('every:') has no start, falls on a single day, or never ends"},
    {"outside-period", Severity::warning,
     "a tactic falls outside its plan's period or its parent tactic's dates"},
    {"kpi-due-outside-horizon", Severity::warning,
     "a KPI's due date is outside the strategy horizon"},
    {"budget-overrun", Severity::error,
     "tactic budgets add up to more than the plan's budget or their parent's"},
    {"spent-over-budget", Severity::warning,
     "a tactic has spent more than its budget, or the plan's tactics more than the plan's"},
    {"tactic-without-owner", Severity::warning,
     "no one is responsible for a tactic (nested tactics inherit their parent's owner)"},
    {"channel-not-in-strategy", Severity::warning,
     "a tactic uses a channel the strategy did not choose"},
    {"strategy-review-overdue", Severity::warning,
     "the strategy's last review plus review_every lies before today"},
    {"tactic-type-typo", Severity::warning,
     "a tactic's content type is a near miss of a common one (vidoe: did you mean video?)"},
    {"stray-dropped-because", Severity::warning,
     "a tactic says why it was dropped (dropped_because) but its status is not dropped"},
    {"limit-exceeded", Severity::error,
     "a file exceeds a safety limit (size, nesting, aliases, entities), or a date, interval or "
     "recurrence goes beyond what strat handles"},
    {"unused-suppression", Severity::warning,
     "a '# strat: disable-...' comment suppresses no finding"},
};


}  // namespace

std::span<const RuleInfo> all_rules() { return kRules; }

const RuleInfo* find_rule(std::string_view id) {
  auto it = std::find_if(std::begin(kRules), std::end(kRules),
                         [&](const RuleInfo& r) { return r.id == id; });
  return it == std::end(kRules) ? nullptr : &*it;
}

const RuleInfo& rule_info(std::string_view id) {
  if (const RuleInfo* r = find_rule(id)) return *r;
  throw std::logic_error("strat: internal error: no rule '" + std::string(id) +
                         "' in the rule table (src/core/rule_table.cc)");
}

}  // namespace strat

// spent-over-budget: a live tactic has spent more than its own budget, or the plan's live
// tactics together more than the plan's budget. Spending adds up as budgets do (see
// budget-overrun): a tactic's own `spent:`, or else what its nested tactics spent.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_spent_over_budget(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans) {
    if (p->budget) {
      Money sum = rolled_up(p->tactics, &Tactic::spent);
      if (sum > p->budget->value)
        ctx.report(p->source, p->budget->pos,
                   "tactics in plan '" + p->name + "' have spent " + amount(sum, p->currency) +
                       ", more than the plan's budget of " + amount(p->budget->value, p->currency),
                   p->name);
    }
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.budget) return;
      Money sum = rolled_up(t, &Tactic::spent);
      if (sum <= t.budget->value) return;
      std::string budget = amount(t.budget->value, p->currency);
      if (t.spent)
        ctx.report(p->source, t.spent->pos,
                   tactic_name(t) + " has spent " + amount(sum, p->currency) +
                       ", more than its budget of " + budget,
                   t.id);
      else
        ctx.report(p->source, t.budget->pos,
                   "tactics inside " + tactic_name(t) + " have spent " + amount(sum, p->currency) +
                       ", more than its budget of " + budget,
                   t.id);
    });
  }
}

}  // namespace strat::rules

// budget-overrun: live top-level tactics budget more than the plan has, or live nested
// tactics more than their parent has.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_budget_overrun(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans) {
    if (p->budget) {
      Money sum = rolled_up(p->tactics, &Tactic::budget);
      if (sum > p->budget->value)
        ctx.report(p->source, p->budget->pos,
                   "tactics in plan '" + p->name + "' budget " + amount(sum, p->currency) +
                       ", but the plan has " + amount(p->budget->value, p->currency),
                   p->name);
    }
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.budget || t.tactics.empty()) return;
      Money sum = rolled_up(t.tactics, &Tactic::budget);
      if (sum <= t.budget->value) return;
      std::string itself = t.id.empty() ? std::string("the tactic") : "'" + t.id + "'";
      ctx.report(p->source, t.budget->pos,
                 "tactics inside " + tactic_name(t) + " budget " + amount(sum, p->currency) +
                     ", but " + itself + " itself has " + amount(t.budget->value, p->currency),
                 t.id);
    });
  }
}

}  // namespace strat::rules

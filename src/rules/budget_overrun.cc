// budget-overrun: live top-level tactics budget more than the plan has, or live nested
// tactics more than their parent has.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {
namespace {

Money total(const std::vector<Tactic>& tactics);

/// What a live tactic commits: its own budget, or else what its nested tactics commit.
Money committed(const Tactic& t) {
  if (t.status == Status::dropped) return {};
  return t.budget ? t.budget->value : total(t.tactics);
}

/// What the tactics in `tactics` commit together.
Money total(const std::vector<Tactic>& tactics) {
  Money sum;
  for (const Tactic& t : tactics) sum = add(sum, committed(t));
  return sum;
}

}  // namespace

void check_budget_overrun(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans) {
    if (p->budget) {
      Money sum = total(p->tactics);
      if (sum > p->budget->value)
        ctx.report(p->source, p->budget->pos, "budget-overrun",
                   "tactics in plan '" + p->name + "' budget " + amount(sum, p->currency) +
                       ", but the plan has " + amount(p->budget->value, p->currency),
                   p->name);
    }
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.budget || t.tactics.empty()) return;
      Money sum = total(t.tactics);
      if (sum <= t.budget->value) return;
      std::string itself = t.id.empty() ? std::string("the tactic") : "'" + t.id + "'";
      ctx.report(p->source, t.budget->pos, "budget-overrun",
                 "tactics inside " + tactic_name(t) + " budget " + amount(sum, p->currency) +
                     ", but " + itself + " itself has " + amount(t.budget->value, p->currency),
                 t.id);
    });
  }
}

}  // namespace strat::rules

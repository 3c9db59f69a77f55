// tactic-without-goal: a live tactic serves no goal, not even one inherited from its parent.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_tactic_without_goal(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (t.goals.empty())
        ctx.report(p->source, t.pos, tactic_name(t) + " serves no goal",
                   t.id);
    });
}

}  // namespace strat::rules

// tactic-without-owner: no one is responsible for a live tactic, not even its parent's owner.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_tactic_without_owner(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.owner)
        ctx.report(p->source, t.pos, tactic_name(t) + " has no owner",
                   t.id);
    });
}

}  // namespace strat::rules

// stray-dropped-because: a live tactic gives the reason it was dropped (`dropped_because:`)
// without `status: dropped`, so the plan still counts it.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_stray_dropped_because(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.dropped_because) return;
      std::string_view status = t.status == Status::planned ? "planned" : t.status == Status::active ? "active" : "done";
      ctx.report(p->source, t.dropped_because->pos,
                 tactic_name(t) + " says why it was dropped, but its status is " + std::string(status) +
                     ": add 'status: dropped', or remove 'dropped_because'",
                 t.id);
    });
}

}  // namespace strat::rules

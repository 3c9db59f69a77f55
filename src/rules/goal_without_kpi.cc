// goal-without-kpi: a marketing goal has no KPI, so no one can tell whether it was reached.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_goal_without_kpi(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws))
    for (const Goal& g : s->goals)
      if (g.kpis.empty())
        ctx.report(s->source, g.pos, entity_name("goal", g.id) + " has no KPI", g.id);
}

}  // namespace strat::rules

// goal-without-objective: a marketing goal is tied to no business objective.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_goal_without_objective(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws))
    for (const Goal& g : s->goals)
      if (g.objectives.empty())
        ctx.report(s->source, g.pos,
                   entity_name("goal", g.id) + " serves no business objective", g.id);
}

}  // namespace strat::rules

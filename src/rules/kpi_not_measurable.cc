// kpi-not-measurable: a KPI lacks a numeric target or a due date (it is not SMART).
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_kpi_not_measurable(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws))
    for (const Goal& g : s->goals)
      for (const Kpi& k : g.kpis) {
        const char* lacks = !k.target && !k.due ? "neither a target nor a due date"
                            : !k.target         ? "no target"
                            : !k.due            ? "no due date"
                                                : nullptr;
        if (lacks)
          ctx.report(s->source, k.pos,
                     entity_name("KPI", k.id) + " of " + entity_name("goal", g.id) + " has " + lacks, k.id);
      }
}

}  // namespace strat::rules

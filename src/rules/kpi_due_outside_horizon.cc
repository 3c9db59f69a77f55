// kpi-due-outside-horizon: a KPI of a goal or a channel is due before the strategy horizon
// starts or after it ends.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_kpi_due_outside_horizon(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws)) {
    const DateRange& h = s->horizon;
    auto check = [&](const Kpi& k, const std::string& owner) {
      if (!k.due) return;
      std::string where;
      if (h.from && k.due->value < h.from->value)
        where = "before the strategy horizon starts on " + h.from->value.str();
      else if (h.to && k.due->value > h.to->value)
        where = "after the strategy horizon ends on " + h.to->value.str();
      else
        return;
      ctx.report(s->source, k.due->pos,
                 entity_name("KPI", k.id) + " of " + owner + " is due on " + k.due->value.str() + ", " + where, k.id);
    };
    for (const Goal& g : s->goals)
      for (const Kpi& k : g.kpis) check(k, entity_name("goal", g.id));
    for (const Channel& c : s->channels)
      for (const Kpi& k : c.kpis) check(k, entity_name("channel", c.id));
  }
}

}  // namespace strat::rules

// kpi-not-measurable: a KPI (of a goal, a channel or a tactic) lacks a numeric target or a due
// date (it is not SMART).
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_kpi_not_measurable(const RuleContext& ctx) {
  for_each_kpi(ctx.ws, [&](const SourcePtr& source, const Kpi& k, const std::string& owner) {
    const char* lacks = !k.target && !k.due ? "neither a target nor a due date"
                        : !k.target         ? "no target"
                        : !k.due            ? "no due date"
                                            : nullptr;
    if (lacks) ctx.report(source, k.pos, entity_name("KPI", k.id) + " of " + owner + " has " + lacks, k.id);
  });
}

}  // namespace strat::rules

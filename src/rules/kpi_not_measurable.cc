// kpi-not-measurable: a KPI (of a goal, a channel or a tactic) lacks a numeric target or a due
// date (it is not SMART). One written with an invalid value is not reported here: the loader
// reported it as wrong-type.
#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_kpi_not_measurable(const RuleContext& ctx) {
  for_each_kpi(ctx.ws, [&](const SourcePtr& source, const Kpi& k, const std::string& owner) {
    // A value written but invalid was reported by the loader (wrong-type): not again here.
    bool no_target = !k.target && !k.invalid.target, no_due = !k.due && !k.invalid.due;
    const char* lacks = no_target && no_due ? "neither a target nor a due date"
                        : no_target         ? "no target"
                        : no_due            ? "no due date"
                                            : nullptr;
    if (lacks) ctx.report(source, k.pos, entity_name("KPI", k.id) + " of " + owner + " has " + lacks, k.id);
  });
}

}  // namespace strat::rules

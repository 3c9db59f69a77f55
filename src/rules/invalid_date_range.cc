// invalid-date-range: a strategy horizon, plan period or live tactic starts after it ends.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {
namespace {

void check_range(const RuleContext& ctx, const SourcePtr& source, const DateRange& r,
                 const std::string& what, const std::string& entity) {
  if (!r.from || !r.to || r.from->value <= r.to->value) return;
  ctx.report(source, r.from->pos,
             what + " starts on " + r.from->value.str() + ", after it ends on " + r.to->value.str(),
             entity);
}

}  // namespace

void check_invalid_date_range(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws))
    check_range(ctx, s->source, s->horizon, "the horizon of strategy '" + s->name + "'", s->name);
  for (const auto& p : ctx.ws.plans) {
    check_range(ctx, p->source, p->period, "the period of plan '" + p->name + "'", p->name);
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      check_range(ctx, p->source, t.span, tactic_name(t), t.id);
    });
  }
}

}  // namespace strat::rules

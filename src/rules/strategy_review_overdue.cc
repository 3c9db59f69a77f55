// strategy-review-overdue: the strategy's last review plus review_every lies before today.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_strategy_review_overdue(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws)) {
    if (!s->reviewed) continue;
    Date due = s->review_every.value.after(s->reviewed->value);
    if (due < ctx.today)
      ctx.report(s->source, s->reviewed->pos,
                 "strategy '" + s->name + "' was due for review on " + due.str() +
                     ": last reviewed on " + s->reviewed->value.str() + ", to be reviewed every " +
                     s->review_every.value.str(),
                 s->name);
  }
}

}  // namespace strat::rules

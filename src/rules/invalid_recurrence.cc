// invalid-recurrence: a live tactic's `every:` cannot be given a meaning: it has no `from:` to
// start on, it happens on a single day (`on:` or `due:`), or it is open-ended (no `to:`) with
// neither a parent tactic nor the plan's period to end it (see tactic_recurrence); or a tactic
// that does not repeat lists days to skip (`except:`).
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"
#include "strat/recurrence.h"

namespace strat::rules {
namespace {

/// Why `t`'s `every:` means nothing, or "" when it does.
std::string problem(const Tactic& t, const Tactic* parent, const Plan& plan) {
  std::string repeats = tactic_name(t) + " repeats 'every: " + t.every->value.str() + "'";
  if (t.on)
    return repeats + " but happens on a single day ('on: " + t.on->value.str() +
           "'); a recurring tactic needs 'from:' (and 'to:') instead of 'on:'";
  if (t.due)
    return repeats + " but has a single deadline ('due: " + t.due->value.str() +
           "'); a recurring tactic needs 'from:' (and 'to:') instead of 'due:'";
  if (!t.span.from)
    return repeats + " but has no 'from:', so there is no day for it to start; add 'from:'";
  if (!tactic_recurrence(t, parent, plan))
    return repeats + " from " + t.span.from->value.str() +
           " with no 'to:', and neither a parent tactic nor the plan's period ends, so it never "
           "stops; add 'to:', or a 'period:' to the plan";
  return {};
}

}  // namespace

void check_invalid_recurrence(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic* parent) {
      if (!t.every) {
        if (!t.except.empty())
          ctx.report(p->source, t.except_pos,
                     tactic_name(t) + " skips days ('except:') but does not repeat; 'except:' goes with "
                                      "'every:', as in 'every: week on monday'",
                     t.id);
        return;
      }
      std::string why = problem(t, parent, *p);
      if (!why.empty()) ctx.report(p->source, t.every->pos, why, t.id);
    });
}

}  // namespace strat::rules

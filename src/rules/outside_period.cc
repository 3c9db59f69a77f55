// outside-period: a live tactic's days fall outside its plan's period, or a nested tactic's
// outside its parent's dates; a milestone's day outside its plan's period. A recurring tactic
// is judged by its occurrences, not its span. A parent without dates, or with a single day
// (`on:`, `due:`: an event and its preparation and follow-up), passes its own bounds on.
#include <optional>
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"
#include "strat/recurrence.h"

namespace strat::rules {
namespace {

/// The days a tactic must stay within, and how to name them in a message.
struct Bounds {
  std::optional<Date> first, last;
  std::string name;
};

void walk(const RuleContext& ctx, const Plan& plan, const std::vector<Tactic>& tactics,
          const Tactic* parent, const Bounds& outer) {
  for (const Tactic& t : tactics) {
    if (t.status == Status::dropped) continue;
    std::optional<Date> first = t.first_day(), last = t.last_day();
    std::optional<Date> lo = first ? first : last, hi = last ? last : first;
    std::optional<Recurrence> rec = tactic_recurrence(t, parent, plan);
    int64_t n = rec ? rec->count() : 0;
    if (n > 0) {  // the days it happens on: the first and the last occurrence
      lo = rec->nth(0);
      hi = rec->nth(n - 1);
    }
    if ((lo && outer.first && *lo < *outer.first) || (hi && outer.last && *hi > *outer.last)) {
      std::string when = n > 0 ? " recurs " + describe_days(lo, hi) : " runs " + describe_days(first, last);
      ctx.report(plan.source, t.pos,
                 tactic_name(t) + when + ", outside " + outer.name + " (" +
                     describe_days(outer.first, outer.last) + ")",
                 t.id);
    }
    if (t.tactics.empty()) continue;
    Bounds inner = outer;
    bool single_day = !t.span.from && !t.span.to;  // `on:` or `due:` (or no dates at all)
    if (single_day) {
      walk(ctx, plan, t.tactics, &t, outer);
      continue;
    }
    if (first || last)
      inner.name = t.id.empty() ? std::string("its parent tactic") : "its parent " + tactic_name(t);
    if (first) inner.first = first;
    if (last) inner.last = last;
    walk(ctx, plan, t.tactics, &t, inner);
  }
}

}  // namespace

void check_outside_period(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans) {
    Bounds period;
    if (p->period.from) period.first = p->period.from->value;
    if (p->period.to) period.last = p->period.to->value;
    period.name = "the period of plan '" + p->name + "'";
    walk(ctx, *p, p->tactics, nullptr, period);
    for (const Milestone& m : p->milestones)
      if (m.on && ((period.first && m.on->value < *period.first) || (period.last && m.on->value > *period.last)))
        ctx.report(p->source, m.on->pos,
                   entity_name("milestone", m.id) + " is on " + m.on->value.str() + ", outside " + period.name + " (" +
                       describe_days(period.first, period.last) + ")",
                   m.id);
  }
}

}  // namespace strat::rules

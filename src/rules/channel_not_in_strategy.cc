// channel-not-in-strategy: a live tactic uses a channel that its plan's strategy did not choose.
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_channel_not_in_strategy(const RuleContext& ctx) {
  for (const auto& p : ctx.ws.plans) {
    const Strategy* s = p->strategy.get();
    if (!s) continue;  // the workspace already reported the missing strategy
    std::vector<std::string_view> ids;
    for (const Channel& c : s->channels) ids.push_back(c.id);
    Suggester suggest(std::move(ids));
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.channel || s->find_channel(t.channel->id)) return;
      ctx.report(p->source, t.channel->pos,
                 tactic_name(t) + " uses channel '" + t.channel->id +
                     "', which the strategy did not choose" + suggest.suffix(t.channel->id),
                 t.id);
    });
  }
}

}  // namespace strat::rules

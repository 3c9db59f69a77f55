// goal-without-tactic: no live tactic in any plan of this run serves a goal of the strategy
// the plans use (strategies that no plan uses are not checked).
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rules/checks.h"
#include "rules/rule_util.h"
#include "strat/id.h"

namespace strat::rules {
namespace {

struct Coverage {
  std::unordered_set<std::string> goals;  ///< id_key()s served by some live tactic
  int plans = 0;
  std::string first_plan;
};

}  // namespace

void check_goal_without_tactic(const RuleContext& ctx) {
  std::unordered_map<const Strategy*, Coverage> coverage;
  for (const auto& p : ctx.ws.plans) {
    if (!p->strategy) continue;
    Coverage& c = coverage[p->strategy.get()];
    if (c.plans++ == 0) c.first_plan = p->name;
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (t.goals_inherited) return;  // the parent's goals are already counted
      for (const Ref& r : t.goals) c.goals.insert(id_key(r.id));
    });
  }
  for (const Strategy* s : strategies(ctx.ws)) {
    auto it = coverage.find(s);
    if (it == coverage.end()) continue;
    const Coverage& c = it->second;
    std::string where = c.plans == 1 ? "plan '" + c.first_plan + "'"
                                     : "the " + std::to_string(c.plans) + " plans checked";
    for (const Goal& g : s->goals)
      if (!c.goals.contains(id_key(g.id)))
        ctx.report(s->source, g.pos,
                   entity_name("goal", g.id) + " is served by no tactic in " + where, g.id);
  }
}

}  // namespace strat::rules

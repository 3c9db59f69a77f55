// unknown-reference: a goal's objective or audience, or a tactic's goal, audience or owner,
// names an id that does not exist (channels are channel-not-in-strategy's job).
#include <string>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {
namespace {

template <class Items>
std::vector<std::string_view> ids_of(const Items& items) {
  std::vector<std::string_view> ids;
  ids.reserve(items.size());
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

constexpr std::string_view kNotInStrategy = ", which the strategy does not define";

/// Reports `ref` unless `found`: "<who> refers to <kind> '<id>'<why>; did you mean …".
void expect(const RuleContext& ctx, const SourcePtr& source, bool found, const Ref& ref,
            const std::string& who, const std::string& entity, std::string_view kind,
            std::string_view why, const Suggester& suggest) {
  if (found) return;
  ctx.report(source, ref.pos,
             who + " refers to " + std::string(kind) + " '" + ref.id + "'" + std::string(why) +
                 suggest.suffix(ref.id),
             entity);
}

void check_strategy(const RuleContext& ctx, const Strategy& s) {
  Suggester objectives(ids_of(s.objectives)), audiences(ids_of(s.audiences));
  for (const Goal& g : s.goals) {
    std::string who = entity_name("goal", g.id);
    for (const Ref& r : g.objectives)
      expect(ctx, s.source, s.find_objective(r.id), r, who, g.id, "objective", kNotInStrategy,
             objectives);
    for (const Ref& r : g.audiences)
      expect(ctx, s.source, s.find_audience(r.id), r, who, g.id, "audience", kNotInStrategy,
             audiences);
  }
}

void check_plan(const RuleContext& ctx, const Plan& p) {
  const Strategy* s = p.strategy.get();  // null: the workspace already reported why
  Suggester goals(s ? ids_of(s->goals) : std::vector<std::string_view>{});
  Suggester audiences(s ? ids_of(s->audiences) : std::vector<std::string_view>{});
  Suggester team(ids_of(p.team));
  for_each_live_tactic(p.tactics, [&](const Tactic& t, const Tactic*) {
    std::string who = tactic_name(t);
    if (s && !t.goals_inherited)  // an inherited goal was reported at the parent
      for (const Ref& r : t.goals)
        expect(ctx, p.source, s->find_goal(r.id), r, who, t.id, "goal", kNotInStrategy, goals);
    if (s && t.audience)
      expect(ctx, p.source, s->find_audience(t.audience->id), *t.audience, who, t.id, "audience",
             kNotInStrategy, audiences);
    if (t.owner && !t.owner_inherited)
      expect(ctx, p.source, p.find_member(t.owner->id), *t.owner, who, t.id, "owner",
             ", who is not on the plan's team", team);
  });
}

}  // namespace

void check_unknown_reference(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws)) check_strategy(ctx, *s);
  for (const auto& p : ctx.ws.plans) check_plan(ctx, *p);
}

}  // namespace strat::rules

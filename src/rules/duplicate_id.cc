// duplicate-id: two entities of one kind share an id (KPI ids are unique per strategy, goals'
// and channels' together, and per plan, over its tactics'; tactic ids per plan including nested
// tactics; dropped tactics keep their ids reserved).
#include <algorithm>
#include <string>
#include <unordered_map>

#include "rules/checks.h"
#include "rules/rule_util.h"
#include "strat/id.h"

namespace strat::rules {
namespace {

/// Remembers the first position of each id of one kind and reports the later ones.
class IdSet {
 public:
  IdSet(const RuleContext& ctx, const SourcePtr& source, std::string kind)
      : ctx_(ctx), source_(source), kind_(std::move(kind)) {}

  void add(const std::string& id, Pos pos) {
    if (id.empty()) return;  // a missing id is the loader's missing-field
    auto [it, first] = first_.emplace(id_key(id), First{id, pos});
    if (first) return;
    std::string lookalike = it->second.id == id ? "" : " (spelt with other Unicode characters that look the same)";
    ctx_.report(source_, pos,
                kind_ + " id '" + id + "' is already used at line " +
                    std::to_string(it->second.pos.line) + lookalike,
                id);
  }

 private:
  struct First {
    std::string_view id;  // as written
    Pos pos;
  };
  const RuleContext& ctx_;
  const SourcePtr& source_;
  std::string kind_;
  std::unordered_map<std::string, First> first_;  // by id_key()
};

void check_strategy(const RuleContext& ctx, const Strategy& s) {
  IdSet objectives(ctx, s.source, "objective"), audiences(ctx, s.source, "audience"),
      channels(ctx, s.source, "channel"), goals(ctx, s.source, "goal"), kpis(ctx, s.source, "KPI");
  for (const Objective& o : s.objectives) objectives.add(o.id, o.pos);
  for (const Audience& a : s.audiences) audiences.add(a.id, a.pos);
  std::vector<const Kpi*> all_kpis;  // goals' and channels', in file order
  for (const Channel& c : s.channels) {
    channels.add(c.id, c.pos);
    for (const Kpi& k : c.kpis) all_kpis.push_back(&k);
  }
  for (const Goal& g : s.goals) {
    goals.add(g.id, g.pos);
    for (const Kpi& k : g.kpis) all_kpis.push_back(&k);
  }
  std::stable_sort(all_kpis.begin(), all_kpis.end(), [](const Kpi* a, const Kpi* b) { return a->pos < b->pos; });
  for (const Kpi* k : all_kpis) kpis.add(k->id, k->pos);
}

void check_plan(const RuleContext& ctx, const Plan& p) {
  IdSet team(ctx, p.source, "team member"), tactics(ctx, p.source, "tactic"), kpis(ctx, p.source, "KPI"),
      milestones(ctx, p.source, "milestone");
  for (const TeamMember& m : p.team) team.add(m.id, m.pos);
  for_each_tactic(p.tactics, [&](const Tactic& t, const Tactic*) {
    tactics.add(t.id, t.pos);
    for (const Kpi& k : t.kpis) kpis.add(k.id, k.pos);
  });
  for (const Milestone& m : p.milestones) milestones.add(m.id, m.pos);
}

}  // namespace

void check_duplicate_id(const RuleContext& ctx) {
  for (const Strategy* s : strategies(ctx.ws)) check_strategy(ctx, *s);
  for (const auto& p : ctx.ws.plans) check_plan(ctx, *p);
}

}  // namespace strat::rules

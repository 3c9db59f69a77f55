// Impact: what the live tactics commit (dropped ones count for nothing, as budget-overrun
// counts), dates that moved, occurrences gained or lost, goals that lost their tactics.
#include "diff/impact.h"

#include <algorithm>
#include <map>
#include <set>

#include "strat/recurrence.h"

namespace strat::diff {
namespace {

struct Sums {
  Money total;
  std::map<std::string, Money> goal, channel, owner;
};

void add(Money& m, Money x) { m.cents += x.cents; }

/// A tactic with a budget counts it (its nested tactics break it down); one without counts
/// what its nested tactics commit.
/// A nested tactic without a channel of its own counts under its parent's.
void sum(const std::vector<Tactic>& tactics, Sums& s, const Ref* parent_channel = nullptr) {
  for (const Tactic& t : tactics) {
    if (t.status == Status::dropped) continue;
    const Ref* channel = t.channel ? &*t.channel : parent_channel;
    if (!t.budget) {
      sum(t.tactics, s, channel);
      continue;
    }
    Money b = t.budget->value;
    add(s.total, b);
    for (const Ref& g : t.goals) add(s.goal[g.id], b);
    add(s.channel[channel ? channel->id : "(none)"], b);
    add(s.owner[t.owner ? t.owner->id : "(none)"], b);
  }
}

std::vector<MoneyDelta> deltas(const std::map<std::string, Money>& a, const std::map<std::string, Money>& b) {
  std::set<std::string> keys;
  for (const auto& [k, v] : a) keys.insert(k);
  for (const auto& [k, v] : b) keys.insert(k);
  std::vector<MoneyDelta> out;
  for (const std::string& k : keys) {
    Money o = a.count(k) ? a.at(k) : Money{};
    Money n = b.count(k) ? b.at(k) : Money{};
    if (o != n) out.push_back({k, o, n});
  }
  return out;
}

/// (goal, tactic id) for each live tactic serving a goal (a tactic inside a dropped one is not
/// live), sorted and unique: views into the models, as a large plan has one per tactic.
using GoalTactic = std::pair<std::string_view, std::string_view>;
using Renames = std::unordered_map<std::string_view, std::string_view>;

template <class Fn>
void each_live(const std::vector<Tactic>& tactics, const Fn& fn) {
  for (const Tactic& t : tactics) {
    if (t.status == Status::dropped) continue;
    for (const Ref& g : t.goals) fn(g.id, t.id);
    each_live(t.tactics, fn);
  }
}

std::vector<GoalTactic> live(const std::vector<Tactic>& tactics, const Renames* renames) {
  size_t n = 0;
  each_live(tactics, [&](std::string_view, std::string_view) { ++n; });
  std::vector<GoalTactic> out;
  out.reserve(n);  // exact: no spare capacity, no copy while growing
  each_live(tactics, [&](std::string_view goal, std::string_view id) {
    if (renames)
      if (auto r = renames->find(id); r != renames->end()) id = r->second;
    out.emplace_back(goal, id);
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// The entries of `v` from `i` on with the goal `goal`: [i, end).
size_t goal_end(const std::vector<GoalTactic>& v, size_t i, std::string_view goal) {
  while (i < v.size() && v[i].first == goal) ++i;
  return i;
}

/// The tactic ids in a[ai, ae) but not in b[bi, be) (both sorted by id within a goal).
std::vector<std::string> minus(const std::vector<GoalTactic>& a, size_t ai, size_t ae,
                               const std::vector<GoalTactic>& b, size_t bi, size_t be) {
  std::vector<std::string> out;
  while (ai < ae) {
    if (bi == be || a[ai].second < b[bi].second) out.emplace_back(a[ai++].second);
    else if (b[bi].second < a[ai].second) ++bi;
    else ++ai, ++bi;
  }
  return out;
}

void shifts(const Plan& op, const Plan& np, const Entity& o, const Entity& n, PlanImpact& out) {
  const Tactic& a = *o.tactic();
  const Tactic& b = *n.tactic();
  auto a1 = a.first_day(), b1 = b.first_day(), a2 = a.last_day(), b2 = b.last_day();
  if (a1 && b1 && *a1 != *b1) out.shifts.push_back({b.id, n.path(), true, *a1, *b1});
  if (a2 && b2 && *a2 != *b2) out.shifts.push_back({b.id, n.path(), false, *a2, *b2});
  auto ra = tactic_recurrence(a, o.parent_tactic(), op);
  auto rb = tactic_recurrence(b, n.parent_tactic(), np);
  if (!ra && !rb) return;
  int64_t ca = ra ? ra->count() : 0, cb = rb ? rb->count() : 0;
  if (ca != cb) out.occurrences.push_back({b.id, n.path(), ca, cb});
}

}  // namespace

PlanImpact plan_impact(const Plan* old_plan, const Plan* new_plan, const Pairing& p) {
  static const Plan empty;
  const Plan& op = old_plan ? *old_plan : empty;
  const Plan& np = new_plan ? *new_plan : empty;
  const Plan& named = new_plan ? np : op;
  PlanImpact out;
  out.name = named.name;
  out.file = named.source ? named.source->path() : "";
  out.currency = named.currency;

  Sums a, b;
  sum(op.tactics, a);
  sum(np.tactics, b);
  out.budget = {"", a.total, b.total};
  out.by_goal = deltas(a.goal, b.goal);
  out.by_channel = deltas(a.channel, b.channel);
  out.by_owner = deltas(a.owner, b.owner);

  for (const auto& [o, n] : p.pairs)
    if (o->tactic() && n->tactic()) shifts(op, np, *o, *n, out);

  // Both lists sorted by goal, then id: walk the goals of either in order.
  std::vector<GoalTactic> ga = live(op.tactics, &p.tactic_renames), gb = live(np.tactics, nullptr);
  for (size_t i = 0, j = 0; i < ga.size() || j < gb.size();) {
    std::string_view g = j == gb.size() || (i < ga.size() && ga[i].first < gb[j].first) ? ga[i].first : gb[j].first;
    size_t ie = goal_end(ga, i, g), je = goal_end(gb, j, g);
    GoalTactics gt{std::string(g), minus(ga, i, ie, gb, j, je), minus(gb, j, je, ga, i, ie), false};
    bool goal_exists = !np.strategy || np.strategy->find_goal(g);
    gt.orphaned = ie > i && je == j && new_plan && goal_exists;
    if (!gt.lost.empty() || !gt.gained.empty()) out.goals.push_back(std::move(gt));
    i = ie, j = je;
  }
  return out;
}

void kpi_moves(const Pairing& p, std::vector<KpiMove>& out) {
  for (const auto& [o, n] : p.pairs) {
    const Kpi* ok = o->kpi();
    const Kpi* nk = n->kpi();
    if (!ok || !nk || !ok->target || !nk->target) continue;
    double a = ok->target->value, b = nk->target->value;
    if (a == b) continue;
    KpiMove m{std::string(n->goal()), nk->id, nk->metric, nk->unit, a, b, std::nullopt};
    if (a != 0) m.percent = (b - a) / a * 100.0;
    out.push_back(std::move(m));
  }
}

}  // namespace strat::diff

namespace strat {

bool PlanImpact::empty() const {
  return budget.delta() == 0 && by_goal.empty() && by_channel.empty() && by_owner.empty() &&
         shifts.empty() && occurrences.empty() && goals.empty();
}

bool Impact::empty() const {
  for (const PlanImpact& p : plans)
    if (!p.empty()) return false;
  return kpis.empty();
}

}  // namespace strat

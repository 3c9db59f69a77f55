// Entities: the model's structs in a fixed order, and what the diff reads of each.
#include "diff/entities.h"

#include <algorithm>

namespace strat::diff {
namespace {

/// The kinds in the order of Object's alternatives.
constexpr std::array<std::string_view, std::variant_size_v<Object>> kKinds = {
    "plan", "strategy", "objective", "audience", "channel", "competitor", "goal", "kpi", "member", "tactic",
    "milestone"};

/// Where an owner's KPIs sit: "goals/leads", "tactics/ads/ads-jan".
std::string owner_path(const Owner& owner) {
  return std::visit(Overload{[](std::monostate) { return std::string(); },
                             [](const Goal* g) { return "goals/" + g->id; },
                             [](const Channel* c) { return "channels/" + c->id; },
                             [](const Tactic* t) { return "tactics/" + t->path; }},
                    owner);
}

void add_kpis(std::vector<Entity>& out, const std::vector<Kpi>& kpis, Owner owner) {
  for (const Kpi& k : kpis) out.push_back({&k, owner});
}

void add_tactics(std::vector<Entity>& out, const std::vector<Tactic>& tactics, const Tactic* parent) {
  for (const Tactic& t : tactics) {
    out.push_back({&t, parent ? Owner{parent} : Owner{}});
    add_kpis(out, t.kpis, &t);
    add_tactics(out, t.tactics, &t);
  }
}

size_t count_tactics(const std::vector<Tactic>& tactics) {
  size_t n = tactics.size();
  for (const Tactic& t : tactics) n += t.kpis.size() + count_tactics(t.tactics);
  return n;
}

}  // namespace

std::string_view Entity::kind() const { return kKinds[object.index()]; }

std::string_view Entity::id() const {
  return std::visit(Overload{[](const Plan*) { return std::string_view(); },
                             [](const Strategy*) { return std::string_view(); },
                             [](const Competitor* c) { return std::string_view(c->name); },
                             [](const auto* x) { return std::string_view(x->id); }},
                    object);
}

std::string Entity::path() const {
  return std::visit(Overload{[](const Plan*) { return std::string("plan"); },
                             [](const Strategy*) { return std::string("strategy"); },
                             [](const Objective* o) { return "objectives/" + o->id; },
                             [](const Audience* a) { return "audiences/" + a->id; },
                             [](const Channel* c) { return "channels/" + c->id; },
                             [](const Competitor* c) { return "competitors/" + c->name; },
                             [](const Goal* g) { return "goals/" + g->id; },
                             [&](const Kpi* k) { return owner_path(owner) + "/kpis/" + k->id; },
                             [](const TeamMember* m) { return "team/" + m->id; },
                             [](const Tactic* t) { return "tactics/" + t->path; },
                             [](const Milestone* m) { return "milestones/" + m->id; }},
                    object);
}

std::string_view Entity::parent() const {
  const Tactic* t = tactic();
  return t ? std::string_view(t->parent_id) : std::string_view();
}

Pos Entity::pos() const {
  return std::visit([](const auto* x) { return x->pos; }, object);
}

const Tactic* Entity::tactic() const {
  auto* t = std::get_if<const Tactic*>(&object);
  return t ? *t : nullptr;
}

const Tactic* Entity::parent_tactic() const {
  auto* t = std::get_if<const Tactic*>(&owner);
  return t && tactic() ? *t : nullptr;
}

const Kpi* Entity::kpi() const {
  auto* k = std::get_if<const Kpi*>(&object);
  return k ? *k : nullptr;
}

std::string_view Entity::goal() const {
  auto* g = std::get_if<const Goal*>(&owner);
  return g && kpi() ? std::string_view((*g)->id) : std::string_view();
}

std::vector<Entity> plan_entities(const Plan& p) {
  std::vector<Entity> out;
  out.reserve(1 + p.team.size() + count_tactics(p.tactics) + p.milestones.size());
  out.push_back({&p, {}});
  for (const TeamMember& m : p.team) out.push_back({&m, {}});
  add_tactics(out, p.tactics, nullptr);
  for (const Milestone& m : p.milestones) out.push_back({&m, {}});
  return out;
}

std::vector<Entity> strategy_entities(const Strategy& s) {
  std::vector<Entity> out;
  out.push_back({&s, {}});
  for (const Objective& o : s.objectives) out.push_back({&o, {}});
  for (const Audience& a : s.audiences) out.push_back({&a, {}});
  for (const Channel& c : s.channels) {
    out.push_back({&c, {}});
    add_kpis(out, c.kpis, &c);
  }
  for (const Competitor& c : s.competitors) out.push_back({&c, {}});
  for (const Goal& g : s.goals) {
    out.push_back({&g, {}});
    add_kpis(out, g.kpis, &g);
  }
  return out;
}

int kind_rank(std::string_view kind) {
  if (kind == "file") return 0;  // a whole file added or removed comes first
  auto it = std::find(kKinds.begin(), kKinds.end(), kind);
  return 1 + static_cast<int>(it - kKinds.begin());
}

}  // namespace strat::diff

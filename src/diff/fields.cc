// Entities and their fields, read from the model as written (inherited values are not
// the nested tactic's own: a parent's change shows once, on the parent).
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "diff/entities.h"
#include "strat/diff.h"

namespace strat::diff {
namespace {

Entity make(std::string_view kind, std::string id, std::string path, std::string parent, Pos pos) {
  Entity e;
  e.kind = kind;
  e.id = std::move(id);
  e.path = std::move(path);
  e.parent = std::move(parent);
  e.pos = pos;
  return e;
}

std::string number(double x) { return fmt::format("{}", x); }

std::string refs(const std::vector<Ref>& rs) {
  std::string out;
  for (const Ref& r : rs) out += (out.empty() ? "" : ", ") + r.id;
  return out;
}

std::string strings(const std::vector<std::string>& ss) {
  std::string out;
  for (const std::string& s : ss) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::string_view channel_type(const std::optional<ChannelType>& t) {
  if (!t) return "";
  switch (*t) {
    case ChannelType::owned: return "owned";
    case ChannelType::paid: return "paid";
    case ChannelType::earned: return "earned";
  }
  return "";
}

/// Appends fields to one entity, each from an optional located value or a plain one.
struct Fields {
  std::vector<Field>& out;
  /// An absent value is not stored: two sides compare it as empty (a large plan is held twice).
  void add(std::string_view name, std::string value, Pos pos = {}) {
    if (!value.empty()) out.push_back({name, std::move(value), pos});
  }
  void date(std::string_view name, const std::optional<Located<Date>>& d) {
    add(name, d ? d->value.str() : "", d ? d->pos : Pos{});
  }
  void money(std::string_view name, const std::optional<Located<Money>>& m) {
    add(name, m ? m->value.str() : "", m ? m->pos : Pos{});
  }
  void num(std::string_view name, const std::optional<Located<double>>& x) {
    add(name, x ? number(x->value) : "", x ? x->pos : Pos{});
  }
  void ref(std::string_view name, const std::optional<Ref>& r, bool inherited = false) {
    add(name, r && !inherited ? r->id : "", r && !inherited ? r->pos : Pos{});
  }
};

/// A KPI of a goal, a channel or a tactic: `owner_key` ("goal", "channel", "tactic") names the
/// field that holds what it measures, `base` the owner's path.
void add_kpi(std::vector<Entity>& out, const Kpi& k, std::string_view owner_key, const std::string& owner,
             const std::string& base) {
  Entity e = make("kpi", k.id, base + "/kpis/" + k.id, "", k.pos);
  e.kpi = &k;
  if (owner_key == "goal") e.goal = owner;
  Fields f{e.fields};
  f.add("metric", k.metric);
  f.add(owner_key, owner);
  f.num("baseline", k.baseline);
  f.num("target", k.target);
  f.num("actual", k.actual);
  f.add("unit", k.unit);
  f.add("direction", k.direction == Direction::up ? "up" : "down");
  f.date("due", k.due);
  out.push_back(std::move(e));
}

void add_tactics(std::vector<Entity>& out, const std::vector<Tactic>& tactics, const Tactic* parent) {
  for (const Tactic& t : tactics) {
    Entity e = make("tactic", t.id, "tactics/" + t.path, t.parent_id, t.pos);
    e.tactic = &t;
    e.parent_tactic = parent;
    Fields f{e.fields};
    f.add("title", t.title);
    f.add("type", t.type ? t.type->value : "", t.type ? t.type->pos : Pos{});
    f.add("goals", t.goals_inherited ? "" : refs(t.goals), t.goals.empty() || t.goals_inherited ? Pos{} : t.goals.front().pos);
    f.ref("channel", t.channel);
    f.ref("audience", t.audience);
    f.ref("owner", t.owner, t.owner_inherited);
    f.date("from", t.span.from);
    f.date("to", t.span.to);
    f.date("on", t.on);
    f.date("due", t.due);
    f.add("every", t.every ? t.every->value.str() : "", t.every ? t.every->pos : Pos{});
    std::string except;
    for (const auto& x : t.except)
      except += (except.empty() ? "" : ", ") + x.value.first.str() +
                (x.value.last == x.value.first ? "" : ".." + x.value.last.str());
    f.add("except", except, t.except_pos);
    f.add("at", t.at ? t.at->value.str() : "", t.at ? t.at->pos : Pos{});
    f.add("duration", t.duration ? t.duration->value.str() : "", t.duration ? t.duration->pos : Pos{});
    f.money("budget", t.budget);
    f.money("spent", t.spent);
    f.add("status", std::string(to_string(t.status)), t.status_pos);
    f.add("notes", t.notes);
    f.add("dropped_because", t.dropped_because ? t.dropped_because->value : "",
          t.dropped_because ? t.dropped_because->pos : Pos{});
    e.fields.shrink_to_fit();  // both sides of a large plan are held at once: no spare capacity
    out.push_back(std::move(e));
    for (const Kpi& k : t.kpis) add_kpi(out, k, "tactic", t.id, "tactics/" + t.path);
    add_tactics(out, t.tactics, &t);
  }
}

size_t count_tactics(const std::vector<Tactic>& tactics) {
  size_t n = tactics.size();
  for (const Tactic& t : tactics) n += count_tactics(t.tactics);
  return n;
}

}  // namespace

std::vector<Entity> plan_entities(const Plan& p) {
  std::vector<Entity> out;
  out.reserve(1 + p.team.size() + count_tactics(p.tactics));
  Entity plan = make("plan", "", "plan", "", p.pos);
  Fields f{plan.fields};
  f.add("name", p.name);
  f.add("strategy", p.strategy_path ? p.strategy_path->value : "", p.strategy_path ? p.strategy_path->pos : Pos{});
  f.date("period.from", p.period.from);
  f.date("period.to", p.period.to);
  f.add("currency", p.currency);
  f.money("budget", p.budget);
  f.add("timezone", p.timezone ? p.timezone->value : "", p.timezone ? p.timezone->pos : Pos{});
  out.push_back(std::move(plan));
  for (const TeamMember& m : p.team) {
    Entity e = make("member", m.id, "team/" + m.id, "", m.pos);
    Fields g{e.fields};
    g.add("name", m.name);
    g.add("role", m.role);
    g.add("email", m.email);
    out.push_back(std::move(e));
  }
  add_tactics(out, p.tactics, nullptr);
  for (const Milestone& m : p.milestones) {
    Entity e = make("milestone", m.id, "milestones/" + m.id, "", m.pos);
    Fields g{e.fields};
    g.add("title", m.title);
    g.date("on", m.on);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Entity> strategy_entities(const Strategy& s) {
  std::vector<Entity> out;
  Entity strategy = make("strategy", "", "strategy", "", s.pos);
  Fields f{strategy.fields};
  f.add("name", s.name);
  f.add("owner", s.owner);
  f.date("reviewed", s.reviewed);
  f.add("review_every", s.review_every.value.str(), s.review_every.pos);
  f.date("horizon.from", s.horizon.from);
  f.date("horizon.to", s.horizon.to);
  f.add("vision", s.vision);
  f.add("positioning.value_proposition", s.positioning.value_proposition);
  f.add("positioning.differentiators", strings(s.positioning.differentiators));
  f.add("positioning.message", s.positioning.message);
  f.add("opportunities", strings(s.opportunities));
  f.add("threats", strings(s.threats));
  out.push_back(std::move(strategy));
  for (const Objective& o : s.objectives) {
    Entity e = make("objective", o.id, "objectives/" + o.id, "", o.pos);
    Fields{e.fields}.add("title", o.title);
    out.push_back(std::move(e));
  }
  for (const Audience& a : s.audiences) {
    Entity e = make("audience", a.id, "audiences/" + a.id, "", a.pos);
    Fields{e.fields}.add("title", a.title);
    Fields{e.fields}.add("description", a.description);
    out.push_back(std::move(e));
  }
  for (const Channel& c : s.channels) {
    Entity e = make("channel", c.id, "channels/" + c.id, "", c.pos);
    Fields{e.fields}.add("title", c.title);
    Fields{e.fields}.add("type", std::string(channel_type(c.type)));
    out.push_back(std::move(e));
    for (const Kpi& k : c.kpis) add_kpi(out, k, "channel", c.id, "channels/" + c.id);
  }
  for (const Competitor& c : s.competitors) {
    Entity e = make("competitor", c.name, "competitors/" + c.name, "", c.pos);
    Fields{e.fields}.add("notes", c.notes);
    out.push_back(std::move(e));
  }
  for (const Goal& g : s.goals) {
    Entity e = make("goal", g.id, "goals/" + g.id, "", g.pos);
    Fields gf{e.fields};
    gf.add("title", g.title);
    gf.add("objectives", refs(g.objectives), g.objectives.empty() ? Pos{} : g.objectives.front().pos);
    gf.add("audiences", refs(g.audiences), g.audiences.empty() ? Pos{} : g.audiences.front().pos);
    out.push_back(std::move(e));
    for (const Kpi& k : g.kpis) add_kpi(out, k, "goal", g.id, "goals/" + g.id);
  }
  return out;
}

int kind_rank(std::string_view kind) {
  static constexpr std::array<std::string_view, 12> order = {
      "file", "plan", "strategy", "objective", "audience", "channel", "competitor",
      "goal", "kpi", "member", "tactic", "milestone"};
  auto it = std::find(order.begin(), order.end(), kind);
  return static_cast<int>(it - order.begin());
}

const Field* find_field(const Entity& e, std::string_view name) {
  for (const Field& f : e.fields)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace strat::diff

namespace strat {

const std::vector<std::string_view>& diff_field_names() {
  static const std::vector<std::string_view> names = {
      "actual", "audience", "audiences", "baseline", "budget", "channel", "currency",
      "description", "direction", "dropped_because", "due", "email", "every", "from", "goal", "goals",
      "horizon.from", "horizon.to", "metric", "name", "notes", "objectives", "on",
      "opportunities", "owner", "parent", "period.from", "period.to",
      "positioning.differentiators", "positioning.message", "positioning.value_proposition",
      "review_every", "reviewed", "role", "spent", "status", "strategy", "tactic", "target", "threats",
      "title", "to", "type", "unit", "vision"};
  return names;
}

}  // namespace strat

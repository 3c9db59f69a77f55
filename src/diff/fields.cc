// Each kind's fields, read from the model as written (inherited values are not the nested
// tactic's own: a parent's change shows once, on the parent).
#include "diff/entities.h"
#include "strat/diff.h"

namespace strat::diff {
namespace {

std::string_view channel_type(const std::optional<ChannelType>& t) {
  if (!t) return "";
  switch (*t) {
    case ChannelType::owned: return "owned";
    case ChannelType::paid: return "paid";
    case ChannelType::earned: return "earned";
  }
  return "";
}

/// Appends fields from optional located values or plain ones; an absent one is left out.
struct Add {
  Fields& f;
  void operator()(std::string_view name, Value v, Pos pos = {}) const { f.add(name, v, pos); }
  template <class T>
  void operator()(std::string_view name, const std::optional<Located<T>>& x) const {
    if (x) f.add(name, x->value, x->pos);
  }
  void operator()(std::string_view name, const std::optional<Located<std::string>>& x) const {
    if (x) f.add(name, std::string_view(x->value), x->pos);
  }
  void operator()(std::string_view name, const std::optional<Located<Every>>& x) const {
    if (x) f.add(name, &x->value, x->pos);
  }
  void ref(std::string_view name, const std::optional<Ref>& r, bool inherited = false) const {
    if (r && !inherited) f.add(name, std::string_view(r->id), r->pos);
  }
  void refs(std::string_view name, const std::vector<Ref>& rs) const {
    f.add(name, &rs, rs.empty() ? Pos{} : rs.front().pos);
  }
};

void kpi_fields(Add add, const Kpi& k, const Owner& owner) {
  add("metric", std::string_view(k.metric));
  std::visit(Overload{[](std::monostate) {},
                      [&](const Goal* g) { add("goal", std::string_view(g->id)); },
                      [&](const Channel* c) { add("channel", std::string_view(c->id)); },
                      [&](const Tactic* t) { add("tactic", std::string_view(t->id)); }},
             owner);
  add("baseline", k.baseline);
  add("target", k.target);
  add("actual", k.actual);
  add("unit", std::string_view(k.unit));
  add("direction", std::string_view(k.direction == Direction::up ? "up" : "down"));
  add("due", k.due);
}

void tactic_fields(Add add, const Tactic& t) {
  add("title", std::string_view(t.title));
  add("type", t.type);
  if (!t.goals_inherited) add.refs("goals", t.goals);
  add.ref("channel", t.channel);
  add.ref("audience", t.audience);
  add.ref("owner", t.owner, t.owner_inherited);
  add("from", t.span.from);
  add("to", t.span.to);
  add("on", t.on);
  add("due", t.due);
  add("every", t.every);
  add("except", &t.except, t.except_pos);
  add("at", t.at);
  add("duration", t.duration);
  add("budget", t.budget);
  add("spent", t.spent);
  add("status", to_string(t.status), t.status_pos);
  add("notes", std::string_view(t.notes));
  add("dropped_because", t.dropped_because);
}

void plan_fields(Add add, const Plan& p) {
  add("name", std::string_view(p.name));
  add("strategy", p.strategy_path);
  add("period.from", p.period.from);
  add("period.to", p.period.to);
  add("currency", std::string_view(p.currency));
  add("budget", p.budget);
  add("timezone", p.timezone);
}

void strategy_fields(Add add, const Strategy& s) {
  add("name", std::string_view(s.name));
  add("owner", std::string_view(s.owner));
  add("reviewed", s.reviewed);
  add("review_every", s.review_every.value, s.review_every.pos);
  add("horizon.from", s.horizon.from);
  add("horizon.to", s.horizon.to);
  add("vision", std::string_view(s.vision));
  add("positioning.value_proposition", std::string_view(s.positioning.value_proposition));
  add("positioning.differentiators", &s.positioning.differentiators);
  add("positioning.message", std::string_view(s.positioning.message));
  add("opportunities", &s.opportunities);
  add("threats", &s.threats);
}

}  // namespace

Fields Entity::fields() const {
  Fields out;
  Add add{out};
  std::visit(Overload{
                 [&](const Plan* p) { plan_fields(add, *p); },
                 [&](const Strategy* s) { strategy_fields(add, *s); },
                 [&](const Objective* o) { add("title", std::string_view(o->title)); },
                 [&](const Audience* a) {
                   add("title", std::string_view(a->title));
                   add("description", std::string_view(a->description));
                 },
                 [&](const Channel* c) {
                   add("title", std::string_view(c->title));
                   add("type", channel_type(c->type));
                 },
                 [&](const Competitor* c) { add("notes", std::string_view(c->notes)); },
                 [&](const Goal* g) {
                   add("title", std::string_view(g->title));
                   add.refs("objectives", g->objectives);
                   add.refs("audiences", g->audiences);
                 },
                 [&](const Kpi* k) { kpi_fields(add, *k, owner); },
                 [&](const TeamMember* m) {
                   add("name", std::string_view(m->name));
                   add("role", std::string_view(m->role));
                   add("email", std::string_view(m->email));
                 },
                 [&](const Tactic* t) { tactic_fields(add, *t); },
                 [&](const Milestone* m) {
                   add("title", std::string_view(m->title));
                   add("on", m->on);
                 },
             },
             object);
  return out;
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

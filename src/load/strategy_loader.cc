// The strategy document's schema: which keys each entity has and how each is read.
#include "load/schema.h"

#include <fmt/format.h>

#include "load/fields.h"

namespace strat::load {

namespace {

void read_objective(Reader& r, Objective& o) {
  Pos at = r.pos();
  o.pos = at;
  std::string what = describe("objective", r.peek_id());
  enum Key { id, title };
  static constexpr auto& kKeys = kObjectiveKeys;
  static_assert(kKeys.size() == title + 1);
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: o.pos = r.pos(); o.id = r.read_id("id").value_or(""); break;
      case title: o.title = r.read_text("title").value_or(""); break;
    }
  });
  require(r, given.has(id), at, what, "id");
  require(r, given.has(title), at, what, "title", o.id);
}

void read_audience(Reader& r, Audience& a) {
  Pos at = r.pos();
  a.pos = at;
  std::string what = describe("audience", r.peek_id());
  enum Key { id, title, description };
  static constexpr auto& kKeys = kAudienceKeys;
  static_assert(kKeys.size() == description + 1);
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: a.pos = r.pos(); a.id = r.read_id("id").value_or(""); break;
      case title: a.title = r.read_text("title").value_or(""); break;
      case description: a.description = r.read_text("description").value_or(""); break;
    }
  });
  require(r, given.has(id), at, what, "id");
  require(r, given.has(title), at, what, "title", a.id);
}

void read_channel(Reader& r, Channel& ch) {
  Pos at = r.pos();
  ch.pos = at;
  std::string what = describe("channel", r.peek_id());
  enum Key { id, type, title, kpis };
  static constexpr auto& kKeys = kChannelKeys;
  static_assert(kKeys.size() == kpis + 1 && key_at(kKeys, type, "type"));
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: ch.pos = r.pos(); ch.id = r.read_id("id").value_or(""); break;
      case type:
        if (auto t = r.read_enum("type", kChannelTypes)) ch.type = ChannelType(*t);
        break;
      case title: ch.title = r.read_text("title").value_or(""); break;
      case kpis: read_kpis(r, ch.kpis); break;
    }
  });
  require(r, given.has(id), at, what, "id");
}

void read_competitor(Reader& r, Competitor& c) {
  Pos at = r.pos();
  c.pos = at;
  enum Key { name, notes };
  static constexpr auto& kKeys = kCompetitorKeys;
  static_assert(kKeys.size() == notes + 1);
  Reader::Given given = r.each_field("competitor", kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case name: c.name = r.read_text("name").value_or(""); break;
      case notes: c.notes = r.read_text("notes").value_or(""); break;
    }
  });
  require(r, given.has(name), at, "competitor", "name");
}

void read_positioning(Reader& r, Positioning& p) {
  enum Key { value_proposition, differentiators, message };
  static constexpr auto& kKeys = kPositioningKeys;
  static_assert(kKeys.size() == message + 1);
  r.each_field("positioning", kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case value_proposition: p.value_proposition = r.read_text(kKeys[k]).value_or(""); break;
      case differentiators: r.read_text_list(kKeys[k], p.differentiators); break;
      case message: p.message = r.read_text(kKeys[k]).value_or(""); break;
    }
  });
}

void read_kpi(Reader& r, Kpi& kpi) {
  Pos at = r.pos();
  kpi.pos = at;
  std::string what = describe("KPI", r.peek_id());
  enum Key { id, metric, baseline, target, actual, unit, direction, due, measured };
  static constexpr auto& kKeys = kKpiKeys;
  static_assert(kKeys.size() == measured + 1 && key_at(kKeys, direction, "direction") &&
                key_at(kKeys, measured, "measured"));
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: kpi.pos = r.pos(); kpi.id = r.read_id("id").value_or(""); break;
      case metric: kpi.metric = r.read_text("metric").value_or(""); break;
      case baseline:
        kpi.baseline = r.read_number("baseline");
        kpi.invalid.baseline = !kpi.baseline;  // a value was written (each_field skips empty ones)
        break;
      case target:
        kpi.target = r.read_number("target");
        kpi.invalid.target = !kpi.target;
        break;
      case actual:
        kpi.actual = r.read_number("actual");
        kpi.invalid.actual = !kpi.actual;
        break;
      case unit: kpi.unit = r.read_text("unit").value_or(""); break;
      case direction:
        if (auto d = r.read_enum("direction", kDirections)) kpi.direction = Direction(*d);
        break;
      case due:
        kpi.due = r.read_date("due");
        kpi.invalid.due = !kpi.due;
        break;
      case measured: kpi.measured = r.read_date("measured"); break;
    }
  });
  require(r, given.has(id), at, what, "id");
  require(r, given.has(metric), at, what, "metric", kpi.id);
}

void read_goal(Reader& r, Goal& g) {
  Pos at = r.pos();
  g.pos = at;
  std::string what = describe("goal", r.peek_id());
  enum Key { id, title, objective, objectives, audience, audiences, kpis };
  static constexpr auto& kKeys = kGoalKeys;
  static_assert(kKeys.size() == kpis + 1 && key_at(kKeys, audience, "audience"));
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: g.pos = r.pos(); g.id = r.read_id("id").value_or(""); break;
      case title: g.title = r.read_text("title").value_or(""); break;
      case objective:
      case objectives: r.read_refs(kKeys[k], g.objectives); break;
      case audience:
      case audiences: r.read_refs(kKeys[k], g.audiences); break;
      case kpis: read_kpis(r, g.kpis); break;
    }
  });
  require(r, given.has(id), at, what, "id");
  require(r, given.has(title), at, what, "title", g.id);
}

/// Reads a list of entities of one kind.
template <class T, class ReadOne>
void read_list(Reader& r, std::string_view key, std::vector<T>& out, ReadOne read_one) {
  r.read_entities(key, out, [&](T& item) { read_one(r, item); });
}

}  // namespace

void read_kpis(Reader& r, std::vector<Kpi>& out) {
  r.read_entities("kpis", out, [&](Kpi& k) { read_kpi(r, k); });
}

std::shared_ptr<Strategy> read_strategy_body(Reader& r) {
  auto s = std::make_shared<Strategy>();
  s->source = r.source();
  s->pos = r.pos();
  Pos at = r.pos();
  enum Key { kind, name, owner, reviewed, review_every, horizon, vision, objectives, audiences,
             positioning, channels, competitors, opportunities, threats, goals };
  static constexpr auto& kKeys = kStrategyKeys;
  static_assert(kKeys.size() == goals + 1 && key_at(kKeys, horizon, "horizon") && key_at(kKeys, channels, "channels"));
  Reader::Given given = r.each_field("the strategy", kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case kind: r.cursor().skip_node(); break;  // already read by the caller
      case name: s->name = r.read_text("name").value_or(""); break;
      case owner: s->owner = r.read_text("owner").value_or(""); break;
      case reviewed: s->reviewed = r.read_date("reviewed"); break;
      case review_every:
        if (auto i = r.read_interval("review_every")) s->review_every = *i;
        break;
      case horizon: r.read_range("horizon", s->horizon); break;
      case vision: s->vision = r.read_text("vision").value_or(""); break;
      case objectives: read_list(r, "objectives", s->objectives, read_objective); break;
      case audiences: read_list(r, "audiences", s->audiences, read_audience); break;
      case positioning: read_positioning(r, s->positioning); break;
      case channels: read_list(r, "channels", s->channels, read_channel); break;
      case competitors: read_list(r, "competitors", s->competitors, read_competitor); break;
      case opportunities: r.read_text_list("opportunities", s->opportunities); break;
      case threats: r.read_text_list("threats", s->threats); break;
      case goals: read_list(r, "goals", s->goals, read_goal); break;
    }
  });
  require(r, given.has(name), at, "the strategy", "name");
  s->build_index();
  return s;
}

}  // namespace strat::load

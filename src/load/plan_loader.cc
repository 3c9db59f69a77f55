// The plan document's schema: plan, team members and (nested) tactics.
#include "load/schema.h"

#include <fmt/format.h>

#include "load/fields.h"
#include "strat/recurrence.h"
#include "strat/text.h"
#include "strat/timezone.h"

namespace strat::load {

namespace {

void read_member(Reader& r, TeamMember& m) {
  Pos at = r.pos();
  m.pos = at;
  std::string what = describe("team member", r.peek_id());
  enum Key { id, name, role, email };
  static constexpr auto& kKeys = kMemberKeys;
  static_assert(kKeys.size() == email + 1);
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: m.pos = r.pos(); m.id = r.read_id("id").value_or(""); break;
      case name: m.name = r.read_text("name").value_or(""); break;
      case role: m.role = r.read_text("role").value_or(""); break;
      case email: m.email = r.read_text("email").value_or(""); break;
    }
  });
  require(r, given.has(id), at, what, "id");
}

/// A recurrence that would list more days than Limits::max_occurrences (`every: 1 day` over a
/// century), closed or open-ended, is a limit: reported, and dropped so that nothing expands it.
/// Run once the plan is read, since an open end runs to its parent's or the plan's last day.
void limit_recurrences(Reader& r, const Plan& plan, std::vector<Tactic>& tactics,
                       const Tactic* parent) {
  for (Tactic& t : tactics) {
    limit_recurrences(r, plan, t.tactics, &t);
    std::optional<Recurrence> rec = tactic_recurrence(t, parent, plan);
    if (!rec) continue;
    int64_t n = rec->count();
    if (n <= r.limits().max_occurrences) continue;
    std::string end = t.span.to ? std::string{}
                      : parent && parent->last_day()
                          ? " (where its parent tactic ends, as it has no 'to')"
                          : " (where the plan's period ends, as it has no 'to')";
    r.limit(t.every->pos,
            fmt::format("'every: {}' from {} to {}{} happens {} times, more than the limit of {}; "
                        "is the interval or a date wrong?",
                        rec->every.str(), rec->from.str(), rec->to.str(), end, n,
                        r.limits().max_occurrences));
    t.every.reset();
  }
}

/// A `timezone:` must name a zone of the system's tz database.
void check_timezone(Reader& r, const Located<std::string>& zone) {
  TimeZone::Problem problem = TimeZone::Problem::none;
  if (TimeZone::find(zone.value, &problem)) return;
  if (problem == TimeZone::Problem::no_database) {
    r.report(zone.pos, "unknown-reference",
             fmt::format("cannot check 'timezone: {}': there is no time zone database in {} (install "
                         "Debian's tzdata package, or set TZDIR)", zone.value, TimeZone::database_dir()));
    return;
  }
  std::vector<std::string> names = TimeZone::known_names();
  std::string message = fmt::format("'timezone: {}' is not a time zone of the tz database; write an "
                                    "IANA name such as Europe/Paris, America/New_York or UTC", zone.value);
  if (auto hint = did_you_mean(zone.value, {names.begin(), names.end()}))
    message += fmt::format("; did you mean '{}'?", *hint);
  r.report(zone.pos, "unknown-reference", std::move(message));
}

/// `at:` needs the plan's `timezone:` and one day to happen on; `duration:` needs `at:`.
void check_times(Reader& r, const Plan& plan, const std::vector<Tactic>& tactics) {
  for (const Tactic& t : tactics) {
    check_times(r, plan, t.tactics);
    std::string name = describe("tactic", t.id);
    if (t.duration && !t.at)
      r.report(t.duration->pos, "missing-field",
               fmt::format("{} lasts 'duration: {}' but has no 'at:' time to start at; add 'at: \"10:00\"', "
                           "or drop 'duration:' for an all-day tactic", name, t.duration->value.str()),
               t.id);
    if (!t.at) continue;
    if (!plan.timezone)
      r.report(t.at->pos, "missing-field",
               fmt::format("{} happens 'at: {}', but the plan names no 'timezone:' to read the time in; add "
                           "one to the plan, such as 'timezone: Europe/Paris'", name, t.at->value.str()),
               t.id);
    if (!t.every && t.span.from && t.span.to && t.span.from->value != t.span.to->value)
      r.report(t.at->pos, "wrong-type",
               fmt::format("{} runs from {} to {}, so 'at: {}' has no one day to happen on; use 'on:' for "
                           "a one-day event, or 'every:' for the same time on each day", name,
                           t.span.from->value.str(), t.span.to->value.str(), t.at->value.str()),
               t.id);
  }
}

std::optional<Located<std::string>> read_located_text(Reader& r, std::string_view key) {
  Pos at = r.pos();
  if (auto text = r.read_text(key)) return Located<std::string>{std::move(*text), at};
  return std::nullopt;
}

void read_milestone(Reader& r, Milestone& m) {
  Pos at = r.pos();
  m.pos = at;
  std::string what = describe("milestone", r.peek_id());
  enum Key { id, title, on };
  static constexpr auto& kKeys = kMilestoneKeys;
  static_assert(kKeys.size() == on + 1);
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: m.pos = r.pos(); m.id = r.read_id("id").value_or(""); break;
      case title: m.title = r.read_text("title").value_or(""); break;
      case on: m.on = r.read_date("on"); break;
    }
  });
  require(r, given.has(id), at, what, "id");
  require(r, given.has(title), at, what, "title", m.id);
  require(r, given.has(on), at, what, "on", m.id);
}

void read_tactic(Reader& r, Tactic& t) {
  Pos start = r.pos();
  t.pos = start;
  std::string what = describe("tactic", r.peek_id());
  enum Key { id, title, type, goal, goals, channel, audience, owner, from, to, on, due, every, except, at,
             duration, budget, spent, status, notes, kpis, dropped_because, tactics };
  static constexpr auto& kKeys = kTacticKeys;
  static_assert(kKeys.size() == tactics + 1 && key_at(kKeys, every, "every") && key_at(kKeys, duration, "duration") &&
                key_at(kKeys, status, "status") && key_at(kKeys, type, "type") &&
                key_at(kKeys, dropped_because, "dropped_because"));
  Reader::Given given = r.each_field(what, kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case id: t.pos = r.pos(); t.id = r.read_id("id").value_or(""); break;
      case title: t.title = r.read_text("title").value_or(""); break;
      case type: t.type = read_located_text(r, "type"); break;
      case goal:
      case goals: r.read_refs(kKeys[k], t.goals); break;
      case channel: t.channel = r.read_ref("channel"); break;
      case audience: t.audience = r.read_ref("audience"); break;
      case owner: t.owner = r.read_ref("owner"); break;
      case from: t.span.from = r.read_date("from"); break;
      case to: t.span.to = r.read_date("to"); break;
      case on: t.on = r.read_date("on"); break;
      case due: t.due = r.read_date("due"); break;
      case every: t.every = r.read_every("every"); break;
      case except:
        t.except_pos = r.pos();
        r.read_day_spans("except", t.except);
        break;
      case at: t.at = r.read_time_of_day("at"); break;
      case duration: t.duration = r.read_duration("duration"); break;
      case budget: t.budget = r.read_money("budget"); break;
      case spent: t.spent = r.read_money("spent"); break;
      case status:
        t.status_pos = r.pos();
        if (auto s = r.read_enum("status", kStatuses)) t.status = Status(*s);
        break;
      case notes: t.notes = r.read_text("notes").value_or(""); break;
      case kpis: read_kpis(r, t.kpis); break;
      case dropped_because: t.dropped_because = read_located_text(r, "dropped_because"); break;
      case tactics:
        r.read_entities("tactics", t.tactics, [&](Tactic& child) { read_tactic(r, child); });
        break;
    }
  });
  require(r, given.has(id), start, what, "id");
  require(r, given.has(title), start, what, "title", t.id);
}

/// A nested tactic that names no goals or owner takes its parent's; each learns its path.
void inherit(std::vector<Tactic>& tactics, const Tactic* parent) {
  for (Tactic& t : tactics) {
    t.path = parent ? parent->path + '/' + t.id : t.id;
    if (parent) t.parent_id = parent->id;
    if (parent && t.goals.empty() && !parent->goals.empty()) {
      t.goals = parent->goals;
      t.goals_inherited = true;
    }
    if (parent && !t.owner && parent->owner) {
      t.owner = parent->owner;
      t.owner_inherited = true;
    }
    inherit(t.tactics, &t);
  }
}

}  // namespace

std::shared_ptr<Plan> read_plan_body(Reader& r) {
  auto p = std::make_shared<Plan>();
  p->source = r.source();
  p->pos = r.pos();
  Pos at = r.pos();
  enum Key { kind, name, strategy, period, currency, budget, team, tactics, milestones, week_start, timezone };
  static constexpr auto& kKeys = kPlanKeys;
  static_assert(kKeys.size() == timezone + 1 && key_at(kKeys, budget, "budget") &&
                key_at(kKeys, milestones, "milestones") && key_at(kKeys, week_start, "week_start") &&
                key_at(kKeys, timezone, "timezone"));
  Reader::Given given = r.each_field("the plan", kKeys, [&](size_t k, Pos) {
    switch (Key(k)) {
      case kind: r.cursor().skip_node(); break;  // already read by the caller
      case name: p->name = r.read_text("name").value_or(""); break;
      case strategy:
        if (r.cursor().kind() == yaml::Event::Kind::map_start) {
          p->strategy = read_strategy_body(r);
        } else {
          Pos value_at = r.pos();
          if (auto path = r.read_text("strategy")) p->strategy_path = Located<std::string>{*path, value_at};
        }
        break;
      case period: r.read_range("period", p->period); break;
      case currency: p->currency = r.read_text("currency").value_or(""); break;
      case budget: p->budget = r.read_money("budget"); break;
      case team:
        r.read_entities("team", p->team, [&](TeamMember& m) { read_member(r, m); });
        break;
      case tactics:
        r.read_entities("tactics", p->tactics, [&](Tactic& t) { read_tactic(r, t); });
        break;
      case milestones:
        r.read_entities("milestones", p->milestones, [&](Milestone& m) { read_milestone(r, m); });
        break;
      case week_start: {
        Pos value_at = r.pos();
        if (auto w = r.read_enum("week_start", kWeekStarts))
          p->week_start = Located<std::string>{std::string(kWeekStarts[*w]), value_at};
        break;
      }
      case timezone: {
        Pos value_at = r.pos();
        if (auto z = r.read_text("timezone")) {
          p->timezone = Located<std::string>{*z, value_at};
          check_timezone(r, *p->timezone);
        }
        break;
      }
    }
  });
  require(r, given.has(name), at, "the plan", "name");
  require(r, given.has(strategy), at, "the plan", "strategy");
  inherit(p->tactics, nullptr);
  limit_recurrences(r, *p, p->tactics, nullptr);
  check_times(r, *p, p->tactics);
  p->build_index();
  return p;
}

}  // namespace strat::load

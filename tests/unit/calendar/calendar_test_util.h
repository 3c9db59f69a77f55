// Shared by the calendar tests: a workspace from YAML strings and a one-line-per-occurrence view.
#pragma once

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <string>

#include "fixture_util.h"
#include "strat/calendar.h"

namespace strat::test {

/// A strategy with two goals (one KPI due 2027-06-30) reviewed 2026-10-01 every 6 months.
inline const char* kCalStrategy = R"(kind: strategy
name: S
reviewed: 2026-10-01
review_every: 6 months
horizon: {from: 2027-01-01, to: 2027-12-31}
objectives: [{id: o, title: O}]
channels: [{id: blog, type: owned, title: Blog}, {id: ads, type: paid, title: Ads}]
goals:
  - id: g1
    title: Goal one
    objective: o
    kpis: [{id: k1, metric: Leads, target: 10, due: 2027-06-30}]
  - id: g2
    title: Goal two
    objective: o
    kpis: [{id: k2, metric: Reach, target: 10}]
)";

/// A plan "P" for 2027 with `tactics` (YAML lines, indented two spaces) and a team a, b.
inline std::string cal_plan(const std::string& tactics, const std::string& extra = "") {
  return "kind: plan\nname: P\nstrategy: strategy.yaml\nperiod: {from: 2027-01-01, to: 2027-12-31}\n" + extra +
         "team: [{id: a, name: Ann}, {id: b, name: Bob}]\ntactics:\n" + tactics;
}

/// Loads strategy.yaml and plan.yaml from memory; the fixture must load cleanly.
inline Workspace cal_workspace(const std::string& plan, const char* strategy = kCalStrategy) {
  return load_clean({{"strategy.yaml", strategy}, {"plan.yaml", plan}}, {"plan.yaml"});
}

inline DayRange days(const char* from, const char* to) { return {*Date::parse(from), *Date::parse(to)}; }

/// One line per occurrence: "START END KIND ID INDEX/COUNT".
inline std::string show(const Calendar& cal) {
  std::string out;
  for (const Occurrence& o : cal.occurrences)
    out += fmt::format("{} {} {} {} {}/{}\n", o.start.str(), o.end.str(), to_string(o.kind), o.tactic->id, o.index,
                       o.count);
  return out;
}

/// build_calendar over `range` without milestones, shown.
inline std::string expand(const std::string& tactics, DayRange range, CalendarFilter filter = {}) {
  Workspace ws = cal_workspace(cal_plan(tactics));
  CalendarOptions o;
  o.range = range;
  o.filter = std::move(filter);
  o.milestones = false;
  return show(build_calendar(ws, o));
}

}  // namespace strat::test

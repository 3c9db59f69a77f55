// week_start: read from a plan and from .strat.yaml's calendar section, and rejected when it is not mon, sun or sat.
#include "calendar/calendar_test_util.h"
#include "strat/config.h"

namespace strat::test {

TEST_CASE("calendar week_start: a plan's week_start is read with its position") {
  Workspace ws = cal_workspace(cal_plan("  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n", "week_start: sat\n"));
  REQUIRE(ws.plans.size() == 1);
  REQUIRE(ws.plans[0]->week_start);
  CHECK(ws.plans[0]->week_start->value == "sat");
  CHECK(ws.plans[0]->week_start->pos.line == 5);
}

TEST_CASE("calendar week_start: anything but mon, sun or sat is wrong-type") {
  MemoryFileSystem fs;
  fs.add("plan.yaml", "kind: plan\nname: P\nstrategy: {name: S}\nweek_start: sunday\n");
  Workspace ws = load_workspace({"plan.yaml"}, fs);
  REQUIRE(ws.diagnostics.size() == 1);
  CHECK(ws.diagnostics[0].rule == "wrong-type");
  CHECK(ws.diagnostics[0].message == "'week_start' must be one of mon, sun, sat, not 'sunday'");
  CHECK_FALSE(ws.plans[0]->week_start);
}

TEST_CASE("calendar week_start: .strat.yaml's calendar: section sets it for the plans below it") {
  auto source = std::make_shared<Source>("repo/.strat.yaml", "calendar: {week_start: sun}\n");
  Config c = parse_config(source, "repo");
  CHECK(c.diagnostics.empty());
  CHECK(c.week_start == "sun");
  Config bad = parse_config(std::make_shared<Source>("repo/.strat.yaml", "calendar: {week_start: 7}\n"), "repo");
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(bad.diagnostics[0].rule == "wrong-type");
}

}  // namespace strat::test

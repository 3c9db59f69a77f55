#include "calendar/calendar_test_util.h"

namespace strat::test {

TEST_CASE("calendar: a monthly tactic on the 31st keeps month ends (Feb 28, Apr 30)") {
  CHECK(expand("  - {id: m, title: M, goal: g1, owner: a, from: 2027-01-31, to: 2027-05-31, every: 1 month}\n",
               days("2027-01-01", "2027-12-31")) ==
        "2027-01-31 2027-01-31 day m 0/5\n"
        "2027-02-28 2027-02-28 day m 1/5\n"
        "2027-03-31 2027-03-31 day m 2/5\n"
        "2027-04-30 2027-04-30 day m 3/5\n"
        "2027-05-31 2027-05-31 day m 4/5\n");
}

TEST_CASE("calendar: leap years: Feb 29 yearly, and monthly from Jan 30 in a leap year") {
  std::string plan = cal_plan("  - {id: y, title: Y, goal: g1, owner: a, from: 2028-02-29, to: 2033-03-01, every: 1 year}\n"
                              "  - {id: l, title: L, goal: g1, owner: a, from: 2028-01-30, to: 2028-03-30, every: 1 month}\n");
  CalendarOptions o;
  o.range = days("2028-01-01", "2033-12-31");
  o.milestones = false;
  Workspace ws = cal_workspace(plan);
  CHECK(show(build_calendar(ws, o)) ==
        "2028-01-30 2028-01-30 day l 0/3\n"
        "2028-02-29 2028-02-29 day y 0/6\n"
        "2028-02-29 2028-02-29 day l 1/3\n"
        "2028-03-30 2028-03-30 day l 2/3\n"
        "2029-02-28 2029-02-28 day y 1/6\n"
        "2030-02-28 2030-02-28 day y 2/6\n"
        "2031-02-28 2031-02-28 day y 3/6\n"
        "2032-02-29 2032-02-29 day y 4/6\n"
        "2033-02-28 2033-02-28 day y 5/6\n");
}

TEST_CASE("calendar: spans across months and years are one occurrence, clipped by overlap only") {
  CHECK(expand("  - {id: s, title: S, goal: g1, owner: a, from: 2026-12-20, to: 2027-02-10}\n",
               days("2027-01-01", "2027-01-31")) == "2026-12-20 2027-02-10 span s 0/1\n");
  CHECK(expand("  - {id: s, title: S, goal: g1, owner: a, from: 2026-12-20, to: 2027-02-10}\n",
               days("2027-03-01", "2027-03-31")) == "");
}

TEST_CASE("calendar: every with a span is one day per step, not a span") {
  CHECK(expand("  - {id: w, title: W, goal: g1, owner: a, from: 2027-01-04, to: 2027-01-25, every: 1 week}\n",
               days("2027-01-01", "2027-01-31")) ==
        "2027-01-04 2027-01-04 day w 0/4\n"
        "2027-01-11 2027-01-11 day w 1/4\n"
        "2027-01-18 2027-01-18 day w 2/4\n"
        "2027-01-25 2027-01-25 day w 3/4\n");
}

TEST_CASE("calendar: a range clips a recurrence to its steps inside it, indexes kept") {
  CHECK(expand("  - {id: d, title: D, goal: g1, owner: a, from: 2027-01-01, to: 2027-12-31, every: 10 days}\n",
               days("2027-06-01", "2027-06-30")) ==
        "2027-06-10 2027-06-10 day d 16/37\n"
        "2027-06-20 2027-06-20 day d 17/37\n"
        "2027-06-30 2027-06-30 day d 18/37\n");
  CHECK(expand("  - {id: m, title: M, goal: g1, owner: a, from: 2027-01-31, to: 2027-12-31, every: 1 month}\n",
               days("2027-02-01", "2027-02-28")) == "2027-02-28 2027-02-28 day m 1/12\n");
  CHECK(expand("  - {id: m, title: M, goal: g1, owner: a, from: 2027-01-31, to: 2027-12-31, every: 1 month}\n",
               days("2027-02-01", "2027-02-27")) == "");
}

TEST_CASE("calendar: nested tactics are occurrences of their own with the parent, goals and owner inherited") {
  std::string plan = cal_plan(
      "  - id: p\n    title: Parent\n    goal: g2\n    owner: b\n    channel: ads\n    from: 2027-01-01\n    to: 2027-01-31\n"
      "    tactics:\n"
      "      - {id: c, title: Child, on: 2027-01-05, budget: 100}\n"
      "      - {id: r, title: Open, from: 2027-01-20, every: 1 week}\n");
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-12-31");
  o.milestones = false;
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  CHECK(show(cal) ==
        "2027-01-01 2027-01-31 span p 0/1\n"
        "2027-01-05 2027-01-05 day c 0/1\n"
        "2027-01-20 2027-01-20 day r 0/2\n"
        "2027-01-27 2027-01-27 day r 1/2\n");
  const TacticInfo& c = *cal.occurrences[1].tactic;
  CHECK(c.parent_id == "p");
  CHECK(c.parent_title == "Parent");
  CHECK(c.path == "p/c");
  CHECK(c.depth == 1);
  CHECK(c.goals == std::vector<std::string_view>{"g2"});
  CHECK(c.goals_inherited);
  CHECK(c.goal_title(0) == "Goal two");
  CHECK(c.kpis() == std::vector<std::string_view>{"k2"});
  CHECK(c.owner == "b");
  CHECK(c.owner_name == "Bob");
  CHECK(c.file == "plan.yaml");
  CHECK(c.line == 15);
  CHECK(cal.occurrences[1].budget_share() == Money{10000});
  CHECK(cal.tactics.size() == 3);
}

TEST_CASE("calendar: a recurrence's budget is shared exactly over its occurrences") {
  std::string plan = cal_plan("  - {id: w, title: W, goal: g1, owner: a, from: 2027-01-01, to: 2027-01-15, every: 1 week, budget: 100}\n");
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-01-31");
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  int64_t sum = 0;
  for (const Occurrence& occ : cal.occurrences)
    if (occ.budget_share()) sum += occ.budget_share()->cents;
  CHECK(sum == 10000);
  CHECK(cal.occurrences[0].budget_share() == Money{3334});
}

TEST_CASE("calendar: due, on, dropped and unscheduled tactics") {
  std::string plan = cal_plan(
      "  - {id: d, title: D, goal: g1, owner: a, due: 2027-02-01}\n"
      "  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n"
      "  - id: x\n    title: X\n    goal: g1\n    owner: a\n    status: dropped\n    on: 2027-02-03\n"
      "    tactics: [{id: xc, title: XC, on: 2027-02-03}]\n"
      "  - {id: u, title: Undated, goal: g1, owner: a}\n");
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-12-31");
  o.milestones = false;
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  CHECK(show(cal) == "2027-02-01 2027-02-01 due d 0/1\n2027-02-02 2027-02-02 day o 0/1\n");
  REQUIRE(cal.unscheduled.size() == 1);
  CHECK(cal.unscheduled[0]->id == "u");
}

TEST_CASE("calendar: milestones: plan period, KPI due dates, next strategy review") {
  Workspace ws = cal_workspace(cal_plan("  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n"));
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-12-31");
  Calendar cal = build_calendar(ws, o);
  CHECK(show(cal) ==
        "2027-01-01 2027-01-01 milestone period-start 0/1\n"
        "2027-02-02 2027-02-02 day o 0/1\n"
        "2027-04-01 2027-04-01 milestone strategy-review 0/1\n"
        "2027-06-30 2027-06-30 milestone k1 0/1\n"
        "2027-12-31 2027-12-31 milestone period-end 0/1\n");
  CHECK(cal.occurrences[3].tactic->title == "KPI due: Leads");
  CHECK(cal.occurrences[3].tactic->file == "strategy.yaml");
  o.filter.goals = {"g2"};
  CHECK(show(build_calendar(ws, o)) ==
        "2027-01-01 2027-01-01 milestone period-start 0/1\n"
        "2027-04-01 2027-04-01 milestone strategy-review 0/1\n"
        "2027-12-31 2027-12-31 milestone period-end 0/1\n");
}

TEST_CASE("calendar: filters by owner, channel, goal (inherited too) and status") {
  std::string tactics =
      "  - {id: t1, title: T1, goal: g1, owner: a, channel: blog, on: 2027-01-02}\n"
      "  - {id: t2, title: T2, goal: g2, owner: b, channel: ads, on: 2027-01-03, status: done}\n"
      "  - id: t3\n    title: T3\n    goal: g2\n    owner: a\n    on: 2027-01-04\n"
      "    tactics: [{id: t4, title: T4, on: 2027-01-05, status: active}]\n";
  DayRange r = days("2027-01-01", "2027-01-31");
  auto ids = [&](CalendarFilter f) {
    std::string out;
    Workspace ws = cal_workspace(cal_plan(tactics));
    CalendarOptions o{r, std::move(f), false};
    for (const Occurrence& occ : build_calendar(ws, o).occurrences) (out += occ.tactic->id) += " ";
    return out;
  };
  CHECK(ids({}) == "t1 t2 t3 t4 ");
  CHECK(ids({.owners = {"a"}}) == "t1 t3 t4 ");
  CHECK(ids({.owners = {"a", "b"}}) == "t1 t2 t3 t4 ");
  CHECK(ids({.channels = {"ads"}}) == "t2 ");
  CHECK(ids({.goals = {"g2"}}) == "t2 t3 t4 ");
  CHECK(ids({.statuses = {Status::done, Status::active}}) == "t2 t4 ");
  CHECK(ids({.owners = {"a"}, .goals = {"g1"}}) == "t1 ");
}

TEST_CASE("calendar: the run's total limit stops at the tactic that crosses it") {
  std::string plan = cal_plan(
      "  - {id: a1, title: A, goal: g1, owner: a, from: 2027-01-01, to: 2027-01-10, every: 1 day}\n"
      "  - {id: a2, title: B, goal: g1, owner: a, from: 2027-01-01, to: 2027-01-10, every: 1 day}\n");
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-12-31");
  o.milestones = false;
  o.max_total_occurrences = 15;
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  CHECK(cal.limit_hit);
  CHECK(cal.occurrences.size() == 10);
  REQUIRE(cal.diagnostics.size() == 1);
  CHECK(cal.diagnostics[0].rule == "limit-exceeded");
  CHECK(cal.diagnostics[0].file == "plan.yaml");
  CHECK(cal.diagnostics[0].pos.line == 8);
  CHECK(cal.diagnostics[0].entity == "a2");
  o.max_total_occurrences = 20;
  CHECK_FALSE(build_calendar(ws, o).limit_hit);
}

TEST_CASE("calendar: a huge recurrence far from the range costs nothing to skip") {
  // 10,000 steps exist; the range holds the last, found by counting, not by walking.
  CHECK(expand("  - {id: d, title: D, goal: g1, owner: a, from: 2000-01-01, to: 2027-05-18, every: 1 day}\n",
               days("2027-05-18", "2027-05-30")) == "2027-05-18 2027-05-18 day d 9999/10000\n");
}

TEST_CASE("calendar: overdue and occurrences_between") {
  std::string plan = cal_plan("  - {id: s, title: S, goal: g1, owner: a, from: 2027-01-01, to: 2027-01-10}\n"
                              "  - {id: d, title: D, goal: g1, owner: a, on: 2027-01-05, status: done}\n"
                              "  - {id: w, title: W, goal: g1, owner: a, on: 2027-01-20}\n");
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-01-31");
  o.milestones = false;
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  Date today = *Date::parse("2027-01-11");
  CHECK(is_overdue(cal.occurrences[0], today));
  CHECK_FALSE(is_overdue(cal.occurrences[0], *Date::parse("2027-01-10")));
  CHECK_FALSE(is_overdue(cal.occurrences[1], today));
  CHECK_FALSE(is_overdue(cal.occurrences[2], today));
  auto week = occurrences_between(cal, *Date::parse("2027-01-08"), *Date::parse("2027-01-14"));
  REQUIRE(week.size() == 1);
  CHECK(week[0].tactic->id == "s");
  CHECK(span_day(week[0], *Date::parse("2027-01-08")).day == 8);
  CHECK(span_day(week[0], *Date::parse("2027-01-08")).of == 10);
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("calendar: a plan's milestones are milestones of kind plan, hidden with the others") {
  std::string plan = cal_plan("  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n") +
                     "milestones:\n  - {id: launch, title: Public launch, on: 2027-03-20}\n"
                     "  - {id: go-live, title: Site live, on: 2027-02-01}\n";
  Workspace ws = cal_workspace(plan);
  CalendarOptions o;
  o.range = days("2027-01-15", "2027-03-31");
  Calendar cal = build_calendar(ws, o);
  CHECK(show(cal) ==
        "2027-02-01 2027-02-01 milestone go-live 0/1\n"
        "2027-02-02 2027-02-02 day o 0/1\n"
        "2027-03-20 2027-03-20 milestone launch 0/1\n");
  const TacticInfo& launch = *cal.occurrences[2].tactic;
  CHECK(launch.milestone == MilestoneKind::plan);
  CHECK(to_string(launch.milestone) == "plan");
  CHECK(launch.title == "Public launch");
  CHECK(launch.file == "plan.yaml");
  CHECK(launch.line == 9);
  CHECK(!is_overdue(launch, Date::from_ymd(2027, 6, 1)));
  // Filters by owner, channel and status let milestones through, as the period's.
  o.filter.owners = {"b"};
  CHECK(show(build_calendar(ws, o)) ==
        "2027-02-01 2027-02-01 milestone go-live 0/1\n"
        "2027-03-20 2027-03-20 milestone launch 0/1\n");
  o.milestones = false;
  CHECK(show(build_calendar(ws, o)) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("calendar: the due dates of channel and live tactic KPIs are KPI milestones") {
  std::string strategy(kCalStrategy);
  strategy.replace(strategy.find("{id: blog, type: owned, title: Blog}"), 36,
                   "{id: blog, type: owned, title: Blog, kpis: [{id: visits, metric: Visits, target: 9, due: 2027-03-01}]}");
  std::string plan = cal_plan(
      "  - {id: ads, title: Ads, goal: g2, owner: a, channel: ads, on: 2027-02-02,"
      " kpis: [{id: ctr, metric: CTR, target: 2, due: 2027-02-20}, {id: nodue, metric: Clicks}]}\n"
      "  - {id: old, title: Old, goal: g1, owner: a, on: 2027-02-03, status: dropped,"
      " kpis: [{id: gone, metric: Gone, target: 1, due: 2027-02-21}]}\n");
  Workspace ws = cal_workspace(plan, strategy.c_str());
  CalendarOptions o;
  o.range = days("2027-02-01", "2027-03-31");
  Calendar cal = build_calendar(ws, o);
  CHECK(show(cal) ==
        "2027-02-02 2027-02-02 day ads 0/1\n"
        "2027-02-20 2027-02-20 milestone ctr 0/1\n"
        "2027-03-01 2027-03-01 milestone visits 0/1\n");
  const TacticInfo& ctr = *cal.occurrences[1].tactic;
  CHECK(ctr.milestone == MilestoneKind::kpi_due);
  CHECK(ctr.title == "KPI due: CTR");
  CHECK(ctr.goals == std::vector<std::string_view>{"g2"});
  CHECK(ctr.channel == "ads");
  CHECK(ctr.file == "plan.yaml");
  CHECK(cal.occurrences[2].tactic->channel == "blog");
  CHECK(cal.occurrences[2].tactic->file == "strategy.yaml");
  o.filter.goals = {"g1"};
  CHECK(show(build_calendar(ws, o)) == "");  // ctr serves g2; a channel's KPI serves no goal
}

}  // namespace strat::test

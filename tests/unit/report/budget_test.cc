#include "report_test_util.h"

using namespace strat;
using namespace strat::test;
using Months = std::map<std::string, std::string>;

namespace {

/// The budget of a plan with `tactics`; its workspace is kept until the next call, since the
/// budget's overruns view the model's text.
Budget budget_of(const std::string& tactics, Date today = Date::from_ymd(2028, 2, 15), std::string head = {}) {
  static Workspace ws;
  ws = workspace("kind: plan\nname: P\nstrategy: s.yaml\nperiod: {from: 2028-01-01, to: 2028-03-31}\n" +
                           head + "tactics:\n" + tactics);
  return build_budget(*ws.plans[0], on(today));
}

}  // namespace

TEST_CASE("report budget: a tactic's budget is spread evenly over its days, by month, to the cent") {
  // 2028 is a leap year: Jan 31 + Feb 29 + Mar 31 = 91 days.
  Budget b = budget_of("  - {id: a, title: A, goal: leads, from: 2028-01-01, to: 2028-03-31, budget: 910}\n");
  CHECK(months(b) == Months{{"2028-01", "310"}, {"2028-02", "290"}, {"2028-03", "310"}});
  CHECK(b.allocated.str() == "910");
}

TEST_CASE("report budget: uneven shares differ by a cent at most and sum exactly") {
  Budget b = budget_of("  - {id: a, title: A, goal: leads, from: 2028-01-31, to: 2028-02-02, budget: 100}\n");
  CHECK(months(b) == Months{{"2028-01", "33.33"}, {"2028-02", "66.67"}});
}

TEST_CASE("report budget: February of a common year has 28 days") {
  Workspace ws = workspace(
      "kind: plan\nname: P\nstrategy: s.yaml\nperiod: {from: 2027-02-01, to: 2027-03-31}\ntactics:\n"
      "  - {id: a, title: A, goal: leads, from: 2027-02-01, to: 2027-03-31, budget: 590}\n");
  Budget b = build_budget(*ws.plans[0], on(Date::from_ymd(2027, 2, 1)));
  CHECK(months(b) == Months{{"2027-02", "280"}, {"2027-03", "310"}});
}

TEST_CASE("report budget: a recurring tactic's budget is spread over its occurrences") {
  // Every 2 weeks from Jan 27: Jan 27, Feb 10, Feb 24, Mar 9, Mar 23: 5 occurrences.
  Budget b = budget_of("  - {id: a, title: A, goal: leads, from: 2028-01-27, to: 2028-03-31, every: 2 weeks, budget: 500}\n",
                       Date::from_ymd(2028, 2, 10));
  CHECK(months(b) == Months{{"2028-01", "100"}, {"2028-02", "200"}, {"2028-03", "200"}});
  CHECK(b.planned_to_date.str() == "200");  // two occurrences by Feb 10
}

TEST_CASE("report budget: an open-ended monthly recurrence runs to the period's end, Feb 29 included") {
  Budget b = budget_of("  - {id: a, title: A, goal: leads, from: 2028-01-29, every: 1 month, budget: 300}\n");
  CHECK(months(b) == Months{{"2028-01", "100"}, {"2028-02", "100"}, {"2028-03", "100"}});
}

TEST_CASE("report budget: nested tactics keep their own money; the parent spreads only the rest") {
  Budget b = budget_of(R"(  - id: p
    title: P
    goal: leads
    owner: ann
    from: 2028-01-01
    to: 2028-03-31
    budget: 1000
    spent: 100
    tactics:
      - {id: c, title: C, on: 2028-02-10, budget: 600, spent: 250}
  - {id: d, title: D, goal: reach, on: 2028-03-01, budget: 50, status: dropped, spent: 20}
  - {id: u, title: U, goal: [leads, reach], budget: 1.01}
)", Date::from_ymd(2028, 2, 15), "team: [{id: ann, name: Ann}]\n");
  CHECK(b.allocated.str() == "1001.01");  // the dropped tactic commits nothing
  CHECK(b.spent.str() == "270");          // the parent's 100 is within its child's 250; plus 20
  CHECK(months(b) == Months{{"2028-01", "136.26"}, {"2028-02", "727.47"}, {"2028-03", "136.27"}, {"", "1.01"}});
  REQUIRE(b.by_goal.size() == 2);
  CHECK(b.by_goal[0].key == "leads");
  CHECK(b.by_goal[0].allocated.str() == "1000.50");  // 1000 + the first share of 1.01
  CHECK(b.by_goal[1].allocated.str() == "0.51");
  CHECK(b.by_owner[0].label == "Ann");
}

TEST_CASE("report budget: burn rate against the share of the period elapsed") {
  Budget b = budget_of("  - {id: a, title: A, goal: leads, from: 2028-01-01, to: 2028-03-31, budget: 910, spent: 455}\n",
                       Date::from_ymd(2028, 1, 31), "budget: 1000\n");
  CHECK(b.spent_share == doctest::Approx(0.455));
  CHECK(b.elapsed_share == doctest::Approx(31.0 / 91));
  CHECK(b.planned_to_date.str() == "310");
  CHECK(b.remaining.str() == "545");
  CHECK(budget_of("  - {id: a, title: A, goal: leads, on: 2028-01-01}\n", Date::from_ymd(2027, 12, 1)).elapsed_share == 0);
  CHECK(budget_of("  - {id: a, title: A, goal: leads, on: 2028-01-01}\n", Date::from_ymd(2029, 1, 1)).elapsed_share == 1);
}

TEST_CASE("report budget: overruns of a tactic and of the plan, and over-allocation") {
  Budget b = budget_of(R"(  - {id: a, title: A, goal: leads, on: 2028-01-05, budget: 100, spent: 150}
  - {id: b, title: B, goal: leads, on: 2028-01-06, budget: 100, spent: 90}
)", Date::from_ymd(2028, 2, 15), "budget: 120\n");
  REQUIRE(b.overruns.size() == 2);
  CHECK(b.overruns[0].id == "");  // the plan first
  CHECK(b.overruns[0].spent.str() == "240");
  CHECK(b.overruns[1].id == "a");
  CHECK(b.over_allocated);
  CHECK(b.remaining.str() == "-120");
}

TEST_CASE("report budget: --owner and --goal select tactics and drop the plan's budget line") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
budget: 1000
team: [{id: ann, name: Ann}, {id: bob, name: Bob}]
tactics:
  - {id: a, title: A, goal: leads, owner: ann, on: 2028-01-05, budget: 100}
  - {id: b, title: B, goal: reach, owner: bob, on: 2028-01-06, budget: 200}
)");
  ReportOptions o = on(Date::from_ymd(2028, 1, 10));
  o.owners = {"bob"};
  Budget b = build_budget(*ws.plans[0], o);
  CHECK(b.allocated.str() == "200");
  CHECK_FALSE(b.plan_budget);
  o.owners = {"bob", "ann"};  // any of them
  CHECK(build_budget(*ws.plans[0], o).allocated.str() == "300");
  o.owners.clear();
  o.goals = {"leads"};
  CHECK(build_budget(*ws.plans[0], o).allocated.str() == "100");
  o.goals = {"leads", "reach"};
  CHECK(build_budget(*ws.plans[0], o).allocated.str() == "300");
}

TEST_CASE("Money::str keeps one sign in front of negative amounts") {
  CHECK(Money{-150}.str() == "-1.50");
  CHECK(Money{-50}.str() == "-0.50");
  CHECK(Money{-200}.str() == "-2");
}

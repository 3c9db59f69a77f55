#include "report_test_util.h"

using namespace strat;
using namespace strat::test;

namespace {

const Date kBase = Date::from_ymd(2028, 1, 1);

Kpi kpi(double baseline, double target, std::optional<double> actual, Date due,
        Direction direction = Direction::up, std::optional<Date> measured = {}) {
  Kpi k;
  k.id = "k";
  k.baseline = Located<double>{baseline, {}};
  k.target = Located<double>{target, {}};
  if (actual) k.actual = Located<double>{*actual, {}};
  k.due = Located<Date>{due, {}};
  k.direction = direction;
  if (measured) k.measured = Located<Date>{*measured, {}};
  return k;
}

const Date kDue = Date::from_ymd(2028, 1, 1).plus_days(100);

}  // namespace

TEST_CASE("KPI pace: progress against the straight line, with the default thresholds") {
  Date today = kBase.plus_days(50);  // half way: 0 → 100 expects 50
  KpiPace p = kpi_pace(kpi(0, 100, 50, kDue), kBase, on(today));
  CHECK(p.expected == doctest::Approx(50));
  CHECK(*p.ratio == doctest::Approx(1));
  CHECK(p.pace == Pace::on_track);
  CHECK(*p.projected == doctest::Approx(100));
  CHECK(kpi_pace(kpi(0, 100, 47.5, kDue), kBase, on(today)).pace == Pace::on_track);  // 0.95×
  CHECK(kpi_pace(kpi(0, 100, 47, kDue), kBase, on(today)).pace == Pace::at_risk);
  CHECK(kpi_pace(kpi(0, 100, 37.5, kDue), kBase, on(today)).pace == Pace::at_risk);  // 0.75×
  KpiPace off = kpi_pace(kpi(0, 100, 30, kDue), kBase, on(today));
  CHECK(off.pace == Pace::off_track);
  CHECK(*off.projected == doctest::Approx(60));
}

TEST_CASE("KPI pace: direction down, a falling cost is progress") {
  Date today = kBase.plus_days(50);  // 100 → 60 expects 80
  KpiPace p = kpi_pace(kpi(100, 60, 80, kDue, Direction::down), kBase, on(today));
  CHECK(p.expected == doctest::Approx(80));
  CHECK(p.pace == Pace::on_track);
  CHECK(kpi_pace(kpi(100, 60, 95, kDue, Direction::down), kBase, on(today)).pace == Pace::off_track);
  CHECK(kpi_pace(kpi(100, 60, 110, kDue, Direction::down), kBase, on(today)).pace == Pace::off_track);
  CHECK(kpi_pace(kpi(100, 60, 55, kDue, Direction::down), kBase, on(today)).met);
}

TEST_CASE("KPI pace: on or before the baseline date there is no pace yet") {
  KpiPace p = kpi_pace(kpi(0, 100, 0, kDue), kBase, on(kBase.plus_days(-10)));
  CHECK(p.pace == Pace::early);
  CHECK_FALSE(p.ratio);
  CHECK_FALSE(p.projected);
  CHECK(kpi_pace(kpi(0, 100, 100, kDue), kBase, on(kBase)).pace == Pace::on_track);  // already met
}

TEST_CASE("KPI pace: after the due date, met is on track and anything short is off track") {
  Date late = kDue.plus_days(10);
  KpiPace missed = kpi_pace(kpi(0, 100, 96, kDue), kBase, on(late));
  CHECK(missed.expected == doctest::Approx(100));
  CHECK(missed.pace == Pace::off_track);
  CHECK(*missed.projected == doctest::Approx(96));
  CHECK(kpi_pace(kpi(0, 100, 101, kDue), kBase, on(late)).pace == Pace::on_track);
}

TEST_CASE("KPI pace: a measurement in the past is judged on its own date and goes stale") {
  Date measured = kBase.plus_days(20), today = kBase.plus_days(50);
  KpiPace p = kpi_pace(kpi(0, 100, 20, kDue, Direction::up, measured), kBase, on(today));
  CHECK(p.measured == measured);
  CHECK(p.expected == doctest::Approx(20));
  CHECK(p.pace == Pace::on_track);
  CHECK(p.age_days == 30);
  CHECK(p.stale);
  ReportOptions lenient = on(today);
  lenient.stale_after_days = 30;
  CHECK_FALSE(kpi_pace(kpi(0, 100, 20, kDue, Direction::up, measured), kBase, lenient).stale);
  CHECK_FALSE(kpi_pace(kpi(0, 100, 20, kDue), kBase, on(today)).stale);  // no date: measured today
}

TEST_CASE("KPI pace: settable thresholds") {
  ReportOptions strict = on(kBase.plus_days(50));
  strict.on_track = 1.0;
  strict.off_track = 0.9;
  CHECK(kpi_pace(kpi(0, 100, 47.5, kDue), kBase, strict).pace == Pace::at_risk);
  CHECK(kpi_pace(kpi(0, 100, 44, kDue), kBase, strict).pace == Pace::off_track);
}

TEST_CASE("KPI pace: what a KPI lacks is named instead of a verdict") {
  CHECK(kpi_pace(kpi(0, 100, std::nullopt, kDue), kBase, on(kBase)).missing == "actual");
  CHECK(kpi_pace(kpi(5, 5, 5, kDue), kBase, on(kBase)).missing == "a target other than the baseline");
  CHECK(kpi_pace(kpi(0, 1, 1, kBase), kBase, on(kBase)).missing == "a due date after 2028-01-01");
}

TEST_CASE("KPI pace in a plan: the baseline date is the strategy's horizon; off track lists tactics to cut") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
tactics:
  - {id: a, title: A, goal: leads, on: 2028-01-05, budget: 100, spent: 10}
  - {id: b, title: B, goal: leads, on: 2028-01-06, budget: 200, spent: 90}
  - {id: c, title: C, goal: leads, on: 2028-01-07, budget: 900, status: done}
  - {id: d, title: D, goal: reach, on: 2028-01-07, budget: 900}
)");
  std::vector<KpiPace> kpis = build_kpi_pace(*ws.plans[0], on(Date::from_ymd(2028, 7, 1)));
  REQUIRE(kpis.size() == 2);
  CHECK(kpis[0].baseline_date == Date::from_ymd(2028, 1, 1));
  CHECK(kpis[0].pace == Pace::off_track);  // 12 of an expected ~15
  REQUIRE(kpis[0].candidates.size() == 2);  // done tactics cannot be cut
  CHECK(kpis[0].candidates[0].id == "b");   // most spent first
  CHECK(kpis[1].missing == "actual");
}

TEST_CASE("KPI pace in a plan: a tactic's KPIs follow its first goal's, paced from the tactic's first day") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-12-31}
tactics:
  - id: ads
    title: Ads
    goals: [reach, leads]
    from: 2028-07-01
    to: 2028-12-31
    kpis: [{id: ctr, metric: CTR, baseline: 1, target: 3, actual: 1.1, measured: 2028-10-01, due: 2028-12-31}]
    tactics:
      - {id: ads-q3, title: Q3 flight, from: 2028-07-01, to: 2028-09-30, budget: 300, spent: 250}
      - {id: ads-q4, title: Q4 flight, from: 2028-10-01, to: 2028-12-31, budget: 300, status: done}
  - id: old
    title: Old
    goal: leads
    status: dropped
    kpis: [{id: gone, metric: Gone, target: 1, due: 2028-12-31}]
)");
  std::vector<KpiPace> kpis = build_kpi_pace(*ws.plans[0], on(Date::from_ymd(2028, 10, 1)));
  REQUIRE(kpis.size() == 3);  // k1 (leads), k2 then ads' ctr (reach); a dropped tactic's KPIs are left out
  CHECK(kpis[0].id == "k1");
  CHECK(kpis[0].tactic == "");
  CHECK(kpis[1].id == "k2");
  const KpiPace& ctr = kpis[2];
  CHECK(ctr.id == "ctr");
  CHECK(ctr.goal == "reach");
  CHECK(ctr.tactic == "ads");
  CHECK(ctr.baseline_date == Date::from_ymd(2028, 7, 1));
  CHECK(ctr.pace == Pace::off_track);  // 0.1 of an expected ~1
  REQUIRE(ctr.candidates.size() == 1);  // the tactic's own live leaves, not the goal's other tactics
  CHECK(ctr.candidates[0].id == "ads-q3");
  // --goal keeps a tactic's KPIs under the goal they are shown with.
  ReportOptions leads = on(Date::from_ymd(2028, 10, 1));
  leads.goals = {"leads"};
  std::vector<KpiPace> only = build_kpi_pace(*ws.plans[0], leads);
  REQUIRE(only.size() == 1);
  CHECK(only[0].id == "k1");
}

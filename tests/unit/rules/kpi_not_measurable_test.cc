#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("kpi-not-measurable: fires for a KPI without target, due date or both") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
      - {id: no-target, metric: Leads, due: 2027-03-31}
      - {id: no-due, metric: Leads, target: 80}
      - {id: neither, metric: Leads}
      - {id: fine, metric: Leads, target: 80, due: 2027-03-31}
)"}};
  CHECK(check("kpi-not-measurable", files) ==
        "strategy.yaml:10:14: warning: KPI 'no-target' of goal 'leads' has no target "
        "{no-target}\n"
        "strategy.yaml:11:14: warning: KPI 'no-due' of goal 'leads' has no due date {no-due}\n"
        "strategy.yaml:12:14: warning: KPI 'neither' of goal 'leads' has neither a target nor "
        "a due date {neither}\n");
}

TEST_CASE("kpi-not-measurable: silent when every KPI has a target and a due date") {
  CHECK(check("kpi-not-measurable", clean_files()) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("kpi-not-measurable: checks the KPIs of channels and tactics as a goal's") {
  std::string strategy(kStrategy);
  strategy.replace(strategy.find("  - {id: blog, type: owned}"), 27,
                   "  - id: blog\n    type: owned\n    kpis:\n      - {id: visits, metric: Visits, target: 900}");
  std::string plan(kPlan);
  plan.replace(plan.find("    budget: 1200\n"), 0,
               "    kpis:\n      - {id: views, metric: Views}\n      - {id: shares, metric: Shares, target: 5, due: "
               "2027-03-31}\n");
  CHECK(check("kpi-not-measurable", {{"strategy.yaml", strategy}, {"plan.yaml", plan}}) ==
        "plan.yaml:19:14: warning: KPI 'views' of tactic 'video' has neither a target nor a due date {views}\n"
        "strategy.yaml:15:14: warning: KPI 'visits' of channel 'blog' has no due date {visits}\n");
}

TEST_CASE("kpi-not-measurable: a dropped tactic's KPIs are not checked") {
  std::string plan(kPlan);
  plan.replace(plan.find("    budget: 1200\n"), 0, "    status: dropped\n    kpis:\n      - {id: views, metric: Views}\n");
  CHECK(check("kpi-not-measurable", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) == "");
}

}  // namespace strat::test

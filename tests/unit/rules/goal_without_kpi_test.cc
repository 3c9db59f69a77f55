#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("goal-without-kpi: fires for a goal without kpis and one with an empty list") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
  - id: brand
    title: Brand
    objective: grow
    kpis: []
)"}};
  CHECK(check("goal-without-kpi", files) ==
        "strategy.yaml:6:9: error: goal 'leads' has no KPI {leads}\n"
        "strategy.yaml:9:9: error: goal 'brand' has no KPI {brand}\n");
}

TEST_CASE("goal-without-kpi: silent when every goal has a KPI") {
  CHECK(check("goal-without-kpi", clean_files()) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("goal-without-kpi: also checks a plan's inline strategy") {
  Files files{{"plan.yaml", R"(kind: plan
name: P
strategy:
  name: Inline
  objectives: [{id: grow, title: Grow}]
  goals:
    - {id: leads, title: Leads, objective: grow}
tactics:
  - {id: video, title: Video, goal: leads}
)"}};
  CHECK(check("goal-without-kpi", files) ==
        "plan.yaml:7:12: error: goal 'leads' has no KPI {leads}\n");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("goal-without-kpi: a KPI on a tactic or a channel does not measure the goal") {
  std::string strategy(kStrategy);
  strategy.replace(strategy.find("    kpis:\n      - {id: leads-per-month"), std::string::npos, "");
  strategy.replace(strategy.find("  - {id: blog, type: owned}"), 27,
                   "  - {id: blog, type: owned, kpis: [{id: visits, metric: Visits, target: 9, due: 2027-03-01}]}");
  std::string plan(kPlan);
  plan.replace(plan.find("    budget: 1200\n"), 0,
               "    kpis: [{id: views, metric: Views, target: 500, due: 2027-03-31}]\n");
  CHECK(check("goal-without-kpi", {{"strategy.yaml", strategy}, {"plan.yaml", plan}}) ==
        "strategy.yaml:14:9: error: goal 'leads' has no KPI {leads}\n");
}

}  // namespace strat::test

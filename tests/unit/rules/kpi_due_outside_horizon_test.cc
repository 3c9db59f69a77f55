#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("kpi-due-outside-horizon: due before the horizon starts or after it ends") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
horizon: {from: 2027-01-01, to: 2027-12-31}
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
      - id: early
        metric: Leads
        target: 1
        due: 2026-12-31
      - {id: late, metric: Leads, target: 1, due: 2028-01-01}
      - {id: on-time, metric: Leads, target: 1, due: 2027-12-31}
)"}};
  CHECK(check("kpi-due-outside-horizon", files) ==
        "strategy.yaml:14:14: warning: KPI 'early' of goal 'leads' is due on 2026-12-31, before "
        "the strategy horizon starts on 2027-01-01 {early}\n"
        "strategy.yaml:15:51: warning: KPI 'late' of goal 'leads' is due on 2028-01-01, after "
        "the strategy horizon ends on 2027-12-31 {late}\n");
}

TEST_CASE("kpi-due-outside-horizon: silent inside the horizon or without one") {
  CHECK(check("kpi-due-outside-horizon", clean_files()) == "");
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
      - {id: k, metric: Leads, target: 1, due: 2031-01-01}
)"}};
  CHECK(check("kpi-due-outside-horizon", files) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("kpi-due-outside-horizon: a channel's KPIs too") {
  std::string strategy(kStrategy);
  strategy.replace(strategy.find("  - {id: blog, type: owned}"), 27,
                   "  - id: blog\n    kpis: [{id: visits, metric: Visits, target: 900, due: 2028-02-01}]");
  CHECK(check("kpi-due-outside-horizon", {{"strategy.yaml", strategy}, {"plan.yaml", std::string(kPlan)}}) ==
        "strategy.yaml:13:59: warning: KPI 'visits' of channel 'blog' is due on 2028-02-01, after the strategy "
        "horizon ends on 2027-12-31 {visits}\n");
}

}  // namespace strat::test

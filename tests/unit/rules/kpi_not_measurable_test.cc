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

TEST_CASE("kpi-not-measurable: a value written but invalid is reported once, as wrong-type") {
  MemoryFileSystem fs;
  fs.add("strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
      - {id: plus, metric: Leads, baseline: 10%, target: +30%, actual: lots, due: 2027-03-31}
      - {id: bad-due, metric: Leads, target: 80, due: 2027-02-30}
      - {id: as-list, metric: Leads, target: [80], due: 2027-03-31}
      - {id: empty, metric: Leads, target: , due: 2027-03-31}
)");
  Workspace ws = load_workspace({"strategy.yaml"}, fs);
  std::vector<Diagnostic> out = ws.diagnostics;
  run_check(*find_check("kpi-not-measurable"), ws, test_today(), out);
  sort_unique(out);
  std::string shown;
  for (const Diagnostic& d : out) shown += std::to_string(d.pos.line) + " " + d.rule + "\n";
  CHECK(shown ==
        "10 wrong-type\n10 wrong-type\n10 wrong-type\n"  // baseline, target, actual
        "11 wrong-type\n"
        "12 wrong-type\n"
        "13 kpi-not-measurable\n");  // an empty value is no value
}

}  // namespace strat::test

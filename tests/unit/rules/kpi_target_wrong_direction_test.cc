#include "rule_test_util.h"

namespace strat::test {

namespace {
/// A strategy whose one goal has `kpis` (flow mappings, one a line from line 10).
Files with_kpis(std::string_view kpis) {
  return {{"strategy.yaml", "kind: strategy\nname: S\nobjectives:\n  - {id: grow, title: Grow}\n"
                            "goals:\n  - id: leads\n    title: Leads\n    objective: grow\n"
                            "    kpis:\n" + std::string(kpis)}};
}
}  // namespace

TEST_CASE("kpi-target-wrong-direction: up with a lower target, down with a higher one") {
  Files files = with_kpis(
      "      - {id: open-rate, metric: Open rate, baseline: 30, target: 20, due: 2027-06-30}\n"
      "      - {id: cpl, metric: Cost per lead, direction: down, baseline: 40, target: 60, due: 2027-06-30}\n"
      "      - {id: signups, metric: Signups, direction: up, baseline: 10.5, target: 9, due: 2027-06-30}\n");
  CHECK(check("kpi-target-wrong-direction", files) ==
        "strategy.yaml:10:66: warning: KPI 'open-rate' of goal 'leads' points the wrong way: its "
        "target (20) is below its baseline (30), but its direction is up (higher is better, the "
        "default); write 'direction: down' if lower is better, or correct the numbers {open-rate}\n"
        "strategy.yaml:11:81: warning: KPI 'cpl' of goal 'leads' points the wrong way: its target "
        "(60) is above its baseline (40), but its direction is down (lower is better); write "
        "'direction: up' if higher is better, or correct the numbers {cpl}\n"
        "strategy.yaml:12:79: warning: KPI 'signups' of goal 'leads' points the wrong way: its "
        "target (9) is below its baseline (10.5), but its direction is up (higher is better, the "
        "default); write 'direction: down' if lower is better, or correct the numbers {signups}\n");
}

TEST_CASE("kpi-target-wrong-direction: a target equal to the baseline has nothing to achieve") {
  Files files = with_kpis(
      "      - {id: nps, metric: NPS, baseline: 50, target: 50, due: 2027-06-30}\n"
      "      - {id: cpl, metric: Cost per lead, direction: down, baseline: 40, target: 40, due: 2027-06-30}\n");
  CHECK(check("kpi-target-wrong-direction", files) ==
        "strategy.yaml:10:54: warning: KPI 'nps' of goal 'leads' has its target equal to its "
        "baseline (50): there is nothing to achieve; set the target to the level to reach {nps}\n"
        "strategy.yaml:11:81: warning: KPI 'cpl' of goal 'leads' has its target equal to its "
        "baseline (40): there is nothing to achieve; set the target to the level to reach {cpl}\n");
}

TEST_CASE("kpi-target-wrong-direction: silent on progress either way and without a baseline") {
  Files files = with_kpis(
      "      - {id: open-rate, metric: Open rate, baseline: 20, target: 30, due: 2027-06-30}\n"
      "      - {id: cpl, metric: Cost per lead, direction: down, baseline: 40, target: 25, due: 2027-06-30}\n"
      "      - {id: new, metric: New metric, target: 0, due: 2027-06-30}\n"
      "      - {id: open, metric: No target yet, baseline: 3, due: 2027-06-30}\n");
  CHECK(check("kpi-target-wrong-direction", files) == "");
  CHECK(check("kpi-target-wrong-direction", clean_files()) == "");
}

}  // namespace strat::test

#include "rule_test_util.h"

namespace strat::test {

namespace {

/// The clean plan with a reason on its top-level tactic and, unless empty, a status.
Files with_reason(const std::string& status) {
  std::string plan(kPlan);
  std::string add = "    dropped_because: Too few views\n";
  if (!status.empty()) add += "    status: " + status + "\n";
  plan.replace(plan.find("    goal: leads\n"), 0, add);
  return {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}};
}

}  // namespace

TEST_CASE("stray-dropped-because: a reason for dropping a tactic that is not dropped") {
  CHECK(check("stray-dropped-because", with_reason("")) ==
        "plan.yaml:12:22: warning: tactic 'video' says why it was dropped, but its status is planned: add "
        "'status: dropped', or remove 'dropped_because' {video}\n");
  CHECK(check("stray-dropped-because", with_reason("active")) ==
        "plan.yaml:12:22: warning: tactic 'video' says why it was dropped, but its status is active: add "
        "'status: dropped', or remove 'dropped_because' {video}\n");
  CHECK(check("stray-dropped-because", with_reason("done")) ==
        "plan.yaml:12:22: warning: tactic 'video' says why it was dropped, but its status is done: add "
        "'status: dropped', or remove 'dropped_because' {video}\n");
}

TEST_CASE("stray-dropped-because: silent on a dropped tactic, inside one, and without a reason") {
  CHECK(check("stray-dropped-because", with_reason("dropped")) == "");
  CHECK(check("stray-dropped-because", clean_files()) == "");
  std::string plan(kPlan);
  plan.replace(plan.find("    goal: leads\n"), 0, "    status: dropped\n");
  plan.replace(plan.find("{id: video-jan, "), 16, "{id: video-jan, dropped_because: With its parent, ");
  CHECK(check("stray-dropped-because", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) == "");
}

}  // namespace strat::test

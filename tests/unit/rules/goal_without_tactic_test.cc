#include "rule_test_util.h"

namespace strat::test {
namespace {

constexpr std::string_view kTwoGoals = R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis: [{id: k1, metric: M, target: 1, due: 2027-01-01}]
  - id: brand
    title: Brand
    objective: grow
    kpis: [{id: k2, metric: M, target: 1, due: 2027-01-01}]
)";

// Serves 'leads'; only a dropped tactic serves 'brand'.
constexpr std::string_view kLeadsPlan = R"(kind: plan
name: Q1 plan
strategy: strategy.yaml
tactics:
  - {id: video, title: Video, goal: leads}
  - {id: ad, title: Ad, goal: brand, status: dropped}
)";

// Serves 'brand' through a nested tactic that inherits it.
constexpr std::string_view kBrandPlan = R"(kind: plan
name: Q2 plan
strategy: strategy.yaml
tactics:
  - id: campaign
    title: Campaign
    goal: brand
    tactics:
      - {id: flight, title: Flight}
)";

}  // namespace

TEST_CASE("goal-without-tactic: fires when no live tactic of the plan serves a goal") {
  Files files{{"strategy.yaml", std::string(kTwoGoals)}, {"plan.yaml", std::string(kLeadsPlan)}};
  CHECK(check("goal-without-tactic", files) ==
        "strategy.yaml:10:9: warning: goal 'brand' is served by no tactic in plan 'Q1 plan' "
        "{brand}\n");
}

TEST_CASE("goal-without-tactic: counts the plans that share the strategy") {
  std::string other(kLeadsPlan);
  other.replace(other.find("Q1 plan"), 7, "Q3 plan");
  Files files{{"strategy.yaml", std::string(kTwoGoals)},
              {"plan.yaml", std::string(kLeadsPlan)},
              {"plan3.yaml", other}};
  CHECK(check("goal-without-tactic", files) ==
        "strategy.yaml:10:9: warning: goal 'brand' is served by no tactic in the 2 plans "
        "checked {brand}\n");
}

TEST_CASE("goal-without-tactic: silent when the plans together serve every goal") {
  Files files{{"strategy.yaml", std::string(kTwoGoals)},
              {"plan.yaml", std::string(kLeadsPlan)},
              {"plan2.yaml", std::string(kBrandPlan)}};
  CHECK(check("goal-without-tactic", files) == "");
  CHECK(check("goal-without-tactic", clean_files()) == "");
}

TEST_CASE("goal-without-tactic: silent when no plan uses the strategy") {
  CHECK(check("goal-without-tactic", {{"strategy.yaml", std::string(kTwoGoals)}}) == "");
}

}  // namespace strat::test

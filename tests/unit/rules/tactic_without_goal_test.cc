#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("tactic-without-goal: fires for a tactic and its child when neither names a goal") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
tactics:
  - id: campaign
    title: Campaign
    goal: leads
    tactics:
      - {id: flight, title: Flight}
  - id: stray
    title: Stray
    tactics:
      - {id: stray-child, title: Child}
  - {id: dropped, title: Dropped, status: dropped}
)"}};
  CHECK(check("tactic-without-goal", files) ==
        "plan.yaml:10:9: error: tactic 'stray' serves no goal {stray}\n"
        "plan.yaml:13:14: error: tactic 'stray-child' serves no goal {stray-child}\n");
}

TEST_CASE("tactic-without-goal: silent when every tactic serves a goal, directly or inherited") {
  CHECK(check("tactic-without-goal", clean_files()) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("tactic-without-goal: silent inside a dropped tactic, whatever the child's status") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
tactics:
  - id: old-campaign
    title: Old campaign
    status: dropped
    tactics:
      - {id: old-flight, title: Flight, status: active}
)"}};
  CHECK(check("tactic-without-goal", files) == "");
}

}  // namespace strat::test

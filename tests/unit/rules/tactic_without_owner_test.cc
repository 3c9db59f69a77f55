#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("tactic-without-owner: fires for a tactic and its child when neither has an owner") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
team: [{id: dana}]
tactics:
  - id: campaign
    title: Campaign
    goal: leads
    owner: dana
    tactics:
      - {id: flight, title: Flight}
  - id: orphan
    title: Orphan
    goal: leads
    tactics:
      - {id: orphan-child, title: Child}
  - {id: gone, title: Gone, goal: leads, status: dropped}
)"}};
  CHECK(check("tactic-without-owner", files) ==
        "plan.yaml:12:9: warning: tactic 'orphan' has no owner {orphan}\n"
        "plan.yaml:16:14: warning: tactic 'orphan-child' has no owner {orphan-child}\n");
}

TEST_CASE("tactic-without-owner: silent when owners are set or inherited") {
  CHECK(check("tactic-without-owner", clean_files()) == "");
}

}  // namespace strat::test

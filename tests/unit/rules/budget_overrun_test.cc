#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("budget-overrun: the plan's tactics, and a parent's nested tactics") {
  // Dropped tactics count for nothing: without them the sums are 32000 and 21000.50.
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: Q1 2027 work plan
strategy: strategy.yaml
currency: EUR
budget: 30000
team: [{id: dana}]
tactics:
  - id: campaign
    title: Campaign
    goal: leads
    owner: dana
    budget: 20000
    tactics:
      - {id: jan, title: January, budget: 12000}
      - {id: feb, title: February, budget: 9000.50}
      - {id: mar, title: March, budget: 5000, status: dropped}
  - {id: video, title: Video, goal: leads, owner: dana, budget: 12000}
  - {id: fair, title: Fair, goal: leads, owner: dana, budget: 50000, status: dropped}
)"}};
  CHECK(check("budget-overrun", files) ==
        "plan.yaml:5:9: error: tactics in plan 'Q1 2027 work plan' budget 32000 EUR, but the "
        "plan has 30000 EUR {Q1 2027 work plan}\n"
        "plan.yaml:12:13: error: tactics inside tactic 'campaign' budget 21000.50 EUR, but "
        "'campaign' itself has 20000 EUR {campaign}\n");
}

TEST_CASE("budget-overrun: silent within budget, at exactly the budget, or without budgets") {
  CHECK(check("budget-overrun", clean_files()) == "");
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
budget: 1000
tactics:
  - {id: a, title: A, goal: leads, budget: 600}
  - id: b
    title: B
    goal: leads
    budget: 400
    tactics:
      - {id: b1, title: B1, budget: 400}
  - id: c
    title: C
    goal: leads
    tactics:
      - {id: c1, title: C1, budget: 0}
)"}};
  CHECK(check("budget-overrun", files) == "");
}

TEST_CASE("budget-overrun: a parent without a budget commits what its nested tactics budget") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
budget: 1000
tactics:
  - id: campaign
    title: Campaign
    goal: leads
    tactics:
      - {id: jan, title: January, budget: 800}
      - {id: feb, title: February, budget: 800}
)"}};
  CHECK(check("budget-overrun", files) ==
        "plan.yaml:4:9: error: tactics in plan 'P' budget 1600, but the plan has 1000 {P}\n");
}

}  // namespace strat::test

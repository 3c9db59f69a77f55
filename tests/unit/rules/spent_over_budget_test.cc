#include "rule_test_util.h"

namespace strat::test {

namespace {

Files plan_with(std::string_view tactics) {
  std::string plan = R"(kind: plan
name: P
strategy: strategy.yaml
currency: EUR
budget: 1000
tactics:
)" + std::string(tactics);
  return {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}};
}

}  // namespace

TEST_CASE("spent-over-budget: a tactic spent more than its own budget") {
  CHECK(check("spent-over-budget", plan_with(R"(  - {id: ads, title: Ads, budget: 100, spent: 500}
  - {id: blog, title: Blog, budget: 100, spent: 100}
)")) == "plan.yaml:7:47: warning: tactic 'ads' has spent 500 EUR, more than its budget of 100 "
        "EUR {ads}\n");
}

TEST_CASE("spent-over-budget: nested spending adds up, as budgets do") {
  CHECK(check("spent-over-budget", plan_with(R"(  - id: campaign
    title: Campaign
    budget: 300
    tactics:
      - {id: jan, title: January, spent: 200}
      - {id: feb, title: February, spent: 150.50}
      - {id: mar, title: March, spent: 900, status: dropped}
)")) == "plan.yaml:9:13: warning: tactics inside tactic 'campaign' have spent 350.50 EUR, more "
        "than its budget of 300 EUR {campaign}\n");
  // A tactic's own spent stands for its nested tactics' spending.
  CHECK(check("spent-over-budget", plan_with(R"(  - id: campaign
    title: Campaign
    budget: 300
    spent: 250
    tactics:
      - {id: jan, title: January, spent: 400}
)")) == "");
}

TEST_CASE("spent-over-budget: the plan's tactics spent more than the plan's budget") {
  CHECK(check("spent-over-budget", plan_with(R"(  - {id: ads, title: Ads, spent: 600}
  - {id: blog, title: Blog, spent: 600}
  - {id: gone, title: Gone, spent: 5000, status: dropped}
)")) == "plan.yaml:5:9: warning: tactics in plan 'P' have spent 1200 EUR, more than the plan's "
        "budget of 1000 EUR {P}\n");
}

TEST_CASE("spent-over-budget: silent within budget, and with no budget to compare") {
  CHECK(check("spent-over-budget", plan_with("  - {id: ads, title: Ads, spent: 900}\n")) == "");
  CHECK(check("spent-over-budget", clean_files()) == "");
}

}  // namespace strat::test

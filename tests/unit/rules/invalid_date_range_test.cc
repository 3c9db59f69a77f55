#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("invalid-date-range: a strategy horizon that ends before it starts") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
horizon: {from: 2027-12-31, to: 2027-01-01}
)"}};
  CHECK(check("invalid-date-range", files) ==
        "strategy.yaml:3:17: error: the horizon of strategy 'S' starts on 2027-12-31, after it "
        "ends on 2027-01-01 {S}\n");
}

TEST_CASE("invalid-date-range: a plan period and a live tactic") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: Q1 plan
strategy: strategy.yaml
period: {from: 2027-03-31, to: 2027-01-01}
tactics:
  - id: video
    title: Video
    goal: leads
    from: 2027-02-10
    to: 2027-02-01
  - {id: old, title: Old, goal: leads, from: 2027-02-10, to: 2027-02-01, status: dropped}
)"}};
  CHECK(check("invalid-date-range", files) ==
        "plan.yaml:4:16: error: the period of plan 'Q1 plan' starts on 2027-03-31, after it ends "
        "on 2027-01-01 {Q1 plan}\n"
        "plan.yaml:9:11: error: tactic 'video' starts on 2027-02-10, after it ends on 2027-02-01 "
        "{video}\n");
}

TEST_CASE("invalid-date-range: silent on ordered ranges and one-day ranges") {
  CHECK(check("invalid-date-range", clean_files()) == "");
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
horizon: {from: 2027-01-01, to: 2027-01-01}
)"}};
  CHECK(check("invalid-date-range", files) == "");
}

}  // namespace strat::test

#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("outside-period: tactics outside the plan period or their parent's dates") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: Q1 plan
strategy: strategy.yaml
period: {from: 2027-01-01, to: 2027-03-31}
tactics:
  - {id: early, title: Early, goal: leads, from: 2026-12-15, to: 2027-01-10}
  - {id: late, title: Late, goal: leads, on: 2027-04-02}
  - {id: open, title: Open, goal: leads, from: 2027-05-01}
  - id: campaign
    title: Campaign
    goal: leads
    from: 2027-02-01
    to: 2027-02-28
    tactics:
      - {id: flight, title: Flight, due: 2027-03-05}
      - {id: inside, title: Inside, from: 2027-02-01, to: 2027-02-14}
  - id: undated
    title: Undated
    goal: leads
    tactics:
      - {id: undated-child, title: Child, on: 2027-04-15}
  - {id: gone, title: Gone, goal: leads, on: 2028-01-01, status: dropped}
)"}};
  const std::string period = "the period of plan 'Q1 plan' (from 2027-01-01 to 2027-03-31)";
  CHECK(check("outside-period", files) ==
        "plan.yaml:6:10: warning: tactic 'early' runs from 2026-12-15 to 2027-01-10, outside " +
            period + " {early}\n" +
            "plan.yaml:7:10: warning: tactic 'late' runs on 2027-04-02, outside " + period +
            " {late}\n" +
            "plan.yaml:8:10: warning: tactic 'open' runs from 2027-05-01, outside " + period +
            " {open}\n" +
            "plan.yaml:15:14: warning: tactic 'flight' runs on 2027-03-05, outside its parent "
            "tactic 'campaign' (from 2027-02-01 to 2027-02-28) {flight}\n" +
            "plan.yaml:21:14: warning: tactic 'undated-child' runs on 2027-04-15, outside " +
            period + " {undated-child}\n");
}

TEST_CASE("outside-period: silent when every tactic fits its plan and its parent") {
  CHECK(check("outside-period", clean_files()) == "");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("outside-period: a milestone outside its plan's period") {
  std::string plan(kPlan);
  plan += "milestones:\n  - {id: kickoff, title: Kick-off, on: 2026-12-15}\n"
          "  - {id: launch, title: Launch, on: 2027-02-01}\n  - {id: review, title: Review, on: 2027-04-02}\n";
  CHECK(check("outside-period", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) ==
        "plan.yaml:22:40: warning: milestone 'kickoff' is on 2026-12-15, outside the period of plan 'Q1 plan' "
        "(from 2027-01-01 to 2027-03-31) {kickoff}\n"
        "plan.yaml:24:37: warning: milestone 'review' is on 2027-04-02, outside the period of plan 'Q1 plan' "
        "(from 2027-01-01 to 2027-03-31) {review}\n");
}

}  // namespace strat::test

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

TEST_CASE("outside-period: a recurrence is judged by its occurrences, not its span") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: Q2 plan
strategy: strategy.yaml
period: {from: 2027-04-01, to: 2027-06-30}
tactics:
  - {id: monthly, title: Monthly, goal: leads, from: 2027-04-05, to: 2027-07-04, every: 1 month}
  - {id: sundays, title: Sundays, goal: leads, from: 2027-03-29, to: 2027-07-03, every: week on sunday}
  - {id: skipped, title: Skipped, goal: leads, from: 2027-06-01, to: 2027-07-31, every: 1 week, except: 2027-07-01..2027-07-31}
  - {id: late, title: Late, goal: leads, from: 2027-06-01, to: 2027-07-31, every: month on first monday}
  - {id: early, title: Early, goal: leads, from: 2027-03-01, to: 2027-05-31, every: month on last friday}
)"}};
  const std::string period = "the period of plan 'Q2 plan' (from 2027-04-01 to 2027-06-30)";
  CHECK(check("outside-period", files) ==
        "plan.yaml:9:10: warning: tactic 'late' recurs from 2027-06-07 to 2027-07-05, outside " + period +
            " {late}\n" +
            "plan.yaml:10:10: warning: tactic 'early' recurs from 2027-03-26 to 2027-05-28, outside " + period +
            " {early}\n");
}

TEST_CASE("outside-period: a single-day parent does not bound its children; the plan's period does") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: Q2 plan
strategy: strategy.yaml
period: {from: 2027-04-01, to: 2027-06-30}
tactics:
  - id: webinar
    title: Webinar
    goal: leads
    on: 2027-05-11
    tactics:
      - {id: invitations, title: Send invitations, from: 2027-04-20, to: 2027-05-04}
      - {id: recording, title: Publish the recording, on: 2027-05-13}
      - {id: too-late, title: Follow-up survey, on: 2027-07-02}
  - id: report
    title: Report
    goal: leads
    due: 2027-06-15
    tactics:
      - {id: draft, title: Draft, due: 2027-06-01}
  - id: campaign
    title: Campaign
    goal: leads
    from: 2027-05-01
    to: 2027-05-31
    tactics:
      - id: event
        title: Event
        on: 2027-05-20
        tactics:
          - {id: prep, title: Prep, on: 2027-04-28}
)"}};
  CHECK(check("outside-period", files) ==
        "plan.yaml:13:14: warning: tactic 'too-late' runs on 2027-07-02, outside the period of plan 'Q2 plan' "
        "(from 2027-04-01 to 2027-06-30) {too-late}\n"
        "plan.yaml:30:18: warning: tactic 'prep' runs on 2027-04-28, outside its parent tactic 'campaign' "
        "(from 2027-05-01 to 2027-05-31) {prep}\n");
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

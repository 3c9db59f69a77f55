#include "rule_test_util.h"

namespace strat::test {

namespace {

/// A plan (with `period`, or none when empty) whose tactics are `tactics`.
Files plan_with(std::string_view period, std::string_view tactics) {
  std::string plan = "kind: plan\nname: P\nstrategy: strategy.yaml\n";
  if (!period.empty()) plan += "period: " + std::string(period) + "\n";
  plan += "tactics:\n" + std::string(tactics);
  return {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}};
}

}  // namespace

TEST_CASE("invalid-recurrence: every without from, with on, with due") {
  Files files = plan_with("{from: 2027-01-01, to: 2027-03-31}", R"(  - id: no-start
    title: T
    every: 1 week
  - id: one-day
    title: T
    on: 2027-01-05
    every: 1 week
  - id: deadline
    title: T
    from: 2027-01-01
    due: 2027-02-01
    every: 2 days
)");
  CHECK(check("invalid-recurrence", files) ==
        "plan.yaml:8:12: error: tactic 'no-start' repeats 'every: 1 week' but has no 'from:', so "
        "there is no day for it to start; add 'from:' {no-start}\n"
        "plan.yaml:12:12: error: tactic 'one-day' repeats 'every: 1 week' but happens on a single "
        "day ('on: 2027-01-05'); a recurring tactic needs 'from:' (and 'to:') instead of 'on:' "
        "{one-day}\n"
        "plan.yaml:17:12: error: tactic 'deadline' repeats 'every: 2 days' but has a single "
        "deadline ('due: 2027-02-01'); a recurring tactic needs 'from:' (and 'to:') instead of "
        "'due:' {deadline}\n");
}

TEST_CASE("invalid-recurrence: an open end needs a parent's end or the plan's period") {
  std::string_view tactics = R"(  - id: open
    title: T
    from: 2027-01-04
    every: 1 week
  - id: campaign
    title: T
    from: 2027-01-01
    to: 2027-02-28
    tactics:
      - {id: inner, title: T, from: 2027-01-04, every: 1 week}
)";
  CHECK(check("invalid-recurrence", plan_with("", tactics)) ==
        "plan.yaml:8:12: error: tactic 'open' repeats 'every: 1 week' from 2027-01-04 with no "
        "'to:', and neither a parent tactic nor the plan's period ends, so it never stops; add "
        "'to:', or a 'period:' to the plan {open}\n");
  // With a period both have an end: the plan's, and the parent's.
  CHECK(check("invalid-recurrence", plan_with("{from: 2027-01-01, to: 2027-03-31}", tactics)) == "");
}

TEST_CASE("invalid-recurrence: silent for closed and dropped recurrences") {
  CHECK(check("invalid-recurrence", plan_with("", R"(  - {id: weekly, title: T, from: 2027-01-04, to: 2027-03-29, every: 1 week}
  - {id: gone, title: T, every: 1 week, status: dropped}
)")) == "");
  CHECK(check("invalid-recurrence", clean_files()) == "");
}

TEST_CASE("invalid-recurrence: every shape of every: gets a meaning or a finding") {
  // Only from: open-ended, to the plan's end (a meaning: no finding) or, with no period, a finding.
  std::string_view only_from = "  - {id: a, title: T, from: 2027-01-04, every: week on monday}\n";
  CHECK(check("invalid-recurrence", plan_with("{from: 2027-01-01, to: 2027-03-31}", only_from)) == "");
  CHECK(check("invalid-recurrence", plan_with("", only_from)) ==
        "plan.yaml:5:48: error: tactic 'a' repeats 'every: 1 week on monday' from 2027-01-04 with no 'to:', "
        "and neither a parent tactic nor the plan's period ends, so it never stops; add 'to:', or a "
        "'period:' to the plan {a}\n");
  // With on:, with only to:, with no dates at all: each a finding.
  CHECK(check("invalid-recurrence", plan_with("{from: 2027-01-01, to: 2027-03-31}", R"(  - {id: b, title: T, on: 2027-01-05, every: 1 quarter}
  - {id: c, title: T, to: 2027-02-01, every: month on first tuesday}
  - {id: d, title: T, every: 2 weeks}
)")) == "plan.yaml:6:46: error: tactic 'b' repeats 'every: 3 months' but happens on a single day ('on: "
         "2027-01-05'); a recurring tactic needs 'from:' (and 'to:') instead of 'on:' {b}\n"
         "plan.yaml:7:46: error: tactic 'c' repeats 'every: 1 month on first tuesday' but has no 'from:', so "
         "there is no day for it to start; add 'from:' {c}\n"
         "plan.yaml:8:30: error: tactic 'd' repeats 'every: 2 weeks' but has no 'from:', so there is no day "
         "for it to start; add 'from:' {d}\n");
}

TEST_CASE("invalid-recurrence: except: without every:") {
  CHECK(check("invalid-recurrence", plan_with("{from: 2027-01-01, to: 2027-03-31}", R"(  - id: launch
    title: T
    from: 2027-01-04
    to: 2027-01-29
    except: [2027-01-10]
  - {id: ok, title: T, from: 2027-01-04, to: 2027-03-29, every: week on monday, except: 2027-02-01..2027-02-28}
)")) == "plan.yaml:10:13: error: tactic 'launch' skips days ('except:') but does not repeat; 'except:' goes "
         "with 'every:', as in 'every: week on monday' {launch}\n");
}

}  // namespace strat::test

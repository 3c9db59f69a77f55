// The occurrence limit applies to every recurrence, open-ended ones too (they run to the end of
// their parent tactic or of the plan's period), and a recurrence over it is dropped.
#include "load_test_util.h"

namespace strat::test {

namespace {

constexpr const char* kPlan = R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2027-01-01, to: 2027-12-31}
tactics:
  - {id: open-plan, title: T, from: 2027-01-01, every: 1 day}
  - id: parent
    title: T
    from: 2027-01-01
    to: 2027-01-31
    tactics:
      - {id: open-parent, title: T, from: 2027-01-01, every: 1 day}
  - {id: closed, title: T, from: 2027-01-01, to: 2027-03-01, every: 1 day}
)";

}  // namespace

TEST_CASE("recurrence limit: open ends run to the plan's period, or to their parent's end") {
  Limits limits;
  limits.max_occurrences = 40;
  LoadResult r = load(kPlan, limits);
  CHECK(lines(r) ==
        Lines{"6:56: limit-exceeded: 'every: 1 day' from 2027-01-01 to 2027-12-31 (where the "
              "plan's period ends, as it has no 'to') happens 365 times, more than the limit of "
              "40; is the interval or a date wrong?",
              "13:69: limit-exceeded: 'every: 1 day' from 2027-01-01 to 2027-03-01 happens 60 "
              "times, more than the limit of 40; is the interval or a date wrong?"});
  CHECK(r.limit_hit);
  REQUIRE(r.documents.size() == 1);
  const Plan& p = *r.documents[0].plan;
  CHECK_FALSE(p.tactics[0].every);
  CHECK(p.tactics[1].tactics[0].every);  // 31 days, to where its parent ends
  CHECK_FALSE(p.tactics[2].every);
}

TEST_CASE("recurrence limit: an open end over a parent's span is counted to the parent's end") {
  Limits limits;
  limits.max_occurrences = 30;
  LoadResult r = load(kPlan, limits);
  Lines got = lines(r);
  REQUIRE(got.size() == 3);
  CHECK(got[1] == "12:62: limit-exceeded: 'every: 1 day' from 2027-01-01 to 2027-01-31 (where "
                  "its parent tactic ends, as it has no 'to') happens 31 times, more than the "
                  "limit of 30; is the interval or a date wrong?");
}

}  // namespace strat::test

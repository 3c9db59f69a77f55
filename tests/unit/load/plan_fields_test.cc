// The fields the source articles asked for: a tactic's type, KPIs on tactics and channels,
// a plan's milestones, and the reason a tactic was dropped.
#include <doctest/doctest.h>

#include "load_test_util.h"
#include "strat/json_schema.h"
#include "strat/model.h"

using namespace strat;
using namespace strat::test;

namespace {

const char* kPlanHead = R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2027-01-01, to: 2027-03-31}
)";

}  // namespace

TEST_CASE("a tactic's type, KPIs and dropped_because are read with their positions") {
  LoadResult r = load(std::string(kPlanHead) + R"(tactics:
  - id: ads
    title: Ads
    type: campaign
    status: dropped
    dropped_because: Cost per lead doubled
    kpis:
      - {id: ctr, metric: Click-through rate, baseline: 1, target: 2, unit: "%", due: 2027-03-31}
      - id: cpl
        metric: Cost per lead
        target: 40
        direction: down
)");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].plan);
  const Tactic& t = r.documents[0].plan->tactics.at(0);
  REQUIRE(t.type);
  CHECK(t.type->value == "campaign");
  CHECK(t.type->pos == Pos{8, 11});
  REQUIRE(t.dropped_because);
  CHECK(t.dropped_because->value == "Cost per lead doubled");
  CHECK(t.dropped_because->pos == Pos{10, 22});
  REQUIRE(t.kpis.size() == 2);
  CHECK(t.kpis[0].id == "ctr");
  CHECK(t.kpis[0].unit == "%");
  REQUIRE(t.kpis[0].target);
  CHECK(t.kpis[0].target->value == 2);
  CHECK(t.kpis[1].direction == Direction::down);
  CHECK(t.kpis[1].pos == Pos{13, 13});
}

TEST_CASE("a tactic's KPIs are checked by the goal KPI reader") {
  LoadResult r = load(std::string(kPlanHead) + R"(tactics:
  - id: ads
    title: Ads
    kpis:
      - {metric: Clicks}
      - {id: k, metric: Clicks, target: lots, colour: red}
      - just a word
)");
  CHECK(lines(r) == Lines{
      "9:9: missing-field: KPI has no 'id'",
      "10:41: wrong-type: 'target' must be a number, not 'lots'",
      "10:47: unknown-key: unknown key 'colour' in KPI 'k'",
      "11:9: wrong-type: each item of 'kpis' must be a mapping like '{id: …, title: …}', not 'just a word'",
  });
}

TEST_CASE("a channel's KPIs are read as a goal's") {
  LoadResult r = load(R"(kind: strategy
name: S
channels:
  - id: newsletter
    type: owned
    kpis:
      - {id: open-rate, metric: Open rate, baseline: 20, target: 30, unit: "%", due: 2027-06-30}
      - {id: bad, metric: Clicks, due: someday}
)");
  CHECK(lines(r) == Lines{"8:40: wrong-type: 'due' must be a date written YYYY-MM-DD, not 'someday'"});
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].strategy);
  const Channel& c = r.documents[0].strategy->channels.at(0);
  REQUIRE(c.kpis.size() == 2);
  CHECK(c.kpis[0].metric == "Open rate");
  REQUIRE(c.kpis[0].due);
  CHECK(c.kpis[0].due->value == Date::from_ymd(2027, 6, 30));
}

TEST_CASE("a plan's milestones are read with their positions") {
  LoadResult r = load(std::string(kPlanHead) + R"(milestones:
  - {id: launch, title: Public launch, on: 2027-03-20}
  - id: go-live
    title: Site goes live
    on: 2027-02-01
)");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].plan);
  const auto& ms = r.documents[0].plan->milestones;
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].id == "launch");
  CHECK(ms[0].title == "Public launch");
  CHECK(ms[0].pos == Pos{6, 10});
  REQUIRE(ms[0].on);
  CHECK(ms[0].on->value == Date::from_ymd(2027, 3, 20));
  CHECK(ms[1].pos == Pos{7, 9});
  REQUIRE(ms[1].on);
  CHECK(ms[1].on->pos == Pos{9, 9});
}

TEST_CASE("a milestone without id, title or day, or with a bad day, is reported where it is") {
  LoadResult r = load(std::string(kPlanHead) + R"(milestones:
  - {title: No id, on: 2027-01-05}
  - {id: no-title, on: 2027-01-05}
  - {id: no-day, title: No day}
  - {id: bad-day, title: Bad day, on: 2027-02-30}
  - {id: words, title: Words, on: next month}
  - {id: two words, title: T, on: 2027-01-05}
  - launch
)");
  CHECK(lines(r) == Lines{
      "6:5: missing-field: milestone has no 'id'",
      "7:5: missing-field: milestone 'no-title' has no 'title'",
      "8:5: missing-field: milestone 'no-day' has no 'on'",
      "9:39: wrong-type: 'on' is not a real date: '2027-02-30' does not exist",
      "10:35: wrong-type: 'on' must be a date written YYYY-MM-DD, not 'next month'",
      "11:10: wrong-type: 'id' must be an id (one word without spaces), not 'two words'",
      "12:5: wrong-type: each item of 'milestones' must be a mapping like '{id: …, title: …}', not 'launch'",
  });
}

TEST_CASE("strat schema: type offers the common content types without rejecting others") {
  std::optional<std::string> plan = json_schema("plan");
  REQUIRE(plan);
  CHECK(plan->find(R"("examples": ["article", "video", "post", "campaign")") != std::string::npos);
  CHECK(plan->find(R"("milestone": {)") != std::string::npos);
  CHECK(plan->find(R"("dropped_because": {)") != std::string::npos);
  // The content type is a string with examples, never an enum.
  size_t type = plan->find("The content type");
  REQUIRE(type != std::string::npos);
  size_t end = plan->find('}', plan->find("examples", type));
  CHECK(plan->substr(type, end - type).find("\"enum\"") == std::string::npos);
}

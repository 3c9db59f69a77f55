#include <doctest/doctest.h>

#include "load_test_util.h"
#include "strat/model.h"

using namespace strat;
using namespace strat::test;

TEST_CASE("a KPI's measured: is read as a date with its position") {
  LoadResult r = load(R"(kind: strategy
name: S
goals:
  - id: g
    title: G
    kpis:
      - {id: k, metric: Leads, baseline: 1, target: 2, actual: 1.5, measured: 2027-02-01}
)");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].strategy);
  const Kpi& k = r.documents[0].strategy->goals.at(0).kpis.at(0);
  REQUIRE(k.measured);
  CHECK(k.measured->value == Date::from_ymd(2027, 2, 1));
  CHECK(k.measured->pos.line == 7);
}

TEST_CASE("a KPI's measured: that is not a date is wrong-type") {
  LoadResult r = load(R"(kind: strategy
name: S
goals:
  - id: g
    title: G
    kpis:
      - id: k
        metric: Leads
        measured: last week
      - id: k2
        metric: Leads
        measured: 2027-02-30
)");
  CHECK(lines(r) == Lines{
      "9:19: wrong-type: 'measured' must be a date written YYYY-MM-DD, not 'last week'",
      "12:19: wrong-type: 'measured' is not a real date: '2027-02-30' does not exist",
  });
}

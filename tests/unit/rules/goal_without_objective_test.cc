#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("goal-without-objective: fires for a goal that names no objective") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
goals:
  - id: leads
    title: Leads
    kpis:
      - {id: k, metric: M, target: 1, due: 2027-01-01}
)"}};
  CHECK(check("goal-without-objective", files) ==
        "strategy.yaml:4:9: warning: goal 'leads' serves no business objective {leads}\n");
}

TEST_CASE("goal-without-objective: silent when goals name objectives, even unknown ones") {
  CHECK(check("goal-without-objective", clean_files()) == "");
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
goals:
  - id: leads
    title: Leads
    objective: nowhere
    kpis:
      - {id: k, metric: M, target: 1, due: 2027-01-01}
)"}};
  CHECK(check("goal-without-objective", files) == "");  // unknown-reference's job
}

}  // namespace strat::test

#include <doctest/doctest.h>

#include "rules/rule_util.h"

namespace strat::rules {

TEST_CASE("entity_name: every entity without an id is 'the KIND with no id'") {
  CHECK(entity_name("goal", "leads") == "goal 'leads'");
  CHECK(entity_name("goal", "") == "the goal with no id");
  CHECK(entity_name("team member", "") == "the team member with no id");
  Tactic t;
  CHECK(tactic_name(t) == "the tactic with no id");
  t.id = "video";
  CHECK(tactic_name(t) == "tactic 'video'");
}

}  // namespace strat::rules

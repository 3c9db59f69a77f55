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

TEST_CASE("Suggester: compares ids after NFC and never suggests a lookalike") {
  // "fidélisation" composed; the word is decomposed with a typo, then a lookalike only.
  Suggester s({"fid\xc3\xa9lisation", "notoriete"});
  CHECK(s.suffix("fide\xcc\x81lisaton") == "; did you mean 'fid\xc3\xa9lisation'?");
  CHECK(s.suffix("fide\xcc\x81lisation") == "");              // looks the same: no suggestion
  CHECK(s.suffix("fid\xc3\xa9lisation\xe2\x80\x8f") == "");  // with an RLM: the same id
  // A three-byte RLM no longer hides a short id from the suggestions.
  Suggester team({"ops", "dana"});
  CHECK(team.suffix("opz\xe2\x80\x8f") == "; did you mean 'ops'?");
}

}  // namespace strat::rules

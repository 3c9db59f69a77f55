#include <doctest/doctest.h>

#include "load/load_test_util.h"

using namespace strat;
using strat::test::lines;
using strat::test::Lines;
using strat::test::load;

TEST_CASE("an id or a reference holding an invisible character is wrong-type at the character") {
  // U+200F after "ops" (a plain value), U+200B inside a quoted id, U+2066/U+2069 around a
  // goal, and an escaped "\u200E" whose bytes are not in the line: the value's position.
  LoadResult r = load("kind: plan\n"
                      "name: P\n"
                      "strategy: s.yaml\n"
                      "team:\n"
                      "  - {id: \"da\xe2\x80\x8bna\", name: Dana}\n"
                      "tactics:\n"
                      "  - id: t\n"
                      "    title: T\n"
                      "    owner: ops\xe2\x80\x8f\n"
                      "    goals: [\xe2\x81\xa6leads\xe2\x81\xa9, \"lea\\u200Eds\"]\n");
  CHECK(lines(r) == Lines{
      "5:13: wrong-type: 'id' holds an invisible character, U+200B ZERO WIDTH SPACE, after 'da' "
      "(often pasted along from a word processor): delete it; strat reads the id as 'dana'",
      "9:15: wrong-type: 'owner' holds an invisible character, U+200F RIGHT-TO-LEFT MARK, after "
      "'ops' (often pasted along from a word processor): delete it; strat reads the id as 'ops'",
      "10:13: wrong-type: 'goals' holds an invisible character, U+2066 LEFT-TO-RIGHT ISOLATE, at its "
      "start, and 1 more after it (often pasted along from a word processor): delete them; strat "
      "reads the id as 'leads'",
      "10:26: wrong-type: 'goals' holds an invisible character, U+200E LEFT-TO-RIGHT MARK, after "
      "'lea' (often pasted along from a word processor): delete it; strat reads the id as 'leads'",
  });
  // The ids are kept as written, and still found.
  REQUIRE(r.documents.size() == 1);
  const Plan& p = *r.documents[0].plan;
  CHECK(p.team[0].id == "da\xe2\x80\x8bna");
  CHECK(p.find_member("dana") == &p.team[0]);
  CHECK(p.tactics[0].owner->id == "ops\xe2\x80\x8f");
}

TEST_CASE("an emoji sequence with a joiner is a valid id") {
  LoadResult r = load("kind: plan\nname: P\nstrategy: s.yaml\nteam:\n  - {id: \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb, name: Dev}\n");
  CHECK(lines(r).empty());
}

TEST_CASE("a decomposed id is found by its composed spelling") {
  LoadResult r = load("kind: plan\nname: P\nstrategy: s.yaml\nteam:\n  - {id: \"he\xcc\x81le\xcc\x80ne\", name: H}\n");
  REQUIRE(r.documents.size() == 1);
  const Plan& p = *r.documents[0].plan;
  CHECK(p.find_member("h\xc3\xa9l\xc3\xa8ne") == &p.team[0]);
  CHECK(p.find_member("helene") == nullptr);
}

#include "rule_test_util.h"

namespace strat::test {

namespace {

/// The clean plan with `type: TYPE` on its top-level tactic.
Files with_type(const std::string& type, const std::string& status = "planned") {
  std::string plan(kPlan);
  plan.replace(plan.find("    goal: leads\n"), 0, "    type: " + type + "\n    status: " + status + "\n");
  return {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}};
}

}  // namespace

TEST_CASE("tactic-type-typo: a near miss of a common content type gets a did-you-mean") {
  CHECK(check("tactic-type-typo", with_type("vidoe")) ==
        "plan.yaml:12:11: warning: tactic 'video' has type 'vidoe'; did you mean 'video'? {video}\n");
  CHECK(check("tactic-type-typo", with_type("newsleter")) ==
        "plan.yaml:12:11: warning: tactic 'video' has type 'newsleter'; did you mean 'newsletter'? {video}\n");
  CHECK(check("tactic-type-typo", with_type("landing-pag")) ==
        "plan.yaml:12:11: warning: tactic 'video' has type 'landing-pag'; did you mean 'landing-page'? {video}\n");
}

TEST_CASE("tactic-type-typo: silent for a common type, a type far from all, no type, or a dropped tactic") {
  CHECK(check("tactic-type-typo", with_type("video")) == "");
  CHECK(check("tactic-type-typo", with_type("landing-page")) == "");
  CHECK(check("tactic-type-typo", with_type("research")) == "");
  CHECK(check("tactic-type-typo", with_type("press-kit")) == "");
  CHECK(check("tactic-type-typo", with_type("\"Reel d'essai\"")) == "");
  CHECK(check("tactic-type-typo", with_type("vidoe", "dropped")) == "");
  CHECK(check("tactic-type-typo", clean_files()) == "");
}

TEST_CASE("tactic-type-typo: nested tactics are checked too") {
  std::string plan(kPlan);
  plan.replace(plan.find("{id: video-jan, "), 16, "{id: video-jan, type: artcle, ");
  CHECK(check("tactic-type-typo", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) ==
        "plan.yaml:20:31: warning: tactic 'video-jan' has type 'artcle'; did you mean 'article'? {video-jan}\n");
}

}  // namespace strat::test

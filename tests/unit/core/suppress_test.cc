// Inline suppressions: the comment scanner, each directive firing and unused, bad directives.
#include <doctest/doctest.h>

#include <string>

#include "strat/check.h"
#include "strat/suppress.h"

namespace strat::test {

namespace {

/// "LINE:COL TEXT" for each comment.
std::string comments(std::string_view text) {
  std::string out;
  for (const Comment& c : yaml_comments(text))
    out += std::to_string(c.pos.line) + ":" + std::to_string(c.pos.col) + " " + std::string(c.text) + "\n";
  return out;
}

/// Checks one plan file, p.yaml, in a repository with an optional config.
std::string check(std::string plan, std::string config = {}) {
  MemoryFileSystem fs;
  fs.add(".git/HEAD", "");
  fs.add("p.yaml", std::move(plan));
  if (!config.empty()) fs.add(".strat.yaml", std::move(config));
  CheckOptions options;
  options.paths = {"p.yaml"};
  options.today = Date::from_ymd(2027, 1, 15);
  options.jobs = 1;
  std::string out;
  for (const Diagnostic& d : run_check(options, fs).diagnostics)
    out += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
           std::string(to_string(d.severity)) + ": " + d.message + " [" + d.rule + "]\n";
  return out;
}

/// A plan whose tactic 'a' (line 5) serves no goal and has no owner; `comment` ends line 5.
std::string plan(std::string_view line5_comment, std::string_view extra = {}) {
  return std::string(extra) + "kind: plan\nname: P\nstrategy: {name: S}\ntactics:\n  - id: a" +
         std::string(line5_comment) + "\n    title: A\n";
}

}  // namespace

TEST_CASE("suppress: comments are found outside quoted and block scalars") {
  CHECK(comments("# top\nkey: value # after\nurl: http://x#y\n") == "1:1  top\n2:12  after\n");
  CHECK(comments("a: 'it''s # not' # yes\nb: \"q \\\" # not\" #yes\n") == "1:18  yes\n2:17 yes\n");
  CHECK(comments("title: don't # yes\n") == "1:14  yes\n");
  CHECK(comments("a: 'multi\n  # not\n  line' # yes\n") == "3:9  yes\n");
  CHECK(comments("a: |\n  # not\n\n  text\n# yes\nb: >-\n  # not\n") == "5:1  yes\n");
  CHECK(comments("- id: x\n  notes: |  # yes\n    # not\n  title: t # yes\n") ==
        "2:13  yes\n4:12  yes\n");
  CHECK(comments("- |\n  # not\n- x # yes\n") == "3:5  yes\n");
  CHECK(comments("a: [x, '#not', y] # yes\nb: {k: \"#\"} #yes\n") == "1:19  yes\n2:13 yes\n");
  CHECK(comments("a: b#c\r\n#d\r\n") == "2:1 d\n");
}

TEST_CASE("suppress: no suppression, both findings") {
  CHECK(check(plan("")) ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
}

TEST_CASE("suppress: disable-line covers its own line, several rules at once") {
  CHECK(check(plan("  # strat: disable-line=tactic-without-goal")) ==
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  CHECK(check(plan(" # strat: disable-line=tactic-without-goal, tactic-without-owner  (approved)")) == "");
}

TEST_CASE("suppress: disable-next-line covers the line below") {
  CHECK(check("kind: plan\nname: P\nstrategy: {name: S}\ntactics:\n"
              "  # strat: disable-next-line=tactic-without-owner\n  - id: a\n    title: A\n") ==
        "p.yaml:6:9: error: tactic 'a' serves no goal [tactic-without-goal]\n");
}

TEST_CASE("suppress: disable-file covers the whole file, from anywhere in it") {
  CHECK(check(plan("", "# strat: disable-file=tactic-without-goal\n")) ==
        "p.yaml:6:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  CHECK(check(plan("") + "# strat: disable-file=tactic-without-owner,tactic-without-goal\n") == "");
}

TEST_CASE("suppress: a suppression that covers nothing is unused-suppression") {
  CHECK(check(plan("", "# strat: disable-next-line=tactic-without-goal\n")) ==
        "p.yaml:1:28: warning: 'disable-next-line=tactic-without-goal' suppresses nothing: line 2 has no tactic-without-goal finding [unused-suppression]\n"
        "p.yaml:6:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:6:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  CHECK(check(plan(" # strat: disable-line=tactic-without-goal,budget-overrun")) ==
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n"
        "p.yaml:5:53: warning: 'disable-line=budget-overrun' suppresses nothing: line 5 has no budget-overrun finding [unused-suppression]\n");
  CHECK(check(plan("", "# strat: disable-file=goal-without-kpi\n# strat: disable-file=tactic-without-goal,tactic-without-owner\n")) ==
        "p.yaml:1:23: warning: 'disable-file=goal-without-kpi' suppresses nothing: the file has no goal-without-kpi finding [unused-suppression]\n");
}

TEST_CASE("suppress: unused-suppression follows the config and its own suppressions") {
  std::string unused = plan(" # strat: disable-line=tactic-without-goal,tactic-without-owner,budget-overrun");
  CHECK(check(unused, "rules: {unused-suppression: off}\n") == "");
  CHECK(check(unused, "rules: {unused-suppression: error}\n") ==
        "p.yaml:5:74: error: 'disable-line=budget-overrun' suppresses nothing: line 5 has no budget-overrun finding [unused-suppression]\n");
  CHECK(check(unused + "# strat: disable-file=unused-suppression\n") == "");
  // A suppression of unused-suppression that covers nothing is not itself reported.
  CHECK(check(plan("", "# strat: disable-file=unused-suppression,tactic-without-goal,tactic-without-owner\n")) == "");
}

TEST_CASE("suppress: a suppression of a rule that is off is not reported unused") {
  CHECK(check(plan(" # strat: disable-line=tactic-without-goal,budget-overrun"),
              "rules: {budget-*: off}\n") ==
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  // Off first, suppressed second: the suppression of an off rule's finding is not needed, but
  // is not reported either.
  CHECK(check(plan(" # strat: disable-line=tactic-without-owner"), "rules: {tactic-without-owner: off}\n") ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n");
}

TEST_CASE("suppress: severities apply before suppressions") {
  CHECK(check(plan(" # strat: disable-line=tactic-without-goal"), "rules: {tactic-*: note}\n") ==
        "p.yaml:5:9: note: tactic 'a' has no owner [tactic-without-owner]\n");
}

TEST_CASE("suppress: unknown rules and directives, with a did-you-mean") {
  CHECK(check(plan(" # strat: disable-line=tactic-without-gaol,tactic-without-owner")) ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:5:33: error: the suppression refers to rule 'tactic-without-gaol', which does not exist; did you mean 'tactic-without-goal'? [unknown-reference]\n");
  CHECK(check(plan(" # strat: disable-lines=tactic-without-goal")) ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n"
        "p.yaml:5:20: warning: unknown suppression 'disable-lines'; write disable-line=, disable-next-line= or disable-file= and a rule; did you mean 'disable-line'? [unknown-key]\n");
  CHECK(check(plan(" # strat: disable-line=")) ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n"
        "p.yaml:5:20: error: 'disable-line' needs a rule, like disable-line=budget-overrun [wrong-type]\n");
  // Free text after `strat:` is not a directive.
  CHECK(check(plan(" # strat: reviewed by Dana")).find("suppress") == std::string::npos);
}

TEST_CASE("suppress: text inside scalars is not a suppression") {
  CHECK(check("kind: plan\nname: P\nstrategy: {name: S}\ntactics:\n  - id: a\n"
              "    title: '# strat: disable-file=tactic-without-goal'\n"
              "    notes: |\n      # strat: disable-file=tactic-without-owner\n") ==
        "p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
}

TEST_CASE("suppress: a file that stops at a YAML error reports no unused suppressions") {
  std::string out = check(plan(" # strat: disable-line=budget-overrun") + "  - [\n");
  CHECK(out.find("unused-suppression") == std::string::npos);
  CHECK(out.find("yaml-syntax") != std::string::npos);
}

}  // namespace strat::test

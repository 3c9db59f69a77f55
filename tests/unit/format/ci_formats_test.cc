// The CI formats (sarif, github, gitlab, junit) and the helpers they share.
#include <doctest/doctest.h>

#include <memory>

#include <fmt/format.h>

#include "format/formats.h"

using namespace strat;

namespace {

Diagnostic finding(std::string file, Pos pos, std::string rule, std::string message,
                   std::string entity = {}, Severity severity = Severity::error) {
  Diagnostic d;
  d.file = std::move(file);
  d.pos = pos;
  d.severity = severity;
  d.rule = std::move(rule);
  d.message = std::move(message);
  d.entity = std::move(entity);
  return d;
}

std::string render(std::string (*renderer)(const CheckReport&), const std::vector<Diagnostic>& ds,
                   const std::vector<std::string>& files = {}) {
  CheckReport report{ds, summarize(ds, static_cast<int>(files.size())), false, files};
  return renderer(report);
}

}  // namespace

TEST_CASE("fnv1a64 matches the published test vectors") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("relative_path drops ./, normalises and relativises absolute paths") {
  CHECK(relative_path("./plans/q1.yaml", "") == "plans/q1.yaml");
  CHECK(relative_path("././a/./b/../c.yaml", "") == "a/c.yaml");
  CHECK(relative_path("/repo/plans/q1.yaml", "/repo") == "plans/q1.yaml");
  CHECK(relative_path("/elsewhere/q1.yaml", "/repo") == "../elsewhere/q1.yaml");
  CHECK(relative_path("/abs/q1.yaml", "") == "/abs/q1.yaml");
  CHECK(relative_path("../up.yaml", "/repo") == "../up.yaml");
}

TEST_CASE("rule_page_uri: BASE/rules/RULE.md, one slash between, nothing without a base") {
  CHECK(rule_page_uri("https://docs.example.org/strat", "tactic-without-goal") ==
        "https://docs.example.org/strat/rules/tactic-without-goal.md");
  CHECK(rule_page_uri("https://docs.example.org/strat//", "yaml-syntax") ==
        "https://docs.example.org/strat/rules/yaml-syntax.md");
  CHECK(rule_page_uri("", "yaml-syntax").empty());
}

TEST_CASE("uri_path percent-encodes everything but unreserved characters and '/'") {
  CHECK(uri_path("plans/q1-2027_v2.~x.yaml") == "plans/q1-2027_v2.~x.yaml");
  CHECK(uri_path("my plans/100%.yaml") == "my%20plans/100%25.yaml");
  CHECK(uri_path("a:b/c#d?e,f") == "a%3Ab/c%23d%3Fe%2Cf");
  CHECK(uri_path("\xD7\xA9.yaml") == "%D7%A9.yaml");  // Hebrew shin, UTF-8 bytes
  CHECK(uri_path("back\\slash") == "back%5Cslash");
}

TEST_CASE("fingerprints ignore line numbers and count repeated findings") {
  std::vector<Diagnostic> before{finding("p.yaml", {10, 9}, "tactic-without-goal", "m", "podcast")};
  std::vector<Diagnostic> after{finding("./p.yaml", {42, 3}, "tactic-without-goal", "m2", "podcast")};
  CHECK(stable_fingerprints(before, relative_paths(before)) ==
        stable_fingerprints(after, relative_paths(after)));

  std::vector<Diagnostic> twice{finding("p.yaml", {3, 1}, "yaml-syntax", "same"),
                                finding("p.yaml", {9, 1}, "yaml-syntax", "same")};
  auto prints = stable_fingerprints(twice, relative_paths(twice));
  CHECK(prints[0].ends_with(":1"));
  CHECK(prints[1].ends_with(":2"));
  CHECK(prints[0].substr(0, 16) == prints[1].substr(0, 16));

  std::vector<Diagnostic> other_file{finding("q.yaml", {10, 9}, "tactic-without-goal", "m", "podcast")};
  CHECK(stable_fingerprints(other_file, relative_paths(other_file)) !=
        stable_fingerprints(before, relative_paths(before)));
}

TEST_CASE("github escapes messages and property values exactly as the runner expects") {
  std::vector<Diagnostic> ds{finding("dir, x: 100%/p.yaml", {2, 5}, "budget-overrun",
                                     "plan 'a:b, 50%'\r\nnext")};
  CHECK(render(render_github, ds) ==
        "::error file=dir%2C x%3A 100%25/p.yaml,line=2,col=5,title=budget-overrun::"
        "plan 'a:b, 50%25'%0D%0Anext\n");

  std::vector<Diagnostic> kinds{finding("p.yaml", {1, 1}, "r", "w", "", Severity::warning),
                                finding("p.yaml", {}, "r", "n", "", Severity::note)};
  CHECK(render(render_github, kinds) ==
        "::warning file=p.yaml,line=1,col=1,title=r::w\n"
        "::notice file=p.yaml,title=r::n\n");
}

TEST_CASE("gitlab maps severities and gives identical findings different fingerprints") {
  std::vector<Diagnostic> ds{finding("p.yaml", {3, 1}, "r", "same", "", Severity::note),
                             finding("p.yaml", {9, 1}, "r", "same", "", Severity::warning),
                             finding("p.yaml", {12, 1}, "r", "other")};
  std::string out = render(render_gitlab, ds);
  CHECK(out.find("\"severity\": \"info\"") != std::string::npos);
  CHECK(out.find("\"severity\": \"minor\"") != std::string::npos);
  CHECK(out.find("\"severity\": \"major\"") != std::string::npos);
  std::vector<std::string> prints;
  for (size_t at = 0; (at = out.find("\"fingerprint\": \"", at)) != std::string::npos; at += 16)
    prints.push_back(out.substr(at + 16, 16));
  REQUIRE(prints.size() == 3);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[1] != prints[2]);
  CHECK(render(render_gitlab, {}) == "[]\n");
}

TEST_CASE("junit escapes markup and replaces characters XML 1.0 forbids") {
  std::vector<Diagnostic> ds{
      finding("p.yaml", {4, 2}, "r", "a <b> & \"c\"\x01\x0b\nd\r", "e&<x>")};
  std::string out = render(render_junit, ds, {"clean.yaml", "p.yaml"});
  CHECK(out.find("<testsuite name=\"clean.yaml\" tests=\"1\" failures=\"0\"") != std::string::npos);
  CHECK(out.find("<testcase name=\"strat check\" classname=\"clean.yaml\"/>") != std::string::npos);
  CHECK(out.find("<testcase name=\"r: e&amp;&lt;x&gt;\" classname=\"p.yaml\">") != std::string::npos);
  CHECK(out.find("message=\"a &lt;b&gt; &amp; &quot;c&quot;\xEF\xBF\xBD\xEF\xBF\xBD&#10;d&#13;\"") !=
        std::string::npos);
  CHECK(out.find("p.yaml:4:2: error: a &lt;b&gt; &amp; \"c\"\xEF\xBF\xBD\xEF\xBF\xBD\nd&#13; [r]") !=
        std::string::npos);
  CHECK(out.find('\x01') == std::string::npos);
  CHECK(out.find("<testsuites name=\"strat check\" tests=\"2\" failures=\"1\"") != std::string::npos);
}

TEST_CASE("junit groups findings per rule and entity into one test case") {
  std::vector<Diagnostic> ds{finding("p.yaml", {4, 2}, "r", "first", "x"),
                             finding("p.yaml", {8, 2}, "r", "second", "x"),
                             finding("p.yaml", {9, 2}, "r", "third", "y")};
  std::string out = render(render_junit, ds, {"p.yaml"});
  CHECK(out.find("tests=\"2\" failures=\"2\"") != std::string::npos);
  CHECK(out.find("message=\"first (and 1 more)\"") != std::string::npos);
  CHECK(out.find("p.yaml:8:2: error: second [r]") != std::string::npos);
}

TEST_CASE("sarif points ruleIndex at the rule, even for a rule the registry does not list") {
  std::vector<Diagnostic> ds{finding("a b.yaml", {1, 1}, "tactic-without-goal", "m", "t"),
                             finding("a b.yaml", {2, 1}, "made-up-rule", "m")};
  std::string out = render(render_sarif, ds);
  CHECK(out.find("\"uri\": \"a%20b.yaml\"") != std::string::npos);
  CHECK(out.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
  CHECK(out.find("\"id\": \"made-up-rule\"") != std::string::npos);
  // Count the rules before "made-up-rule": its index must be that count.
  size_t made_up = out.find("\"id\": \"made-up-rule\"");
  int before = 0;
  for (size_t at = 0; (at = out.find("\"id\": \"", at)) < made_up; ++at) ++before;
  CHECK(out.find(fmt::format("\"ruleId\": \"made-up-rule\",\n          \"ruleIndex\": {},", before)) !=
        std::string::npos);
}

TEST_CASE("sarif gives a finding without a position line 1, as code scanning needs a startLine") {
  std::vector<Diagnostic> ds{finding("p.yaml", {}, "limit-exceeded", "too big")};
  CHECK(render(render_sarif, ds).find("\"region\": {\"startLine\": 1}\n") != std::string::npos);
}

namespace strat::test {

TEST_CASE("text output on a terminal ends with a pointer to strat explain, when there are findings") {
  std::vector<Diagnostic> ds(1);
  ds[0].file = "p.yaml";
  ds[0].rule = "tactic-without-goal";
  ds[0].message = "tactic 'a' serves no goal";
  CheckReport report{ds, summarize(ds, 1), false};
  CHECK(find_format("text")->render(report).find("strat explain") == std::string::npos);
  report.terminal = true;
  CHECK(find_format("text")->render(report).ends_with(
      "Run 'strat explain RULE' for why a rule matters and how to fix what it found.\n"));
  std::vector<Diagnostic> none;
  CheckReport clean{none, summarize(none, 1), false};
  clean.terminal = true;
  CHECK(find_format("text")->render(clean) == "no problems in 1 file\n");
}

}  // namespace strat::test

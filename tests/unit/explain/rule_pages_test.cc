// The rule pages: one per registered rule, each with every part, each example firing its rule alone.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "strat/check.h"
#include "strat/explain.h"
#include "strat/check_format.h"
#include "strat/rules.h"

namespace strat::test {

namespace {

/// Runs `strat check` over a page's example files, as the page's command line says.
CheckResult check_example(const PageExample& example) {
  MemoryFileSystem fs;
  fs.add(".git/HEAD", "");
  CheckOptions options;
  for (const auto& [name, text] : example.files) {
    fs.add(name, text);
    options.paths.push_back(name);
  }
  options.today = Date::from_ymd(2027, 1, 15);
  for (size_t i = 0; i + 1 < example.options.size(); ++i)
    if (example.options[i] == "--today") options.today = *Date::parse(example.options[i + 1]);
  options.config.mode = ConfigChoice::Mode::none;
  options.jobs = 1;
  return run_check(options, fs);
}

std::string text_output(const CheckResult& result) {
  CheckReport report{result.diagnostics, summarize(result.diagnostics, result.files), false, result.file_paths};
  return find_format("text")->render(report);
}

}  // namespace

TEST_CASE("every registered rule has a page with every part") {
  for (const RuleInfo& rule : all_rules()) {
    CAPTURE(rule.id);
    std::optional<std::string_view> page = rule_page(rule.id);
    REQUIRE(page);
    for (std::string_view part : {"## What it catches", "## Why it matters", "## Example", "## How to fix",
                                  "## Change its severity or suppress it"})
      CHECK_MESSAGE(page->find(part) != std::string_view::npos, part);
    CHECK(page->starts_with("# `" + std::string(rule.id) + "`\n"));
    CHECK(page->find("Default severity: **" + std::string(to_string(rule.severity)) + "**") != std::string_view::npos);
  }
}

TEST_CASE("every page is listed in the rules README, and every page is a registered rule") {
  std::string_view readme = find_embedded(rule_pages(), "README.md")->text;
  for (const RuleInfo& rule : all_rules()) {
    CAPTURE(rule.id);
    CHECK(readme.find("[`" + std::string(rule.id) + "`](" + std::string(rule.id) + ".md)") != std::string_view::npos);
  }
  for (const EmbeddedFile& f : rule_pages()) {
    if (f.name == "README.md") continue;
    CAPTURE(f.name);
    CHECK(find_rule(f.name.substr(0, f.name.size() - 3)));
  }
}

TEST_CASE("each page's failing example fires its rule and nothing else, with the output shown") {
  for (const RuleInfo& rule : all_rules()) {
    CAPTURE(rule.id);
    PageExample example = page_example(rule.id);
    REQUIRE(!example.files.empty());
    REQUIRE(!example.expected.empty());
    CheckResult result = check_example(example);
    std::set<std::string> fired;
    for (const Diagnostic& d : result.diagnostics) fired.insert(d.rule);
    CHECK(fired == std::set<std::string>{std::string(rule.id)});
    std::string output = text_output(result);
    CAPTURE(output);
    for (const std::string& block : example.expected) {
      std::istringstream lines(block);
      for (std::string line; std::getline(lines, line);)
        for (const auto& file : example.files)  // the diagnostic lines about the example's files
          if (line.starts_with(file.first + ":")) CHECK_MESSAGE(output.find(line) != std::string::npos, line);
    }
  }
}

TEST_CASE("man/strat-rules.7 is the generated page") {
  std::ifstream in(std::string(STRAT_SOURCE_DIR) + "/man/strat-rules.7", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  CHECK_MESSAGE(text.str() == rules_man_page(), "regenerate it: build/strat explain --format man > man/strat-rules.7");
}

TEST_CASE("a rule's text page drops the Markdown and appends the example strategy") {
  std::string text = rule_page_text("tactic-without-goal", false);
  CHECK(text.starts_with("tactic-without-goal\n\nDefault severity: error. A tactic serves no goal.\n"));
  CHECK(text.find("    kind: plan\n") != std::string::npos);
  CHECK(text.find("```") == std::string::npos);
  CHECK(text.find("example strategy (at the end of this page)") != std::string::npos);
  CHECK(text.find("The example strategy\n") != std::string::npos);
  CHECK(rule_page_text("no-such-rule", false).empty());
}

}  // namespace strat::test

// .strat.yaml: discovery, parsing, severities by id and glob, ignore, run-wide defaults.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "strat/check.h"
#include "strat/config.h"
#include "strat/error.h"

namespace strat::test {

namespace {

using Files = std::map<std::string, std::string>;

/// A plan with one tactic that breaks tactic-without-goal (error) and tactic-without-owner
/// (warning), both at 5:9.
constexpr std::string_view kPlan = R"(kind: plan
name: P
strategy: {name: S}
tactics:
  - id: a
    title: A
)";

struct Run {
  CheckResult result;
  /// "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]", one per line.
  std::string shown;
};

Run check(const Files& files, std::vector<std::string> paths, ConfigChoice config = {}) {
  MemoryFileSystem fs;
  for (const auto& [path, text] : files) fs.add(path, text);
  CheckOptions options;
  options.paths = std::move(paths);
  options.today = Date::from_ymd(2027, 1, 15);
  options.jobs = 1;
  options.config = std::move(config);
  Run run{run_check(options, fs), {}};
  for (const Diagnostic& d : run.result.diagnostics)
    run.shown += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                 std::string(to_string(d.severity)) + ": " + d.message + " [" + d.rule + "]\n";
  return run;
}

constexpr std::string_view kBoth =
    "repo/a/p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
    "repo/a/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n";

}  // namespace

TEST_CASE("config: glob matching") {
  CHECK(glob_match("budget-*", "budget-overrun"));
  CHECK(glob_match("*", "budget-overrun"));
  CHECK_FALSE(glob_match("budget-*", "goal-without-kpi"));
  CHECK(glob_match("*-without-*", "goal-without-kpi"));
  CHECK(glob_match("goal-without-???", "goal-without-kpi"));
  CHECK(glob_match("broken", "broken"));
  CHECK_FALSE(glob_match("broken", "broken/x.yaml"));
  CHECK_FALSE(glob_match("*", "a/b"));
  CHECK(glob_match("a/*.yaml", "a/x.yaml"));
  CHECK_FALSE(glob_match("a/*.yaml", "a/b/x.yaml"));
  CHECK(glob_match("a/**", "a/b/x.yaml"));
  CHECK(glob_match("**/drafts", "drafts"));
  CHECK(glob_match("**/drafts", "x/y/drafts"));
  CHECK_FALSE(glob_match("**/drafts", "xdrafts"));
  CHECK(glob_match("", ""));
  CHECK_FALSE(glob_match("", "a"));
  // Many stars stay fast: the matcher is O(pattern × text).
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*b", std::string(2000, 'a')));
}

TEST_CASE("config: no config, the file's own severities") {
  CHECK(check({{"repo/.git/HEAD", ""}, {"repo/a/p.yaml", std::string(kPlan)}}, {"repo/a"}).shown == kBoth);
}

TEST_CASE("config: ordered globs, later entries win") {
  Files files{{"repo/.git/HEAD", ""}, {"repo/a/p.yaml", std::string(kPlan)},
              {"repo/.strat.yaml", "rules:\n  '*': note\n  tactic-without-owner: error\n"}};
  CHECK(check(files, {"repo/a"}).shown ==
        "repo/a/p.yaml:5:9: note: tactic 'a' serves no goal [tactic-without-goal]\n"
        "repo/a/p.yaml:5:9: error: tactic 'a' has no owner [tactic-without-owner]\n");
  files["repo/.strat.yaml"] = "rules:\n  tactic-without-owner: error\n  'tactic-*': off\n";
  CHECK(check(files, {"repo/a"}).shown == "");
  files["repo/.strat.yaml"] = "rules:\n  'tactic-*': off\n  tactic-without-goal: warning\n";
  Run run = check(files, {"repo/a"});
  CHECK(run.shown == "repo/a/p.yaml:5:9: warning: tactic 'a' serves no goal [tactic-without-goal]\n");
  CHECK(exit_status(run.result) == 0);
}

TEST_CASE("config: the nearest config wins, whole; discovery stops at the repository root") {
  Files files{{"repo/.git/HEAD", ""},
              {"repo/a/p.yaml", std::string(kPlan)},
              {"repo/b/c/p.yaml", std::string(kPlan)},
              {"repo/.strat.yaml", "rules: {tactic-without-goal: off}\n"},
              {"repo/b/.strat.yaml", "rules: {tactic-without-owner: off}\n"},
              {".strat.yaml", "rules: {'*': off}\n"}};  // above the repository: never read
  CHECK(check(files, {"repo"}).shown ==
        "repo/a/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n"
        "repo/b/c/p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n");

  SUBCASE("without .git, discovery goes on up") {
    files.erase("repo/.git/HEAD");
    files.erase("repo/.strat.yaml");
    CHECK(check(files, {"repo/a"}).shown == "");
  }
  SUBCASE("a .git file (a worktree) counts too") {
    files.erase("repo/.git/HEAD");
    files.erase("repo/.strat.yaml");
    files["repo/.git"] = "gitdir: /elsewhere\n";
    CHECK(check(files, {"repo/a"}).shown ==
          "repo/a/p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
          "repo/a/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  }
}

TEST_CASE("config: --config names one file for all, --no-config ignores them all") {
  Files files{{"repo/.git/HEAD", ""},
              {"repo/a/p.yaml", std::string(kPlan)},
              {"repo/a/.strat.yaml", "rules: {'*': off}\n"},
              {"ci.yaml", "rules: {tactic-without-goal: note}\n"}};
  CHECK(check(files, {"repo/a"}).shown == "");
  CHECK(check(files, {"repo/a"}, {ConfigChoice::Mode::none, {}}).shown == kBoth);
  CHECK(check(files, {"repo/a"}, {ConfigChoice::Mode::file, "ci.yaml"}).shown ==
        "repo/a/p.yaml:5:9: note: tactic 'a' serves no goal [tactic-without-goal]\n"
        "repo/a/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  CHECK_THROWS_AS(check(files, {"repo/a"}, {ConfigChoice::Mode::file, "missing.yaml"}), Error);
}

TEST_CASE("config: ignore skips what a directory scan finds, never a path on the command line") {
  Files files{{"repo/.git/HEAD", ""},
              {"repo/examples/.strat.yaml", "ignore: [broken, 'drafts/*.yaml']\n"},
              {"repo/examples/ok/p.yaml", "kind: strategy\nname: S\n"},
              {"repo/examples/broken/p.yaml", std::string(kPlan)},
              {"repo/examples/drafts/p.yaml", std::string(kPlan)},
              {"repo/examples/drafts/keep/p.yaml", "kind: strategy\nname: S\n"}};
  Run all = check(files, {"repo/examples"});
  CHECK(all.shown == "");
  CHECK(all.result.files == 2);
  Run broken = check(files, {"repo/examples/broken"});
  CHECK(broken.shown ==
        "repo/examples/broken/p.yaml:5:9: error: tactic 'a' serves no goal [tactic-without-goal]\n"
        "repo/examples/broken/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
  CHECK(check(files, {"repo/examples/drafts/p.yaml"}).result.files == 1);
  CHECK(check(files, {"repo/examples"}, {ConfigChoice::Mode::none, {}}).result.files == 4);
}

TEST_CASE("config: a malformed config is a positioned finding and exit status 2") {
  Files files{{"repo/.git/HEAD", ""}, {"repo/a/p.yaml", std::string(kPlan)}};
  SUBCASE("invalid YAML") {
    files["repo/.strat.yaml"] = "rules: [budget-overrun\n";
    Run run = check(files, {"repo/a"});
    CHECK(run.shown.find("repo/.strat.yaml:1:8: error: invalid YAML: this '[' is never closed") == 0);
    CHECK(run.result.config_error);
    CHECK(exit_status(run.result) == 2);
  }
  SUBCASE("wrong types, unknown keys and severities") {
    files["repo/.strat.yaml"] = R"(rules:
  tactic-without-owner: warn
  tactic-without-goal: off
ignore: {broken: true}
fail-on: warnings
formats: json
)";
    Run run = check(files, {"repo/a"});
    CHECK(run.shown ==
          "repo/.strat.yaml:2:25: error: 'tactic-without-owner' must be one of error, warning, note, off, not 'warn'; did you mean 'warning'? [wrong-type]\n"
          "repo/.strat.yaml:4:9: error: 'ignore' must be text, not a mapping [wrong-type]\n"
          "repo/.strat.yaml:5:10: error: 'fail-on' must be one of error, warning, never, not 'warnings'; did you mean 'warning'? [wrong-type]\n"
          "repo/.strat.yaml:6:1: warning: unknown key 'formats' in the config; did you mean 'format'? [unknown-key]\n"
          "repo/a/p.yaml:5:9: warning: tactic 'a' has no owner [tactic-without-owner]\n");
    CHECK(exit_status(run.result) == 2);
  }
  SUBCASE("not a mapping") {
    files["repo/.strat.yaml"] = "- rules\n";
    CHECK(check(files, {"repo/a"}).shown.starts_with(
        "repo/.strat.yaml:1:1: error: the config must be a mapping with 'rules', 'ignore', 'fail-on' or 'format' [wrong-type]\n"));
  }
  SUBCASE("an empty config sets nothing") {
    files["repo/.strat.yaml"] = "# nothing yet\n";
    Run run = check(files, {"repo/a"});
    CHECK(run.shown == std::string(kBoth));
    CHECK_FALSE(run.result.config_error);
  }
}

TEST_CASE("config: an unknown rule or a glob that matches nothing gets a did-you-mean") {
  Files files{{"repo/.git/HEAD", ""}, {"repo/a/p.yaml", std::string(kPlan)},
              {"repo/.strat.yaml", "rules:\n  tactic-without-ower: off\n  tatcic-*: off\n  zzz: off\n"}};
  Run run = check(files, {"repo/a"});
  CHECK(run.shown ==
        "repo/.strat.yaml:2:3: error: the config refers to rule 'tactic-without-ower', which does not exist; did you mean 'tactic-without-owner'? [unknown-reference]\n"
        "repo/.strat.yaml:3:3: error: the config's rule pattern 'tatcic-*' matches no rule; did you mean 'tactic-*'? [unknown-reference]\n"
        "repo/.strat.yaml:4:3: error: the config refers to rule 'zzz', which does not exist [unknown-reference]\n" +
            std::string(kBoth));
  CHECK(exit_status(run.result) == 2);
}

TEST_CASE("config: fail-on and format come from --config or the current directory's config") {
  Files files{{"p.yaml", std::string(kPlan)}, {".strat.yaml", "fail-on: warning\nformat: json\n"},
              {"sub/.strat.yaml", "fail-on: never\n"}, {"sub/p.yaml", std::string(kPlan)}};
  Run run = check(files, {"sub"});
  CHECK(run.result.fail_on == "warning");
  CHECK(run.result.format == "json");
  run = check(files, {"p.yaml"}, {ConfigChoice::Mode::file, "sub/.strat.yaml"});
  CHECK(run.result.fail_on == "never");
  CHECK_FALSE(run.result.format);
  run = check(files, {"p.yaml"}, {ConfigChoice::Mode::none, {}});
  CHECK_FALSE(run.result.fail_on);
}

namespace {

Config parse(std::string text) { return parse_config(std::make_shared<Source>(".strat.yaml", std::move(text)), "."); }

std::string shown(const Config& c) {
  std::string out;
  for (const Diagnostic& d : c.diagnostics)
    out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + " [" + d.rule + "]\n";
  return out;
}

}  // namespace

TEST_CASE("config: format and fail-on per subcommand") {
  Config c = parse("check: {format: sarif, fail-on: warning}\ncalendar: {format: ics}\n"
                   "diff:\n  format: markdown\nreport: {format: html}\n");
  CHECK(shown(c).empty());
  CHECK(*c.format_for("check") == "sarif");
  CHECK(c.fail_on == "warning");
  CHECK(*c.format_for("calendar") == "ics");
  CHECK(*c.format_for("diff") == "markdown");
  CHECK(*c.format_for("report") == "html");
  CHECK(c.format_for("init") == nullptr);

  c = parse("format: json\nfail-on: never\nreport: {format: markdown}\n");
  CHECK(*c.format_for("check") == "json");  // the top-level keys are check's
  CHECK(c.fail_on == "never");
  CHECK(c.format_for("calendar") == nullptr);

  c = parse("check: {format: gitlab}\nformat: json\nfail-on: warning\n");
  CHECK(*c.format_for("check") == "gitlab");  // check's section wins, wherever it is
  CHECK(c.fail_on == "warning");
}

TEST_CASE("config: each subcommand's format names are checked against its own list") {
  Config c = parse("check: {format: markdown}\ncalendar: {format: icss}\ndiff: {format: html}\n"
                   "report: {format: markdown, fail-on: error}\ncalendar: text\n");
  CHECK(shown(c) ==
        "1:17: 'format' must be one of text, json, sarif, github, gitlab, junit, not 'markdown' [wrong-type]\n"
        "2:20: 'format' must be one of text, ics, mermaid, csv, json, not 'icss'; did you mean 'ics'? [wrong-type]\n"
        "3:16: 'format' must be one of text, markdown, json, not 'html' [wrong-type]\n"
        "4:28: unknown key 'fail-on' in report [unknown-key]\n"
        "5:1: 'calendar' appears twice in the config [yaml-syntax]\n");
  CHECK(c.format_for("check") == nullptr);
  CHECK(c.format_for("calendar") == nullptr);
  CHECK(*c.format_for("report") == "markdown");
  CHECK(shown(parse("diff: json\n")) == "1:7: 'diff' must be a mapping, not 'json' [wrong-type]\n");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("config: ignore asks the file system for absolute paths, never the process") {
  MemoryFileSystem fs;
  fs.set_current_dir("/home/ana/repo");
  auto source = std::make_shared<const Source>("examples/.strat.yaml", "ignore: [broken]\n");
  Config config = parse_config(source, "examples");
  CHECK(fs.absolute("examples/./broken/") == "/home/ana/repo/examples/broken");
  CHECK(fs.absolute("/tmp/x/../y") == "/tmp/y");
  CHECK(config.ignores("examples/broken", fs));
  CHECK(config.ignores("/home/ana/repo/examples/broken", fs));
  CHECK(config.ignores("./examples/../examples/broken", fs));
  CHECK_FALSE(config.ignores("examples/ok/p.yaml", fs));
  CHECK_FALSE(config.ignores("/elsewhere/examples/broken", fs));
  fs.set_current_dir("/elsewhere");  // the same relative spelling now names another place
  CHECK(config.ignores("examples/broken", fs));
  CHECK_FALSE(config.ignores("/home/ana/repo/examples/broken", fs));
}


TEST_CASE("config: report's KPI pace thresholds") {
  Config c = parse("report: {format: html, on-track: 0.9, off-track: 0.6, stale-after: 3 weeks}\n");
  CHECK(shown(c).empty());
  CHECK(*c.format_for("report") == "html");
  CHECK(c.report.on_track == 0.9);
  CHECK(c.report.off_track == 0.6);
  CHECK(c.report.stale_after == Interval{3, Interval::Unit::week});

  c = parse("report: {on-track: 0, stale-after: soon, pace: 2}\n");
  CHECK(shown(c) ==
        "1:20: 'on-track' is a share of the expected progress, such as 0.95, not 0 [wrong-type]\n"
        "1:36: 'stale-after' must be an interval like '2 weeks' (days, weeks, months, quarters or years), not 'soon' [wrong-type]\n"
        "1:42: unknown key 'pace' in report [unknown-key]\n");
  CHECK_FALSE(c.report.on_track);
  CHECK_FALSE(c.report.stale_after);
}

}  // namespace strat::test

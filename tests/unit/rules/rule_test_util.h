// Shared by the rule tests: run one rule on a workspace from YAML strings, show its findings.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fixture_util.h"
#include "strat/rules.h"

namespace strat::test {

/// The "today" the rule tests run on unless they say otherwise.
inline Date test_today() { return Date::from_ymd(2027, 1, 15); }

/// Loads every file in `files` from memory as one workspace (the fixture must load without
/// loader findings) and returns the diagnostics of `rule` alone, sorted.
inline std::vector<Diagnostic> run(std::string_view rule, const Files& files,
                                   Date today = test_today()) {
  Workspace ws = load_clean(files);
  const RuleCheck* check = find_check(rule);
  REQUIRE(check != nullptr);
  std::vector<Diagnostic> out;
  run_check(*check, ws, today, out);
  for (const Diagnostic& d : out) CHECK(d.rule == rule);
  sort_unique(out);
  return out;
}

/// One line per finding: "FILE:LINE:COL: SEVERITY: MESSAGE {ENTITY}" (byte columns).
inline std::string show(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds)
    out += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
           std::string(to_string(d.severity)) + ": " + d.message + " {" + d.entity + "}\n";
  return out;
}

/// run() then show(): what a test compares with its expected text.
inline std::string check(std::string_view rule, const Files& files, Date today = test_today()) {
  return show(run(rule, files, today));
}

/// A strategy and a plan that every rule accepts; tests start from these and break one thing.
inline constexpr std::string_view kStrategy = kClinicStrategy;

inline constexpr std::string_view kPlan = R"(kind: plan
name: Q1 plan
strategy: strategy.yaml
period: {from: 2027-01-01, to: 2027-03-31}
currency: EUR
budget: 30000
team:
  - {id: dana, name: Dana}
tactics:
  - id: video
    title: Weekly video
    goal: leads
    channel: facebook
    audience: women
    owner: dana
    from: 2027-01-07
    to: 2027-03-31
    budget: 1200
    tactics:
      - {id: video-jan, title: January videos, from: 2027-01-07, to: 2027-01-31, budget: 400}
)";

/// The clean pair as a workspace.
inline Files clean_files() {
  return {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", std::string(kPlan)}};
}

}  // namespace strat::test

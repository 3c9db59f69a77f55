// Shared by the diff tests: load two sides from YAML strings and show their changes.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "fixture_util.h"
#include "strat/diff.h"

namespace strat::test {

/// One side from memory, with no config (the plan is "plan.yaml").
inline LoadedRun load_side(const Files& files, const MemoryFileSystem*& keep) {
  auto* fs = new MemoryFileSystem;  // lives as long as the test binary: sources point at paths only
  for (const auto& [path, text] : files) fs->add(path, text);
  keep = fs;
  RunOptions o;
  o.paths = {"plan.yaml"};
  o.config.mode = ConfigChoice::Mode::none;
  return load_run(o, *fs);
}

inline DiffResult diff_files(const Files& a, const Files& b, std::set<std::string> ignore = {}) {
  const MemoryFileSystem* fa = nullptr;
  const MemoryFileSystem* fb = nullptr;
  LoadedRun ra = load_side(a, fa), rb = load_side(b, fb);
  REQUIRE(load_failures(ra).empty());
  REQUIRE(load_failures(rb).empty());
  DiffOptions o;
  o.ignore = std::move(ignore);
  o.today = Date::from_ymd(2027, 1, 15);
  DiffResult d = diff_runs(ra, rb, o);
  delete fa;
  delete fb;
  return d;
}

/// One line per change: "OP KIND PATH[ FIELD: OLD → NEW][ (was OLD_ID)] @OLD_LINE/NEW_LINE".
inline std::string show(const DiffResult& d) {
  std::string out;
  for (const Change& c : d.changes) {
    out += std::string(to_string(c.op)) + " " + c.kind + " " + c.path;
    if (!c.field.empty()) out += " " + c.field + ": " + c.old_value + " → " + c.new_value;
    if (!c.old_id.empty()) out += " (was " + c.old_id + ")";
    out += " @" + std::to_string(c.old_location.line) + "/" + std::to_string(c.new_location.line) + "\n";
  }
  return out;
}

/// The clinic strategy with a second goal, brand.
inline const std::string kDiffStrategy = std::string(kClinicStrategy) + R"(  - id: brand
    title: Build the brand
    objective: grow
    kpis:
      - {id: reach, metric: Reach, target: 1000, due: 2027-03-31}
)";

inline constexpr std::string_view kDiffPlan = R"(kind: plan
name: Q1 plan
strategy: strategy.yaml
period: {from: 2027-01-01, to: 2027-03-31}
currency: EUR
budget: 30000
team:
  - {id: dana, name: Dana}
  - {id: eli, name: Eli}
tactics:
  - id: video
    title: Weekly video
    goal: brand
    channel: facebook
    owner: dana
    from: 2027-01-07
    to: 2027-03-31
    every: 1 week
    budget: 1200
  - id: ads
    title: Ads
    goal: leads
    channel: facebook
    owner: eli
    from: 2027-01-01
    to: 2027-03-31
    tactics:
      - {id: ads-jan, title: January ads, from: 2027-01-01, to: 2027-01-31, budget: 400}
      - {id: ads-feb, title: February ads, from: 2027-02-01, to: 2027-02-28, budget: 500}
  - {id: blog-post, title: Blog post, goal: leads, channel: blog, owner: dana, on: 2027-02-10, budget: 100}
)";

/// The base pair, with `plan` replacing the plan.
inline Files with_plan(std::string plan, std::string strategy = std::string(kDiffStrategy)) {
  return {{"plan.yaml", std::move(plan)}, {"strategy.yaml", std::move(strategy)}};
}

/// `text` with the first `from` replaced by `to` (REQUIREs that it is there).
inline std::string edit(std::string text, std::string_view from, std::string_view to) {
  size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the fixture: " << from);
  return text.replace(at, from.size(), to);
}

}  // namespace strat::test

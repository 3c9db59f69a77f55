// Shared by the unit tests that load YAML from strings: files in memory, the workspace they
// make (a fixture must load cleanly), and the clinic strategy the rule and diff fixtures share.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "strat/fs.h"
#include "strat/workspace.h"

namespace strat::test {

/// Path → YAML text.
using Files = std::map<std::string, std::string>;

/// Loads `paths` (every file of `files` when empty) from memory as one workspace; each loader
/// finding fails the test, since a fixture that does not load tests nothing.
inline Workspace load_clean(const Files& files, std::vector<std::string> paths = {}) {
  MemoryFileSystem fs;
  bool all = paths.empty();
  for (const auto& [path, text] : files) {
    fs.add(path, text);
    if (all) paths.push_back(path);
  }
  Workspace ws = load_workspace(paths, fs);
  for (const Diagnostic& d : ws.diagnostics)
    FAIL_CHECK("fixture does not load cleanly: " << d.file << ":" << d.pos.line << ":" << d.pos.col << ": "
                                                 << d.message << " [" << d.rule << "]");
  return ws;
}

/// A clinic's strategy that every rule accepts: one objective, audience and goal (leads, with
/// a KPI due 2027-03-31), two channels. Tests start from it and break or add one thing.
inline constexpr std::string_view kClinicStrategy = R"(kind: strategy
name: Clinic strategy
reviewed: 2026-09-15
review_every: 6 months
horizon: {from: 2027-01-01, to: 2027-12-31}
objectives:
  - {id: grow, title: Grow revenue}
audiences:
  - {id: women, title: Women 35-55}
channels:
  - {id: facebook, type: paid}
  - {id: blog, type: owned}
goals:
  - id: leads
    title: Generate leads
    objective: grow
    audience: women
    kpis:
      - {id: leads-per-month, metric: Leads per month, target: 80, due: 2027-03-31}
)";

}  // namespace strat::test

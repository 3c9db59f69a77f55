// Shared by the report tests: a workspace from YAML strings, and the report of its first plan.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "fixture_util.h"
#include "strat/report.h"

namespace strat::test {

/// A strategy with one objective, goals `leads` and `reach`, and a KPI on each.
inline constexpr std::string_view kReportStrategy = R"(kind: strategy
name: S
horizon: {from: 2028-01-01, to: 2028-12-31}
objectives: [{id: grow, title: Grow}, {id: lonely, title: Nothing serves this}]
goals:
  - {id: leads, title: Leads, objective: grow, kpis: [{id: k1, metric: Leads, baseline: 10, target: 20, due: 2028-12-31, actual: 12}]}
  - {id: reach, title: Reach, objective: grow, kpis: [{id: k2, metric: Reach, baseline: 1, target: 2, due: 2028-12-31}]}
)";

/// Loads `plan` (with kReportStrategy beside it as s.yaml); the fixture must load cleanly.
inline Workspace workspace(std::string plan, std::string strategy = std::string(kReportStrategy)) {
  Workspace ws = load_clean({{"s.yaml", std::move(strategy)}, {"p.yaml", std::move(plan)}}, {"p.yaml"});
  REQUIRE(ws.plans.size() == 1);
  return ws;
}

inline ReportOptions on(Date today) {
  ReportOptions o;
  o.today = today;
  return o;
}

/// Month key → allocated, as text ("2028-01" → "310").
inline std::map<std::string, std::string> months(const Budget& b) {
  std::map<std::string, std::string> out;
  for (const BudgetRow& r : b.by_month) out[r.key] = r.allocated.str();
  return out;
}

}  // namespace strat::test

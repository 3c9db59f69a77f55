// The default text report is a one-screen summary; --section opens the details.
#include "report_test_util.h"

#include "strat/text.h"

using namespace strat;
using namespace strat::test;

namespace {

constexpr std::string_view kLoosePlan = R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
budget: 1000
tactics:
  - {id: a, title: Article, goal: leads, on: 2028-01-05, budget: 100}
  - {id: loose, title: No goal, on: 2028-02-06, budget: 50}
)";

std::string text_of(const Report& r, std::vector<ReportSection> sections = {}) {
  ReportRender o;
  o.sections = std::move(sections);
  return render_report_text(r, o);
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("report text summary: what needs attention first, the broken links, no tree") {
  Workspace ws = workspace(std::string(kLoosePlan));
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  std::string text = text_of(r);
  CHECK(has(text, "\nneeds attention: 1 overdue · strategy review overdue\n"));
  CHECK(has(text, "TRACEABILITY  2 objectives · 2 goals · 2 KPIs · the tree: --section traceability"));
  CHECK(has(text, "⚠ objectives no goal serves: lonely\n"));
  CHECK(has(text, "⚠ goals with no tactic: reach\n"));
  CHECK(has(text, "⚠ tactics serving no goal: loose\n"));
  CHECK_FALSE(has(text, "Nothing serves this"));  // the tree's titles are behind --section
  CHECK_FALSE(has(text, "by month"));
  std::string tree = text_of(r, {ReportSection::traceability});
  CHECK(has(tree, "Nothing serves this"));
  CHECK_FALSE(has(tree, "needs attention"));
  CHECK(has(text_of(r, {ReportSection::budget}), "by month"));
}

TEST_CASE("report text summary: a plan on course says so") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
tactics:
  - {id: a, title: Article, goal: leads, on: 2028-03-05}
  - {id: b, title: Post, goal: reach, on: 2028-03-06}
)",
                           R"(kind: strategy
name: S
reviewed: 2028-01-01
review_every: 6 months
horizon: {from: 2028-01-01, to: 2028-12-31}
objectives: [{id: grow, title: Grow}]
goals:
  - {id: leads, title: Leads, objective: grow, kpis: [{id: k1, metric: Leads, baseline: 10, target: 20, due: 2028-12-31}]}
  - {id: reach, title: Reach, objective: grow, kpis: [{id: k2, metric: Reach, baseline: 1, target: 2, due: 2028-12-31}]}
)");
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  std::string text = text_of(r);
  CHECK(has(text, "\nnothing needs attention today\n"));
  CHECK(has(text, "  every link holds: each goal has an objective, a KPI and a tactic\n"));
}

TEST_CASE("report text agenda: a week's items by the day each shows, a span by its end") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
tactics:
  - {id: span, title: Long span, goal: leads, from: 2028-01-03, to: 2028-01-16}
  - {id: day, title: One day, goal: leads, on: 2028-01-11}
)");
  std::string text = text_of(build_report(ws, {}, on(Date::from_ymd(2028, 1, 10))));
  size_t day = text.find("Tue 01-11  One day"), span = text.find("Sun 01-16  ends Long span");
  REQUIRE(day != std::string::npos);
  REQUIRE(span != std::string::npos);
  CHECK(day < span);
}

TEST_CASE("report text KPIs: the summary shows six paced KPIs and counts the rest") {
  std::string strategy = R"(kind: strategy
name: S
horizon: {from: 2028-01-01, to: 2028-12-31}
objectives: [{id: grow, title: Grow}]
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
)";
  for (int i = 1; i <= 8; ++i)
    strategy += "      - {id: k" + std::to_string(i) + ", metric: M, baseline: 0, target: 100, due: 2028-12-31, actual: 50}\n";
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-12-31}
tactics: [{id: a, title: A, goal: leads, on: 2028-03-05}]
)",
                           strategy);
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 7, 1)));
  std::string text = text_of(r);
  CHECK(has(text, "  k6 "));
  CHECK_FALSE(has(text, "  k7 "));
  CHECK(has(text, "  and 2 more (--section kpis)\n"));
  CHECK(has(text_of(r, {ReportSection::kpis}), "  k8 "));
}

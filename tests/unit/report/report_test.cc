#include "report_test_util.h"

#include "strat/diagnostic.h"
#include "strat/error.h"
#include "strat/text.h"

using namespace strat;
using namespace strat::test;

namespace {

constexpr std::string_view kPlan = R"(kind: plan
name: "Plan <script>alert(1)</script> & co"
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
budget: 1000
tactics:
  - {id: a, title: "A & <b>", goal: leads, on: 2028-01-05, budget: 100}
  - {id: loose, title: No goal, on: 2028-01-06, budget: 50}
)";

}  // namespace

TEST_CASE("report traceability: goals under objectives, dangling links where they sit") {
  Workspace ws = workspace(std::string(kPlan));
  Traceability tr = build_traceability(*ws.plans[0], on(Date::from_ymd(2028, 1, 10)));
  REQUIRE(tr.objectives.size() == 2);
  CHECK(tr.objectives[0].goals == std::vector<std::string>{"leads", "reach"});
  CHECK(tr.objectives[1].goals.empty());  // nothing serves it
  REQUIRE(tr.goals.size() == 2);
  CHECK(tr.goals[0].tactic_count == 1);
  CHECK(tr.goals[0].budget.str() == "100");
  CHECK(tr.goals[1].no_tactic());
  REQUIRE(tr.without_goal.size() == 1);
  CHECK(tr.without_goal[0].id == "loose");
}

TEST_CASE("report health: findings per rule, worst first; review against the cadence") {
  Workspace ws = workspace(std::string(kPlan));
  std::vector<Diagnostic> ds(4);
  ds[0].rule = "a-note", ds[0].severity = Severity::note;
  ds[1].rule = "b-warn", ds[1].severity = Severity::warning;
  ds[2].rule = "b-warn", ds[2].severity = Severity::warning;
  ds[3].rule = "c-error", ds[3].severity = Severity::error;
  Health h = build_health(ws, ds, on(Date::from_ymd(2028, 1, 10)));
  REQUIRE(h.rules.size() == 3);
  CHECK(h.rules[0].rule == "c-error");
  CHECK(h.rules[1].rule == "b-warn");
  CHECK(h.rules[1].count == 2);
  CHECK(h.warnings == 2);
  REQUIRE(h.reviews.size() == 1);
  CHECK_FALSE(h.reviews[0].reviewed);
}

TEST_CASE("report: every format is byte-stable and escapes text from the files") {
  Workspace ws = workspace(std::string(kPlan));
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  ReportRender o;
  for (const ReportFormat& f : report_formats())
    CHECK(render_report(f.name, r, o) == render_report(f.name, build_report(ws, {}, r.options), o));
  std::string html = render_report("html", r, o);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("Plan &lt;script&gt;alert(1)&lt;/script&gt; &amp; co") != std::string::npos);
  CHECK(html.find("A &amp; &lt;b&gt;") != std::string::npos);
  std::string md = render_report("markdown", r, o);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(render_report("json", r, o).find(R"("name": "Plan <script>alert(1)</script> & co")") != std::string::npos);
  CHECK_THROWS_WITH_AS(render_report("markdwon", r, o),
                       "unknown format 'markdwon'; valid formats: text, markdown, html, json; did you mean 'markdown'?",
                       Error);
}

TEST_CASE("report text: fits the width, ASCII bars with --ascii, sections on request") {
  Workspace ws = workspace(std::string(kPlan));
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  ReportRender o;
  o.width = 60;
  std::string text = render_report_text(r, o);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    CHECK(display_width(text.substr(start, end - start)) <= 60);
    start = end + 1;
  }
  CHECK(text.find("█") != std::string::npos);
  o.ascii = true;
  std::string ascii = render_report_text(r, o);
  CHECK(ascii.find("█") == std::string::npos);
  CHECK(ascii.find('#') != std::string::npos);
  o.sections = {ReportSection::health};
  CHECK(render_report_text(r, o).find("BUDGET") == std::string::npos);
}

TEST_CASE("report traceability: a dropped tactic shows why it was dropped, in every format") {
  Workspace ws = workspace(R"(kind: plan
name: P
strategy: s.yaml
period: {from: 2028-01-01, to: 2028-03-31}
tactics:
  - {id: a, title: A, goal: leads, on: 2028-01-05, budget: 100}
  - {id: cut, title: Cut, goal: leads, on: 2028-01-06, budget: 50, status: dropped, dropped_because: "No <reach>"}
)");
  Traceability tr = build_traceability(*ws.plans[0], on(Date::from_ymd(2028, 1, 10)));
  REQUIRE(tr.goals.size() == 2);
  REQUIRE(tr.goals[0].tactics.size() == 2);
  CHECK(tr.goals[0].tactics[0].dropped_because == "");
  CHECK(tr.goals[0].tactics[1].dropped_because == "No <reach>");
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  ReportRender o;
  o.sections = {ReportSection::traceability};
  CHECK(render_report_markdown(r, o).find(R"((0, dropped: No \<reach\>))") != std::string::npos);
  CHECK(render_report_json(r, o).find(R"("dropped_because": "No <reach>")") != std::string::npos);
  CHECK(render_report_html(r, o).find("dropped: No &lt;reach&gt;") != std::string::npos);
}

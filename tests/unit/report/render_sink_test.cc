// Rendering to ReportRender::sink: the same bytes as the whole text, in pieces, nothing returned.
#include "report_test_util.h"

#include <fmt/format.h>

#include "strat/calendar_render.h"

using namespace strat;
using namespace strat::test;

namespace {

/// A plan long enough that every format's report runs over several pieces.
std::string long_plan() {
  std::string plan = "kind: plan\nname: Long\nstrategy: s.yaml\nperiod: {from: 2028-01-01, to: 2028-03-31}\n"
                     "budget: 100000\ntactics:\n";
  for (int i = 0; i < 3000; ++i)
    plan += fmt::format("  - {{id: t{0}, title: \"Tactic number {0} & <more>\", goal: {1}, on: 2028-01-{2:02}, "
                        "budget: 10}}\n  - {{id: n{0}, title: \"No goal {0}\", on: 2028-01-{2:02}}}\n",
                        i, i % 2 ? "leads" : "reach", 1 + i % 28);
  return plan;
}

}  // namespace

TEST_CASE("report: with a sink every format hands over the same bytes in pieces and returns nothing") {
  Workspace ws = workspace(long_plan());
  Report r = build_report(ws, {}, on(Date::from_ymd(2028, 1, 10)));
  for (const auto& sections : {std::vector<ReportSection>{}, std::vector<ReportSection>{ReportSection::traceability}}) {
    ReportRender whole;
    whole.sections = sections;
    for (const ReportFormat& f : report_formats()) {
      CAPTURE(f.name);
      std::string expected = render_report(f.name, r, whole);
      ReportRender streamed = whole;
      std::string got;
      size_t pieces = 0, largest = 0;
      streamed.sink = [&](std::string_view piece) {
        got += piece;
        ++pieces;
        largest = std::max(largest, piece.size());
      };
      CHECK(render_report(f.name, r, streamed).empty());
      CHECK(got == expected);
      if (f.name != "text" || !sections.empty()) {  // text's summary is one screen
        REQUIRE(expected.size() > 2 * kRenderChunk);
        CHECK(pieces > 2);
      }
      CHECK(largest < kRenderChunk + 4096);  // a piece is cut after the line that fills it
    }
  }
}

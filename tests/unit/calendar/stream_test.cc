// The JSON and ICS exports streamed through RenderOptions::sink (as the CLI writes them to
// stdout) give the same bytes as when they are returned whole, in pieces of at most about
// kRenderChunk, and the renderer then returns nothing.
#include "calendar/calendar_test_util.h"
#include "strat/calendar_render.h"

namespace strat::test {

TEST_CASE("calendar: json and ics streamed to a sink are the bytes returned whole") {
  std::string tactics;
  for (int i = 0; i < 400; ++i)  // enough text for several pieces
    tactics += "  - {id: t" + std::to_string(i) + ", title: A tactic with a long enough title " + std::to_string(i) +
               ", goal: g1, owner: a, from: 2027-01-01, to: 2027-06-30, every: 1 week}\n";
  Workspace ws = cal_workspace(cal_plan(tactics));
  CalendarOptions o;
  o.range = days("2027-01-01", "2027-12-31");
  Calendar cal = build_calendar(ws, o);
  for (auto render : {render_json, render_ics}) {
    RenderOptions r;
    r.today = *Date::parse("2027-03-01");
    const std::string whole = render(cal, r);
    std::string streamed;
    int pieces = 0;
    size_t largest = 0;
    r.sink = [&](std::string_view piece) {
      streamed += piece;
      ++pieces;
      largest = std::max(largest, piece.size());
    };
    CHECK(render(cal, r).empty());
    CHECK(streamed == whole);
    CHECK(pieces > 2);
    CHECK(largest < 2 * kRenderChunk);
  }
}

}  // namespace strat::test

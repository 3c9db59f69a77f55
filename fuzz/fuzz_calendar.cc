// libFuzzer target: `strat calendar` on an in-memory directory. The input is up to three files
// separated by NUL bytes (p/plan.yaml, p/strategy.yaml, p/.strat.yaml, as fuzz_check), loaded
// through load_run; the calendar is built over a range picked from the input's length (the
// plan's period, a month, or the widest range strat handles) and rendered in every view and
// export, ICS included, checked for CRLF and 75-octet lines.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "strat/calendar.h"
#include "strat/calendar_render.h"
#include "fuzz_files.h"
#include "strat/fs.h"
#include "strat/run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  strat::MemoryFileSystem fs = strat::fuzz::plan_files(data, size);
  strat::LoadedRun run = strat::fuzz::load_plan_files(fs);

  strat::Date today = *strat::Date::parse("2027-03-15");
  strat::CalendarOptions options;
  switch (size % 3) {
    case 0: options.range = strat::default_range(run.workspace, today); break;
    case 1: options.range = *strat::parse_month("2027-02"); break;
    default: options.range = {strat::Date::min(), strat::Date::max()}; break;
  }
  options.max_total_occurrences = 200'000;
  strat::Calendar cal = strat::build_calendar(run.workspace, options);

  strat::RenderOptions r;
  r.today = today;
  r.width = 40 + static_cast<int>(size % 100);
  r.ascii = size % 2;
  r.color = size % 5 == 0;
  for (const auto& p : run.workspace.plans)
    if (p->week_start) r.week_start = strat::parse_week_start(p->week_start->value).value_or(strat::WeekStart::mon);
  bool small = options.range.days() <= 400;  // the grid and the timeline draw every day
  if (small) {
    (void)strat::render_month(cal, r);
    (void)strat::render_timeline(cal, r);
    (void)strat::render_agenda(cal, r);  // a span is listed once a week
  }
  (void)strat::render_json(cal, r);
  (void)strat::render_csv(cal, r);
  (void)strat::render_mermaid(cal, r);
  std::string ics = strat::render_ics(cal, r);
  size_t start = 0;
  for (size_t nl = ics.find('\n'); nl != std::string::npos; start = nl + 1, nl = ics.find('\n', start))
    if (nl == 0 || ics[nl - 1] != '\r' || nl - 1 - start > 75) std::abort();
  return 0;
}

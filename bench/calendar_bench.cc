// strat calendar in the bench (issue 11): JSON and ICS over the plan's period, the agenda and
// the month grid of one month, beside check; then remind on the same events, and where
// strat's own time goes (the parse floor, loading, expansion, rendering).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "events.h"
#include "strat/calendar.h"
#include "strat/calendar_render.h"
#include "strat/fs.h"
#include "strat/run.h"
#include "subcommands.h"

namespace fs = std::filesystem;

namespace strat::bench {

std::vector<Subcommand> calendar_commands(const Context& ctx, const BenchSet& set) {
  const std::string& s = ctx.strat;
  const std::string& dir = set.a;
  return {{"calendar --format json", {{s, "calendar", ctx.today, ctx.no_limit, "--format=json", dir}}, 1.3, 1.2},
          {"calendar --format ics", {{s, "calendar", ctx.today, ctx.no_limit, "--format=ics", dir}}, 1.3, 1.2},
          {"calendar agenda, one month",
           {{s, "calendar", ctx.today, ctx.no_limit, "--month=2027-03", "--color=never", dir}}, 1.1, 1.1},
          {"calendar --view month, one month",
           {{s, "calendar", ctx.today, ctx.no_limit, "--month=2027-03", "--view=month", "--color=never", dir}}, 1.1,
           1.1}};
}

std::vector<Cells> calendar_comparisons(const Context& ctx, const BenchSet& set) {
  const std::string label = tactics_label(set.tactics);
  const std::string plan = set.a + "/plan-0001.yaml";
  std::vector<Cells> rows;

  // Where strat's time goes, measured inside one process (profile_calendar_main), with the
  // yaml-cpp floor beside it.
  auto floor = measure({{{ctx.floor, set.a}}}, set.runs, ctx.scratch, !ctx.quick)[0];
  std::istringstream prof(command_output({ctx.self, "--profile-calendar", set.a, ctx.today.substr(8)}, ctx.scratch));
  double load = 0, build = 0, json = 0, ics = 0;
  if (prof >> load >> build >> json >> ics) {
    char note[400];
    std::snprintf(note, sizeof note,
                  "in one process: yaml-cpp parse floor %s (its own process), load to the linked model %s, "
                  "expansion %s, JSON rendering %s, ICS rendering %s",
                  fmt_time(floor.seconds).c_str(), fmt_time(load).c_str(), fmt_time(build).c_str(),
                  fmt_time(json).c_str(), fmt_time(ics).c_str());
    rows.push_back({"where calendar's time goes", label, fmt_time(load + build + json) + " (json)", "—", "—", note});
  }

  const std::string remind = find_program("remind");
  if (remind.empty()) return rows.push_back(missing_tool("calendar vs remind", "remind", set.tactics)), rows;
  // remind evaluates every REM on every day: -s12 on 5,000 tactics already takes seconds of
  // CPU, on 100,000 minutes per run, more than a shared machine should give it.
  constexpr int kRemindMaxTactics = 5000;
  if (set.tactics > kRemindMaxTactics) {
    rows.push_back({"calendar vs remind", label, "—", "remind: not run", "—",
                    "skipped above " + tactics_label(kRemindMaxTactics) + " tactics (minutes of CPU per run)"});
    return rows;
  }
  const std::string rem = ctx.scratch + "/plan-" + std::to_string(set.tactics) + ".rem";
  write_file(rem, remind_text(scan_plan(slurp(plan))));
  const std::string& s = ctx.strat;
  auto m = measure({{{s, "calendar", ctx.today, ctx.no_limit, "--format=json", set.a}},
                    {{remind, "-q", "-s12", rem, "2027-01-01"}},
                    {{s, "calendar", ctx.today, ctx.no_limit, "--view=month", "--month=2027-01", "--months=12",
                      "--color=never", set.a}},
                    {{remind, "-q", "-c12", rem, "2027-01-01"}}},
                   1, ctx.scratch, false);  // once: remind -c12 takes about a minute here
  auto row = [&](const std::string& what, const Measure& a, const std::string& b_name, const Measure& b) {
    rows.push_back({what, label, fmt_time(a.seconds) + ", " + fmt_bytes(a.rss),
                    b_name + ": " + fmt_time(b.seconds) + ", " + fmt_bytes(b.rss), fmt_ratio(a.seconds / b.seconds),
                    "the same events (spans as THROUGH, every 2 weeks as *14 UNTIL), the year 2027"});
  };
  row("calendar --format json vs remind -s12", m[0], "remind -s12", m[1]);
  row("calendar --view month --months 12 vs remind -c12", m[2], "remind -c12", m[3]);
  return rows;
}

int profile_calendar_main(const std::string& dir, const std::string& today_text) {
  using clock = std::chrono::steady_clock;
  auto seconds = [](clock::time_point a, clock::time_point b) { return std::chrono::duration<double>(b - a).count(); };
  auto t0 = clock::now();
  DiskFileSystem disk;
  RunOptions ro;
  ro.paths = {dir};
  ro.limits.max_file_bytes = 1'000'000'000;
  LoadedRun run = load_run(ro, disk);
  long rss[4];
  auto peak = [] {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
  };
  rss[0] = peak();
  auto t1 = clock::now();
  Date today = *Date::parse(today_text);
  CalendarOptions options;
  options.range = default_range(run.workspace, today);
  Calendar cal = build_calendar(run.workspace, options);
  rss[1] = peak();
  auto t2 = clock::now();
  RenderOptions r;
  r.today = today;
  size_t bytes = 0;
  r.sink = [&](std::string_view piece) { bytes += piece.size(); };  // as the CLI streams to stdout
  render_json(cal, r);
  rss[2] = peak();
  auto t3 = clock::now();
  render_ics(cal, r);
  rss[3] = peak();
  auto t4 = clock::now();
  std::printf("%.6f %.6f %.6f %.6f %zu\n", seconds(t0, t1), seconds(t1, t2), seconds(t2, t3), seconds(t3, t4), bytes);
  std::fprintf(stderr, "peak RSS (KiB) after load %ld, build %ld, json %ld, ics %ld\n", rss[0], rss[1], rss[2], rss[3]);
  return 0;
}

}  // namespace strat::bench

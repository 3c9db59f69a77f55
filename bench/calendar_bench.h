// The calendar's part of `make bench`: strat calendar --format json and --format ics over a
// generated set's whole period, each beside strat check on the same files in the same run.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace strat::bench {

/// One measured command: median wall seconds and peak RSS in bytes.
struct Timing {
  double seconds = 0;
  double rss = 0;
};

/// One row of the calendar's table: the command against check on the same input.
struct CalendarRow {
  std::string name;
  Timing check, calendar;
  double max_time_ratio = 1.3, max_rss_ratio = 1.2;  ///< issue 11's targets
};

/// Measures check, calendar json and calendar ics on `dir` with `measure`, which runs the
/// commands (alternating, all expected to exit 0) and returns one Timing each.
std::vector<CalendarRow> calendar_bench(
    const std::string& strat, const std::string& dir, const std::string& today,
    const std::function<std::vector<Timing>(const std::vector<std::vector<std::string>>&)>& measure);

}  // namespace strat::bench

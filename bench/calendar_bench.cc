#include "calendar_bench.h"

namespace strat::bench {

std::vector<CalendarRow> calendar_bench(
    const std::string& strat, const std::string& dir, const std::string& today,
    const std::function<std::vector<Timing>(const std::vector<std::vector<std::string>>&)>& measure) {
  std::vector<Timing> t = measure({{strat, "check", today, dir},
                                   {strat, "calendar", today, "--format=json", dir},
                                   {strat, "calendar", today, "--format=ics", dir},
                                   {strat, "calendar", today, "--month=2027-03", "--color=never", dir},
                                   {strat, "calendar", today, "--month=2027-03", "--view=month", "--color=never", dir}});
  return {{"calendar --format json", t[0], t[1]},
          {"calendar --format ics", t[0], t[2]},
          {"calendar agenda, one month", t[0], t[3], 1.1},
          {"calendar --view month, one month", t[0], t[4], 1.1}};
}

}  // namespace strat::bench

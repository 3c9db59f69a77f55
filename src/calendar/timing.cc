// The time of day of timed occurrences: local wall time in the plan's zone → UTC.
#include <fmt/format.h>

#include "strat/calendar.h"

namespace strat {

std::optional<UtcSpan> utc_span(const TacticInfo& t, Date day) {
  if (!t.at) return std::nullopt;
  int64_t start = t.timezone ? t.timezone->to_utc(day, t.at->minutes)
                             : int64_t{day.days()} * 86400 + int64_t{t.at->minutes} * 60;
  return UtcSpan{start, start + int64_t{t.duration.value} * 60};
}

std::string iso_utc(int64_t seconds) {
  int64_t days = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0), rest = seconds - days * 86400;
  Date d = Date::from_ymd(1970, 1, 1).plus_days(static_cast<int>(days));
  return fmt::format("{}T{:02}:{:02}:{:02}Z", d.str(), rest / 3600, rest / 60 % 60, rest % 60);
}

std::string local_times(const TacticInfo& t) {
  if (!t.at) return {};
  int end = (t.at->minutes + t.duration.value) % (24 * 60);
  return t.at->str() + "-" + TimeOfDay{end}.str();
}

}  // namespace strat

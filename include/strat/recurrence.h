// The days a recurring tactic happens: `from`, then every `every` after it, up to `to`, on the
// weekdays `every` may name ("every: week on monday, thursday", "every: month on first
// tuesday"), less the days and ranges of `except`.
// Month and year steps count from `from` each time (Jan 31, Feb 28, Mar 31), never from the
// clamped day before, so that a monthly tactic keeps its day of the month.
// Everything is counted by arithmetic, never by listing: check's limit, the calendar's entry
// into a range and the ICS export all read this one type, so they cannot disagree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"

namespace strat {

/// The weekday part of `every:`: "on monday, thursday" (week steps) or "on first tuesday"
/// (month steps: one weekday and its place in the month).
struct Weekdays {
  uint8_t days = 0;  ///< bit i: weekday i (0 = Monday … 6 = Sunday); 0: no weekday part
  int ordinal = 0;   ///< month steps: 1..4, or -1 for the last; 0 for week steps
  bool any() const { return days != 0; }
  friend bool operator==(const Weekdays&, const Weekdays&) = default;
};

/// "monday" … "sunday" for weekday 0 … 6.
std::string_view weekday_name(unsigned weekday);
/// The first weekday (0 = Monday) set in a Weekdays::days mask; 0 when none is.
unsigned lowest_weekday(uint8_t days);

/// What `every:` says: an interval ("2 weeks", "1 quarter" is 3 months) and its weekdays.
struct Every {
  Interval interval;
  Weekdays on;

  Every(Interval i = {}, Weekdays w = {}) : interval(i), on(w) {}  // NOLINT: an Interval is an Every
  /// "week on sunday", "2 weeks on monday and thursday", "month on first tuesday", "1 quarter";
  /// the count may be left out when it is 1. Nullopt, with *why set to a message for a
  /// marketer (after "'every' ..."), when the text is none of those.
  static std::optional<Every> parse(std::string_view text, std::string* why = nullptr);
  std::string str() const;  ///< "1 week on monday, thursday"
  friend bool operator==(const Every&, const Every&) = default;
};

/// A closed range of days (one day when first == last), as `except:` lists them.
struct DaySpan {
  Date first;
  Date last;
  friend bool operator==(const DaySpan&, const DaySpan&) = default;
};

/// "2027-04-10" or "2027-08-01..2027-08-31" (first <= last); nullopt otherwise.
std::optional<DaySpan> parse_day_span(std::string_view text);

struct Recurrence {
  Date from;
  Date to;  ///< the last day an occurrence may fall on
  Every every;
  std::vector<DaySpan> except = {};  ///< sorted, not overlapping (see normalize())

  /// Sorts and merges `except` (tactic_recurrence does this).
  void normalize();

  /// How many occurrences there are (0 when to < from), counted without listing them.
  int64_t count() const { return count_until(to); }
  /// How many fall on or before `d`.
  int64_t count_until(Date d) const;
  /// The k-th occurrence (0 is the first); k < count().
  Date nth(int64_t k) const;

  /// Calls f(date, k) for the occurrences k in [from_day, to_day], in order; stop early by
  /// returning false from f.
  template <class F>
  void each_between(Date from_day, Date to_day, F&& f) const {
    Date end = to_day < to ? to_day : to;
    int64_t k = from_day <= from ? 0 : count_until(from_day.plus_days(-1));
    size_t x = 0;
    for (int64_t s = from_day <= from ? 0 : slots_until(from_day.plus_days(-1));; ++s) {
      Date d = slot(s);
      if (d > end) return;
      while (x < except.size() && except[x].last < d) ++x;
      if (x < except.size() && except[x].first <= d) {
        s = slots_until(except[x].last) - 1;  // jump over the skipped days
        continue;
      }
      if (!f(d, k++)) return;
    }
  }
  /// Calls f(date) for each occurrence in order; stop early by returning false from f.
  template <class F>
  void each(F&& f) const {
    each_between(from, to, [&](Date d, int64_t) { return f(d); });
  }

  /// The steps before `except` is applied: how many fall in [from, d], and the s-th of them
  /// (which may lie past `to`).
  int64_t slots_until(Date d) const;
  Date slot(int64_t s) const;
};

struct Tactic;
struct Plan;

/// The recurrence of a tactic with `every:`, as check, calendar, diff and report all read it:
/// from `from` to `to`; an open end (`from` and `every`, no `to`) runs to the end of the parent
/// tactic's span (`to`, or the day of its `on`/`due`), else to the end of the plan's period.
/// Nullopt when the tactic does not recur, or when its recurrence has no start or no end to
/// be found (`every` without `from`, or open with neither bound): check reports those.
/// The groundwork issue (#9) decides this meaning; strat(5) documents it.
std::optional<Recurrence> tactic_recurrence(const Tactic& t, const Tactic* parent, const Plan& plan);

}  // namespace strat

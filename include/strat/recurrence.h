// The days a recurring tactic happens: `from`, then every `every` after it, up to `to`.
// Month and year steps count from `from` each time (Jan 31, Feb 28, Mar 31), never from the
// clamped day before, so that a monthly tactic keeps its day of the month.
#pragma once

#include <cstdint>
#include <optional>

#include "strat/date.h"

namespace strat {

struct Recurrence {
  Date from;
  Date to;  ///< the last day an occurrence may fall on
  Interval every;

  /// How many occurrences there are (0 when to < from), counted without listing them.
  int64_t count() const;
  /// The k-th occurrence (0 is `from`); k < count().
  Date nth(int64_t k) const;

  /// Calls f(date) for each occurrence in order; stop early by returning false from f.
  template <class F>
  void each(F&& f) const {
    for (int64_t k = 0, n = count(); k < n; ++k)
      if (!f(nth(k))) return;
  }
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

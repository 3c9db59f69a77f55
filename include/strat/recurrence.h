// The days a recurring tactic happens: `from`, then every `every` after it, up to `to`.
// Month and year steps count from `from` each time (Jan 31, Feb 28, Mar 31), never from the
// clamped day before, so that a monthly tactic keeps its day of the month.
#pragma once

#include <cstdint>

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

}  // namespace strat

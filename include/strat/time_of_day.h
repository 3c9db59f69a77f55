// A time of day ("10:00") and a duration ("90m", "1h30m", "2h"), for timed tactics.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strat {

/// A wall-clock time, HH:MM from 00:00 to 23:59.
struct TimeOfDay {
  int minutes = 0;  ///< since midnight
  static std::optional<TimeOfDay> parse(std::string_view text);  ///< "10:00", "9:30"
  std::string str() const;                                       ///< "09:30"
  friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

/// A duration in whole minutes, more than 0 and at most 7 days.
struct Minutes {
  int value = 0;
  /// "90m", "1h30m", "2h", "1h 30m"; nullopt for anything else or 0.
  static std::optional<Minutes> parse(std::string_view text);
  std::string str() const;  ///< "1h30m", "45m", "2h"
  friend bool operator==(const Minutes&, const Minutes&) = default;
};

}  // namespace strat

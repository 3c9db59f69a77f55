// IANA time zones, read from the system's tz database (Debian's tzdata: the TZif files under
// /usr/share/zoneinfo, or $TZDIR). Read once per zone and immutable after, so that plans
// loaded on several threads can share them; no TZ variable and no localtime() involved.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"

namespace strat {

class TimeZone {
 public:
  enum class Problem { none, unknown, no_database };

  /// The zone named `name` ("Europe/Paris", "UTC"), read once per process; null, with
  /// *problem set, when no such zone is in the database or there is no database at all.
  static std::shared_ptr<const TimeZone> find(std::string_view name, Problem* problem = nullptr);
  /// Where the database is looked for: $TZDIR, else /usr/share/zoneinfo.
  static std::string database_dir();
  /// The zone names the database lists (zone1970.tab, zone.tab), for did-you-mean.
  static std::vector<std::string> known_names();

  const std::string& name() const { return name_; }
  /// UTC offset in seconds (east positive) at `utc` seconds since 1970-01-01T00:00Z.
  int32_t offset_at(int64_t utc) const;
  /// The wall time `minutes` after midnight of `day` in this zone, as seconds since the epoch
  /// (UTC). A time in a spring-forward gap is read with the offset before the gap (02:30
  /// becomes 03:30), and one in a fall-back overlap is the first of the two (RFC 5545).
  int64_t to_utc(Date day, int minutes) const;

  /// Reads a TZif file's bytes (v1, v2 or v3, with the POSIX rule after the last transition);
  /// null when they are not one.
  static std::shared_ptr<const TimeZone> from_tzif(std::string name, std::string_view bytes);

  struct Rule;  // the POSIX TZ string of the footer

 private:
  std::string name_;
  std::vector<int64_t> transitions_;  ///< UTC seconds, ascending
  std::vector<int32_t> offsets_;      ///< the offset from each transition on
  int32_t initial_ = 0;               ///< before the first transition
  std::shared_ptr<const Rule> rule_;  ///< after the last one, when the file has a footer
};

}  // namespace strat

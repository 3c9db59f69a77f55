// The ICS properties that say when a tactic happens: DTSTART/DTEND (or DUE), all-day DATEs
// or UTC date-times for timed tactics, and a recurrence as RRULE (BYDAY, BYSETPOS,
// BYMONTHDAY), RDATE and EXDATE, read from the same Recurrence as check and the calendar.
#pragma once

#include <string>
#include <vector>

#include "strat/calendar.h"

namespace strat::cal {

struct IcsProp {
  std::string name;
  std::string value;
};

/// "20270511" (a DATE value).
std::string ics_date(Date d);
/// "20270511T080000Z" (a UTC DATE-TIME value) for seconds since the epoch.
std::string ics_utc(int64_t seconds);
/// The timing properties of a tactic's VEVENT or VTODO, in order.
std::vector<IcsProp> ics_timing(const TacticInfo& t);

}  // namespace strat::cal

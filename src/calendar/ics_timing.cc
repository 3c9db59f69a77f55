#include "ics_timing.h"

#include <fmt/format.h>

namespace strat::cal {

namespace {

std::string_view freq(Interval::Unit u) {
  switch (u) {
    case Interval::Unit::day: return "DAILY";
    case Interval::Unit::week: return "WEEKLY";
    case Interval::Unit::month: return "MONTHLY";
    case Interval::Unit::year: return "YEARLY";
  }
  return "DAILY";
}

std::string byday(uint8_t days) {
  static constexpr std::string_view kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  std::string out;
  for (unsigned d = 0; d < 7; ++d)
    if (days & (1u << d)) out += (out.empty() ? "" : ",") + std::string(kDays[d]);
  return out;
}

/// A value of DTSTART, RDATE, EXDATE or UNTIL for the occurrence on `d`: a DATE for an
/// all-day tactic, a UTC DATE-TIME for a timed one.
std::string when(const TacticInfo& t, Date d) {
  auto span = utc_span(t, d);
  return span ? ics_utc(span->start) : ics_date(d);
}

/// Whether an RRULE written in UTC gives the same days as the local recurrence: each
/// occurrence's UTC start is the same time after its local midnight, within that day.
bool rrule_holds_in_utc(const TacticInfo& t, const Recurrence& r) {
  if (!t.at) return true;
  std::optional<int64_t> delta;
  bool holds = true;
  r.each([&](Date d) {
    int64_t x = utc_span(t, d)->start - int64_t{d.days()} * 86400;
    if (!delta) delta = x;
    holds = x == *delta && x >= 0 && x < 86400;
    return holds;
  });
  return holds;
}

/// RRULE, RDATE and EXDATE of a recurrence; `rrule`: whether an RRULE can say it.
void recurrence_props(const TacticInfo& t, const Recurrence& r, bool rrule, std::vector<IcsProp>& out) {
  std::string value_type = t.at ? "" : ";VALUE=DATE";
  if (!rrule) {
    // The UTC offset changes (daylight saving) or the UTC day is not the local one: every
    // occurrence after the first is listed, exactly.
    r.each([&](Date d) {
      if (d != *t.first) out.push_back({"RDATE" + value_type, when(t, d)});
      return true;
    });
    return;
  }
  const Interval& i = r.every.interval;
  bool months = i.unit == Interval::Unit::month || i.unit == Interval::Unit::year;
  std::string rule = fmt::format("FREQ={};INTERVAL={};UNTIL={}", freq(i.unit), i.count, when(t, *t.last));
  bool month_end = false;
  if (r.every.on.any() && i.unit == Interval::Unit::week) {
    rule += ";BYDAY=" + byday(r.every.on.days) + ";WKST=MO";
  } else if (r.every.on.any() && months) {
    rule += fmt::format(";BYDAY={};BYSETPOS={}", byday(r.every.on.days), r.every.on.ordinal);
  } else {
    month_end = i.unit == Interval::Unit::month && r.from.day() == 31;
    if (month_end) rule += ";BYMONTHDAY=-1";
  }
  out.push_back({"RRULE", rule});
  // A plain month or year step from the 29th, 30th or 31st clamps to the month's end (Jan 31,
  // Feb 28); RRULE alone would skip such months, so each clamped day is an RDATE.
  if (months && !r.every.on.any() && !month_end && r.from.day() > 28)
    r.each([&](Date d) {
      if (d.day() != r.from.day()) out.push_back({"RDATE" + value_type, when(t, d)});
      return true;
    });
  // The steps `except:` skips, each as the occurrence the RRULE would otherwise give.
  Date first_step = r.slot(0);
  for (const DaySpan& x : r.except) {
    if (x.last < r.from || x.first > r.to) continue;
    int64_t s0 = r.slots_until(x.first.plus_days(-1)), s1 = r.slots_until(x.last < r.to ? x.last : r.to);
    for (int64_t s = s0; s < s1; ++s)
      if (r.slot(s) >= first_step) out.push_back({"EXDATE" + value_type, when(t, r.slot(s))});
  }
}

}  // namespace

std::string ics_date(Date d) { return fmt::format("{:04}{:02}{:02}", d.year(), d.month(), d.day()); }

std::string ics_utc(int64_t seconds) {
  std::string iso = iso_utc(seconds);  // 2027-05-11T08:00:00Z → 20270511T080000Z
  std::string out;
  for (char c : iso)
    if (c != '-' && c != ':') out += c;
  return out;
}

std::vector<IcsProp> ics_timing(const TacticInfo& t) {
  std::vector<IcsProp> out;
  Date first = *t.first, last = *t.last;
  // An RRULE starts at its first step, which `except:` may skip (then an EXDATE removes it).
  bool rrule = t.recurrence && rrule_holds_in_utc(t, *t.recurrence);
  if (rrule) first = t.recurrence->slot(0);
  auto span = utc_span(t, first);
  if (t.kind == OccurrenceKind::due) {
    out.push_back(span ? IcsProp{"DUE", ics_utc(span->start)} : IcsProp{"DUE;VALUE=DATE", ics_date(first)});
  } else if (span) {
    out.push_back({"DTSTART", ics_utc(span->start)});
    out.push_back({"DTEND", ics_utc(span->end)});
  } else {
    out.push_back({"DTSTART;VALUE=DATE", ics_date(first)});
    Date end = t.recurrence ? first.plus_days(1) : last.plus_days(1);  // exclusive, never == DTSTART
    out.push_back({"DTEND;VALUE=DATE", ics_date(end)});
  }
  if (t.recurrence) recurrence_props(t, *t.recurrence, rrule, out);
  return out;
}

}  // namespace strat::cal

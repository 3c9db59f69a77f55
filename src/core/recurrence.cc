#include "strat/recurrence.h"

#include <algorithm>
#include <bit>

#include "strat/model.h"

namespace strat {

namespace {

using Unit = Interval::Unit;

bool in_months(const Interval& every) { return every.unit == Unit::month || every.unit == Unit::year; }

/// The step in days (day and week units) or in months (month and year units).
int64_t step(const Interval& every) {
  switch (every.unit) {
    case Unit::day: return every.count;
    case Unit::week: return 7 * int64_t{every.count};
    case Unit::month: return every.count;
    case Unit::year: return 12 * int64_t{every.count};
  }
  return 1;
}

/// Which of the three shapes a recurrence has.
enum class Shape { plain, weekdays, ordinal };

Shape shape_of(const Every& e) {
  if (!e.on.any()) return Shape::plain;
  if (e.interval.unit == Unit::week) return Shape::weekdays;
  if (in_months(e.interval) && e.on.ordinal != 0) return Shape::ordinal;
  return Shape::plain;
}

int64_t months_between(Date a, Date b) {  // whole calendar months from a's month to b's
  return (int64_t{b.year()} - a.year()) * 12 + (int64_t{b.month()} - a.month());
}

/// The `ordinal`-th weekday `wd` (1..4, or -1 for the last) of the month holding `month_day`.
Date ordinal_day(Date month_day, unsigned wd, int ordinal) {
  Date first = month_day.plus_days(1 - static_cast<int>(month_day.day()));
  if (ordinal > 0)
    return first.plus_days(static_cast<int>((wd + 7 - first.weekday()) % 7) + 7 * (ordinal - 1));
  Date last = first.plus_months(1).plus_days(-1);
  return last.plus_days(-static_cast<int>((last.weekday() + 7 - wd) % 7));
}

/// Weekday slots from the Monday of from's week up to d, ignoring from itself.
int64_t week_slots(Date monday, int64_t n_weeks, uint8_t days, Date d) {
  if (d < monday) return 0;
  int64_t offset = d.days() - monday.days(), w = offset / 7, wd = offset % 7;
  int64_t full = (w + n_weeks - 1) / n_weeks;  // active weeks before d's week
  int64_t part = w % n_weeks == 0 ? std::popcount(static_cast<unsigned>(days & ((2u << wd) - 1))) : 0;
  return full * std::popcount(days) + part;
}

}  // namespace

void Recurrence::normalize() {
  std::sort(except.begin(), except.end(), [](const DaySpan& a, const DaySpan& b) { return a.first < b.first; });
  std::vector<DaySpan> merged;
  for (const DaySpan& s : except) {
    if (!merged.empty() && s.first <= merged.back().last.plus_days(1)) merged.back().last = std::max(merged.back().last, s.last);
    else merged.push_back(s);
  }
  except = std::move(merged);
}

int64_t Recurrence::slots_until(Date d) const {
  if (d < from || every.interval.count <= 0) return 0;
  const Interval& i = every.interval;
  switch (shape_of(every)) {
    case Shape::weekdays: {
      Date monday = from.plus_days(-static_cast<int>(from.weekday()));
      return week_slots(monday, i.count, every.on.days, d) -
             week_slots(monday, i.count, every.on.days, from.plus_days(-1));
    }
    case Shape::ordinal: {
      int64_t s = step(i), k = months_between(from, d) / s;
      int64_t skipped = ordinal_day(from, lowest_weekday(every.on.days), every.on.ordinal) < from ? 1 : 0;
      Date last = ordinal_day(from.plus_months(static_cast<int>(k * s)), lowest_weekday(every.on.days), every.on.ordinal);
      return k + 1 - skipped - (last > d ? 1 : 0);
    }
    case Shape::plain: break;
  }
  int64_t s = step(i);
  if (!in_months(i)) return (int64_t{d.days()} - from.days()) / s + 1;
  int64_t k = months_between(from, d) / s;
  if (slot(k) > d) --k;  // the day of the month comes after d's in the last month
  return k + 1;
}

Date Recurrence::slot(int64_t k) const {
  const Interval& i = every.interval;
  switch (shape_of(every)) {
    case Shape::weekdays: {
      uint8_t days = every.on.days;
      Date monday = from.plus_days(-static_cast<int>(from.weekday()));
      int64_t pop = std::popcount(days);
      int64_t j = k + std::popcount(static_cast<unsigned>(days & ((1u << from.weekday()) - 1)));
      int64_t week = j / pop, r = j % pop;
      unsigned wd = 0;
      for (uint8_t rest = days;; rest &= rest - 1)
        if (r-- == 0) {
          wd = lowest_weekday(rest);
          break;
        }
      return monday.plus_days(static_cast<int>(week * 7 * i.count + wd));
    }
    case Shape::ordinal: {
      unsigned wd = lowest_weekday(every.on.days);
      int64_t skipped = ordinal_day(from, wd, every.on.ordinal) < from ? 1 : 0;
      return ordinal_day(from.plus_months(static_cast<int>((k + skipped) * step(i))), wd, every.on.ordinal);
    }
    case Shape::plain: break;
  }
  int64_t n = k * step(i);
  return in_months(i) ? from.plus_months(static_cast<int>(n)) : from.plus_days(static_cast<int>(n));
}

int64_t Recurrence::count_until(Date d) const {
  Date end = d < to ? d : to;
  if (end < from) return 0;
  int64_t n = slots_until(end);
  for (const DaySpan& x : except) {
    if (x.first > end) break;
    Date last = x.last < end ? x.last : end;
    if (last < from) continue;
    n -= slots_until(last) - slots_until(x.first.plus_days(-1));
  }
  return n;
}

Date Recurrence::nth(int64_t k) const {
  if (except.empty()) return slot(k);
  int lo = from.days(), hi = to.days();  // the first day with more than k occurrences up to it
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (count_until(from.plus_days(mid - from.days())) > k) hi = mid;
    else lo = mid + 1;
  }
  return from.plus_days(lo - from.days());
}

std::optional<Recurrence> tactic_recurrence(const Tactic& t, const Tactic* parent, const Plan& plan) {
  if (!t.every || !t.span.from) return std::nullopt;
  std::optional<Date> end;
  if (t.span.to) end = t.span.to->value;
  else if (parent && parent->last_day()) end = parent->last_day();
  else if (plan.period.to) end = plan.period.to->value;
  if (!end) return std::nullopt;
  Recurrence r{t.span.from->value, *end, t.every->value};
  for (const auto& x : t.except) r.except.push_back(x.value);
  r.normalize();
  return r;
}

}  // namespace strat

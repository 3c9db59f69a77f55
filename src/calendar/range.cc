// Ranges of days and weeks: months, weeks by their first day, week numbers, default ranges.
#include <algorithm>

#include "strat/calendar.h"

namespace strat {

std::optional<WeekStart> parse_week_start(std::string_view text) {
  if (text == "mon") return WeekStart::mon;
  if (text == "sun") return WeekStart::sun;
  if (text == "sat") return WeekStart::sat;
  return std::nullopt;
}

std::string_view to_string(WeekStart w) {
  switch (w) {
    case WeekStart::mon: return "mon";
    case WeekStart::sun: return "sun";
    case WeekStart::sat: return "sat";
  }
  return "mon";
}

Date week_first_day(Date d, WeekStart start) {
  int back = (static_cast<int>(d.weekday()) - static_cast<int>(start) + 7) % 7;
  return d.plus_days(-back);
}

namespace {

int day_of_year(Date d) { return d.days() - Date::from_ymd(d.year(), 1, 1).days(); }

/// The ISO week-year holds the week's Thursday.
Date iso_thursday(Date d) { return d.plus_days(3 - static_cast<int>(d.weekday())); }

}  // namespace

int week_year(Date d, WeekStart start) {
  if (start == WeekStart::mon) return iso_thursday(d).year();
  return week_first_day(d, start).plus_days(6).year();
}

int week_number(Date d, WeekStart start) {
  if (start == WeekStart::mon) return day_of_year(iso_thursday(d)) / 7 + 1;
  Date first = week_first_day(Date::from_ymd(week_year(d, start), 1, 1), start);
  return (week_first_day(d, start).days() - first.days()) / 7 + 1;
}

DayRange month_range(int year, unsigned month) {
  Date first = Date::from_ymd(year, month, 1);
  return {first, first.plus_months(1).plus_days(-1)};
}

std::optional<DayRange> parse_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  auto first = Date::parse(std::string(text) + "-01");
  if (!first) return std::nullopt;
  if (first->year() == 9999 && first->month() == 12) return DayRange{*first, Date::max()};
  return month_range(first->year(), first->month());
}

DayRange week_range(Date today, WeekStart start) {
  Date first = week_first_day(today, start);
  return {first, first.plus_days(6)};
}

DayRange days_range(Date today, int n) { return {today, today.plus_days(std::max(n, 1) - 1)}; }

DayRange default_range(const Workspace& ws, Date today) {
  std::optional<Date> from, to;
  auto widen = [&](std::optional<Date> a, std::optional<Date> b) {
    if (a) from = from ? std::min(*from, *a) : *a;
    if (b) to = to ? std::max(*to, *b) : *b;
  };
  for (const auto& plan : ws.plans) {
    const DateRange* horizon = plan->strategy ? &plan->strategy->horizon : nullptr;
    auto end = [&](const std::optional<Located<Date>>& p, const std::optional<Located<Date>>& h) {
      if (p) return std::optional<Date>(p->value);
      if (h) return std::optional<Date>(h->value);
      return std::optional<Date>();
    };
    static const std::optional<Located<Date>> none;
    widen(end(plan->period.from, horizon ? horizon->from : none),
          end(plan->period.to, horizon ? horizon->to : none));
  }
  if (!from || !to) {  // the days the tactics occupy fill what the periods leave open
    std::optional<Date> first, last;
    for (const auto& plan : ws.plans)
      for_each_tactic(plan->tactics, [&](const Tactic& t, const Tactic*) {
        if (auto a = t.first_day()) first = first ? std::min(*first, *a) : *a;
        if (auto b = t.last_day()) last = last ? std::max(*last, *b) : *b;
      });
    if (!from) from = first;
    if (!to) to = last;
  }
  if (from && !to) to = from;
  if (to && !from) from = to;
  if (from && to) return {std::min(*from, *to), std::max(*from, *to)};
  return month_range(today.year(), today.month());
}

}  // namespace strat

#include "calendar/calendar_test_util.h"

namespace strat::test {

namespace {
Date d(const char* s) { return *Date::parse(s); }
}  // namespace

TEST_CASE("calendar range: week starts and week numbers") {
  // 2027-01-01 is a Friday.
  CHECK(week_first_day(d("2027-01-01"), WeekStart::mon) == d("2026-12-28"));
  CHECK(week_first_day(d("2027-01-01"), WeekStart::sun) == d("2026-12-27"));
  CHECK(week_first_day(d("2027-01-01"), WeekStart::sat) == d("2026-12-26"));
  CHECK(week_first_day(d("2027-01-03"), WeekStart::sun) == d("2027-01-03"));
  CHECK(week_number(d("2027-01-01"), WeekStart::mon) == 53);  // ISO: week 53 of 2026
  CHECK(week_year(d("2027-01-01"), WeekStart::mon) == 2026);
  CHECK(week_number(d("2027-01-04"), WeekStart::mon) == 1);
  CHECK(week_number(d("2026-12-31"), WeekStart::mon) == 53);
  CHECK(week_number(d("2027-01-01"), WeekStart::sun) == 1);   // the week holding Jan 1
  CHECK(week_year(d("2026-12-27"), WeekStart::sun) == 2027);
  CHECK(week_number(d("2027-01-03"), WeekStart::sun) == 2);
  CHECK(week_number(d("2027-12-31"), WeekStart::sat) == 53);
  CHECK(week_number(d("2028-01-01"), WeekStart::sat) == 1);
  CHECK(week_range(d("2027-01-06"), WeekStart::sun) == DayRange{d("2027-01-03"), d("2027-01-09")});
  CHECK(parse_week_start("sun") == WeekStart::sun);
  CHECK_FALSE(parse_week_start("Sunday"));
}

TEST_CASE("calendar range: months, days, default") {
  CHECK(parse_month("2028-02") == DayRange{d("2028-02-01"), d("2028-02-29")});
  CHECK(parse_month("2027-12") == DayRange{d("2027-12-01"), d("2027-12-31")});
  CHECK_FALSE(parse_month("2027-13"));
  CHECK_FALSE(parse_month("2027-1"));
  CHECK_FALSE(parse_month("27-01-01"));
  CHECK(days_range(d("2027-01-30"), 3) == DayRange{d("2027-01-30"), d("2027-02-01")});
  Workspace ws = cal_workspace(cal_plan("  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n"));
  CHECK(default_range(ws, d("2026-01-01")) == DayRange{d("2027-01-01"), d("2027-12-31")});
  std::string no_period = "kind: plan\nname: P\nstrategy: strategy.yaml\nteam: [{id: a, name: A}]\ntactics:\n"
                          "  - {id: o, title: O, goal: g1, owner: a, on: 2027-02-02}\n";
  CHECK(default_range(cal_workspace(no_period), d("2026-01-01")) == DayRange{d("2027-01-01"), d("2027-12-31")});
  CHECK(default_range(Workspace{}, d("2026-02-10")) == DayRange{d("2026-02-01"), d("2026-02-28")});
}

}  // namespace strat::test

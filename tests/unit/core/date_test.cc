#include <doctest/doctest.h>

#include "strat/date.h"

using strat::Date;
using strat::Interval;

TEST_CASE("dates parse strictly as YYYY-MM-DD") {
  CHECK(Date::parse("2027-01-31")->str() == "2027-01-31");
  CHECK(Date::parse("2028-02-29"));  // leap year
  CHECK_FALSE(Date::parse("2027-02-29"));
  CHECK_FALSE(Date::parse("2027-02-30"));
  CHECK_FALSE(Date::parse("2027-13-01"));
  CHECK_FALSE(Date::parse("2027-00-10"));
  CHECK_FALSE(Date::parse("0000-01-01"));
  CHECK_FALSE(Date::parse("2027-1-01"));
  CHECK_FALSE(Date::parse("2027/01/01"));
  CHECK_FALSE(Date::parse("20270101"));
  CHECK_FALSE(Date::parse("2027-01-01 "));
  CHECK_FALSE(Date::parse("+027-01-01"));
  CHECK_FALSE(Date::parse(""));
  CHECK(Date::parse("0001-01-01"));
  CHECK(Date::parse("9999-12-31"));
}

TEST_CASE("date arithmetic and fields") {
  Date d = *Date::parse("2027-01-31");
  CHECK(d.year() == 2027);
  CHECK(d.month() == 1);
  CHECK(d.day() == 31);
  CHECK(d.plus_days(1).str() == "2027-02-01");
  CHECK(d.plus_months(1).str() == "2027-02-28");  // clamped
  CHECK(d.plus_months(13).str() == "2028-02-29");
  CHECK(d.plus_months(-2).str() == "2026-11-30");
  CHECK(Date::parse("2026-11-23")->weekday() == 0);  // a Monday
  CHECK(Date::parse("2026-11-22")->weekday() == 6);  // a Sunday
  CHECK(*Date::parse("2027-01-01") < d);
  CHECK(Date::from_ymd(2027, 1, 31) == d);
}

TEST_CASE("intervals as marketers write them") {
  CHECK(Interval::parse("6 months") == Interval{6, Interval::Unit::month});
  CHECK(Interval::parse("1 week") == Interval{1, Interval::Unit::week});
  CHECK(Interval::parse("10 days") == Interval{10, Interval::Unit::day});
  CHECK(Interval::parse("1 year") == Interval{1, Interval::Unit::year});
  CHECK(Interval::parse("2  weeks"));
  CHECK_FALSE(Interval::parse("0 days"));
  CHECK_FALSE(Interval::parse("weekly"));
  CHECK_FALSE(Interval::parse("2weeks"));
  CHECK_FALSE(Interval::parse("2 fortnights"));
  CHECK_FALSE(Interval::parse("-1 day"));
  CHECK_FALSE(Interval::parse("10000 days"));  // at most 9999 of a unit
  CHECK(Interval::parse("9999 years"));
  CHECK(Interval::parse("3 months")->str() == "3 months");
  CHECK(Interval::parse("1 day")->str() == "1 day");
  Date d = *Date::parse("2027-01-31");
  CHECK(Interval{1, Interval::Unit::month}.after(d, 2).str() == "2027-03-31");  // from the anchor
  CHECK(Interval{2, Interval::Unit::week}.after(d).str() == "2027-02-14");
  CHECK(Interval{1, Interval::Unit::year}.after(*Date::parse("2028-02-29")).str() == "2029-02-28");
}

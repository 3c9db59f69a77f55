// Weekday recurrences ("week on sunday", "month on first tuesday"), except: days and ranges,
// and "1 quarter": the days they give, counted by arithmetic and checked against a walk.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "recurrence_test_util.h"

using namespace strat;
using strat::test::days;
using strat::test::rec;

namespace {

DaySpan span(const char* text) { return *parse_day_span(text); }

/// count(), count_until() and nth() agree with a day-by-day walk that tests each day.
void agrees_with_walk(const Recurrence& r) {
  std::vector<std::string> listed = days(r);
  CHECK(static_cast<int64_t>(listed.size()) == r.count());
  for (size_t k = 0; k < listed.size(); ++k) CHECK(r.nth(static_cast<int64_t>(k)).str() == listed[k]);
  int64_t seen = 0;
  for (Date d = r.from.plus_days(-3); d <= r.to.plus_days(3); d = d.plus_days(1)) {
    if (seen < static_cast<int64_t>(listed.size()) && listed[static_cast<size_t>(seen)] == d.str()) ++seen;
    CHECK(r.count_until(d) == seen);
  }
}

}  // namespace

TEST_CASE("every: parses weekdays after 'on' for weeks and an ordinal weekday for months") {
  CHECK(Every::parse("week on sunday")->str() == "1 week on sunday");
  CHECK(Every::parse("2 weeks on monday, thursday")->str() == "2 weeks on monday, thursday");
  CHECK(Every::parse("2 weeks on Thursday and Monday")->str() == "2 weeks on monday, thursday");
  CHECK(Every::parse("week on mon, wed, fri")->str() == "1 week on monday, wednesday, friday");
  CHECK(Every::parse("month on first tuesday")->str() == "1 month on first tuesday");
  CHECK(Every::parse("month on last friday")->on == Weekdays{1 << 4, -1});
  CHECK(Every::parse("2 months on third wednesday")->on == Weekdays{1 << 2, 3});
  CHECK(Every::parse("quarter on first monday")->interval == Interval{3, Interval::Unit::month});
  CHECK(Every::parse("week")->interval == Interval{1, Interval::Unit::week});
  CHECK(Every::parse("2 weeks")->str() == "2 weeks");
}

TEST_CASE("every: says what is wrong, with a did-you-mean") {
  auto why = [](const char* text) {
    std::string w;
    CHECK_FALSE(Every::parse(text, &w));
    return w;
  };
  CHECK(why("2 qarters") ==
        "must be an interval like '2 weeks' (days, weeks, months, quarters or years), or one on weekdays "
        "like 'week on monday', not '2 qarters'; did you mean '2 quarters'?");
  CHECK(why("wek on monday").ends_with("did you mean 'week'?"));
  CHECK(why("week on funday") == "names 'funday', which is not a weekday (monday … sunday); did you mean 'sunday'?");
  CHECK(why("month on frist tuesday").ends_with("did you mean 'first'?"));
  CHECK(why("month on tuesday") ==
        "does not say which tuesday of the month: write 'every: month on first tuesday' (first, second, "
        "third, fourth or last), or 'every: week on tuesday' for every tuesday");
  CHECK(why("week on first tuesday").starts_with("puts a week's day in order"));
  CHECK(why("month on first monday and friday").starts_with("names more than one weekday of the month"));
  CHECK(why("day on monday").starts_with("can name weekdays only with weeks or months"));
  CHECK(why("1 year on last friday").starts_with("can name weekdays only"));  // which month of the year?
  CHECK(why("week on ").starts_with("names no weekday after 'on'"));
}

TEST_CASE("quarter is three months, and a misspelt unit gets a suggestion") {
  CHECK(Interval::parse("1 quarter") == Interval{3, Interval::Unit::month});
  CHECK(Interval::parse("2 quarters") == Interval{6, Interval::Unit::month});
  CHECK(Interval::suggest("2 qarters") == "2 quarters");
  CHECK(Interval::suggest("3 monts") == "3 months");
  CHECK(Interval::suggest("1 weks") == "1 week");
  CHECK_FALSE(Interval::suggest("2 fortnights"));
  CHECK_FALSE(Interval::suggest("0 weeks"));
}

TEST_CASE("week on weekdays: from the first listed day on or after from") {
  // 2027-03-01 is a Monday; Sundays from it.
  CHECK(days(rec("2027-03-01", "2027-03-31", "week on sunday")) ==
        std::vector<std::string>{"2027-03-07", "2027-03-14", "2027-03-21", "2027-03-28"});
  // 2027-01-01 is a Friday: its week's Monday and Thursday are before it; every other week.
  CHECK(days(rec("2027-01-01", "2027-01-31", "2 weeks on monday and thursday")) ==
        std::vector<std::string>{"2027-01-11", "2027-01-14", "2027-01-25", "2027-01-28"});
  CHECK(days(rec("2027-01-06", "2027-01-20", "week on monday, wednesday, friday")) ==
        std::vector<std::string>{"2027-01-06", "2027-01-08", "2027-01-11", "2027-01-13", "2027-01-15",
                                 "2027-01-18", "2027-01-20"});
  agrees_with_walk(rec("2027-01-01", "2027-06-30", "3 weeks on tuesday, saturday, sunday"));
  agrees_with_walk(rec("2027-01-03", "2027-02-01", "week on sunday"));
}

TEST_CASE("month on an ordinal weekday: first, fourth, last") {
  CHECK(days(rec("2027-01-01", "2027-06-30", "month on first tuesday")) ==
        std::vector<std::string>{"2027-01-05", "2027-02-02", "2027-03-02", "2027-04-06", "2027-05-04", "2027-06-01"});
  CHECK(days(rec("2027-01-01", "2027-05-31", "month on last friday")) ==
        std::vector<std::string>{"2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30", "2027-05-28"});
  // From after the month's first Tuesday: it starts in the next month.
  CHECK(days(rec("2027-01-06", "2027-03-31", "month on first tuesday")) ==
        std::vector<std::string>{"2027-02-02", "2027-03-02"});
  CHECK(days(rec("2028-01-01", "2028-12-31", "quarter on fourth thursday")) ==
        std::vector<std::string>{"2028-01-27", "2028-04-27", "2028-07-27", "2028-10-26"});
  agrees_with_walk(rec("2027-01-20", "2028-03-01", "2 months on last sunday"));
  agrees_with_walk(rec("2027-02-02", "2027-12-31", "month on first tuesday"));
}

TEST_CASE("except: single days and closed ranges are skipped; counts stay arithmetic") {
  Recurrence r = rec("2027-03-01", "2027-04-30", "week on sunday",
                     {span("2027-04-01..2027-04-15"), span("2027-03-14")});
  CHECK(days(r) == std::vector<std::string>{"2027-03-07", "2027-03-21", "2027-03-28", "2027-04-18", "2027-04-25"});
  CHECK(r.count() == 5);
  CHECK(r.nth(3).str() == "2027-04-18");
  agrees_with_walk(r);
  // A whole month closed, overlapping and adjacent ranges merged.
  Recurrence daily = rec("2027-07-01", "2027-09-30", "1 day",
                         {span("2027-08-01..2027-08-20"), span("2027-08-10..2027-08-31"), span("2027-09-01")});
  CHECK(daily.except.size() == 1);
  CHECK(daily.count() == 31 + 29);
  agrees_with_walk(daily);
  agrees_with_walk(rec("2027-01-31", "2027-12-31", "1 month", {span("2027-02-28"), span("2027-06-01..2027-07-31")}));
  // Everything skipped.
  CHECK(rec("2027-01-01", "2027-01-31", "1 week", {span("2026-12-01..2027-02-01")}).count() == 0);
}

TEST_CASE("except: parse days and ranges") {
  CHECK(parse_day_span("2027-04-10") == DaySpan{*Date::parse("2027-04-10"), *Date::parse("2027-04-10")});
  CHECK(parse_day_span("2027-08-01..2027-08-31")->last == *Date::parse("2027-08-31"));
  CHECK_FALSE(parse_day_span("2027-08-31..2027-08-01"));
  CHECK_FALSE(parse_day_span("2027-02-30"));
  CHECK_FALSE(parse_day_span("2027-08-01..2027-08"));
  CHECK_FALSE(parse_day_span("August"));
}

TEST_CASE("weekday recurrences equal a day-by-day reference for every mask, count and start") {
  auto monday = [](Date d) { return d.plus_days(-static_cast<int>(d.weekday())); };
  for (int start = 0; start < 7; ++start)
    for (int n = 1; n <= 3; ++n)
      for (unsigned mask = 1; mask < 128; mask += 9) {
        Date from = Date::from_ymd(2027, 1, 4).plus_days(start), to = from.plus_days(120);
        Recurrence r{from, to, Every{Interval{n, Interval::Unit::week}, Weekdays{static_cast<uint8_t>(mask), 0}}};
        std::vector<std::string> want;
        for (Date d = from; d <= to; d = d.plus_days(1))
          if ((mask >> d.weekday() & 1) && (monday(d).days() - monday(from).days()) / 7 % n == 0) want.push_back(d.str());
        CHECK(days(r) == want);
        CHECK(r.count() == static_cast<int64_t>(want.size()));
      }
  for (int start = 0; start < 40; start += 3)
    for (int n = 1; n <= 3; ++n)
      for (int ordinal : {1, 2, 3, 4, -1})
        for (unsigned wd = 0; wd < 7; ++wd) {
          Date from = Date::from_ymd(2027, 1, 1).plus_days(start), to = from.plus_days(400);
          Recurrence r{from, to, Every{Interval{n, Interval::Unit::month}, Weekdays{static_cast<uint8_t>(1u << wd), ordinal}}};
          std::vector<std::string> want;
          for (Date d = from; d <= to; d = d.plus_days(1)) {
            int months = (d.year() - from.year()) * 12 + static_cast<int>(d.month()) - static_cast<int>(from.month());
            bool nth = ordinal > 0 ? (d.day() - 1) / 7 + 1 == static_cast<unsigned>(ordinal)
                                   : d.plus_days(7).month() != d.month();
            if (d.weekday() == wd && nth && months % n == 0) want.push_back(d.str());
          }
          CHECK(days(r) == want);
        }
}

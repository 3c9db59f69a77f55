// Time of day, durations, and local time → UTC through the system's tz database (TZif).
#include <cstdlib>

#include <doctest/doctest.h>

#include "strat/time_of_day.h"
#include "strat/timezone.h"

using namespace strat;

namespace {

int64_t utc(const TimeZone& z, const char* day, int h, int m) { return z.to_utc(*Date::parse(day), h * 60 + m); }
int64_t at(const char* day, int h, int m) { return int64_t{Date::parse(day)->days()} * 86400 + h * 3600 + m * 60; }

}  // namespace

TEST_CASE("at: and duration: values") {
  CHECK(TimeOfDay::parse("10:00")->minutes == 600);
  CHECK(TimeOfDay::parse("9:05")->str() == "09:05");
  CHECK(TimeOfDay::parse("23:59"));
  CHECK_FALSE(TimeOfDay::parse("24:00"));
  CHECK_FALSE(TimeOfDay::parse("10:60"));
  CHECK_FALSE(TimeOfDay::parse("10h"));
  CHECK_FALSE(TimeOfDay::parse("600"));  // YAML 1.1 reads 10:00 unquoted as 600
  CHECK(Minutes::parse("90m")->value == 90);
  CHECK(Minutes::parse("1h30m")->value == 90);
  CHECK(Minutes::parse("1h 30m")->str() == "1h30m");
  CHECK(Minutes::parse("2h")->str() == "2h");
  CHECK_FALSE(Minutes::parse("0m"));
  CHECK_FALSE(Minutes::parse("30m1h"));
  CHECK_FALSE(Minutes::parse("90"));
  CHECK_FALSE(Minutes::parse("200h"));  // more than 7 days
}

TEST_CASE("time zones: offsets across daylight saving, gaps and overlaps") {
  auto paris = TimeZone::find("Europe/Paris");
  REQUIRE(paris);
  CHECK(utc(*paris, "2027-01-05", 10, 0) == at("2027-01-05", 9, 0));    // CET
  CHECK(utc(*paris, "2027-07-05", 10, 0) == at("2027-07-05", 8, 0));    // CEST
  CHECK(utc(*paris, "2027-03-28", 2, 30) == at("2027-03-28", 1, 30));   // the gap: 03:30 CEST
  CHECK(utc(*paris, "2027-10-31", 2, 30) == at("2027-10-31", 0, 30));   // the overlap: the first
  CHECK(utc(*paris, "2060-07-01", 10, 0) == at("2060-07-01", 8, 0));    // past the table: the rule
  auto sydney = TimeZone::find("Australia/Sydney");
  REQUIRE(sydney);
  CHECK(utc(*sydney, "2027-01-10", 10, 0) == at("2027-01-09", 23, 0));  // AEDT, southern summer
  CHECK(utc(*sydney, "2027-07-10", 10, 0) == at("2027-07-10", 0, 0));   // AEST
  auto ny = TimeZone::find("America/New_York");
  REQUIRE(ny);
  CHECK(utc(*ny, "2027-03-15", 9, 0) == at("2027-03-15", 13, 0));
  CHECK(utc(*ny, "2045-12-01", 9, 0) == at("2045-12-01", 14, 0));
  auto u = TimeZone::find("UTC");
  REQUIRE(u);
  CHECK(utc(*u, "2027-05-11", 10, 0) == at("2027-05-11", 10, 0));
}

TEST_CASE("time zones: unknown names, hostile names and bad files") {
  TimeZone::Problem p = TimeZone::Problem::none;
  CHECK_FALSE(TimeZone::find("Europe/Pariss", &p));
  CHECK(p == TimeZone::Problem::unknown);
  CHECK_FALSE(TimeZone::find("../../etc/passwd", &p));
  CHECK_FALSE(TimeZone::find("/etc/passwd", &p));
  CHECK_FALSE(TimeZone::find("Europe", &p));  // a directory
  CHECK_FALSE(TimeZone::from_tzif("x", "TZif2"));
  CHECK_FALSE(TimeZone::from_tzif("x", std::string(44, '\0')));
  std::string truncated = "TZif2" + std::string(15, '\0') + std::string(24, '\xff');
  CHECK_FALSE(TimeZone::from_tzif("x", truncated));
}

TEST_CASE("time zones: no database is its own problem, not a crash") {
  const char* old = std::getenv("TZDIR");
  std::string saved = old ? old : "";
  setenv("TZDIR", "/nonexistent/zoneinfo", 1);
  TimeZone::Problem p = TimeZone::Problem::none;
  CHECK_FALSE(TimeZone::find("Asia/Tokyo", &p));
  CHECK(p == TimeZone::Problem::no_database);
  if (old) setenv("TZDIR", saved.c_str(), 1);
  else unsetenv("TZDIR");
}

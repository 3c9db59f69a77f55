// The recurrence and time fields of a tactic (every: with weekdays, except:, at:, duration:)
// and the plan's timezone:, read with positioned diagnostics a marketer can act on.
#include <cstdlib>

#include "load_test_util.h"

namespace strat::test {

namespace {

std::string plan(std::string_view head, std::string_view tactics) {
  return "kind: plan\nname: P\nstrategy: s.yaml\nperiod: {from: 2027-01-01, to: 2027-12-31}\n" + std::string(head) +
         "tactics:\n" + std::string(tactics);
}

}  // namespace

TEST_CASE("recurrence fields: read into the model") {
  LoadResult r = load(plan("timezone: Europe/Paris\n", R"(  - id: w
    title: Webinar
    from: 2027-01-01
    every: month on first tuesday
    except: [2027-08-01..2027-08-31, 2027-04-10]
    at: "10:00"
    duration: 1h30m
  - {id: q, title: Q, from: 2027-01-15, every: 1 quarter, except: 2027-04-15}
)"));
  CHECK(lines(r).empty());
  REQUIRE(r.documents.size() == 1);
  const Plan& p = *r.documents[0].plan;
  REQUIRE(p.timezone);
  CHECK(p.timezone->value == "Europe/Paris");
  const Tactic& w = p.tactics[0];
  CHECK(w.every->value.str() == "1 month on first tuesday");
  REQUIRE(w.except.size() == 2);
  CHECK(w.except[0].value.last.str() == "2027-08-31");
  CHECK(w.except[1].pos.line == 11);
  CHECK(w.at->value.str() == "10:00");
  CHECK(w.duration->value.value == 90);
  CHECK(p.tactics[1].every->value.interval == Interval{3, Interval::Unit::month});
  CHECK(p.tactics[1].except.size() == 1);
}

TEST_CASE("recurrence fields: each bad value is a positioned wrong-type with advice") {
  LoadResult r = load(plan("timezone: Europe/Paris\n", R"(  - {id: a, title: T, from: 2027-01-01, every: 1 qarter}
  - {id: b, title: T, from: 2027-01-01, every: week on funday}
  - {id: c, title: T, from: 2027-01-01, every: month on friday}
  - {id: d, title: T, from: 2027-01-01, every: 1 week, except: [2027-02-30, 2027-03-10..2027-03-01, soon]}
  - {id: e, title: T, on: 2027-01-05, at: "25:00", duration: forever}
  - {id: f, title: T, on: 2027-01-05, at: 600}
)"));
  CHECK(lines(r) ==
        Lines{"7:48: wrong-type: 'every' must be an interval like '2 weeks' (days, weeks, months, quarters or "
              "years), or one on weekdays like 'week on monday', not '1 qarter'; did you mean '1 quarter'?",
              "8:48: wrong-type: 'every: week on funday' names 'funday', which is not a weekday (monday … "
              "sunday); did you mean 'sunday'?",
              "9:48: wrong-type: 'every: month on friday' does not say which friday of the month: write "
              "'every: month on first friday' (first, second, third, fourth or last), or 'every: week on "
              "friday' for every friday",
              "10:65: wrong-type: 'except' takes days (2027-04-10) and ranges of days (2027-08-01..2027-08-31), "
              "written YYYY-MM-DD and real, not '2027-02-30'",
              "10:77: wrong-type: 'except' range '2027-03-10..2027-03-01' ends before it starts; write the "
              "earlier day first",
              "10:101: wrong-type: 'except' takes days (2027-04-10) and ranges of days (2027-08-01..2027-08-31), "
              "written YYYY-MM-DD and real, not 'soon'",
              "11:43: wrong-type: 'at' must be a time of day on the 24-hour clock, like \"10:00\" or \"18:30\" "
              "(quoted), not '25:00'",
              "11:62: wrong-type: 'duration' must be a duration like 45m, 90m, 1h30m or 2h (at most 7 days), "
              "not 'forever'",
              "12:43: wrong-type: 'at' must be a time of day on the 24-hour clock, like \"10:00\" or \"18:30\" "
              "(quoted), not '600'"});
}

TEST_CASE("recurrence fields: at: needs a timezone and one day; duration: needs at:") {
  LoadResult r = load(plan("", R"(  - {id: a, title: T, on: 2027-01-05, at: "10:00"}
  - {id: b, title: T, on: 2027-01-05, duration: 2h}
  - {id: c, title: T, from: 2027-01-05, to: 2027-01-09, at: "10:00"}
  - {id: d, title: T, from: 2027-01-05, to: 2027-01-09, every: 1 day, at: "10:00"}
)"));
  CHECK(lines(r) ==
        Lines{"6:43: missing-field: tactic 'a' happens 'at: 10:00', but the plan names no 'timezone:' to read "
              "the time in; add one to the plan, such as 'timezone: Europe/Paris'",
              "7:49: missing-field: tactic 'b' lasts 'duration: 2h' but has no 'at:' time to start at; add 'at: "
              "\"10:00\"', or drop 'duration:' for an all-day tactic",
              "8:61: missing-field: tactic 'c' happens 'at: 10:00', but the plan names no 'timezone:' to read "
              "the time in; add one to the plan, such as 'timezone: Europe/Paris'",
              "8:61: wrong-type: tactic 'c' runs from 2027-01-05 to 2027-01-09, so 'at: 10:00' has no one day "
              "to happen on; use 'on:' for a one-day event, or 'every:' for the same time on each day",
              "9:75: missing-field: tactic 'd' happens 'at: 10:00', but the plan names no 'timezone:' to read "
              "the time in; add one to the plan, such as 'timezone: Europe/Paris'"});
}

TEST_CASE("timezone: an unknown zone gets a did-you-mean; no database is said plainly") {
  LoadResult r = load(plan("timezone: Europe/Pariss\n", ""));
  CHECK(lines(r) == Lines{"5:11: unknown-reference: 'timezone: Europe/Pariss' is not a time zone of the tz "
                          "database; write an IANA name such as Europe/Paris, America/New_York or UTC; did you "
                          "mean 'Europe/Paris'?"});
  const char* old = std::getenv("TZDIR");
  std::string saved = old ? old : "";
  setenv("TZDIR", "/nonexistent/zoneinfo", 1);
  LoadResult none = load(plan("timezone: Asia/Kolkata\n", ""));
  if (old) setenv("TZDIR", saved.c_str(), 1);
  else unsetenv("TZDIR");
  CHECK(lines(none) == Lines{"5:11: unknown-reference: cannot check 'timezone: Asia/Kolkata': there is no time "
                             "zone database in /nonexistent/zoneinfo (install Debian's tzdata package, or set "
                             "TZDIR)"});
}

}  // namespace strat::test

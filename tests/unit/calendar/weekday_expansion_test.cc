// The calendar expands weekday recurrences, skips except: days, and times timed tactics in the
// plan's zone; a range entered mid-recurrence keeps the indexes check counts.
#include "calendar/calendar_test_util.h"

namespace strat::test {

TEST_CASE("calendar: weekdays and except, clipped by a range with indexes kept") {
  // Sundays of March and April 2027 less 03-14 and 04-01..04-15: 03-07, 03-21, 03-28, 04-18, 04-25.
  std::string t = "  - {id: s, title: S, goal: g1, owner: a, from: 2027-03-01, to: 2027-04-30, every: week on sunday, "
                  "except: [2027-03-14, 2027-04-01..2027-04-15]}\n";
  CHECK(expand(t, days("2027-03-15", "2027-04-20")) ==
        "2027-03-21 2027-03-21 day s 1/5\n"
        "2027-03-28 2027-03-28 day s 2/5\n"
        "2027-04-18 2027-04-18 day s 3/5\n");
  CHECK(expand("  - {id: m, title: M, goal: g1, owner: a, from: 2027-01-01, to: 2027-04-30, every: month on last friday}\n",
               days("2027-02-01", "2027-03-31")) ==
        "2027-02-26 2027-02-26 day m 1/4\n"
        "2027-03-26 2027-03-26 day m 2/4\n");
  // A range that falls wholly inside skipped days holds nothing.
  CHECK(expand(t, days("2027-04-01", "2027-04-15")) == "");
}

TEST_CASE("calendar: a timed tactic keeps its local day and gets UTC instants across daylight saving") {
  std::string plan = cal_plan(
      "  - {id: w, title: Webinar, goal: g1, owner: a, from: 2027-03-22, to: 2027-04-05, every: week on monday, "
      "at: \"10:00\", duration: 1h30m}\n"
      "  - {id: day, title: Day, goal: g1, owner: a, on: 2027-03-22}\n",
      "timezone: Europe/Paris\n");
  CalendarOptions o;
  o.range = days("2027-03-01", "2027-04-30");
  o.milestones = false;
  Workspace ws = cal_workspace(plan);
  Calendar cal = build_calendar(ws, o);
  REQUIRE(cal.occurrences.size() == 4);
  const Occurrence& before = cal.occurrences[0];
  CHECK(before.tactic->id == "w");
  CHECK(local_times(*before.tactic) == "10:00-11:30");
  CHECK(iso_utc(utc_span(*before.tactic, before.start)->start) == "2027-03-22T09:00:00Z");
  CHECK(iso_utc(utc_span(*before.tactic, before.start)->end) == "2027-03-22T10:30:00Z");
  const Occurrence& after = cal.occurrences[2];
  CHECK(after.start.str() == "2027-03-29");
  CHECK(iso_utc(utc_span(*after.tactic, after.start)->start) == "2027-03-29T08:00:00Z");
  const Occurrence& all_day = cal.occurrences[1];
  CHECK(all_day.tactic->id == "day");
  CHECK_FALSE(utc_span(*all_day.tactic, all_day.start));
  CHECK(local_times(*all_day.tactic) == "");
}

}  // namespace strat::test

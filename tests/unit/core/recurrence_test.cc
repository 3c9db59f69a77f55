// Recurrence: counting without listing, and month steps that keep the day of the month.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "recurrence_test_util.h"

using namespace strat;
using strat::test::days;
using strat::test::rec;

TEST_CASE("day and week steps include both ends when they fall on them") {
  CHECK(rec("2027-01-01", "2027-01-01", "1 day").count() == 1);
  CHECK(rec("2027-01-01", "2027-01-31", "1 day").count() == 31);
  CHECK(rec("2027-01-04", "2027-12-27", "1 week").count() == 52);
  CHECK(rec("2027-01-04", "2027-12-26", "1 week").count() == 51);
  CHECK(days(rec("2027-01-01", "2027-01-20", "1 week")) ==
        std::vector<std::string>{"2027-01-01", "2027-01-08", "2027-01-15"});
  CHECK(rec("2000-01-01", "2099-12-31", "1 day").count() == 36525);
}

TEST_CASE("month steps count from the first day, not from the clamped one before") {
  CHECK(days(rec("2027-01-31", "2027-05-31", "1 month")) ==
        std::vector<std::string>{"2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"});
  CHECK(rec("2027-01-31", "2027-02-27", "1 month").count() == 1);  // Feb 28 is past the end
  CHECK(rec("2027-01-31", "2027-02-28", "1 month").count() == 2);
  CHECK(rec("2024-02-29", "2032-02-29", "1 year").count() == 9);  // Feb 28 in the years between
  CHECK(rec("2027-01-15", "2027-12-31", "3 months").count() == 4);
}

TEST_CASE("an end before the start, and the widest range, give no surprises") {
  CHECK(rec("2027-02-01", "2027-01-01", "1 day").count() == 0);
  CHECK(rec("0001-01-01", "9999-12-31", "1 day").count() == 3652059);
  CHECK(rec("0001-01-01", "9999-12-31", "9999 years").count() == 1);
  int seen = 0;
  rec("0001-01-01", "9999-12-31", "1 day").each([&](Date) { return ++seen < 3; });
  CHECK(seen == 3);  // stopped early
}

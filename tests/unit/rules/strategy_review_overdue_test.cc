#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("strategy-review-overdue: fires the day after the review was due") {
  // Reviewed 2026-09-15, every 6 months: due on 2027-03-15.
  Files files{{"strategy.yaml", std::string(kStrategy)}};
  CHECK(check("strategy-review-overdue", files, Date::from_ymd(2027, 3, 16)) ==
        "strategy.yaml:3:11: warning: strategy 'Clinic strategy' was due for review on "
        "2027-03-15: last reviewed on 2026-09-15, to be reviewed every 6 months "
        "{Clinic strategy}\n");
}

TEST_CASE("strategy-review-overdue: the default interval is 12 months") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
reviewed: 2025-06-30
)"}};
  CHECK(check("strategy-review-overdue", files, Date::from_ymd(2026, 7, 1)) ==
        "strategy.yaml:3:11: warning: strategy 'S' was due for review on 2026-06-30: last "
        "reviewed on 2025-06-30, to be reviewed every 12 months {S}\n");
  CHECK(check("strategy-review-overdue", files, Date::from_ymd(2026, 6, 30)) == "");
}

TEST_CASE("strategy-review-overdue: silent on the due day and without a review date") {
  CHECK(check("strategy-review-overdue", clean_files(), Date::from_ymd(2027, 3, 15)) == "");
  Files files{{"strategy.yaml", "kind: strategy\nname: S\n"}};
  CHECK(check("strategy-review-overdue", files, Date::from_ymd(2040, 1, 1)) == "");
}

}  // namespace strat::test

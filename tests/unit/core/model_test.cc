#include <doctest/doctest.h>

#include "load/fields.h"
#include "strat/model.h"

using namespace strat;

TEST_CASE("money is written exactly, negative amounts included") {
  CHECK(Money{120000}.str() == "1200");
  CHECK(Money{9950}.str() == "99.50");
  CHECK(Money{5}.str() == "0.05");
  CHECK(Money{-150}.str() == "-1.50");
  CHECK(Money{-5}.str() == "-0.05");
  CHECK(Money{-300}.str() == "-3");
  CHECK(Money::parse("99.5")->cents == 9950);
}

TEST_CASE("status names: one spelling, the loader's table and the model's agree") {
  for (size_t i = 0; i < std::size(load::kStatuses); ++i) {
    CHECK(to_string(Status(i)) == load::kStatuses[i]);
    CHECK(parse_status(load::kStatuses[i]) == Status(i));
  }
  CHECK_FALSE(parse_status("Done"));
  CHECK_FALSE(parse_status(""));
}

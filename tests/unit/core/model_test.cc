#include <doctest/doctest.h>

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

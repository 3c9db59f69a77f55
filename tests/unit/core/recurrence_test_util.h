// Shared by the recurrence tests: a Recurrence from text, and the days it lists.
#pragma once

#include <string>
#include <vector>

#include "strat/recurrence.h"

namespace strat::test {

/// from..to every `every` ("1 month", "week on sunday"), less `except`.
inline Recurrence rec(const char* from, const char* to, const char* every, std::vector<DaySpan> except = {}) {
  Recurrence r{*Date::parse(from), *Date::parse(to), *Every::parse(every), std::move(except)};
  r.normalize();
  return r;
}

/// The days each() lists, as YYYY-MM-DD.
inline std::vector<std::string> days(const Recurrence& r) {
  std::vector<std::string> out;
  r.each([&](Date d) {
    out.push_back(d.str());
    return true;
  });
  return out;
}

}  // namespace strat::test

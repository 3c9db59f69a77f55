// libFuzzer target: the small parsers of user text: dates, intervals, globs, JSON escaping,
// and recurrence counting. The input is split at its first NUL into a pattern and a text for
// glob_match.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "strat/config.h"
#include "strat/date.h"
#include "strat/format.h"
#include "strat/recurrence.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto d = strat::Date::parse(in)) {
    // A date that parses prints back as itself.
    if (d->str() != in) __builtin_trap();
    (void)d->weekday();
  }
  if (auto i = strat::Interval::parse(in)) {
    (void)i->str();
    for (const char* date : {"0001-01-01", "2027-01-31", "9999-12-31"}) (void)i->after(*strat::Date::parse(date));
    // The counted occurrences are exactly those on or before `to`: the last one counted is
    // not after it, the next one is.
    strat::Date from = *strat::Date::parse("2024-01-31"), to = *strat::Date::parse("2031-02-28");
    strat::Recurrence rec{from, to, *i};
    int64_t n = rec.count();
    if (n < 1 || rec.nth(n - 1) > to || rec.nth(n) <= to) __builtin_trap();
  }
  (void)strat::json_escape(in);
  size_t nul = in.find('\0');
  if (nul != std::string_view::npos) (void)strat::glob_match(in.substr(0, nul), in.substr(nul + 1));
  else (void)strat::is_glob(in);
  return 0;
}

#include "strat/time_of_day.h"

#include <charconv>

#include <fmt/format.h>

namespace strat {

namespace {

/// Reads the digits at the front of `s` (1 to `max_digits` of them) and drops them.
std::optional<int> take_number(std::string_view& s, size_t max_digits) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > max_digits) return std::nullopt;
  int v = 0;
  std::from_chars(s.data(), s.data() + n, v);
  s.remove_prefix(n);
  return v;
}

}  // namespace

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text) {
  auto h = take_number(text, 2);
  if (!h || text.size() != 3 || text[0] != ':') return std::nullopt;
  text.remove_prefix(1);
  auto m = take_number(text, 2);
  if (!m || *h > 23 || *m > 59) return std::nullopt;
  return TimeOfDay{*h * 60 + *m};
}

std::string TimeOfDay::str() const { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

std::optional<Minutes> Minutes::parse(std::string_view text) {
  int total = 0;
  bool hours = false, mins = false;
  while (!text.empty()) {
    auto n = take_number(text, 5);
    if (!n || text.empty()) return std::nullopt;
    char unit = text[0];
    text.remove_prefix(1);
    if (unit == 'h' && !hours && !mins) {
      hours = true;
      total += *n * 60;
    } else if (unit == 'm' && !mins) {
      mins = true;
      total += *n;
    } else {
      return std::nullopt;
    }
    if (!text.empty() && text[0] == ' ') text.remove_prefix(1);
    if (total > 7 * 24 * 60) return std::nullopt;
  }
  if (total == 0) return std::nullopt;
  return Minutes{total};
}

std::string Minutes::str() const {
  int h = value / 60, m = value % 60;
  if (h == 0) return fmt::format("{}m", m);
  return m == 0 ? fmt::format("{}h", h) : fmt::format("{}h{}m", h, m);
}

}  // namespace strat

#include "strat/date.h"

#include <charconv>
#include <ctime>

#include <fmt/format.h>

#include "strat/text.h"

namespace strat {

namespace chr = std::chrono;

namespace {

chr::year_month_day ymd_of(int days) { return chr::year_month_day{chr::sys_days{chr::days{days}}}; }

bool parse_digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

}  // namespace

std::optional<Date> Date::parse(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!parse_digits(iso.substr(0, 4), y) || !parse_digits(iso.substr(5, 2), m) ||
      !parse_digits(iso.substr(8, 2), d) || y < 1)
    return std::nullopt;
  chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                          chr::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(chr::sys_days{ymd}.time_since_epoch().count());
}

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  return Date(chr::sys_days{chr::year{y} / chr::month{m} / chr::day{d}}.time_since_epoch().count());
}

Date Date::today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                  static_cast<unsigned>(local.tm_mday));
}

int Date::year() const { return static_cast<int>(ymd_of(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(days_).day()); }

unsigned Date::weekday() const {
  return chr::weekday{chr::sys_days{chr::days{days_}}}.iso_encoding() - 1;
}

Date Date::plus_days(int n) const { return Date(days_ + n); }

Date Date::plus_months(int n) const {
  chr::year_month_day ymd = ymd_of(days_);
  chr::year_month ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{n};
  chr::day last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
  chr::day d = ymd.day() > last ? last : ymd.day();
  return Date(chr::sys_days{ym / d}.time_since_epoch().count());
}

std::string Date::str() const {
  chr::year_month_day ymd = ymd_of(days_);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::optional<Interval> Interval::parse(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  int count = 0;
  // At most 9999 of a unit, so that dates stay far from overflowing.
  if (digits == 0 || digits > 4 || !parse_digits(text.substr(0, digits), count) || count == 0)
    return std::nullopt;
  std::string_view rest = text.substr(digits);
  size_t spaces = rest.find_first_not_of(' ');
  if (spaces == 0 || spaces == std::string_view::npos) return std::nullopt;
  rest.remove_prefix(spaces);
  if (rest.ends_with('s')) rest.remove_suffix(1);
  static constexpr std::pair<std::string_view, Unit> kUnits[] = {
      {"day", Unit::day}, {"week", Unit::week}, {"month", Unit::month}, {"year", Unit::year}};
  for (auto [name, unit] : kUnits)
    if (rest == name) return Interval{count, unit};
  if (rest == "quarter") return Interval{3 * count, Unit::month};  // a quarter is 3 months
  return std::nullopt;
}

std::optional<std::string> Interval::suggest(std::string_view text) {
  size_t digits = text.find_first_not_of("0123456789");
  if (digits == std::string_view::npos) return std::nullopt;
  std::string_view number = text.substr(0, digits), word = text.substr(digits);
  size_t start = word.find_first_not_of(' ');
  if (start == std::string_view::npos) return std::nullopt;
  word.remove_prefix(start);
  auto unit = did_you_mean(word, {"day", "days", "week", "weeks", "month", "months", "quarter", "quarters",
                                  "year", "years"});
  if (!unit) return std::nullopt;
  std::string name = unit->ends_with('s') ? unit->substr(0, unit->size() - 1) : *unit;
  if (!number.empty() && number.find_first_not_of('0') != std::string_view::npos &&
      number.substr(number.find_first_not_of('0')) != "1")
    name += 's';
  std::string fixed = number.empty() ? name : fmt::format("{} {}", number, name);
  return (number.empty() || parse(fixed)) ? std::optional<std::string>(fixed) : std::nullopt;
}

Date Interval::after(Date d, int times) const {
  int n = count * times;
  switch (unit) {
    case Unit::day: return d.plus_days(n);
    case Unit::week: return d.plus_days(7 * n);
    case Unit::month: return d.plus_months(n);
    case Unit::year: return d.plus_months(12 * n);
  }
  return d;
}

std::string Interval::str() const {
  static constexpr std::string_view kNames[] = {"day", "week", "month", "year"};
  return fmt::format("{} {}{}", count, kNames[static_cast<int>(unit)], count == 1 ? "" : "s");
}

}  // namespace strat

// Calendar dates and intervals ("2 weeks"), with no time of day and no time zone.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace strat {

/// A civil date in the proleptic Gregorian calendar, years 1..9999.
class Date {
 public:
  Date() = default;
  static std::optional<Date> parse(std::string_view iso);  ///< strict YYYY-MM-DD
  static Date from_ymd(int y, unsigned m, unsigned d);       ///< y/m/d must be valid
  static Date today();                                       ///< the system's local date
  static Date min() { return from_ymd(1, 1, 1); }
  static Date max() { return from_ymd(9999, 12, 31); }

  int year() const;
  unsigned month() const;
  unsigned day() const;
  unsigned weekday() const;  ///< 0 = Monday … 6 = Sunday (ISO order)
  int days() const { return days_; }  ///< days since 1970-01-01

  Date plus_days(int n) const;
  Date plus_months(int n) const;  ///< clamps the day: Jan 31 + 1 month = Feb 28/29
  std::string str() const;        ///< YYYY-MM-DD

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit Date(int days) : days_(days) {}
  int days_ = 0;
};

/// A length of time as marketers write it: "6 months", "1 week", "10 days", "1 year";
/// "1 quarter" is read as 3 months.
struct Interval {
  enum class Unit { day, week, month, year };
  int count = 0;
  Unit unit = Unit::day;

  static std::optional<Interval> parse(std::string_view text);
  /// For a misspelt unit ("2 qarters"), the text with the nearest unit ("2 quarters").
  static std::optional<std::string> suggest(std::string_view text);
  Date after(Date d, int times = 1) const;  ///< d moved forward `times` intervals
  std::string str() const;
  friend bool operator==(const Interval&, const Interval&) = default;
};

}  // namespace strat

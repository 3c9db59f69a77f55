#include "strat/recurrence.h"

#include "strat/model.h"

namespace strat {

namespace {

/// The step in days (day and week units) or in months (month and year units).
int64_t step(const Interval& every) {
  switch (every.unit) {
    case Interval::Unit::day: return every.count;
    case Interval::Unit::week: return 7 * int64_t{every.count};
    case Interval::Unit::month: return every.count;
    case Interval::Unit::year: return 12 * int64_t{every.count};
  }
  return 1;
}

bool in_months(const Interval& every) {
  return every.unit == Interval::Unit::month || every.unit == Interval::Unit::year;
}

}  // namespace

int64_t Recurrence::count() const {
  if (to < from || every.count <= 0) return 0;
  int64_t s = step(every);
  if (!in_months(every)) return (int64_t{to.days()} - from.days()) / s + 1;
  int64_t months = (int64_t{to.year()} - from.year()) * 12 + (int64_t{to.month()} - from.month());
  int64_t k = months / s;
  if (nth(k) > to) --k;  // the day of the month comes after to's in the last month
  return k + 1;
}

Date Recurrence::nth(int64_t k) const {
  int64_t n = k * step(every);
  return in_months(every) ? from.plus_months(static_cast<int>(n)) : from.plus_days(static_cast<int>(n));
}

std::optional<Recurrence> tactic_recurrence(const Tactic& t, const Tactic* parent, const Plan& plan) {
  if (!t.every || !t.span.from) return std::nullopt;
  std::optional<Date> end;
  if (t.span.to) end = t.span.to->value;
  else if (parent && parent->last_day()) end = parent->last_day();
  else if (plan.period.to) end = plan.period.to->value;
  if (!end) return std::nullopt;
  return Recurrence{t.span.from->value, *end, t.every->value};
}

}  // namespace strat

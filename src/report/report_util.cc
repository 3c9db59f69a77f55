#include "report/report_util.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "strat/id.h"

namespace strat::report {

Money plus(Money a, Money b) {
  Money sum;
  if (__builtin_add_overflow(a.cents, b.cents, &sum.cents))
    sum.cents = b.cents > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
  return sum;
}

Money minus(Money a, Money b) {
  Money d;
  if (__builtin_sub_overflow(a.cents, b.cents, &d.cents))
    d.cents = b.cents > 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  return d;
}

Money share_of(Money total, int64_t k, int64_t n) {
  if (n <= 0) return {};
  k = std::clamp<int64_t>(k, 0, n);
  // total * k / n without overflow: the quotient and remainder of total / n, each times k.
  int64_t q = total.cents / n, r = total.cents % n;
  return Money{q * k + r * k / n};
}

Money shares(Money total, int64_t start, int64_t end, int64_t n) {
  return minus(share_of(total, end, n), share_of(total, start, n));
}

double ratio(Money a, Money b) {
  return b.cents == 0 ? 0.0 : static_cast<double>(a.cents) / static_cast<double>(b.cents);
}

Money committed(const Tactic& t) {
  if (t.status == Status::dropped) return {};
  if (t.budget) return t.budget->value;
  Money sum;
  for (const Tactic& c : t.tactics) sum = plus(sum, committed(c));
  return sum;
}

Money spent_total(const Tactic& t) {
  Money nested;
  for (const Tactic& c : t.tactics) nested = plus(nested, spent_total(c));
  return t.spent ? std::max(t.spent->value, nested) : nested;
}

Money own_committed(const Tactic& t) {
  Money nested;
  for (const Tactic& c : t.tactics) nested = plus(nested, committed(c));
  return std::max(Money{}, minus(committed(t), nested));
}

Money own_spent(const Tactic& t) {
  Money nested;
  for (const Tactic& c : t.tactics) nested = plus(nested, spent_total(c));
  return std::max(Money{}, minus(spent_total(t), nested));
}

bool serves(const Tactic& t, std::string_view id) {
  return std::any_of(t.goals.begin(), t.goals.end(), [&](const Ref& g) { return same_id(g.id, id); });
}

TacticsByGoal::TacticsByGoal(const std::vector<Tactic>& tactics) {
  for_each_tactic(tactics, [&](const Tactic& t, const Tactic* parent) {
    for (auto g = t.goals.begin(); g != t.goals.end(); ++g)
      if (std::none_of(t.goals.begin(), g, [&](const Ref& earlier) { return same_id(earlier.id, g->id); }))
        by_goal_[id_key(g->id)].push_back({&t, parent});
  });
}

const std::vector<Placed>& TacticsByGoal::of(std::string_view id) const {
  static const std::vector<Placed> kNone;
  auto it = by_goal_.find(id_key(id));
  return it == by_goal_.end() ? kNone : it->second;
}

bool selected(const Tactic& t, const ReportOptions& options) {
  auto owns = [&](const std::string& o) { return t.owner && same_id(t.owner->id, o); };
  if (!options.owners.empty() && std::none_of(options.owners.begin(), options.owners.end(), owns)) return false;
  return options.goals.empty() ||
         std::any_of(options.goals.begin(), options.goals.end(), [&](const std::string& g) { return serves(t, g); });
}

bool goal_selected(std::string_view id, const ReportOptions& options) {
  return options.goals.empty() ||
         std::any_of(options.goals.begin(), options.goals.end(), [&](const std::string& g) { return same_id(g, id); });
}

std::string_view direction_name(Direction d) { return d == Direction::down ? "down" : "up"; }

std::string_view tactic_label(const Tactic& t) { return t.title.empty() ? t.id : t.title; }

std::string money_text(Money m, std::string_view currency) {
  std::string digits = m.str();
  bool negative = m.cents < 0;
  if (negative) digits.erase(0, 1);
  size_t point = digits.find('.');
  size_t whole = point == std::string::npos ? digits.size() : point;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && i < whole && (whole - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (negative) out.insert(0, "-");
  return currency.empty() ? out : std::string(currency) + " " + out;
}

std::string percent(double share) {
  if (!std::isfinite(share)) return "-";
  return fmt::format("{}%", static_cast<long long>(std::llround(share * 100)));
}

std::string number_text(double x) {
  if (!std::isfinite(x)) return "-";
  double r = std::round(x * 10) / 10;
  if (r == std::trunc(r) && std::fabs(r) < 1e15) return fmt::format("{}", static_cast<long long>(r));
  return fmt::format("{:.1f}", r);
}

std::string status_text(const TraceTactic& t) {
  std::string out(to_string(t.status));
  if (!t.dropped_because.empty()) {
    out += ": ";
    out += t.dropped_because;
  }
  return out;
}

std::string kpi_label(const KpiPace& k) { return k.tactic.empty() ? k.id : k.id + " (" + k.tactic + ")"; }

}  // namespace strat::report

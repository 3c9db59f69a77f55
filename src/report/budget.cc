// The budget section: commitments and spending, spread over the days (or occurrences) of each
// tactic by month, the burn rate against the period elapsed, breakdowns and overruns.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "report/report_util.h"
#include "strat/recurrence.h"
#include "strat/id.h"

namespace strat {

using report::plus;

namespace {

std::string month_key(Date d) { return fmt::format("{:04}-{:02}", d.year(), d.month()); }

Date month_start(Date d) { return Date::from_ymd(d.year(), d.month(), 1); }

/// Adds `amount` spread over the tactic's days, or its occurrences when it recurs, to the
/// months in `months`, and the part that falls on or before today to `to_date`.
class Spreader {
 public:
  Spreader(const Plan& plan, Date today, std::map<std::string, Money>& months, Money& to_date)
      : plan_(plan), today_(today), months_(months), to_date_(to_date) {}

  void add(const Tactic& t, const Tactic* parent, Money amount) {
    if (amount.cents == 0) return;
    if (auto rec = tactic_recurrence(t, parent, plan_); rec && rec->count() > 0) {
      spread_occurrences(*rec, amount);
      return;
    }
    std::optional<Date> first = t.first_day(), last = t.last_day();
    if (first && !last) last = plan_.period.to && plan_.period.to->value >= *first ? plan_.period.to->value : *first;
    if (!first && last) first = last;
    if (!first || *last < *first) {  // undated, or a range check reports as reversed
      months_[""] = plus(months_[""], amount);
      return;
    }
    spread_days(*first, *last, amount);
  }

 private:
  void spread_days(Date first, Date last, Money amount) {
    int64_t n = last.days() - first.days() + 1;
    int64_t done = 0;
    for (Date m = month_start(first); m <= last; m = m.plus_months(1)) {
      Date a = std::max(m, first), b = std::min(m.plus_months(1).plus_days(-1), last);
      int64_t upto = done + (b.days() - a.days() + 1);
      put(month_key(m), report::shares(amount, done, upto, n));
      done = upto;
    }
    int64_t elapsed = std::clamp<int64_t>(today_.days() - first.days() + 1, 0, n);
    to_date_ = plus(to_date_, report::share_of(amount, elapsed, n));
  }

  void spread_occurrences(const Recurrence& rec, Money amount) {
    int64_t n = rec.count(), start = 0, elapsed = 0;
    std::string key = month_key(rec.nth(0));
    for (int64_t k = 0; k < n; ++k) {
      Date d = rec.nth(k);
      if (d <= today_) elapsed = k + 1;
      if (std::string here = month_key(d); here != key) {
        put(key, report::shares(amount, start, k, n));
        key = here;
        start = k;
      }
    }
    put(key, report::shares(amount, start, n, n));
    to_date_ = plus(to_date_, report::share_of(amount, elapsed, n));
  }

  void put(const std::string& key, Money m) { months_[key] = plus(months_[key], m); }

  const Plan& plan_;
  Date today_;
  std::map<std::string, Money>& months_;
  Money& to_date_;
};

/// Adds to the row `key` of a breakdown.
void tally(std::map<std::string, BudgetRow>& rows, const std::string& key, Money allocated, Money spent) {
  BudgetRow& row = rows[key];
  row.key = key;
  row.allocated = plus(row.allocated, allocated);
  row.spent = plus(row.spent, spent);
}

/// The rows, most allocated first (then most spent, then by key), with labels.
template <class Label>
std::vector<BudgetRow> ranked(std::map<std::string, BudgetRow>& rows, Label label) {
  std::vector<BudgetRow> out;
  for (auto& [key, row] : rows) {
    row.label = label(key);
    out.push_back(row);
  }
  std::stable_sort(out.begin(), out.end(), [](const BudgetRow& a, const BudgetRow& b) {
    if (a.allocated != b.allocated) return a.allocated > b.allocated;
    return a.spent > b.spent;
  });
  return out;
}

}  // namespace

Budget build_budget(const Plan& plan, const ReportOptions& options) {
  Budget b;
  bool filtered = !options.owners.empty() || !options.goals.empty();
  if (plan.budget && !filtered) b.plan_budget = plan.budget->value;
  std::map<std::string, BudgetRow> goals, channels, owners;
  std::map<std::string, Money> months;
  Spreader spreader(plan, options.today, months, b.planned_to_date);

  for_each_tactic(plan.tactics, [&](const Tactic& t, const Tactic* parent) {
    if (!report::selected(t, options)) return;
    Money own = report::own_committed(t), own_spent = report::own_spent(t);
    b.allocated = plus(b.allocated, own);
    b.spent = plus(b.spent, own_spent);
    spreader.add(t, parent, own);
    // A tactic serving several goals shares its money evenly among them, to the cent.
    int64_t n = static_cast<int64_t>(t.goals.size());
    if (n == 0) tally(goals, "", own, own_spent);
    for (int64_t k = 0; k < n; ++k)
      tally(goals, id_key(t.goals[k].id),
            report::shares(own, k, k + 1, n), report::shares(own_spent, k, k + 1, n));
    tally(channels, t.channel ? id_key(t.channel->id) : "", own, own_spent);
    tally(owners, t.owner ? id_key(t.owner->id) : "", own, own_spent);
    Money total_spent = report::spent_total(t);
    if (t.budget && total_spent > t.budget->value)
      b.overruns.push_back({t.id, report::tactic_label(t), t.budget->value, total_spent});
  });

  const Strategy* s = plan.strategy.get();
  b.by_goal = ranked(goals, [&](const std::string& id) {
    const Goal* g = s ? s->find_goal(id) : nullptr;
    return g && !g->title.empty() ? g->title : id;
  });
  b.by_channel = ranked(channels, [&](const std::string& id) {
    const Channel* c = s ? s->find_channel(id) : nullptr;
    return c && !c->title.empty() ? c->title : id;
  });
  b.by_owner = ranked(owners, [&](const std::string& id) {
    const TeamMember* m = plan.find_member(id);
    return m && !m->name.empty() ? m->name : id;
  });
  for (auto& [key, amount] : months)
    if (!key.empty()) b.by_month.push_back({key, key, amount, {}});
  if (auto it = months.find(""); it != months.end()) b.by_month.push_back({"", "", it->second, {}});

  Money base = b.plan_budget ? *b.plan_budget : b.allocated;
  b.remaining = report::minus(base, b.spent);
  b.spent_share = report::ratio(b.spent, base);
  b.over_allocated = b.plan_budget && b.allocated > *b.plan_budget;
  if (b.plan_budget && b.spent > *b.plan_budget)
    b.overruns.insert(b.overruns.begin(), {"", plan.name, *b.plan_budget, b.spent});
  if (plan.period.from && plan.period.to && plan.period.from->value <= plan.period.to->value) {
    int64_t n = plan.period.to->value.days() - plan.period.from->value.days() + 1;
    int64_t gone = std::clamp<int64_t>(options.today.days() - plan.period.from->value.days() + 1, 0, n);
    b.elapsed_share = static_cast<double>(gone) / static_cast<double>(n);
  }
  return b;
}

}  // namespace strat

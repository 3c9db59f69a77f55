// What the report's sections share: which tactics a report looks at, and exact money sums.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "strat/model.h"
#include "strat/report.h"

namespace strat::report {

/// a + b, stopping at the largest amount instead of overflowing.
Money plus(Money a, Money b);
/// a − b, stopping at the smallest amount instead of overflowing.
Money minus(Money a, Money b);
/// The first `k` of `n` equal shares of `total`, in whole cents: the shares differ by at most
/// one cent and the n shares sum to `total` exactly.
Money share_of(Money total, int64_t k, int64_t n);
/// Shares start..end (of n equal shares) of `total`: share_of(total, end) − share_of(total, start).
Money shares(Money total, int64_t start, int64_t end, int64_t n);
/// a ÷ b as a double; 0 when b is 0.
double ratio(Money a, Money b);

/// What a tactic commits: dropped 0, else its budget, else what its nested tactics commit.
Money committed(const Tactic& t);
/// What it has spent: the larger of its `spent:` and what its nested tactics spent.
Money spent_total(const Tactic& t);
/// The parts of committed() and spent_total() that are the tactic's own, beyond its nested
/// tactics' (never negative): the unit the breakdowns count, so that sums stay exact.
Money own_committed(const Tactic& t);
Money own_spent(const Tactic& t);

/// Whether a tactic passes --owner and --goal.
bool selected(const Tactic& t, const ReportOptions& options);
/// Whether goal `id` passes --goal (any of them; all when none is given).
bool goal_selected(std::string_view id, const ReportOptions& options);
/// Whether it serves goal `id`.
bool serves(const Tactic& t, std::string_view id);

/// A tactic and the one it is nested in (null at the top level).
struct Placed {
  const Tactic* tactic;
  const Tactic* parent;
};
/// The tactics of a plan (nested ones too, depth first, as for_each_tactic walks them) under
/// the id_key() of each goal they serve, once per goal: one walk for every goal, so that a
/// section is linear in goals + tactics rather than their product.
class TacticsByGoal {
 public:
  explicit TacticsByGoal(const std::vector<Tactic>& tactics);
  /// The tactics serving goal `id`, in walk order.
  const std::vector<Placed>& of(std::string_view id) const;

 private:
  std::unordered_map<std::string, std::vector<Placed>> by_goal_;
};

/// "up", "down".
std::string_view direction_name(Direction d);

/// A traced tactic's status, with the reason it was dropped: "dropped: low reach".
std::string status_text(const TraceTactic& t);
/// A KPI as the pace section names it: its id, and a tactic's KPI its tactic: "ctr (ads)".
std::string kpi_label(const KpiPace& k);
/// The order the text, Markdown and HTML reports walk a report in: each plan's header, the
/// sections asked for, its timeline (where the format draws one) before the tree, then the
/// run's health. `Page` has a member for each step (and declares walk a friend).
template <class Page>
void walk(const Report& r, const ReportRender& o, Page& page) {
  for (const PlanReport& p : r.plans) {
    page.header(p);
    if (o.shows(ReportSection::budget)) page.budget(p);
    if (o.shows(ReportSection::kpis)) page.kpis(p);
    if (o.shows(ReportSection::agenda)) page.agenda(p.agenda);
    page.timeline(p);
    if (o.shows(ReportSection::traceability)) page.traceability(p);
  }
  if (o.shows(ReportSection::health)) page.health(r.health);
}

/// The title of `t`, else its id (a view of the model's text).
std::string_view tactic_label(const Tactic& t);

/// Money for people: "ILS 65,000", "1,200.50" (no currency), "-300".
std::string money_text(Money m, std::string_view currency = {});
/// A share as a whole percentage: 0.477 → "48%".
std::string percent(double share);
/// A KPI value: whole numbers as they are, others to one decimal ("76.1").
std::string number_text(double x);

}  // namespace strat::report

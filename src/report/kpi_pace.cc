// The KPI pace section: progress since the baseline against the straight line from the
// baseline (on the baseline date) to the target (on the due date), judged by thresholds.
#include <algorithm>
#include <optional>
#include <unordered_map>

#include "report/report_util.h"
#include "strat/id.h"

namespace strat {

namespace {

double days_between(Date a, Date b) { return static_cast<double>(b.days() - a.days()); }

/// Calls fn(tactic) for every tactic neither dropped nor inside a dropped one, depth first.
template <class Fn>
void for_each_live(const std::vector<Tactic>& tactics, const Fn& fn) {
  for (const Tactic& t : tactics) {
    if (t.status == Status::dropped) continue;
    fn(t);
    for_each_live(t.tactics, fn);
  }
}

}  // namespace

KpiPace kpi_pace(const Kpi& kpi, Date baseline_date, const ReportOptions& options) {
  KpiPace p;
  p.id = kpi.id;
  p.metric = kpi.metric;
  p.unit = kpi.unit;
  p.direction = kpi.direction;
  if (kpi.baseline) p.baseline = kpi.baseline->value;
  if (kpi.target) p.target = kpi.target->value;
  if (kpi.actual) p.actual = kpi.actual->value;
  if (kpi.due) p.due = kpi.due->value;
  p.baseline_date = baseline_date;
  p.measured = kpi.measured ? kpi.measured->value : options.today;
  p.age_days = options.today.days() - p.measured.days();
  p.stale = kpi.actual && p.age_days > options.stale_after_days;

  if (!p.baseline) p.missing = "baseline";
  else if (!p.target) p.missing = "target";
  else if (!p.due) p.missing = "due";
  else if (!p.actual) p.missing = "actual";
  else if (*p.target == *p.baseline) p.missing = "a target other than the baseline";
  else if (*p.due <= baseline_date) p.missing = "a due date after " + baseline_date.str();
  if (!p.missing.empty()) return p;

  double base = *p.baseline, target = *p.target, actual = *p.actual;
  double span = days_between(baseline_date, *p.due);
  double gone = days_between(baseline_date, p.measured);
  double frac = std::clamp(gone / span, 0.0, 1.0);
  p.expected = base + (target - base) * frac;
  p.met = p.direction == Direction::down ? actual <= target : actual >= target;
  if (gone <= 0) {  // measured on or before the baseline date: no pace to judge yet
    p.pace = p.met ? Pace::on_track : Pace::early;
    return p;
  }
  p.ratio = (actual - base) / (p.expected - base);
  p.projected = p.measured < *p.due ? base + (actual - base) * (span / gone) : actual;
  if (p.met) p.pace = Pace::on_track;
  else if (p.measured > *p.due) p.pace = Pace::off_track;  // the due date passed unmet
  else if (*p.ratio >= options.on_track) p.pace = Pace::on_track;
  else if (*p.ratio < options.off_track) p.pace = Pace::off_track;
  else p.pace = Pace::at_risk;
  return p;
}

std::vector<KpiPace> build_kpi_pace(const Plan& plan, const ReportOptions& options) {
  std::vector<KpiPace> out;
  const Strategy* s = plan.strategy.get();
  if (!s) return out;
  std::optional<Date> start = s->horizon.from ? std::optional(s->horizon.from->value)
                              : plan.period.from ? std::optional(plan.period.from->value)
                                                 : std::nullopt;
  std::optional<report::TacticsByGoal> serving;  // made for the first off-track KPI
  // The live tactics with KPIs of their own, under their first goal.
  std::unordered_map<std::string, std::vector<const Tactic*>> measured_under;
  for_each_live(plan.tactics, [&](const Tactic& t) {
    if (!t.kpis.empty() && !t.goals.empty()) measured_under[id_key(t.goals.front().id)].push_back(&t);
  });
  // One KPI's pace; `within` is the tactic a tactic's KPI measures, else null.
  auto add = [&](const Goal& g, const Kpi& k, const Tactic* within) {
    std::optional<Date> from = within && within->first_day() ? within->first_day() : start;
    KpiPace p = kpi_pace(k, from.value_or(options.today), options);
    p.goal = g.id;
    if (within) p.tactic = within->id;
    if (!from && p.missing.empty()) {
      p = KpiPace{};
      p.goal = g.id, p.id = k.id, p.metric = k.metric, p.unit = k.unit;
      if (within) p.tactic = within->id;
      p.missing = "a start date (the strategy's horizon or the plan's period)";
    }
    if (p.pace == Pace::off_track) {
      auto candidate = [&](const Tactic& t) {
        if (!t.tactics.empty() || !report::selected(t, options)) return;
        if (t.status == Status::done || t.status == Status::dropped) return;
        p.candidates.push_back({t.id, report::tactic_label(t), report::committed(t), report::spent_total(t)});
      };
      if (within) {
        candidate(*within);
        for_each_tactic(within->tactics, [&](const Tactic& t, const Tactic*) { candidate(t); });
      } else {
        if (!serving) serving.emplace(plan.tactics);
        for (const report::Placed& t : serving->of(g.id)) candidate(*t.tactic);
      }
      std::stable_sort(p.candidates.begin(), p.candidates.end(), [](const auto& a, const auto& b) {
        return a.spent != b.spent ? a.spent > b.spent : a.budget > b.budget;
      });
    }
    out.push_back(std::move(p));
  };
  for (const Goal& g : s->goals) {
    if (!report::goal_selected(g.id, options)) continue;
    for (const Kpi& k : g.kpis) add(g, k, nullptr);
    // The KPIs of the live tactics whose first goal this is, under it.
    if (auto it = measured_under.find(id_key(g.id)); it != measured_under.end())
      for (const Tactic* t : it->second)
        if (report::selected(*t, options))
          for (const Kpi& k : t->kpis) add(g, k, t);
  }
  return out;
}

}  // namespace strat

// The traceability section: business objective → marketing goal → KPI, and the tactics that
// serve each goal, with dangling links left where they sit.
#include <algorithm>

#include "report/report_util.h"
#include "strat/id.h"

namespace strat {

namespace {

TraceTactic trace_tactic(const Tactic& t) {
  std::string_view because;
  if (t.status == Status::dropped && t.dropped_because) because = t.dropped_because->value;
  return {t.id, report::tactic_label(t), t.status, report::committed(t), because};
}

}  // namespace

Traceability build_traceability(const Plan& plan, const ReportOptions& options) {
  Traceability tr;
  const Strategy* s = plan.strategy.get();
  if (s) {
    const report::TacticsByGoal serving(plan.tactics);
    for (const Goal& g : s->goals) {
      if (!report::goal_selected(g.id, options)) continue;
      TraceGoal tg{g.id, g.title.empty() ? g.id : g.title, {}, {}, {}, 0, {}};
      for (const Ref& o : g.objectives)
        if (s->find_objective(o.id)) tg.objectives.push_back(o.id);
      for (const Kpi& k : g.kpis) tg.kpis.push_back(k.id);
      for (auto [tp, parent] : serving.of(g.id)) {
        const Tactic& t = *tp;
        if (!report::selected(t, options)) continue;
        ++tg.tactic_count;
        if (!parent || !report::serves(*parent, g.id) || !report::selected(*parent, options))
          tg.tactics.push_back(trace_tactic(t));
        int64_t n = static_cast<int64_t>(t.goals.size());
        auto at = std::find_if(t.goals.begin(), t.goals.end(), [&](const Ref& r) { return same_id(r.id, g.id); });
        int64_t k = at - t.goals.begin();
        tg.budget = report::plus(tg.budget, report::shares(report::own_committed(t), k, k + 1, n));
      }
      tg.tactics.shrink_to_fit();  // held to the end of the run: no spare room from its growth
      tr.goals.push_back(std::move(tg));
    }
    for (const Objective& o : s->objectives) {
      TraceObjective to{o.id, o.title.empty() ? o.id : o.title, {}};
      for (const TraceGoal& g : tr.goals)
        if (std::find(g.objectives.begin(), g.objectives.end(), o.id) != g.objectives.end())
          to.goals.push_back(g.id);
      if (options.goals.empty() || !to.goals.empty()) tr.objectives.push_back(std::move(to));
    }
  }
  if (options.goals.empty())
    for_each_tactic(plan.tactics, [&](const Tactic& t, const Tactic*) {
      if (t.goals.empty() && t.status != Status::dropped && report::selected(t, options))
        tr.without_goal.push_back(trace_tactic(t));
    });
  tr.without_goal.shrink_to_fit();
  return tr;
}

}  // namespace strat

// The impact of a change: money, dates, occurrences, goals and KPI targets.
#pragma once

#include <vector>

#include "diff/match.h"
#include "strat/diff.h"

namespace strat::diff {

/// The impact on one plan; either side may be null (a plan added or removed as a whole).
/// `p` pairs the two plans' entities (renamed tactics count as the same tactic).
PlanImpact plan_impact(const Plan* old_plan, const Plan* new_plan, const Pairing& p);

/// KPIs of a strategy pairing whose target moved.
void kpi_moves(const Pairing& p, std::vector<KpiMove>& out);

}  // namespace strat::diff

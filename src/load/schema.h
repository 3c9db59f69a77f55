// The two document kinds' readers; each reads the mapping at the cursor.
#pragma once

#include <memory>

#include "load/reader.h"
#include "strat/model.h"

namespace strat::load {

std::shared_ptr<Strategy> read_strategy_body(Reader& r);
std::shared_ptr<Plan> read_plan_body(Reader& r);
/// A `kpis:` list in the goal's KPI shape (goals, channels and tactics share it).
void read_kpis(Reader& r, std::vector<Kpi>& out);

}  // namespace strat::load

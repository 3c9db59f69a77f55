// The check function of each rule, one per file in src/rules/, listed in registry.cc.
#pragma once

#include "strat/rules.h"

namespace strat::rules {

void check_duplicate_id(const RuleContext& ctx);             ///< duplicate_id.cc
void check_unknown_reference(const RuleContext& ctx);        ///< unknown_reference.cc
void check_tactic_without_goal(const RuleContext& ctx);      ///< tactic_without_goal.cc
void check_goal_without_kpi(const RuleContext& ctx);         ///< goal_without_kpi.cc
void check_goal_without_objective(const RuleContext& ctx);   ///< goal_without_objective.cc
void check_goal_without_tactic(const RuleContext& ctx);      ///< goal_without_tactic.cc
void check_kpi_not_measurable(const RuleContext& ctx);       ///< kpi_not_measurable.cc
void check_kpi_target_wrong_direction(const RuleContext& ctx);  ///< kpi_target_wrong_direction.cc
void check_invalid_date_range(const RuleContext& ctx);       ///< invalid_date_range.cc
void check_invalid_recurrence(const RuleContext& ctx);       ///< invalid_recurrence.cc
void check_outside_period(const RuleContext& ctx);           ///< outside_period.cc
void check_kpi_due_outside_horizon(const RuleContext& ctx);  ///< kpi_due_outside_horizon.cc
void check_budget_overrun(const RuleContext& ctx);           ///< budget_overrun.cc
void check_spent_over_budget(const RuleContext& ctx);        ///< spent_over_budget.cc
void check_tactic_without_owner(const RuleContext& ctx);     ///< tactic_without_owner.cc
void check_channel_not_in_strategy(const RuleContext& ctx);  ///< channel_not_in_strategy.cc
void check_strategy_review_overdue(const RuleContext& ctx);  ///< strategy_review_overdue.cc
void check_tactic_type_typo(const RuleContext& ctx);         ///< tactic_type_typo.cc
void check_stray_dropped_because(const RuleContext& ctx);  ///< stray_dropped_because.cc

}  // namespace strat::rules

// kpi-target-wrong-direction: a KPI whose target lies on the wrong side of its baseline for its
// direction (up with a lower target, down with a higher one), or equals it: nothing to achieve.
#include <fmt/format.h>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {
namespace {

/// One KPI, wherever it is written; `whose` ends its name in messages (" of goal 'leads'").
void check_kpi_direction(const RuleContext& ctx, const SourcePtr& source, const Kpi& k,
                         const std::string& whose) {
  if (!k.baseline || !k.target) return;  // kpi-not-measurable reports a missing target
  double baseline = k.baseline->value, target = k.target->value;
  std::string kpi = entity_name("KPI", k.id) + whose;
  std::string message;
  if (target == baseline)
    message = fmt::format("{} has its target equal to its baseline ({}): there is nothing to "
                          "achieve; set the target to the level to reach", kpi, target);
  else if (k.direction == Direction::up && target < baseline)
    message = fmt::format("{} points the wrong way: its target ({}) is below its baseline ({}), "
                          "but its direction is up (higher is better, the default); write "
                          "'direction: down' if lower is better, or correct the numbers",
                          kpi, target, baseline);
  else if (k.direction == Direction::down && target > baseline)
    message = fmt::format("{} points the wrong way: its target ({}) is above its baseline ({}), "
                          "but its direction is down (lower is better); write 'direction: up' if "
                          "higher is better, or correct the numbers", kpi, target, baseline);
  if (!message.empty()) ctx.report(source, k.target->pos, std::move(message), k.id);
}

}  // namespace

void check_kpi_target_wrong_direction(const RuleContext& ctx) {
  for_each_kpi(ctx.ws, [&](const SourcePtr& source, const Kpi& k, const std::string& owner) {
    check_kpi_direction(ctx, source, k, " of " + owner);
  });
}

}  // namespace strat::rules

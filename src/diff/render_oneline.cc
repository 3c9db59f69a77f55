// One line of impact per revision, for `strat log`.
#include <fmt/format.h>

#include "diff/render_util.h"
#include "strat/terminal.h"

namespace strat {

std::string render_diff_oneline(const DiffResult& d) {
  std::vector<std::string> parts;
  for (const Change& c : d.changes)
    if (c.kind == "file") parts.push_back(fmt::format("{} {}", c.id, to_string(c.op)));
  for (const PlanImpact& p : d.impact.plans)
    if (p.budget.delta() != 0)
      parts.push_back(fmt::format("budget {}{}", diff::signed_money(p.budget.delta()), p.currency.empty() ? "" : " " + p.currency));
  int added = 0, removed = 0, changed = 0;
  for (const Change& c : d.changes) {
    if (c.kind != "tactic") continue;
    added += c.op == ChangeOp::added;
    removed += c.op == ChangeOp::removed;
    changed += c.op != ChangeOp::added && c.op != ChangeOp::removed;
  }
  if (added || removed) parts.push_back(fmt::format("tactics +{} -{}", added, removed));
  if (changed) parts.push_back(plural(changed, "tactic change", "tactic changes"));
  std::vector<std::string> orphaned;
  for (const PlanImpact& p : d.impact.plans)
    for (const GoalTactics& g : p.goals)
      if (g.orphaned) orphaned.push_back(g.goal);
  if (!orphaned.empty()) parts.push_back("orphaned: " + diff::name_list(orphaned, 4));
  if (!d.impact.kpis.empty()) parts.push_back(plural(static_cast<long long>(d.impact.kpis.size()), "KPI target moved", "KPI targets moved"));
  if (!d.findings.introduced.empty()) parts.push_back(fmt::format("+{} findings", d.findings.introduced.size()));
  if (!d.findings.fixed.empty()) parts.push_back(fmt::format("-{} findings", d.findings.fixed.size()));
  if (parts.empty()) return d.has_changes() ? plural(static_cast<long long>(d.changes.size()), "other change", "other changes") : "no plan changes";
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return visible(out);
}

}  // namespace strat

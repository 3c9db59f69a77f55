// The health section: check's findings counted per rule, worst first, and how long ago each
// strategy was reviewed against its review cadence.
#include <algorithm>
#include <map>
#include <set>

#include "report/report_util.h"

namespace strat {

Health build_health(const Workspace& ws, const std::vector<Diagnostic>& diagnostics,
                    const ReportOptions& options) {
  Health h;
  std::map<std::string, RuleCount> counts;
  for (const Diagnostic& d : diagnostics) {
    (d.severity == Severity::error ? h.errors : d.severity == Severity::warning ? h.warnings : h.notes)++;
    RuleCount& c = counts[d.rule];
    c.rule = d.rule;
    c.severity = c.count == 0 ? d.severity : std::max(c.severity, d.severity);
    ++c.count;
  }
  for (auto& [rule, c] : counts) h.rules.push_back(c);
  std::stable_sort(h.rules.begin(), h.rules.end(), [](const RuleCount& a, const RuleCount& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.count > b.count;
  });

  std::set<const Strategy*> seen;
  auto review = [&](const Strategy* s) {
    if (!s || !seen.insert(s).second) return;
    ReviewStatus r{s->name, {}, s->review_every.value, {}, 0, false};
    if (s->reviewed) {
      r.reviewed = s->reviewed->value;
      r.due = r.every.after(*r.reviewed);
      r.days_since = options.today.days() - r.reviewed->days();
      r.overdue = *r.due < options.today;
    }
    h.reviews.push_back(std::move(r));
  };
  for (const auto& s : ws.strategies) review(s.get());
  for (const auto& p : ws.plans) review(p->strategy.get());
  return h;
}

}  // namespace strat

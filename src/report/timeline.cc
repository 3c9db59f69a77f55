// The period's timeline: each top-level tactic with the days it occupies.
#include "report/report_util.h"
#include "strat/recurrence.h"

namespace strat {

std::vector<TimelineItem> build_timeline(const Plan& plan, const ReportOptions& options) {
  std::vector<TimelineItem> out;
  out.reserve(plan.tactics.size());  // at most one item each: no doubling of a long plan's list
  for (const Tactic& t : plan.tactics) {
    if (!report::selected(t, options)) continue;
    std::string_view goal = t.goals.empty() ? std::string_view{} : std::string_view(t.goals.front().id);
    TimelineItem item{t.id, report::tactic_label(t), goal, {}, {}, 0, t.status};
    if (auto rec = tactic_recurrence(t, nullptr, plan); rec && rec->count() > 0) {
      item.occurrences = rec->count();
      item.from = rec->from;
      item.to = rec->nth(item.occurrences - 1);
    } else {
      std::optional<Date> first = t.first_day(), last = t.last_day();
      if (!first && !last) continue;
      item.from = first.value_or(*last);
      item.to = last.value_or(plan.period.to && plan.period.to->value >= *first ? plan.period.to->value : *first);
      if (item.to < item.from) continue;
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace strat

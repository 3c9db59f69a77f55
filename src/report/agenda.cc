// The agenda section: this week, next week and what is overdue, from the calendar stage's
// occurrences (the same reading of dates and recurrences as `strat calendar`).
#include <algorithm>

#include "report/report_util.h"
#include "strat/calendar.h"

namespace strat {

namespace {

AgendaItem item(const TacticInfo& t, Date start, Date end) {
  return {std::string(t.id), std::string(t.title.empty() ? t.id : t.title), start, end,
          std::string(to_string(t.kind)), t.status, std::string(!t.owner_name.empty() ? t.owner_name : t.owner)};
}

/// Fills one week of `agenda` from the plan's occurrences overlapping [from, from + 6].
void week(const Calendar& cal, const std::string& file, Date from, std::vector<AgendaItem>& items, int& running) {
  Date to = from.plus_days(6);
  for (const Occurrence& o : occurrences_between(cal, from, to)) {
    if (o.tactic->file != file) continue;
    if (o.kind == OccurrenceKind::span && o.start < from && o.end > to) {
      ++running;
      continue;
    }
    items.push_back(item(*o.tactic, o.start, o.end));
  }
}

}  // namespace

std::vector<Agenda> build_agendas(const Workspace& ws, const ReportOptions& options) {
  CalendarOptions co;
  co.filter.owners = options.owners;
  co.filter.goals = options.goals;
  // One calendar for every plan: from the earliest day the run covers (so that every overdue
  // tactic has an occurrence) to the end of next week, whichever day a plan's week starts on.
  co.range = {std::min(default_range(ws, options.today).from, options.today.plus_days(-6)),
              options.today.plus_days(13)};
  Calendar cal = build_calendar(ws, co);
  std::vector<Agenda> out;
  for (const auto& plan : ws.plans) {
    WeekStart start = WeekStart::mon;
    if (plan->week_start) start = parse_week_start(plan->week_start->value).value_or(WeekStart::mon);
    Agenda a;
    a.this_week = week_first_day(options.today, start);
    a.next_week = a.this_week.plus_days(7);
    std::string file = plan->source ? plan->source->path() : "";
    week(cal, file, a.this_week, a.this_week_items, a.this_week_running);
    week(cal, file, a.next_week, a.next_week_items, a.next_week_running);
    for (const auto& t : cal.tactics)
      if (t->file == file && is_overdue(*t, options.today))
        a.overdue.push_back(item(*t, t->first.value_or(*t->last), *t->last));
    std::stable_sort(a.overdue.begin(), a.overdue.end(),
                     [](const AgendaItem& x, const AgendaItem& y) { return x.end < y.end; });
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace strat

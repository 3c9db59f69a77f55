// build_calendar: plans → occurrences within a range, milestones and the unscheduled list.
#include <algorithm>
#include <memory>
#include <unordered_set>

#include <fmt/format.h>

#include "strat/calendar.h"
#include "strat/id.h"

namespace strat {

std::string_view to_string(OccurrenceKind k) {
  switch (k) {
    case OccurrenceKind::day: return "day";
    case OccurrenceKind::span: return "span";
    case OccurrenceKind::due: return "due";
    case OccurrenceKind::milestone: return "milestone";
  }
  return "day";
}

std::string_view to_string(MilestoneKind k) {
  switch (k) {
    case MilestoneKind::none: return "none";
    case MilestoneKind::kpi_due: return "kpi-due";
    case MilestoneKind::period_start: return "period-start";
    case MilestoneKind::period_end: return "period-end";
    case MilestoneKind::review: return "review";
    case MilestoneKind::plan: return "plan";
  }
  return "none";
}

namespace {

bool any_of(const std::vector<std::string>& wanted, std::string_view value) {
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) { return same_id(w, value); });
}

}  // namespace

bool CalendarFilter::matches(const TacticInfo& t) const {
  bool goal_ok = goals.empty() ||
                 std::any_of(t.goals.begin(), t.goals.end(), [&](std::string_view g) { return any_of(goals, g); });
  if (t.milestone != MilestoneKind::none) return t.milestone != MilestoneKind::kpi_due || goal_ok;
  return goal_ok && (owners.empty() || any_of(owners, t.owner)) &&
         (channels.empty() || any_of(channels, t.channel)) &&
         (statuses.empty() || std::find(statuses.begin(), statuses.end(), t.status) != statuses.end());
}

bool is_overdue(const TacticInfo& t, Date today) {
  return t.milestone == MilestoneKind::none && t.last && *t.last < today && t.status != Status::done;
}

std::optional<Money> Occurrence::budget_share() const {
  if (!tactic->budget) return std::nullopt;
  int64_t base = tactic->budget->cents / count, extra = tactic->budget->cents % count;
  return Money{base + (index < extra ? 1 : 0)};
}

std::string_view TacticInfo::goal_title(size_t i) const {
  const Goal* g = strategy && i < goals.size() ? strategy->find_goal(goals[i]) : nullptr;
  return g ? std::string_view(g->title) : std::string_view();
}

std::vector<std::string_view> TacticInfo::kpis() const {
  if (milestone == MilestoneKind::kpi_due) return {id};
  std::vector<std::string_view> out;
  for (std::string_view id : goals)
    if (const Goal* g = strategy ? strategy->find_goal(id) : nullptr)
      for (const Kpi& k : g->kpis) out.push_back(k.id);
  return out;
}

TacticInfo& TacticStore::add() {
  if (size_ == blocks_.size() * kBlock) blocks_.push_back(std::make_unique<TacticInfo[]>(kBlock));
  ++size_;
  return blocks_[(size_ - 1) / kBlock][(size_ - 1) % kBlock];
}

void TacticStore::drop_last() {
  TacticInfo* last = &blocks_[(size_ - 1) / kBlock][(size_ - 1) % kBlock];
  std::destroy_at(last);
  std::construct_at(last);
  --size_;
}

SpanDay span_day(const Occurrence& o, Date d) {
  return {d.days() - o.start.days() + 1, o.end.days() - o.start.days() + 1};
}

std::vector<Occurrence> occurrences_between(const Calendar& cal, Date a, Date b) {
  std::vector<Occurrence> out;
  for (const Occurrence& o : cal.occurrences)
    if (o.start <= b && a <= o.end) out.push_back(o);
  return out;
}

namespace {

/// One run of expansion: the options, the output and the running total.
class Builder {
 public:
  Builder(const CalendarOptions& options, Calendar& cal) : opt_(options), cal_(cal) {}

  void plan(const Plan& p) {
    for (const Tactic& t : p.tactics)
      if (!tactic(p, t, nullptr, 0)) return;
    if (!opt_.milestones) return;
    for (const Milestone& m : p.milestones)
      if (m.on) milestone(p.name, p.source, MilestoneKind::plan, m.id, m.title.empty() ? m.id : m.title, m.on->value,
                          m.pos.line);
    tactic_kpis(p, p.tactics);
    if (p.period.from) milestone(p.name, p.source, MilestoneKind::period_start, "period-start",
                                 "Start of the plan period", p.period.from->value, p.period.from->pos.line);
    if (p.period.to) milestone(p.name, p.source, MilestoneKind::period_end, "period-end",
                               "End of the plan period", p.period.to->value, p.period.to->pos.line);
    if (p.strategy) strategy(*p.strategy, p.name);
  }

  /// KPI due dates and the next review of a strategy, once per run.
  void strategy(const Strategy& s, std::string_view plan) {
    if (!opt_.milestones || !seen_.insert(&s).second || cal_.limit_hit) return;
    for (const Goal& g : s.goals)
      for (const Kpi& k : g.kpis)
        if (TacticInfo* info = kpi_due(plan, s.source, k)) {
          info->goals = {g.id};
          info->strategy = &s;
          emit(*info, s.source, k.due->pos);
        }
    for (const Channel& c : s.channels)
      for (const Kpi& k : c.kpis)
        if (TacticInfo* info = kpi_due(plan, s.source, k)) {
          info->channel = c.id;
          emit(*info, s.source, k.due->pos);
        }
    if (s.reviewed) {
      Date next = s.review_every.value.after(s.reviewed->value);
      TacticInfo& info = base(plan, s.source, MilestoneKind::review, "strategy-review", "", next, s.reviewed->pos.line);
      info.title = cal_.labels.emplace_back("Strategy review due: " + s.name);
      emit(info, s.source, s.reviewed->pos);
    }
  }

 private:
  /// Expands one tactic and those nested in it; false once the run's limit is hit.
  bool tactic(const Plan& p, const Tactic& t, const Tactic* parent, int depth) {
    if (t.status == Status::dropped) return true;
    TacticInfo& info = cal_.infos.add();
    fill(info, p, t, parent, depth);
    bool kept = false;
    if (opt_.filter.matches(info)) {
      if (!info.first) {
        cal_.unscheduled.push_back(&info);
        kept = true;
      } else {
        auto [ok, added] = expand(info, p, t);
        if (!ok) return false;
        kept = added;
      }
    }
    if (!kept) cal_.infos.drop_last();  // the last one: nothing points at it
    for (const Tactic& child : t.tactics)
      if (!tactic(p, child, &t, depth + 1)) return false;
    return true;
  }

  void fill(TacticInfo& i, const Plan& p, const Tactic& t, const Tactic* parent, int depth) {
    i.plan = p.name;
    if (p.source) i.file = p.source->path();
    i.line = t.pos.line;
    i.id = t.id;
    i.title = t.title;
    i.path = t.path;
    i.parent_id = t.parent_id;
    if (parent) i.parent_title = parent->title;
    i.depth = depth;
    i.goals_inherited = t.goals_inherited;
    i.strategy = p.strategy.get();
    i.goals.reserve(t.goals.size());
    for (const Ref& g : t.goals) i.goals.push_back(g.id);
    if (t.channel) i.channel = t.channel->id;
    if (t.owner) {
      i.owner = t.owner->id;
      if (const TeamMember* m = p.find_member(t.owner->id)) i.owner_name = m->name;
    }
    i.status = t.status;
    if (t.budget) i.budget = t.budget->value;
    i.currency = p.currency;
    i.notes = t.notes;
    i.order = order_++;
    if (t.at) {
      i.at = t.at->value;
      i.duration = t.duration ? t.duration->value : Minutes{60};
      if (p.timezone) i.timezone = TimeZone::find(p.timezone->value);
    }
    if ((i.recurrence = tactic_recurrence(t, parent, p))) {
      const Recurrence& r = *i.recurrence;
      int64_t n = r.count();
      if (n > 0) {
        i.first = r.nth(0);
        i.last = r.nth(n - 1);
      } else {
        i.first = i.last = r.from;  // a recurrence that ends before it starts: its first day
        i.recurrence.reset();
      }
      if (i.recurrence) i.kind = OccurrenceKind::day;
      return;
    }
    if (t.span.from) {
      i.first = t.span.from->value;
      i.last = open_end(t, parent, p).value_or(*i.first);
      if (*i.last < *i.first) i.last = i.first;
      i.kind = *i.first == *i.last ? OccurrenceKind::day : OccurrenceKind::span;
    } else if (t.on) {
      i.first = i.last = t.on->value;
      i.kind = OccurrenceKind::day;
    } else if (t.due) {
      i.first = i.last = t.due->value;
      i.kind = OccurrenceKind::due;
    } else if (t.span.to) {
      i.first = i.last = t.span.to->value;
      i.kind = OccurrenceKind::day;
    }
  }

  /// The last day of a span: `to`, else (as for recurrences) the parent's last day, else the
  /// plan period's end.
  static std::optional<Date> open_end(const Tactic& t, const Tactic* parent, const Plan& p) {
    if (t.span.to) return t.span.to->value;
    if (parent && parent->last_day()) return parent->last_day();
    if (p.period.to) return p.period.to->value;
    return std::nullopt;
  }

  /// Adds the occurrences of a dated tactic that fall in the range: {false, _} once the run's
  /// limit is hit, {_, whether any was added}.
  std::pair<bool, bool> expand(const TacticInfo& info, const Plan& p, const Tactic& t) {
    const DayRange& range = opt_.range;
    if (!info.recurrence) {
      if (!range.overlaps(*info.first, *info.last)) return {true, false};
      if (!admit(1, p.source, t.pos, info)) return {false, false};
      cal_.tactics.push_back(&info);
      cal_.occurrences.push_back({&info, *info.first, *info.last, info.kind, 0, 1});
      return {true, true};
    }
    const Recurrence& r = *info.recurrence;
    int64_t count = r.count();
    // Steps before the range, and steps up to its end: counted, never listed.
    int64_t k0 = range.from <= r.from ? 0 : r.count_until(range.from.plus_days(-1));
    int64_t k1 = r.count_until(range.to);
    if (k1 <= k0) return {true, false};
    if (!admit(k1 - k0, p.source, t.every ? t.every->pos : t.pos, info)) return {false, false};
    cal_.tactics.push_back(&info);
    r.each_between(range.from, range.to, [&](Date d, int64_t k) {
      cal_.occurrences.push_back({&info, d, d, OccurrenceKind::day, k, count});
      return true;
    });
    return {true, true};
  }

  /// Counts `n` more occurrences against the run's limit; false (and a diagnostic) past it.
  bool admit(int64_t n, const SourcePtr& source, Pos pos, const TacticInfo& info) {
    if (total_ + n <= opt_.max_total_occurrences) {
      total_ += n;
      return true;
    }
    Diagnostic d;
    d.source = source;
    d.file = source ? source->path() : std::string(info.file);
    d.pos = pos;
    d.severity = Severity::error;
    d.rule = "limit-exceeded";
    d.entity = info.id;
    d.message = fmt::format(
        "the calendar would hold more than {} occurrences: '{}' adds {} to the {} before it; "
        "choose a shorter range (--from/--to, --month) or filter the tactics",
        opt_.max_total_occurrences, info.id, n, total_);
    cal_.diagnostics.push_back(std::move(d));
    cal_.limit_hit = true;
    return false;
  }

  /// A milestone; its texts are views (into the model, or literals) that outlive the calendar.
  /// It is the calendar's last info until emit() keeps or drops it.
  TacticInfo& base(std::string_view plan, const SourcePtr& source, MilestoneKind kind, std::string_view id,
                   std::string_view title, Date day, uint32_t line) {
    TacticInfo& i = cal_.infos.add();
    i.plan = plan;
    if (source) i.file = source->path();
    i.id = i.path = id;
    i.title = title;
    i.first = i.last = day;
    i.kind = OccurrenceKind::milestone;
    i.milestone = kind;
    i.line = line;
    i.order = order_++;
    return i;
  }

  /// A KPI's due date as a milestone, or null when it has none.
  TacticInfo* kpi_due(std::string_view plan, const SourcePtr& source, const Kpi& k) {
    if (!k.due) return nullptr;
    TacticInfo& info = base(plan, source, MilestoneKind::kpi_due, k.id, "", k.due->value, k.due->pos.line);
    info.title = cal_.labels.emplace_back("KPI due: " + (k.metric.empty() ? k.id : k.metric));
    return &info;
  }

  /// The due dates of live tactics' own KPIs; they pass the goal filter by the tactic's goals.
  void tactic_kpis(const Plan& p, const std::vector<Tactic>& tactics) {
    for (const Tactic& t : tactics) {
      if (t.status == Status::dropped) continue;
      for (const Kpi& k : t.kpis)
        if (TacticInfo* info = kpi_due(p.name, p.source, k)) {
          for (const Ref& g : t.goals) info->goals.push_back(g.id);
          if (t.channel) info->channel = t.channel->id;
          emit(*info, p.source, k.due->pos);
        }
      tactic_kpis(p, t.tactics);
    }
  }

  void milestone(std::string_view plan, const SourcePtr& source, MilestoneKind kind, std::string_view id,
                 std::string_view title, Date day, uint32_t line) {
    if (cal_.limit_hit) return;
    emit(base(plan, source, kind, id, title, day, line), source, Pos{line, 1});
  }

  /// Keeps `info`, the calendar's last, as a milestone occurrence, or drops it.
  void emit(const TacticInfo& info, const SourcePtr& source, Pos pos) {
    if (cal_.limit_hit || !opt_.filter.matches(info) || !opt_.range.contains(*info.first) ||
        !admit(1, source, pos, info)) {
      cal_.infos.drop_last();
      return;
    }
    cal_.tactics.push_back(&info);
    cal_.occurrences.push_back({&info, *info.first, *info.first, OccurrenceKind::milestone, 0, 1});
  }

  const CalendarOptions& opt_;
  Calendar& cal_;
  int64_t total_ = 0;
  size_t order_ = 0;
  std::unordered_set<const Strategy*> seen_;
};

}  // namespace

Calendar build_calendar(const Workspace& ws, const CalendarOptions& options) {
  Calendar cal;
  cal.range = options.range;
  Builder b(options, cal);
  for (const auto& p : ws.plans)
    if (!cal.limit_hit) b.plan(*p);
  for (const auto& s : ws.strategies)
    if (!cal.limit_hit) b.strategy(*s, s->name);
  // By day, then in the order they were made (run order, then step): a stable sort by day,
  // but in place, with no buffer the size of the list.
  std::sort(cal.occurrences.begin(), cal.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.tactic->order != b.tactic->order) return a.tactic->order < b.tactic->order;
    return a.index < b.index;
  });
  return cal;
}

}  // namespace strat

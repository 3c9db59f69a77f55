// The calendar stage: a linked workspace → dated occurrences, milestones and the unscheduled
// tactics, within a range of days. Plain data, no I/O; the views and exports render it.
// Recurrences are read only through tactic_recurrence(), so calendar and check always agree.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/model.h"
#include "strat/recurrence.h"
#include "strat/time_of_day.h"
#include "strat/timezone.h"
#include "strat/workspace.h"

namespace strat {

// ---------------------------------------------------------------- ranges and weeks

/// An inclusive range of days, from <= to.
struct DayRange {
  Date from;
  Date to;
  bool contains(Date d) const { return from <= d && d <= to; }
  /// Whether [a, b] shares at least one day with this range.
  bool overlaps(Date a, Date b) const { return a <= to && from <= b; }
  int days() const { return to.days() - from.days() + 1; }
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

/// The first day of the week, as a weekday number (0 = Monday … 6 = Sunday).
enum class WeekStart { mon = 0, sat = 5, sun = 6 };

/// "mon", "sun" or "sat" → the week start; nullopt for anything else.
std::optional<WeekStart> parse_week_start(std::string_view text);
std::string_view to_string(WeekStart w);

/// The first day of the week that holds `d`.
Date week_first_day(Date d, WeekStart start);
/// The week's number: the ISO 8601 week for Monday weeks; for Sunday and Saturday weeks, the
/// week holding January 1 is week 1 (as US and Middle-East calendars count).
int week_number(Date d, WeekStart start);
/// The year that week_number() counts in (the ISO week-year for Monday weeks).
int week_year(Date d, WeekStart start);

/// The days of month `month` (1..12) of `year`.
DayRange month_range(int year, unsigned month);
/// "YYYY-MM" → that month's days; nullopt when malformed or out of range.
std::optional<DayRange> parse_month(std::string_view text);
/// The week that holds `today`.
DayRange week_range(Date today, WeekStart start);
/// `n` days (n >= 1) starting today.
DayRange days_range(Date today, int n);
/// The default range: the union of the plans' periods (a plan without one: its strategy's
/// horizon); when none has either, the days the tactics occupy; else the month of `today`.
DayRange default_range(const Workspace& ws, Date today);

// ---------------------------------------------------------------- occurrences

/// What an occurrence is: one day (`on:`, one step of `every:`), a span (`from`/`to`), a
/// deadline (`due:`) or a milestone (a plan's `milestones:`, KPI due date, plan period start or
/// end, strategy review).
enum class OccurrenceKind { day, span, due, milestone };
std::string_view to_string(OccurrenceKind k);

/// Which plan-aware marker a milestone is.
enum class MilestoneKind { none, kpi_due, period_start, period_end, review, plan };
std::string_view to_string(MilestoneKind k);

/// Everything about one tactic (or milestone) that its occurrences share. Its text fields are
/// views into the workspace's model (or into `label`), so a calendar lives no longer than the
/// workspace it was built from; copying one would leave its views pointing into the original,
/// so it cannot be copied (the calendar holds each once; occurrences point at it).
struct TacticInfo {
  TacticInfo() = default;
  TacticInfo(const TacticInfo&) = delete;
  TacticInfo& operator=(const TacticInfo&) = delete;

  std::string_view plan;       ///< the plan's name (a strategy's name for a plan-less strategy)
  std::string_view id;         ///< tactic id; for milestones the KPI id, "period-start", ...
  std::string_view title;
  std::string_view path;       ///< "ads/ads-jan"; a milestone's id
  std::string_view parent_id;  ///< empty at the top level
  std::string_view parent_title;
  int depth = 0;               ///< 0 at the top level
  std::vector<std::string_view> goals;  ///< ids, inherited ones included
  bool goals_inherited = false;
  /// Where goal titles and KPIs are looked up (the plan's strategy); null: none are known.
  const Strategy* strategy = nullptr;
  std::string_view channel;     ///< id; empty when none
  std::string_view owner;       ///< team member id, inherited included; empty when none
  std::string_view owner_name;  ///< the member's name, when the plan's team lists them
  Status status = Status::planned;
  std::optional<Money> budget;  ///< the tactic's own budget
  std::string_view currency;
  std::optional<Date> first;    ///< the first day it occupies (nullopt: unscheduled)
  std::optional<Date> last;     ///< the last day it occupies
  std::optional<Recurrence> recurrence;  ///< set for a tactic that recurs (`every:`)
  std::optional<TimeOfDay> at;           ///< the time of day of each occurrence; none: all day
  Minutes duration;                      ///< with `at`: how long (`duration:`, default 1h)
  std::shared_ptr<const TimeZone> timezone;  ///< with `at`: the plan's zone; null: UTC
  OccurrenceKind kind = OccurrenceKind::day;  ///< the kind of each of its occurrences
  MilestoneKind milestone = MilestoneKind::none;
  std::string_view notes;
  std::string_view file;       ///< the plan's (or strategy's) file, as the user gave it
  uint32_t line = 0;           ///< where the tactic (or KPI, plan, strategy field) is written
  size_t order = 0;            ///< position in the run: plans in input order, tactics depth first

  /// The title of goals[i], or "" when unknown.
  std::string_view goal_title(size_t i) const;
  /// The KPI ids of its goals; a KPI's due date: that KPI.
  std::vector<std::string_view> kpis() const;
};

/// Holds a calendar's TacticInfos at addresses that never move, in blocks, with no per-item
/// allocation; the last one added can be taken back.
class TacticStore {
 public:
  TacticInfo& add();
  /// Resets the last one added, so that the next add() reuses it.
  void drop_last();
  size_t size() const { return size_; }

 private:
  static constexpr size_t kBlock = 256;
  std::vector<std::unique_ptr<TacticInfo[]>> blocks_;
  size_t size_ = 0;
};

/// One dated appearance of a tactic or milestone. `start`/`end` are the whole occurrence
/// (a span is not clipped to the range: views clip and show "day 3 of 14").
struct Occurrence {
  const TacticInfo* tactic = nullptr;  ///< never null; held by the Calendar
  Date start;
  Date end;                            ///< inclusive; == start except for spans
  OccurrenceKind kind = OccurrenceKind::day;
  int64_t index = 0;                   ///< 0-based step of a recurrence; 0 otherwise
  int64_t count = 1;                   ///< steps of the whole recurrence; 1 otherwise
  /// The tactic's budget divided evenly over its `count` occurrences (exact cents: the first
  /// occurrences take the remainder), or the whole budget; nullopt when it has none.
  std::optional<Money> budget_share() const;
};

/// Which occurrences to keep. Each list is "any of"; an empty list keeps everything.
/// A goal matches the goals a tactic serves, inherited ones included. Milestones pass the
/// owner, channel and status filters; a KPI milestone passes the goal filter by its goal.
struct CalendarFilter {
  std::vector<std::string> owners = {};
  std::vector<std::string> channels = {};
  std::vector<std::string> goals = {};
  std::vector<Status> statuses = {};
  bool matches(const TacticInfo& t) const;
};

/// What to build.
struct CalendarOptions {
  DayRange range;
  CalendarFilter filter;
  bool milestones = true;                        ///< false: --no-milestones
  int64_t max_total_occurrences = 1'000'000;     ///< per run, over every tactic
};

/// The calendar of a workspace over a range.
struct Calendar {
  DayRange range;
  /// Every tactic and milestone below, each once.
  TacticStore infos;
  /// The titles milestones make ("KPI due: …"), which their `title` views.
  std::deque<std::string> labels;
  /// Occurrences overlapping the range, ordered by start day, then by run order.
  std::deque<Occurrence> occurrences;  ///< a deque: no reallocation peak as it grows
  /// Tactics (not dropped, passing the filter) with no date at all, in run order.
  std::vector<const TacticInfo*> unscheduled;
  /// Every tactic and milestone with at least one occurrence in the range, in run order
  /// (a recurring tactic once): the rows of the timeline, the VEVENTs of the ICS export.
  std::vector<const TacticInfo*> tactics;
  /// `limit-exceeded` when the run's occurrences passed max_total_occurrences (at the tactic
  /// that crossed it); the occurrences before it are kept.
  std::vector<Diagnostic> diagnostics;
  bool limit_hit = false;
};

/// Expands every plan of `ws` into occurrences within `options.range`. Dropped tactics (and
/// the tactics nested in them) are left out; a recurrence is entered at its first step in the
/// range by arithmetic, never walked from its start.
/// The calendar views `ws` (see TacticInfo): keep the workspace alive while the calendar is used.
Calendar build_calendar(const Workspace& ws, const CalendarOptions& options);
Calendar build_calendar(Workspace&& ws, const CalendarOptions& options) = delete;

/// The occurrences of `cal` that share a day with [a, b], in calendar order.
std::vector<Occurrence> occurrences_between(const Calendar& cal, Date a, Date b);

/// Whether a tactic is overdue at `today`: its last day is before today and it is not done.
/// Milestones are never overdue.
bool is_overdue(const TacticInfo& t, Date today);
/// Whether an occurrence is overdue: its tactic is (see above).
inline bool is_overdue(const Occurrence& o, Date today) { return is_overdue(*o.tactic, today); }

/// When a timed occurrence (its tactic has `at:`) on `day` starts and ends, in seconds since
/// the epoch (UTC), read in the plan's time zone (UTC without one); nullopt when all-day.
struct UtcSpan {
  int64_t start = 0;
  int64_t end = 0;
};
std::optional<UtcSpan> utc_span(const TacticInfo& t, Date day);
/// "2027-05-11T08:00:00Z".
std::string iso_utc(int64_t seconds);
/// "10:00-11:30" in the plan's time zone, or "" for an all-day tactic.
std::string local_times(const TacticInfo& t);

/// 1-based day of a span on `d` and its length: "day 3 of 14" is {3, 14}.
struct SpanDay {
  int day = 1;
  int of = 1;
};
SpanDay span_day(const Occurrence& o, Date d);


}  // namespace strat

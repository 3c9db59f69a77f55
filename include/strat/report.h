// `strat report`: the linked workspace and today → plain report data (no I/O), and the
// renderers that turn it into text, Markdown, HTML or JSON. The rules each section follows
// are documented in strat-report(1).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/format.h"
#include "strat/model.h"
#include "strat/output.h"
#include "strat/workspace.h"

namespace strat {

/// The sections, in the order they are shown.
enum class ReportSection { traceability, budget, kpis, agenda, health };
/// Every section name ("traceability", "budget", "kpis", "agenda", "health"), in order.
std::vector<std::string_view> report_section_names();
std::string_view to_string(ReportSection s);
std::optional<ReportSection> parse_report_section(std::string_view name);

/// What a report looks at and how it judges KPI pace.
struct ReportOptions {
  Date today;
  std::vector<std::string> owners;  ///< only tactics owned by one of these member ids; empty: all
  std::vector<std::string> goals;   ///< only these goals, their KPIs and the tactics serving one; empty: all
  double on_track = 0.95;    ///< progress ≥ this × the expected progress: on track
  double off_track = 0.75;   ///< progress < this × the expected progress: off track
  int stale_after_days = 14; ///< a measurement older than this many days is stale
};

// ---------------------------------------------------------------- traceability

/// Its text is viewed in the model (see the report's lifetime below), not copied.
struct TraceTactic {
  std::string_view id;
  std::string_view title;
  Status status = Status::planned;
  Money budget;  ///< what it commits: its budget, else its nested tactics' (dropped: 0)
  std::string_view dropped_because;  ///< why it was dropped, when it says so
};

struct TraceGoal {
  std::string id;
  std::string title;
  std::vector<std::string> objectives;   ///< the ids it serves that exist
  std::vector<std::string> kpis;         ///< KPI ids
  std::vector<TraceTactic> tactics;      ///< top-most tactics serving it, in file order
  int tactic_count = 0;                  ///< every tactic serving it, nested ones included
  Money budget;                          ///< its share of the commitments (see budget)
  bool no_tactic() const { return tactics.empty(); }
};

struct TraceObjective {
  std::string id;
  std::string title;
  std::vector<std::string> goals;  ///< ids of the goals serving it
};

struct Traceability {
  std::vector<TraceObjective> objectives;  ///< an empty `goals` is an objective nothing serves
  std::vector<TraceGoal> goals;
  std::vector<TraceTactic> without_goal;   ///< live tactics naming no goal
};

// ---------------------------------------------------------------- budget

/// One row of a breakdown: allocated (spread or committed) and spent.
struct BudgetRow {
  std::string key;    ///< goal, channel or owner id; month "YYYY-MM"; "" for none/undated
  std::string label;  ///< a title or name when the files give one, else the key
  Money allocated;
  Money spent;
};

struct BudgetOverrun {
  std::string_view id;  ///< tactic id; empty for the plan itself (viewed in the model)
  std::string_view title;
  Money budget;
  Money spent;
};

struct Budget {
  std::optional<Money> plan_budget;
  Money allocated;       ///< what the live tactics commit
  Money spent;
  Money planned_to_date; ///< the allocation spread over the days up to and including today
  Money remaining;       ///< plan budget (else allocated) minus spent; may be negative
  double spent_share = 0;    ///< spent ÷ (plan budget, else allocated); 0 when that is 0
  double elapsed_share = 0;  ///< share of the plan's period elapsed by today, 0..1
  bool over_allocated = false;  ///< allocated > plan budget
  std::vector<BudgetRow> by_goal, by_channel, by_owner, by_month;
  std::vector<BudgetOverrun> overruns;  ///< spent beyond a budget, the plan first
};

// ---------------------------------------------------------------- KPI pace

enum class Pace { on_track, at_risk, off_track, early, unknown };
std::string_view to_string(Pace p);  ///< "on-track", "at-risk", "off-track", "early", "unknown"

/// A tactic to cut or fix: one that serves an off-track KPI's goal.
struct PaceCandidate {
  std::string_view id;  ///< viewed in the model
  std::string_view title;
  Money budget;
  Money spent;
};

struct KpiPace {
  std::string goal;
  std::string tactic;  ///< the tactic a tactic's KPI measures (shown under its first goal); else empty
  std::string id;
  std::string metric;
  std::string unit;
  Direction direction = Direction::up;
  std::optional<double> baseline, target, actual;
  std::optional<Date> due;
  Date baseline_date;  ///< the strategy horizon's `from`, else the plan period's (a tactic's: its first day)
  Date measured;       ///< `measured:`, else today
  double expected = 0;  ///< the value the linear pace expects on `measured`
  std::optional<double> ratio;      ///< progress made ÷ progress expected by `measured`
  std::optional<double> projected;  ///< the value at `due` if the pace so far holds
  Pace pace = Pace::unknown;
  bool met = false;        ///< the actual has reached the target
  bool stale = false;      ///< measured more than stale_after_days before today
  int64_t age_days = 0;    ///< today − measured
  std::string missing;     ///< for unknown: what it lacks ("actual", "baseline", ...)
  /// Off track: the live leaf tactics serving its goal (a tactic's KPI: those in the tactic).
  std::vector<PaceCandidate> candidates;
};

// ---------------------------------------------------------------- timeline

/// A top-level tactic on the period's timeline.
struct TimelineItem {
  std::string_view id;  ///< viewed in the model
  std::string_view title;
  std::string_view goal;  ///< its first goal; empty when none
  Date from, to;     ///< the days it occupies (a recurrence: its first and last occurrence)
  int64_t occurrences = 0;  ///< when it recurs; else 0
  Status status = Status::planned;
};

// ---------------------------------------------------------------- agenda

/// A tactic (or milestone) on the agenda, from the calendar's occurrences.
struct AgendaItem {
  std::string id;
  std::string title;
  Date start, end;          ///< this occurrence's days (overdue: the tactic's first and last)
  std::string kind;         ///< "day", "span", "due" or "milestone"
  Status status = Status::planned;
  std::string owner;        ///< the owner's name, else id; empty when none
};

struct Agenda {
  Date this_week;  ///< the first day of the week holding today (the plan's week_start, else Monday)
  Date next_week;  ///< seven days later
  /// What happens, starts, ends or falls due in each week, by day.
  std::vector<AgendaItem> this_week_items, next_week_items;
  /// Spans that run through the week without starting or ending in it.
  int this_week_running = 0, next_week_running = 0;
  std::vector<AgendaItem> overdue;  ///< past their last day and not done, oldest first
};

// ---------------------------------------------------------------- health

struct RuleCount {
  std::string rule;
  Severity severity = Severity::note;  ///< the worst among its findings
  int count = 0;
};

struct ReviewStatus {
  std::string strategy;
  std::optional<Date> reviewed;
  Interval every;
  std::optional<Date> due;  ///< reviewed + every
  int64_t days_since = 0;   ///< today − reviewed
  bool overdue = false;
};

struct Health {
  int errors = 0, warnings = 0, notes = 0;
  std::vector<RuleCount> rules;  ///< worst severity first, then most findings, then rule id
  std::vector<ReviewStatus> reviews;
};

// ---------------------------------------------------------------- the report

/// The report of one plan (with its strategy's goals and KPIs).
struct PlanReport {
  std::string name;
  std::string file;
  std::string strategy;  ///< its strategy's name; empty when it has none
  std::optional<Date> from, to;  ///< the period
  std::string currency;
  Traceability traceability;
  Budget budget;
  std::vector<KpiPace> kpis;
  std::vector<TimelineItem> timeline;  ///< top-level tactics with dates, in file order
  Agenda agenda;
};

struct Report {
  Date today;
  ReportOptions options;
  std::vector<PlanReport> plans;  ///< in workspace order
  Health health;
};

/// Builds the report of every plan in `ws`; `diagnostics` are check's findings for the health.
/// The per-tactic parts (TraceTactic, BudgetOverrun, PaceCandidate, TimelineItem) view the
/// text of `ws`'s model instead of copying it: `ws` must outlive the report.
Report build_report(const Workspace& ws, const std::vector<Diagnostic>& diagnostics,
                    const ReportOptions& options);

// Section builders (each in its own file under src/report/).
Traceability build_traceability(const Plan& plan, const ReportOptions& options);
Budget build_budget(const Plan& plan, const ReportOptions& options);
std::vector<KpiPace> build_kpi_pace(const Plan& plan, const ReportOptions& options);
/// One KPI's pace, measured against `baseline_date` (the pieces build_kpi_pace combines).
KpiPace kpi_pace(const Kpi& kpi, Date baseline_date, const ReportOptions& options);
/// One agenda per plan of `ws`, in its order, from the calendar stage's occurrences.
std::vector<Agenda> build_agendas(const Workspace& ws, const ReportOptions& options);
std::vector<TimelineItem> build_timeline(const Plan& plan, const ReportOptions& options);
Health build_health(const Workspace& ws, const std::vector<Diagnostic>& diagnostics,
                    const ReportOptions& options);

// ---------------------------------------------------------------- rendering

struct ReportRender {
  std::vector<ReportSection> sections;  ///< empty: all
  int width = 80;     ///< text: columns
  bool color = false; ///< text: ANSI colour
  bool ascii = false; ///< text: ASCII bars instead of eighth blocks
  /// When set, the text goes here in pieces of about 64 KiB as it is made (as the calendar's
  /// RenderOptions::sink), and the renderer returns "": a large report is never held whole.
  Sink sink;
  bool shows(ReportSection s) const;
};

std::string render_report_text(const Report& report, const ReportRender& options);
std::string render_report_markdown(const Report& report, const ReportRender& options);
std::string render_report_html(const Report& report, const ReportRender& options);
std::string render_report_json(const Report& report, const ReportRender& options);

/// A report format renders the report, laid out as ReportRender says.
using ReportFormat = Format<Rendering<Report, ReportRender>>;

/// The report's format table (text, markdown, html, json), in the order of format_names("report").
std::span<const ReportFormat> report_formats();
/// Renders in the format `name`; throws strat::Error (unknown_format_message) for an unknown one.
std::string render_report(std::string_view format, const Report& report, const ReportRender& options);

}  // namespace strat

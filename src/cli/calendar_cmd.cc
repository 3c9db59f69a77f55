// strat calendar [PATH...]: options → load_run → build_calendar → a view or an export.
#include <algorithm>
#include <cstdio>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/calendar.h"
#include "strat/calendar_render.h"
#include "strat/error.h"
#include "strat/format.h"
#include "strat/load.h"
#include "strat/run.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat::cli {

namespace {

struct CalendarArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string from, to, month, week_start, view, format, output, color_by = "goal", scale;
  std::string group_by = "goal", ics_method, config;
  bool week = false, ascii = false, no_milestones = false, no_config = false;
  int days = 0, months = 1;
  int64_t max_occurrences = CalendarOptions{}.max_total_occurrences;
  size_t max_file_size = Limits{}.max_file_bytes;
  std::vector<std::string> owners, channels, goals, statuses;
};

/// `value` when it is one of `names`, else a one-line usage error with did-you-mean.
std::string one_of(std::string_view option, const std::string& value, const std::vector<std::string_view>& names) {
  for (std::string_view n : names)
    if (n == value) return value;
  std::string message = fmt::format("{} must be one of {}, not '{}'", option, fmt::join(names, ", "), value);
  if (auto hint = did_you_mean(value, names)) message += fmt::format("; did you mean '{}'?", *hint);
  throw Error(message);
}

Date date_option(std::string_view option, const std::string& text) {
  if (auto d = Date::parse(text)) return *d;
  throw Error(fmt::format("{} must be a date written YYYY-MM-DD, not '{}'", option, text));
}

/// The range the options ask for; `fallback` (the plans' period) fills what they leave open.
DayRange range_of(const CalendarArgs& a, Date today, const DayRange& fallback) {
  int chosen = !a.month.empty() + a.week + (a.days != 0) + (!a.from.empty() || !a.to.empty());
  if (chosen > 1) throw Error("choose one of --from/--to, --month, --week and --days");
  if (!a.month.empty()) {
    auto m = parse_month(a.month);
    if (!m) throw Error(fmt::format("--month must be a month written YYYY-MM, not '{}'", a.month));
    if (a.months <= 1) return *m;
    Date last = m->from.plus_months(a.months).plus_days(-1);
    return {m->from, last};
  }
  if (a.week) return week_range(today, parse_week_start(a.week_start).value_or(WeekStart::mon));
  if (a.days != 0) return days_range(today, a.days);
  DayRange r = fallback;
  if (!a.from.empty()) r.from = date_option("--from", a.from);
  if (!a.to.empty()) r.to = date_option("--to", a.to);
  if (r.to < r.from) {
    if (!a.from.empty() && !a.to.empty())
      throw Error(fmt::format("--from {} is after --to {}", r.from.str(), r.to.str()));
    if (!a.from.empty())
      throw Error(fmt::format("--from {} is after the plans' last day, {}; give --to too", r.from.str(), r.to.str()));
    throw Error(fmt::format("--to {} is before the plans' first day, {}; give --from too", r.to.str(), r.from.str()));
  }
  return r;
}

/// --week-start, else the first plan's `week_start:`, else its .strat.yaml's, else Monday.
WeekStart week_start_of(const CalendarArgs& a, LoadedRun& run) {
  if (!a.week_start.empty()) return *parse_week_start(a.week_start);
  for (const auto& p : run.workspace.plans)
    if (p->week_start) return parse_week_start(p->week_start->value).value_or(WeekStart::mon);
  for (const auto& p : run.workspace.plans)
    if (const Config* c = p->source ? run.configs->for_file(p->source->path()) : nullptr; c && c->week_start)
      return *parse_week_start(*c->week_start);
  if (run.run_config && run.run_config->week_start) return *parse_week_start(*run.run_config->week_start);
  return WeekStart::mon;
}

void print_diagnostic(const Diagnostic& d) {
  uint32_t col = d.source && d.pos.known() ? d.source->codepoint_column(d.pos) : d.pos.col;
  fmt::print(stderr, "{}:{}:{}: {}: {} [{}]\n", d.file, d.pos.line, col, to_string(d.severity), visible(d.message),
             d.rule);
}

int run(const CalendarArgs& a) {
  // Usage errors before any work.
  std::string view = one_of("--view", a.view.empty() ? "agenda" : a.view, calendar_views());
  if (!a.format.empty()) find_format(calendar_formats(), a.format);
  if (!a.week_start.empty()) one_of("--week-start", a.week_start, {"mon", "sun", "sat"});
  one_of("--color-by", a.color_by, {"goal", "channel", "owner"});
  one_of("--group-by", a.group_by, {"goal", "channel", "owner"});
  if (!a.scale.empty()) one_of("--scale", a.scale, {"day", "week", "month"});
  if (!a.ics_method.empty()) one_of("--ics-method", a.ics_method, {"none", "publish"});
  if (a.days < 0) throw Error(fmt::format("--days must be a positive number of days, not {}", a.days));
  if (a.months < 1 || a.months > 120) throw Error(fmt::format("--months must be 1 to 120, not {}", a.months));
  if (a.months != 1 && a.month.empty()) throw Error("--months needs --month, the first month to show");
  if (!a.month.empty() && !parse_month(a.month))
    throw Error(fmt::format("--month must be a month written YYYY-MM, not '{}'", a.month));
  if (!a.from.empty()) date_option("--from", a.from);
  if (!a.to.empty()) date_option("--to", a.to);
  if (a.no_config && !a.config.empty()) throw Error("--config and --no-config cannot be used together");
  CalendarOptions options;
  for (const std::string& s : a.statuses) {
    auto st = parse_status(s);
    if (!st) one_of("--status", s, {"planned", "active", "done", "dropped"});
    options.filter.statuses.push_back(*st);
  }
  Date today = cli::today(a.common);

  RunOptions ro;
  ro.paths = a.paths;
  ro.limits.max_file_bytes = a.max_file_size;
  if (a.no_config) ro.config.mode = ConfigChoice::Mode::none;
  else if (!a.config.empty()) ro.config = {ConfigChoice::Mode::file, a.config};
  DiskFileSystem fs;
  LoadedRun run = load_run(ro, fs);
  for (const std::string& e : run.io_errors()) fmt::print(stderr, "strat: error: {}\n", e);
  bool load_errors = false;
  for (const Diagnostic& d : run.workspace.diagnostics)
    if (d.severity == Severity::error) {
      print_diagnostic(d);
      load_errors = true;
    }
  // The calendar reads only the model from here: the files' text can go (a tenth or more of
  // the peak memory of a large export). A limit-exceeded position then counts bytes.
  for (const SourcePtr& file : run.workspace.files) file->release_text();

  // --format, else the config's `calendar: {format:}`, else the view.
  const std::string* configured = run.run_config ? run.run_config->format_for("calendar") : nullptr;
  std::string format = !a.format.empty() ? a.format : configured ? *configured : "text";
  RenderOptions ro2;
  ro2.week_start = week_start_of(a, run);
  CalendarArgs resolved = a;
  resolved.week_start = std::string(to_string(ro2.week_start));
  options.range = range_of(resolved, today, default_range(run.workspace, today));
  options.filter.owners = a.owners;
  options.filter.channels = a.channels;
  options.filter.goals = a.goals;
  options.milestones = !a.no_milestones;
  options.max_total_occurrences = a.max_occurrences;
  Calendar cal = build_calendar(run.workspace, options);
  for (const Diagnostic& d : cal.diagnostics) print_diagnostic(d);
  if (cal.limit_hit) return 2;

  ro2.today = today;
  ro2.width = terminal_width(STDOUT_FILENO);
  ro2.color = format == "text" && a.output.empty() && use_color(a.common);
  ro2.ascii = a.ascii || !utf8_locale();
  ro2.color_by = a.color_by;
  ro2.group_by = a.group_by;
  ro2.scale = a.scale;
  ro2.ics_publish = a.ics_method == "publish";
  ro2.several_plans = run.workspace.plans.size() > 1;
  if (format == "ics") add_ics_sources(cal, ro2);
  ro2.view = view;
  // A JSON or ICS export or an agenda to stdout is written as it is made, never held whole (a
  // large plan's export is many times its model); to a file it is written atomically, so it
  // is held.
  if (a.output.empty()) ro2.sink = [](std::string_view piece) { write_stdout(piece); };
  std::string out = find_format(calendar_formats(), format).render({cal, ro2});
  if (a.output.empty()) write_stdout(out);
  else write_file_atomic(a.output, out);
  if (run.failed()) return 2;
  return load_errors ? 1 : 0;
}

}  // namespace

void setup_calendar(CLI::App& app, int& status) {
  auto args = std::make_shared<CalendarArgs>();
  CLI::App* cmd = &app;
  cmd->add_option("paths", args->paths, "Plans and directories to show (default: .)")->type_name("PATH");
  cmd->add_option("--from", args->from, "First day to show (default: the plans' period)")->type_name("DATE");
  cmd->add_option("--to", args->to, "Last day to show (default: the plans' period)")->type_name("DATE");
  cmd->add_option("--month", args->month, "Show this month")->type_name("YYYY-MM");
  cmd->add_option("--months", args->months, "With --month: show this many months from it")->type_name("N");
  cmd->add_flag("--week", args->week, "Show the week that holds today");
  cmd->add_option("--days", args->days, "Show the next N days from today")->type_name("N");
  repeatable(cmd->add_option("--owner", args->owners, "Only tactics of this owner (repeatable)"))->type_name("ID");
  repeatable(cmd->add_option("--channel", args->channels, "Only tactics on this channel (repeatable)"))->type_name("ID");
  repeatable(cmd->add_option("--goal", args->goals, "Only tactics serving this goal, inherited too (repeatable)"))->type_name("ID");
  repeatable(cmd->add_option("--status", args->statuses, "Only tactics with this status (repeatable)"))->type_name("STATUS");
  cmd->add_option("--week-start", args->week_start, "First day of the week: mon (default), sun or sat")->type_name("DAY");
  cmd->add_option("--view", args->view, "Terminal view: agenda (default), month or timeline")->type_name("VIEW");
  cmd->add_option("--format,-f", args->format, "Output: text (the view), json, ics, csv or mermaid")->type_name("FORMAT");
  cmd->add_option("--output,-o", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
  cmd->add_option("--color-by", args->color_by, "Colour by goal (default), channel or owner")->type_name("WHAT");
  cmd->add_option("--group-by", args->group_by, "Mermaid sections by goal (default), channel or owner")->type_name("WHAT");
  cmd->add_option("--scale", args->scale, "Timeline scale: day, week or month (default: what fits)")->type_name("SCALE");
  cmd->add_option("--ics-method", args->ics_method, "ICS: none (default) or publish (METHOD:PUBLISH)")->type_name("METHOD");
  cmd->add_flag("--ascii", args->ascii, "ASCII box drawing and markers only");
  cmd->add_flag("--no-milestones", args->no_milestones, "Hide plan milestones, KPI due dates, period start and end, reviews");
  cmd->add_option("--max-occurrences", args->max_occurrences, "Stop (exit 2) past this many occurrences in one run (default: 1000000)")
      ->type_name("N")->check(CLI::Range(int64_t{1}, int64_t{100'000'000}).description(""));
  cmd->add_option("--max-file-size", args->max_file_size, "Refuse files larger than this many bytes (at most 2147483647)")
      ->type_name("BYTES")->check(CLI::Range(size_t{1}, kLargestFileBytes).description(""));
  cmd->add_option("--config", args->config, "Use this config file (default: .strat.yaml, found upward)")->type_name("FILE");
  cmd->add_flag("--no-config", args->no_config, "Use no config file at all");
  add_common_options(*cmd, args->common);
  cmd->footer(R"(Examples:
  strat calendar examples/clinic/               the plan's period, day by day
  strat calendar examples/clinic/ --view month --month 2027-02
  strat calendar . --week --owner dana          this week's work of one person
  strat calendar plan.yaml --format ics -o plan.ics
                                                for Google, Outlook, Apple, Thunderbird

Exit status: 0 shown, 1 a plan has errors (run strat check; what loaded is shown),
2 a usage error, an unreadable path, a limit or an output that cannot be written.
See man strat-calendar and man 5 strat.)");
  cmd->callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli

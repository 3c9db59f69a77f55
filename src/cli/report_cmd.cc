// strat report [PATH...]: options → load_run → check's findings → build_report → a renderer.
#include <cstdio>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/check.h"
#include "strat/error.h"
#include "strat/load.h"
#include "strat/report.h"
#include "strat/terminal.h"

namespace strat::cli {

namespace {

struct ReportArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> sections;
  std::vector<std::string> owners;
  std::vector<std::string> goals;
  std::string format;  // empty: the config's, else text
  std::string output;
  bool ascii = false;
  size_t max_file_size = Limits{}.max_file_bytes;
};

std::vector<ReportSection> parse_sections(const std::vector<std::string>& names) {
  std::vector<ReportSection> out;
  for (const std::string& name : names) {
    auto s = parse_report_section(name);
    if (!s)
      throw Error(fmt::format("unknown section '{}'; valid sections: {}", name, fmt::join(report_section_names(), ", ")));
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(*s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int run(const ReportArgs& args) {
  ReportRender render;
  render.sections = parse_sections(args.sections);
  ReportOptions options;
  options.today = today(args.common);
  options.owners = args.owners;
  options.goals = args.goals;
  RunOptions run_options;
  run_options.paths = args.paths;
  run_options.limits.max_file_bytes = args.max_file_size;

  DiskFileSystem fs;
  if (!args.format.empty()) find_format(report_formats(), args.format);  // a usage error before any work
  LoadedRun loaded = load_run(run_options, fs);
  std::string format = args.format;
  if (const Config* c = loaded.run_config) {  // .strat.yaml's `report:` section
    if (const std::string* f = c->format_for("report"); f && format.empty()) format = *f;
    const Config::ReportThresholds& t = c->report;
    if (t.on_track) options.on_track = *t.on_track;
    if (t.off_track) options.off_track = *t.off_track;
    if (t.stale_after)
      options.stale_after_days = t.stale_after->after(options.today).days() - options.today.days();
    if (options.off_track > options.on_track)
      throw Error(fmt::format("{}: report: off-track ({}) is above on-track ({})", c->source->path(),
                              options.off_track, options.on_track));
  }
  if (format.empty()) format = "text";
  CheckResult checked = check_loaded(loaded, options.today);
  for (const std::string& e : checked.io_errors) fmt::print(stderr, "strat: error: {}\n", e);
  Report report = build_report(loaded.workspace, checked.diagnostics, options);

  bool to_terminal = args.output.empty();
  render.width = to_terminal ? terminal_width(STDOUT_FILENO) : 80;
  render.color = format == "text" && to_terminal && use_color(args.common);
  render.ascii = args.ascii;
  // To stdout the report is written as it is made, never held whole (as calendar's exports);
  // to a file it is gathered from the same pieces and written atomically, so it is held once.
  std::string whole;
  if (to_terminal) render.sink = [](std::string_view piece) { write_stdout(piece); };
  else render.sink = [&whole](std::string_view piece) { whole += piece; };
  find_format(report_formats(), format).render({report, render});
  if (!to_terminal) write_file_atomic(args.output, whole);
  return !checked.io_errors.empty() || checked.limit_hit ? 2 : 0;
}

}  // namespace

void setup_report(CLI::App& app, int& status) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = &app;
  cmd->add_option("paths", args->paths, "Files and directories to report on (default: .)")->type_name("PATH");
  repeatable(cmd->add_option("--section,-s", args->sections,
                             "Show only this section (repeatable): traceability, budget, kpis, agenda, health"))
      ->type_name("NAME");
  repeatable(cmd->add_option("--owner", args->owners, "Only the tactics owned by this team member id (repeatable)"))
      ->type_name("ID");
  repeatable(cmd->add_option("--goal", args->goals, "Only this goal, its KPIs and the tactics serving it (repeatable)"))
      ->type_name("ID");
  cmd->add_option("--format,-f", args->format, "Output format: text (default), markdown, html or json")
      ->type_name("FORMAT");
  cmd->add_option("--output,-o", args->output, "Write the report to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  cmd->add_flag("--ascii", args->ascii, "Draw bars and marks in ASCII instead of Unicode blocks");
  cmd->add_option("--max-file-size", args->max_file_size, "Refuse files larger than this many bytes (at most 2147483647)")
      ->type_name("BYTES")->check(CLI::Range(size_t{1}, kLargestFileBytes).description(""));
  add_common_options(*cmd, args->common);
  cmd->footer(R"(Examples:
  strat report examples/clinic/             one screen: what needs attention, budget,
                                            KPI pace, agenda, broken links, health
  strat report --section budget             the budget with every breakdown
  strat report --format html -o report.html a self-contained page to send
  strat report --format json                the report data, for dashboards

Exit status: 0 the report was written (findings do not change it), 2 a usage
error, an unreadable path, a file over a safety limit or an unwritable output.
See man strat-report.)");
  cmd->callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli

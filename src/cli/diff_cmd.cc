// strat diff OLD NEW | --rev A[..B] [PATH...] | git's external-diff arguments | --textconv FILE:
// options → sides → diff_runs → a renderer → stdout, and diff(1)'s exit status.
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/diff.h"
#include "strat/error.h"
#include "strat/format.h"
#include "strat/terminal.h"

namespace strat::cli {

namespace {

struct DiffArgs {
  CommonOptions common;
  std::vector<std::string> args;
  std::string rev;
  std::string format = "text";
  std::string output;
  std::vector<std::string> ignore;
  bool impact_only = false;
  bool quiet = false;
  bool fail_on_findings = false;
  std::string textconv;
  size_t max_file_size = Limits{}.max_file_bytes;
};

bool all_of(std::string_view s, std::string_view chars) {
  return !s.empty() && s.find_first_not_of(chars) == std::string_view::npos;
}
bool is_hex(std::string_view s) { return s == "." || (s.size() >= 4 && all_of(s, "0123456789abcdef")); }
bool is_mode(std::string_view s) { return s == "." || (s.size() == 6 && all_of(s, "01234567")); }

/// git's GIT_EXTERNAL_DIFF arguments: path old-file old-hex old-mode new-file new-hex new-mode,
/// and for a rename two more: the new path and the similarity header.
bool external_driver_call(const std::vector<std::string>& a) {
  return (a.size() == 7 || a.size() == 9) && is_hex(a[2]) && is_mode(a[3]) && is_hex(a[5]) && is_mode(a[6]);
}

/// Prints a side's loading errors as check prints them; true when it cannot be compared.
bool report_failures(const LoadedRun& run, const DiffSide& side) {
  std::vector<Diagnostic> failures = load_failures(run);
  std::vector<std::string> io = run.io_errors();
  for (const std::string& e : io) fmt::print(stderr, "strat: error: {}\n", e);
  if (!failures.empty()) {
    CheckReport report{failures, summarize(failures, static_cast<int>(run.workspace.files.size()))};
    std::fputs(find_format("text")->render(report).c_str(), stderr);
  }
  if (failures.empty() && io.empty() && !run.workspace.limit_hit) return false;
  fmt::print(stderr, "strat: error: cannot compare: '{}' does not load\n", visible(side.label));
  return true;
}

std::string render(const DiffArgs& args, const DiffResult& d, const DiffRenderOptions& o) {
  if (args.format == "json") return render_diff_json(d, o);
  if (args.format == "markdown") return render_diff_markdown(d, o);
  return render_diff_text(d, o);
}

void emit(const DiffArgs& args, const std::string& text) {
  if (args.output.empty()) write_stdout(text);
  else write_file_atomic(args.output, text);
}

int run_textconv(const DiffArgs& args) {
  DiffSide side = open_side(args.textconv);
  RunOptions options;
  options.limits.max_file_bytes = args.max_file_size;
  LoadedRun run = load_side(side, options);
  if (report_failures(run, side)) return 2;
  emit(args, render_textconv(run));
  return 0;
}

int run(const DiffArgs& args) {
  if (!args.textconv.empty()) {
    if (!args.args.empty() || !args.rev.empty()) throw Error("--textconv takes one file and nothing else");
    return run_textconv(args);
  }
  for (const std::string& f : args.ignore) {
    const auto& names = diff_field_names();
    if (std::find(names.begin(), names.end(), f) == names.end())
      throw Error(fmt::format("--ignore: unknown field '{}'; valid fields: {}", visible(f), fmt::join(names, ", ")));
  }
  DiffSide a, b;
  DiffRenderOptions render_options;
  bool driver = args.rev.empty() && external_driver_call(args.args);
  if (driver) {
    const auto& v = args.args;
    std::string new_path = v.size() == 9 ? v[7] : v[0];
    a = open_driver_side(v[0], v[1]);
    b = open_driver_side(new_path, v[4]);
    render_options.header = fmt::format("diff --strat a/{} b/{}", visible(v[0]), visible(new_path));
    if (v.size() == 9 && !v[8].empty()) {
      std::string sim = v[8];
      while (!sim.empty() && sim.back() == '\n') sim.pop_back();
      render_options.header += "\n" + sim;
    }
  } else if (!args.rev.empty()) {
    std::string from = args.rev, to;
    if (size_t dots = args.rev.find(".."); dots != std::string::npos) {
      from = args.rev.substr(0, dots);
      to = args.rev.substr(dots + 2);
      if (from.empty()) throw Error("--rev: the range needs a first revision (A..B or A)");
    }
    a = open_revision(from, args.args);
    b = open_revision(to, args.args);
    if (a.paths.empty() && b.paths.empty())
      throw Error(fmt::format("no such path in '{}' or '{}'", visible(a.label), visible(b.label)));
  } else {
    if (args.args.size() != 2)
      throw Error("strat diff compares two sides: strat diff OLD NEW (or --rev A..B [PATH...]); see strat diff --help");
    a = open_side(args.args[0]);
    b = open_side(args.args[1]);
  }

  RunOptions options;
  options.limits.max_file_bytes = args.max_file_size;
  auto [old_run, new_run] = load_sides(a, b, options);
  bool failed = report_failures(old_run, a);
  failed |= report_failures(new_run, b);
  if (failed) return 2;

  DiffOptions diff_options;
  diff_options.ignore = {args.ignore.begin(), args.ignore.end()};
  diff_options.today = today(args.common);
  diff_options.old_root = a.root;
  diff_options.new_root = b.root;
  DiffResult d = diff_runs(old_run, new_run, diff_options);

  render_options.color = args.format == "text" && args.output.empty() && use_color(args.common);
  render_options.impact_only = args.impact_only;
  if (!args.quiet && (d.has_changes() || args.format == "json" || !args.output.empty()))
    emit(args, render(args, d, render_options));
  if (driver) return 0;  // git stops at a driver that exits non-zero
  if (args.fail_on_findings) return d.introduces_errors() ? 1 : 0;
  return d.has_changes() ? 1 : 0;
}

}  // namespace

void setup_diff(CLI::App& app, int& status) {
  auto args = std::make_shared<DiffArgs>();
  CLI::App* cmd = &app;
  cmd->add_option("sides", args->args, "OLD NEW: each a file, a directory or REV:PATH (with --rev: the paths)")
      ->type_name("SIDE");
  cmd->add_option("--rev", args->rev, "Compare the plans under the paths between revisions A and B (default: the working tree)")
      ->type_name("A[..B]");
  cmd->add_option("--format,-f", args->format, "Output format: text, markdown or json")
      ->type_name("FORMAT")->check(CLI::IsMember({"text", "markdown", "json"}).description(""));
  cmd->add_option("--output,-o", args->output, "Write the diff to FILE (atomically) instead of stdout")->type_name("FILE");
  repeatable(cmd->add_option("--ignore", args->ignore, "Leave this field out of the comparison (repeatable), e.g. notes"))
      ->type_name("FIELD");
  cmd->add_flag("--impact-only", args->impact_only, "Print only the impact, not each change");
  cmd->add_flag("--quiet,-q", args->quiet, "Print nothing; only set the exit status");
  cmd->add_flag("--fail-on-findings", args->fail_on_findings,
                "Exit 1 only when the change introduces findings at error level (a CI gate)");
  cmd->add_option("--textconv", args->textconv, "Print FILE in canonical form for git's textconv and exit")
      ->type_name("FILE");
  cmd->add_option("--max-file-size", args->max_file_size, "Refuse files larger than this many bytes")
      ->type_name("BYTES")->check(CLI::Range(size_t{1}, size_t{1} << 40).description(""));
  add_common_options(*cmd, args->common);
  cmd->footer(R"(Examples:
  strat diff main:examples/clinic/plan-2027-q1.yaml examples/clinic/plan-2027-q1.yaml
  strat diff --rev main..HEAD examples/       every plan under examples/, by path
  strat diff old.yaml new.yaml --format markdown   a pull-request comment
  strat diff --rev origin/main --fail-on-findings  a CI gate

As git's diff driver (.gitattributes: *.yaml diff=strat):
  git config diff.strat.command "strat diff"
  git config diff.strat.textconv "strat diff --textconv"

Exit status: 0 no changes, 1 changes (with --fail-on-findings: only when the
change introduces findings at error level), 2 an error. Run as git's external
diff driver, it exits 0 unless there is an error. See man strat-diff.)");
  cmd->callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli

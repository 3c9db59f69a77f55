// strat check [PATH...]: options → run_check → a formatter → stdout and the exit status.
#include <cstdio>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/check.h"
#include "strat/error.h"
#include "strat/check_format.h"
#include "strat/rules.h"
#include "strat/text.h"

namespace strat::cli {

namespace {

struct CheckArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format;   // empty: the config's, else text
  std::string output;   // --output FILE; empty: stdout
  std::string fail_on;  // error, warning or never; empty: the config's, else error
  bool list_rules = false;
  size_t max_file_size = Limits{}.max_file_bytes;
  int jobs = 0;
  std::string config;  // --config FILE
  bool no_config = false;
};

std::string list_rules() {
  size_t width = 0;
  for (const RuleInfo& r : all_rules()) width = std::max(width, r.id.size());
  std::string out;
  for (const RuleInfo& r : all_rules())
    out += fmt::format("{}  {:<7}  {}\n", pad_right(r.id, width), to_string(r.severity), r.summary);
  return out;
}

const OutputFormat& format_named(const std::string& name) { return find_format(output_formats(), name); }

int run(const CheckArgs& args) {
  if (args.list_rules) {
    write_stdout(list_rules());
    return 0;
  }
  if (!args.format.empty()) format_named(args.format);  // a usage error before any work
  CheckOptions options;
  options.paths = args.paths;
  options.today = today(args.common);
  options.limits.max_file_bytes = args.max_file_size;
  options.jobs = args.jobs;
  if (args.no_config && !args.config.empty()) throw Error("--config and --no-config cannot be used together");
  if (args.no_config) options.config.mode = ConfigChoice::Mode::none;
  else if (!args.config.empty()) options.config = {ConfigChoice::Mode::file, args.config};

  DiskFileSystem fs;
  CheckResult result = run_check(options, fs);
  for (const std::string& e : result.io_errors) fmt::print(stderr, "strat: error: {}\n", e);
  Summary summary = summarize(result.diagnostics, result.files);
  summary.unreadable = static_cast<int>(result.io_errors.size());
  const OutputFormat& format =
      format_named(!args.format.empty() ? args.format : result.format.value_or("text"));
  bool color = format.name == "text" && args.output.empty() && use_color(args.common);
  CheckReport report{result.diagnostics, summary, color, result.file_paths};
  report.terminal = format.name == "text" && args.output.empty() && isatty(STDOUT_FILENO);
  // CI systems resolve paths against the checkout's root, wherever in it strat ran.
  if (format.name == "sarif" || format.name == "github" || format.name == "gitlab") report.root = source_root(fs);
  std::string rendered = format.render(report);
  if (args.output.empty()) write_stdout(rendered);
  else write_file_atomic(args.output, rendered);
  return exit_status(result, !args.fail_on.empty() ? args.fail_on : result.fail_on.value_or("error"));
}

}  // namespace

void setup_check(CLI::App& app, int& status) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = &app;
  cmd->add_option("paths", args->paths, "Files and directories to check (default: .)")->type_name("PATH");
  std::vector<std::string> formats;
  for (const OutputFormat& f : output_formats()) formats.emplace_back(f.name);
  completes_to(cmd->add_option("--format,-f", args->format, "Output format: text, json, sarif, github, gitlab or junit"),
               formats)
      ->type_name("FORMAT");
  cmd->add_option("--output,-o", args->output, "Write the report to FILE (atomically) instead of stdout")
      ->type_name("FILE");
  completes_to(cmd->add_option("--fail-on", args->fail_on, "Exit 1 on findings at this level or worse: error (default), warning, never"),
               {"error", "warning", "never"})
      ->type_name("LEVEL")->check(CLI::IsMember({"error", "warning", "never"}).description(""));
  cmd->add_flag("--list-rules", args->list_rules, "List every rule with its default severity and exit");
  cmd->add_option("--max-file-size", args->max_file_size, "Refuse files larger than this many bytes (at most 2147483647)")
      ->type_name("BYTES")->check(CLI::Range(size_t{1}, kLargestFileBytes).description(""));
  cmd->add_option("--jobs,-j", args->jobs, "Parse files on this many threads (default: one per core)")
      ->type_name("N")->check(CLI::Range(1, 1024).description(""));
  cmd->add_option("--config", args->config, "Use this config file for every file (default: .strat.yaml, found upward)")
      ->type_name("FILE");
  cmd->add_flag("--no-config", args->no_config, "Use no config file at all");
  add_common_options(*cmd, args->common);
  cmd->footer(R"(Examples:
  strat check                         check every plan and strategy under .
  strat check examples/clinic/        check one directory (recursively)
  strat check plan.yaml --format json one JSON object, for scripts
  strat check --format sarif --output strat.sarif
                                      a SARIF log for GitHub code scanning
  strat check --list-rules            the rules, their severities and what they catch

Exit status: 0 no findings at the --fail-on level (default: error),
1 findings at that level or worse, 2 a usage error, an unreadable path,
a file over a safety limit, a broken config or a report that cannot be written.
See man strat-check and man 5 strat.)");
  cmd->callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli
